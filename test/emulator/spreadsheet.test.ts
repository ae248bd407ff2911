import { createEmulator } from '../../emulator/index';

// Each test drives SpreadsheetApp the way a script does, inside one execution.
describe('SpreadsheetApp values and formulas (HyperFormula computes them)', () => {
  it("a string starting with = written by setValues becomes a formula; one starting with ' stays text", () => {
    const emulator = createEmulator();
    emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
      sheet.getRange(1, 1, 2, 3).setValues([
        [2, 3, '=A1*B1'],
        ["'=A1*B1", '=HYPERLINK("x")', "'007"],
      ]);
    });
    expect(emulator.sheetValues('Data')).toEqual([
      [2, 3, 6],
      ['=A1*B1', 'x', '007'],
    ]);
    expect(emulator.sheetFormulas('Data')).toEqual([
      ['', '', '=A1*B1'],
      ['', '=HYPERLINK("x")', ''],
    ]);
  });

  it('setValue and appendRow read text as typing would: numbers, booleans, percentages, ISO dates', () => {
    const emulator = createEmulator({ timeZone: 'America/Argentina/Buenos_Aires' });
    const values = emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.appendRow(['12', 'TRUE', '12%', '2026-03-31', '=1+1', 'plain']);
      return sheet.getRange('A1:F1').getValues()[0];
    });
    expect(values.slice(0, 3)).toEqual([12, true, 0.12]);
    expect(values[3]).toEqual(new Date('2026-03-31T03:00:00Z'));
    expect(values.slice(4)).toEqual([2, 'plain']);
  });

  it('the plain-text format @ stores whatever is written as text, formulas included', () => {
    const emulator = createEmulator();
    const result = emulator.execute(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('A1:B1');
      range.setNumberFormat('@').setValues([['=1+1', '0012']]);
      return { values: range.getValues(), formulas: range.getFormulas() };
    });
    expect(result).toEqual({ values: [['=1+1', '0012']], formulas: [['', '']] });
  });

  it('recomputes dependent formulas when an input changes', () => {
    const emulator = createEmulator();
    emulator.writeSheet('Data', [[1, '=A1*10', '=SUM(A1:B1)']]);
    emulator.execute(({ SpreadsheetApp }) => {
      SpreadsheetApp.getActiveSpreadsheet().getRange('Data!A1').setValue(5);
    });
    expect(emulator.sheetValues('Data')).toEqual([[5, 50, 55]]);
  });

  it('open-ended ranges (C2:C) reach the bottom of the sheet, also after it grows', () => {
    const emulator = createEmulator();
    const sheetSize = emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Totals');
      sheet.getRange('A1').setFormula('=SUM(C2:C)');
      sheet.getRange('C2').setValue(4);
      sheet.getRange('C1000').setValue(6);
      sheet.insertRowsAfter(1000, 5);
      sheet.getRange('C1005').setValue(10);
      return {
        formula: sheet.getRange('A1').getFormula(),
        value: sheet.getRange('A1').getValue(),
        maxRows: sheet.getMaxRows(),
      };
    });
    expect(sheetSize).toEqual({ formula: '=SUM(C2:C)', value: 20, maxRows: 1005 });
  });

  it('a formula referring to another sheet by quoted name computes', () => {
    const emulator = createEmulator();
    emulator.writeSheet('Key Results', [['Progress'], [0.5], [0.25]]);
    emulator.writeSheet('Dashboard', [["=AVERAGE('Key Results'!A2:A)"]]);
    expect(emulator.sheetValues('Dashboard')).toEqual([[0.375]]);
  });

  it('getValues returns Date objects for date cells and numbers for numbers; empty cells are ""', () => {
    const emulator = createEmulator({ timeZone: 'Europe/Madrid' });
    const checkIn = new Date('2026-02-03T09:30:00Z');
    const values = emulator.execute(({ SpreadsheetApp }) => {
      const range = SpreadsheetApp.getActiveSheet().getRange('A1:C1');
      range.setValues([[checkIn, 7.5, '']]);
      return range.getValues();
    });
    expect(values[0][0]).toBeInstanceOf(Date);
    expect((values[0][0] as Date).getTime()).toBe(checkIn.getTime());
    expect(values[0].slice(1)).toEqual([7.5, '']);
  });

  it('display values follow the number format and the spreadsheet locale', () => {
    const emulator = createEmulator({ locale: 'es_AR', timeZone: 'UTC' });
    emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet
        .getRange('A1:E1')
        .setValues([[0.6, 1234.5, new Date('2026-03-31T00:00:00Z'), true, 0.8264462809917]]);
      sheet.getRange('A1').setNumberFormat('0%');
      sheet.getRange('B1').setNumberFormat('#,##0.00');
      sheet.getRange('C1').setNumberFormat('dd/mm/yyyy');
    });
    expect(emulator.sheetDisplayValues(emulator.spreadsheet.sheets[0].name)).toEqual([
      ['60%', '1.234,50', '31/03/2026', 'VERDADERO', '0,826446281'],
    ]);
    expect(emulator.spreadsheet.sheets[0].name).toBe('Hoja 1');
  });

  it("reports Sheets' errors as their text, and a blocked array result as #REF!", () => {
    const emulator = createEmulator();
    emulator.writeSheet('Data', [['=1/0', '=NOPE()', '=A3'], ['=SEQUENCE(3)'], ['x']]);
    expect(emulator.sheetValues('Data')[0].slice(0, 2)).toEqual(['#DIV/0!', '#NAME?']);
    expect(emulator.sheetValues('Data')[1][0]).toBe('#REF!');
  });

  it("refuses data whose shape does not match the range, with Apps Script's message", () => {
    const emulator = createEmulator();
    expect(() =>
      emulator.execute(({ SpreadsheetApp }) =>
        SpreadsheetApp.getActiveSheet()
          .getRange('A1:B2')
          .setValues([[1, 2]]),
      ),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      emulator.execute(({ SpreadsheetApp }) =>
        SpreadsheetApp.getActiveSheet()
          .getRange(1, 1, 1, 2)
          .setValues([[1]]),
      ),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      emulator.execute(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSheet().getRange(1001, 1)),
    ).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('resolves A1 notation with sheet names, offsets, data ranges and last rows', () => {
    const emulator = createEmulator();
    emulator.writeSheet('My KRs', [
      ['ID', 'Name'],
      ['KR1', 'Grow'],
      ['KR2', 'Shrink'],
    ]);
    const found = emulator.execute(({ SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const range = spreadsheet.getRange("'My KRs'!A2:B3");
      const sheet = spreadsheet.getSheetByName('My KRs')!;
      return {
        a1: range.getA1Notation(),
        values: range.getValues(),
        offset: range.offset(1, 1, 1, 1).getValue(),
        dataRange: sheet.getDataRange().getA1Notation(),
        lastRow: sheet.getLastRow(),
        lastColumn: sheet.getLastColumn(),
        missing: spreadsheet.getSheetByName('Nope'),
        wholeColumns: sheet.getRange('A:B').getA1Notation(),
        wholeColumnRows: sheet.getRange('A:B').getNumRows(),
        wholeRows: sheet.getRange('2:3').getA1Notation(),
      };
    });
    expect(found).toEqual({
      a1: 'A2:B3',
      values: [
        ['KR1', 'Grow'],
        ['KR2', 'Shrink'],
      ],
      offset: 'Shrink',
      dataRange: 'A1:B3',
      lastRow: 3,
      lastColumn: 2,
      missing: null,
      wholeColumns: 'A:B',
      wholeColumnRows: 1000,
      wholeRows: '2:3',
    });
  });

  it('inserting a column moves values, formulas and formats with their cells', () => {
    const emulator = createEmulator();
    emulator.writeSheet('Data', [[1, 2, '=A1+B1']]);
    const after = emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
      sheet.getRange('B1').setBackground('#FF0000');
      sheet.insertColumnAfter(1);
      return {
        formula: sheet.getRange('D1').getFormula(),
        background: sheet.getRange('C1').getBackground(),
        max: sheet.getMaxColumns(),
      };
    });
    expect(after).toEqual({ formula: '=A1+C1', background: '#ff0000', max: 27 });
    expect(emulator.sheetValues('Data')).toEqual([[1, '', 2, 3]]);
  });

  it('named ranges resolve in formulas and by name', () => {
    const emulator = createEmulator();
    emulator.writeSheet('Settings', [['As of', '2026-03-01']]);
    emulator.execute(({ SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      spreadsheet.setNamedRange('AS_OF', spreadsheet.getRange('Settings!B1'));
      spreadsheet.getSheetByName('Settings')!.getRange('C1').setFormula('=AS_OF+1');
    });
    const found = emulator.execute(({ SpreadsheetApp }) =>
      SpreadsheetApp.getActiveSpreadsheet().getRangeByName('AS_OF')!.getA1Notation(),
    );
    expect(found).toBe('B1');
    expect(emulator.sheetDisplayValues('Settings')[0][2]).toBe('3/2/2026');
  });

  it('data validation that rejects input refuses a script write outside the list', () => {
    const emulator = createEmulator();
    const attempt = (value: string) =>
      emulator.execute(({ SpreadsheetApp }) => {
        const range = SpreadsheetApp.getActiveSheet().getRange('B2');
        range.setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireValueInList(['increase', 'decrease'])
            .setAllowInvalid(false)
            .build(),
        );
        range.setValue(value);
        return range.getDataValidation()!.getCriteriaValues();
      });
    expect(attempt('increase')).toEqual([['increase', 'decrease'], true]);
    expect(() => attempt('sideways')).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
  });

  it('TODAY() follows the emulator clock in the spreadsheet time zone', () => {
    const emulator = createEmulator({
      now: new Date('2026-06-30T23:30:00Z'),
      timeZone: 'America/Argentina/Buenos_Aires',
    });
    emulator.writeSheet('Data', [['=TODAY()']]);
    expect(emulator.sheetDisplayValues('Data')).toEqual([['6/30/2026']]);
    emulator.clock.set(new Date('2026-07-01T03:30:00Z'));
    emulator.writeSheet('Data', [['=TODAY()']]);
    expect(emulator.sheetDisplayValues('Data')).toEqual([['7/1/2026']]);
  });

  it('SPARKLINE has a stand-in that shows nothing and is counted', () => {
    const emulator = createEmulator();
    emulator.writeSheet('Data', [[1, 2, 3, '=SPARKLINE(A1:C1)']]);
    expect(emulator.sheetValues('Data')).toEqual([[1, 2, 3, '']]);
    expect(emulator.sparklineCalls).toBe(1);
  });

  it('records formats, frozen rows, widths, conditional formats, charts and protections', () => {
    const emulator = createEmulator();
    emulator.execute(({ SpreadsheetApp, Charts }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Dashboard');
      const status = sheet.getRange('A2:A10');
      sheet.setFrozenRows(1);
      sheet.setColumnWidths(1, 2, 180);
      sheet
        .getRange('A1:B1')
        .setFontWeight('bold')
        .setHorizontalAlignment('center')
        .setWrap(true)
        .setNote('Header');
      sheet.setConditionalFormatRules([
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo('Off track')
          .setBackground('#F4CCCC')
          .setRanges([status])
          .build(),
      ]);
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.PIE)
          .addRange(status)
          .setPosition(2, 4, 0, 0)
          .build(),
      );
      sheet.getRange('A1:B1').protect().setWarningOnly(true).setDescription('Headers');
    });
    const dashboard = emulator.sheet('Dashboard');
    expect(dashboard.frozenRows).toBe(1);
    expect([...dashboard.columnWidths]).toEqual([
      [1, 180],
      [2, 180],
    ]);
    expect(emulator.spreadsheet.cellProperties(dashboard, 1, 2)).toEqual({
      fontWeight: 'bold',
      horizontalAlignment: 'center',
      wrap: true,
      note: 'Header',
    });
    expect(dashboard.conditionalFormatRules[0]).toMatchObject({
      condition: 'TEXT_EQ',
      values: ['Off track'],
      format: { background: '#f4cccc' },
    });
    expect(dashboard.charts[0]).toMatchObject({ type: 'PIE', position: { row: 2, column: 4 } });
    expect(emulator.spreadsheet.protections[0]).toMatchObject({
      warningOnly: true,
      description: 'Headers',
      type: 'RANGE',
    });
  });

  it('a protected range refuses writes from a user who is not an editor', () => {
    const emulator = createEmulator({ user: { email: 'owner@example.com' } });
    emulator.execute(({ SpreadsheetApp }) => {
      SpreadsheetApp.getActiveSheet().getRange('A1:A5').protect();
    });
    const manager = { email: 'manager@example.com' };
    expect(() =>
      emulator.execute(
        ({ SpreadsheetApp }) => SpreadsheetApp.getActiveSheet().getRange('A2').setValue(1),
        { user: manager },
      ),
    ).toThrow('You are trying to edit a protected cell or object.');
    emulator.execute(
      ({ SpreadsheetApp }) => SpreadsheetApp.getActiveSheet().getRange('B2').setValue(1),
      { user: manager },
    );
    expect(emulator.sheetValues(emulator.spreadsheet.sheets[0].name)).toEqual([
      ['', ''],
      ['', 1],
    ]);
  });

  it('getLastRow counts the "" an array result leaves in its blank rows, as Sheets does', () => {
    const emulator = createEmulator();
    emulator.writeSheet('KRs', [
      ['Value', 'Twice'],
      [1, '=ARRAYFORMULA(IF(A2:A6="", "", A2:A6*2))'],
      [2],
    ]);
    const found = emulator.execute(({ SpreadsheetApp }) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KRs')!;
      return { lastRow: sheet.getLastRow(), twice: sheet.getRange('B2:B4').getValues() };
    });
    expect(found).toEqual({ lastRow: 6, twice: [[2], [4], ['']] });
  });

  it('formulas over array literals of ranges recompute when those ranges change, and only then', () => {
    const emulator = createEmulator({
      customFunctions: [
        {
          name: 'TOTAL',
          resultShape: { from: 'argument', indexes: [] },
          params: [{}],
          implementation: (rows: unknown) =>
            (rows as number[][]).flat().reduce((a, b) => a + Number(b || 0), 0),
        },
      ],
    });
    emulator.writeSheet('Objectives', [[1], [2]]);
    emulator.writeSheet('Key Results', [[10]]);
    emulator.writeSheet('Dashboard', [
      [
        "=SUM({Objectives!A1:A2; 'Key Results'!A1:A1})",
        "=TOTAL({Objectives!A1:A2; 'Key Results'!A1:A2})",
      ],
    ]);
    expect(emulator.sheetValues('Dashboard')).toEqual([[13, 13]]);
    emulator.resetCounters();
    emulator.writeSheet('Objectives', [[100]]);
    emulator.writeSheet('Key Results', [[20]], 2);
    expect(emulator.sheetValues('Dashboard')).toEqual([[112, 132]]);
    expect(emulator.counters.customFunctionExecutions).toBe(2);
    emulator.writeSheet('Objectives', [['unrelated']], 1, 5);
    expect(emulator.counters.customFunctionExecutions).toBe(2);
  });
});
