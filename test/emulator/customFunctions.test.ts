import { createEmulator } from '../../emulator/index';
import { PUBLIC_FUNCTIONS } from '../../src/server/registry';
import { emulatorWith } from './fixtures/fixture';

describe('custom functions in formulas', () => {
  const hasKrProgress = PUBLIC_FUNCTIONS.some(
    (entry) => entry.name === 'KR_PROGRESS' && entry.kind === 'customFunction',
  );

  (hasKrProgress ? it : it.skip)(
    "the add-on's KR_PROGRESS in one range formula spills over every row, in one execution",
    () => {
      const emulator = createEmulator();
      emulator.writeSheet('KRs', [
        ['Start', 'Target', 'Current', 'Progress'],
        [10, 25, 17.5, '=KR_PROGRESS(A2:A4, B2:B4, C2:C4)'],
        [0.12, 0.07, 0.09],
        [0, 10, ''],
      ]);
      emulator.resetCounters();
      const values = emulator
        .sheetValues('KRs')
        .slice(1)
        .map((row) => row[3]);
      expect(values[0]).toBeCloseTo(0.5);
      expect(values[1]).toBeCloseTo(0.6);
      expect(values[2]).toBe('');
      expect(emulator.sheetFormulas('KRs').map((row) => row[3])).toEqual([
        '',
        '=KR_PROGRESS(A2:A4, B2:B4, C2:C4)',
        '',
        '',
      ]);

      emulator.writeSheet('KRs', [[20]], 2, 3);
      expect(emulator.sheetValues('KRs')[1][3]).toBeCloseTo(2 / 3);
      expect(emulator.counters.customFunctionExecutions).toBe(1);
    },
  );

  it.each([
    ['es_AR', ['En camino', 'En riesgo', 'Desviado'], 'No saludable'],
    ['es_ES', ['En camino', 'En riesgo', 'Desviado'], 'No saludable'],
    ['en_US', ['On track', 'At risk', 'Off track'], 'Unhealthy'],
  ])(
    "KR_STATUS and KPI_STATUS with a blank language speak the spreadsheet's locale (%s)",
    (locale, statuses, health) => {
      const emulator = createEmulator({ locale });
      emulator.writeSheet('Mine', [
        [0.35, '=KR_STATUS(A1:A3, 0.5)', '=KPI_STATUS(2, 5)', '=KR_STATUS(0.3, 0.5, "en")'],
        [0.3],
        [0.1],
      ]);
      const values = emulator.sheetValues('Mine');
      expect(values.map((row) => row[1])).toEqual(statuses);
      expect(values[0]![2]).toBe(health);
      // A language given wins over the locale.
      expect(values[0]![3]).toBe('At risk');
    },
  );

  const project = `
    function DOUBLE(values) {
      return Array.isArray(values) ? values.map(function (row) { return [row[0] === '' ? '' : row[0] * 2]; }) : values * 2;
    }
    function SNEAKY_MAIL() { MailApp.sendEmail('a@example.com', 'hi', 'body'); return 'sent'; }
    function SHEET_NAME() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
    function SNEAKY_WRITE() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('C3').setValue(1); return 'wrote'; }
    function SNEAKY_UI() { SpreadsheetApp.getUi().alert('hi'); return 'shown'; }
    function LOCALE() { return Session.getActiveUserLocale() + ' ' + Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); }
    function DAY_OF(date) { return date instanceof Date ? date.getDate() + '/' + (date.getMonth() + 1) + ' ' + date.getHours() + 'h ' + (date.getTime() === new Date(2026, 2, 31).getTime()) : 'not a date'; }
    function writeInput(value) { SpreadsheetApp.getActiveSheet().getRange('A3').setValue(value); }
  `;
  const definitions = [
    { name: 'DOUBLE', params: [{}] },
    { name: 'SNEAKY_MAIL', params: [] },
    { name: 'SHEET_NAME', params: [] },
    { name: 'SNEAKY_WRITE', params: [] },
    { name: 'SNEAKY_UI', params: [] },
    { name: 'LOCALE', params: [] },
    { name: 'DAY_OF', params: [{}] },
  ];

  it('a script function returning a 2D array spills and follows its inputs', () => {
    const emulator = emulatorWith(project, { scriptCustomFunctions: definitions });
    emulator.writeSheet('Sheet1', [[1, '=DOUBLE(A1:A3)'], [2], [3]]);
    expect(emulator.sheetValues('Sheet1')).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    emulator.run('writeInput', [10]);
    expect(emulator.sheetValues('Sheet1')).toEqual([
      [1, 2],
      [2, 4],
      [10, 20],
    ]);
  });

  it('refuses authorised services inside a custom function, as Sheets does; pure services and Spreadsheet reads work', () => {
    const emulator = emulatorWith(project, {
      scriptCustomFunctions: definitions,
      user: { email: 'ana@example.com', locale: 'es' },
    });
    emulator.writeSheet('Sheet1', [
      ['=SNEAKY_MAIL()', '=SHEET_NAME()', '=LOCALE()', '=SNEAKY_WRITE()', '=SNEAKY_UI()'],
    ]);
    const [mail, name, locale, write, ui] = emulator.sheetValues('Sheet1')[0];
    expect(mail).toMatch(/^#/);
    // Sheets' rule: the Spreadsheet service read-only (most get*() methods), no set*(), no UI.
    expect(name).toBe(emulator.services.SpreadsheetApp.getActive().getName());
    expect(write).toMatch(/^#/);
    expect(ui).toMatch(/^#/);
    expect(emulator.sheetValues('Sheet1')[2]?.[2] ?? '').toBe('');
    expect(locale).toBe('es 1970');
    expect(emulator.outbox).toEqual([]);
    const message = emulator.engine.getCellValue({ sheet: 0, row: 0, col: 0 }) as {
      message: string;
    };
    expect(message.message).toContain('You do not have permission to call MailApp.sendEmail');
  });

  it('hands date cells to a custom function as Dates at that day in the script, whatever the machine zone', () => {
    const zone = 'America/Argentina/Buenos_Aires';
    const emulator = emulatorWith(project, {
      scriptCustomFunctions: definitions,
      timeZone: zone,
      scriptTimeZone: zone,
    });
    emulator.writeSheet('Sheet1', [['2026-03-31', '=DAY_OF(A1)']]);
    expect(emulator.sheetValues('Sheet1')[0][1]).toBe('31/3 0h true');
  });
});
