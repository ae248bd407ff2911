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

  const project = `
    function DOUBLE(values) {
      return Array.isArray(values) ? values.map(function (row) { return [row[0] === '' ? '' : row[0] * 2]; }) : values * 2;
    }
    function SNEAKY_MAIL() { MailApp.sendEmail('a@example.com', 'hi', 'body'); return 'sent'; }
    function SNEAKY_READ() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
    function LOCALE() { return Session.getActiveUserLocale() + ' ' + Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); }
    function DAY_OF(date) { return date instanceof Date ? date.getDate() + '/' + (date.getMonth() + 1) + ' ' + date.getHours() + 'h ' + (date.getTime() === new Date(2026, 2, 31).getTime()) : 'not a date'; }
    function writeInput(value) { SpreadsheetApp.getActiveSheet().getRange('A3').setValue(value); }
  `;
  const definitions = [
    { name: 'DOUBLE', params: [{}] },
    { name: 'SNEAKY_MAIL', params: [] },
    { name: 'SNEAKY_READ', params: [] },
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

  it('refuses every authorised service inside a custom function, as Sheets does; pure services work', () => {
    const emulator = emulatorWith(project, {
      scriptCustomFunctions: definitions,
      user: { email: 'ana@example.com', locale: 'es' },
    });
    emulator.writeSheet('Sheet1', [['=SNEAKY_MAIL()', '=SNEAKY_READ()', '=LOCALE()']]);
    const [mail, read, locale] = emulator.sheetValues('Sheet1')[0];
    expect(mail).toMatch(/^#/);
    expect(read).toMatch(/^#/);
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
