import { emulatorWith } from './fixtures/fixture';

const project = `
  function readBatch() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getDataRange().getValues().length; }
  function readPerRow() {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
    var last = sheet.getLastRow(), total = 0;
    for (var row = 2; row <= last; row++) total += sheet.getRange(row, 2).getValue();
    return total;
  }
  function writeBatch() {
    var rows = [];
    for (var i = 0; i < 10000; i++) rows.push(['KR' + i, i]);
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows.length, 2).setValues(rows);
  }
  function chained() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x').setFontWeight('bold').setBackground('#eeeeee'); }
  function twoWrites() {
    var sheet = SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setValue(1);
    sheet.getRange('A2').setValue(2);
  }
`;

describe('service-call counters', () => {
  it('a getValues of 10,000 rows is one read; the same data cell by cell is one read per cell', () => {
    const emulator = emulatorWith(project);
    const rows = Array.from({ length: 10000 }, (_, index) => [`KR${index}`, 1]);
    emulator.writeSheet('Data', [['ID', 'Value'], ...rows]);
    emulator.resetCounters();
    expect(emulator.run('readBatch')).toBe(10001);
    expect(emulator.counters).toMatchObject({
      spreadsheetReads: 1,
      spreadsheetWrites: 0,
      spreadsheetOther: 3,
    });
    expect(emulator.counters.byMethod['Range.getValues']).toBe(1);

    emulator.resetCounters();
    expect(emulator.run('readPerRow')).toBe(10000);
    expect(emulator.counters.spreadsheetReads).toBe(10000);
    expect(emulator.counters.byMethod['Sheet.getRange']).toBe(10000);
  });

  it('a setValues of 10,000 rows is one write (after growing the sheet, which Sheets requires)', () => {
    const emulator = emulatorWith(project);
    emulator.writeSheet('Data', [['ID', 'Value']]);
    emulator.resetCounters();
    emulator.run('writeBatch');
    expect(emulator.counters).toMatchObject({ spreadsheetWrites: 2, spreadsheetReads: 0 });
    expect(emulator.counters.byMethod['Range.setValues']).toBe(1);
    expect(emulator.sheetValues('Data')).toHaveLength(10001);
  });

  it('counts each call of a chain once, and nothing the emulator does for itself', () => {
    const emulator = emulatorWith(project);
    emulator.run('chained');
    expect(emulator.counters.byMethod).toEqual({
      'SpreadsheetApp.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValue': 1,
      'Range.setFontWeight': 1,
      'Range.setBackground': 1,
    });
    expect(emulator.counters.total).toBe(5);
  });

  it('an injected fault fails the call after N calls, once, leaving the earlier writes in place', () => {
    const emulator = emulatorWith(project);
    emulator.faults.throwAfterCalls(
      4,
      'SpreadsheetApp',
      'Service Spreadsheets failed while accessing document.',
    );
    expect(() => emulator.run('twoWrites')).toThrow(
      'Service Spreadsheets failed while accessing document.',
    );
    expect(emulator.sheetValues('Sheet1')).toEqual([[1]]);
    emulator.run('twoWrites');
    expect(emulator.sheetValues('Sheet1')).toEqual([[1], [2]]);
  });
});
