// The template's dates are real dates shown in the spreadsheet locale's order (never
// yyyy-mm-dd text, never a "0:00:00" time on a day), on the spreadsheet's calendar in any
// time zone, and every computed column still computes with them.
import { createEmulator, type Emulator } from '../../emulator';
import { isDate } from '../../src/core/dates';
import { languageFromTag } from '../../src/core/i18n/language';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  KPIS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../../src/core/workbook/schema';
import { freshEmulator, NOW, recalculateStackedFormulas } from './fixtures/workbookFixture';

const ERROR = /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CYCLE!)/;

/** The setting's value and what its cell shows. */
function setting(emulator: Emulator, key: string): { value: unknown; shown: string } {
  const language = languageFromTag(emulator.workbook.locale);
  const name = SETTINGS_SHEET.name[language];
  const label = SETTINGS_SHEET.columns.find((column) => column.key === key)!.header[language];
  const row = emulator.sheetValues(name).findIndex((cells) => cells[0] === label);
  return {
    value: emulator.sheetValues(name)[row]?.[1],
    shown: emulator.sheetDisplayValues(name)[row]?.[1] ?? '',
  };
}

/** A column's values and display texts below the header, found by its header. */
function column(emulator: Emulator, spec: SheetSpec, key: string) {
  const language = languageFromTag(emulator.workbook.locale);
  const name = spec.name[language];
  const header = spec.columns.find((candidate) => candidate.key === key)!.header[language];
  const values = emulator.sheetValues(name);
  const shown = emulator.sheetDisplayValues(name);
  const index = values[0]!.indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  const filled = values.slice(1).flatMap((row, offset) => (row[index] === '' ? [] : [offset + 1]));
  return {
    values: filled.map((row) => values[row]![index]),
    shown: filled.map((row) => shown[row]![index] ?? ''),
  };
}

describe.each([
  // Locale, the period's days as shown, a date-time's shape.
  ['es_AR', ['01/10/2026', '31/12/2026', '22/11/2026'], /^\d\d\/\d\d\/2026 \d\d:\d\d$/],
  ['es_ES', ['01/10/2026', '31/12/2026', '22/11/2026'], /^\d\d\/\d\d\/2026 \d\d:\d\d$/],
  ['en_GB', ['01/10/2026', '31/12/2026', '22/11/2026'], /^\d\d\/\d\d\/2026 \d\d:\d\d$/],
  ['en_US', ['10/1/2026', '12/31/2026', '11/22/2026'], /^\d{1,2}\/\d{1,2}\/2026 \d\d:\d\d$/],
])('The template and the examples in %s', (locale, days, dateTime) => {
  let emulator: Emulator;
  beforeAll(() => {
    emulator = freshEmulator(locale);
    emulator.run('createOrUpgradeWorkbook');
    emulator.run('insertExampleOkrs');
    recalculateStackedFormulas(emulator);
  });

  it('writes Period start, Period end and As of as dates in the locale’s order', () => {
    const cells = ['periodStart', 'periodEnd', 'asOf'].map((key) => setting(emulator, key));
    expect(cells.every((cell) => isDate(cell.value))).toBe(true);
    expect(cells.map((cell) => cell.shown)).toEqual(days);
  });

  it('writes the example check-ins as date-times and Last check-in as days', () => {
    const timestamps = column(emulator, CHECK_INS_SHEET, 'timestamp');
    expect(timestamps.values.length).toBeGreaterThan(0);
    expect(timestamps.values.every(isDate)).toBe(true);
    expect(timestamps.shown.every((text) => dateTime.test(text))).toBe(true);
    const last = column(emulator, KEY_RESULTS_SHEET, 'lastCheckIn');
    expect(last.values.length).toBe(12);
    expect(last.values.every(isDate)).toBe(true);
    // A day, with no time of day after it.
    expect(last.shown.every((text) => /^\d{1,2}\/\d{1,2}\/2026$/.test(text))).toBe(true);
  });

  it('computes every add-on column with those dates', () => {
    for (const spec of [OBJECTIVES_SHEET, KEY_RESULTS_SHEET, KPIS_SHEET]) {
      for (const computed of spec.columns.filter((candidate) => candidate.computed)) {
        const { values, shown } = column(emulator, spec, computed.key);
        expect([spec.key, computed.key, values.length > 0]).toEqual([spec.key, computed.key, true]);
        const errors = shown.filter((text) => ERROR.test(text));
        expect([spec.key, computed.key, errors]).toEqual([spec.key, computed.key, []]);
      }
    }
    // (Nov 22 − Oct 1) / (Dec 31 − Oct 1) = 52 / 91 days.
    expect(setting(emulator, 'elapsed').value).toBeCloseTo(52 / 91, 9);
  });
});

describe.each([
  // Zone, the spreadsheet's day at NOW (15:00 UTC on 22 November), Time elapsed on it.
  ['America/Argentina/Buenos_Aires', '22/11/2026', 52],
  ['Europe/Madrid', '22/11/2026', 52],
  ['Pacific/Auckland', '23/11/2026', 53],
])('Dates of a spreadsheet in %s', (timeZone, today, elapsedDays) => {
  const workbook = () => {
    const emulator = createEmulator({
      now: NOW,
      locale: 'es_ES',
      timeZone,
      user: { email: 'owner@example.com', locale: 'es' },
    });
    emulator.run('createOrUpgradeWorkbook');
    return emulator;
  };

  it('shows and reads the period and As of on the spreadsheet’s calendar', () => {
    const emulator = workbook();
    expect(setting(emulator, 'periodStart').shown).toBe('01/10/2026');
    expect(setting(emulator, 'periodEnd').shown).toBe('31/12/2026');
    expect(setting(emulator, 'asOf').shown).toBe(today);
    expect(setting(emulator, 'elapsed').value).toBeCloseTo(elapsedDays / 91, 9);
  });

  it('moves As of to the next day as a date, and only then', () => {
    const emulator = workbook();
    emulator.resetCounters();
    emulator.run('refreshAsOfDate');
    // Still the same day: nothing written.
    expect(emulator.counters.spreadsheetWrites).toBe(0);
    emulator.clock.advance(86_400_000);
    emulator.run('refreshAsOfDate');
    const asOf = setting(emulator, 'asOf');
    expect(isDate(asOf.value)).toBe(true);
    const [day, month, year] = today.split('/').map(Number) as [number, number, number];
    const next = `${String(day + 1).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    expect(asOf.shown).toBe(next);
    expect(setting(emulator, 'elapsed').value).toBeCloseTo((elapsedDays + 1) / 91, 9);
  });
});
