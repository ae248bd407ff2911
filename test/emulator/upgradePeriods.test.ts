// A workbook made by the version before the Period column (kept as a fixture: the example
// OKRs, a check-in, 2026-Q4 closed and carried into 2027-Q1; see
// scripts/closedPeriodFixture.ts) is upgraded: the rows History holds for 2026-Q4 get that
// Period, the carried ones and their objectives stay in the current period, and no cell a
// person typed changes.
import { createEmulator } from '../../emulator';
import type { CheckInContext } from '../../src/core/checkIn/context';
import {
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
} from '../../src/core/workbook/schema';
import saved from './fixtures/closedPeriodWorkbook.json';
import { changedCells, rowsByKey, userCells } from './fixtures/cycleFixture';
import { loadWorkbook, type SavedWorkbook } from './fixtures/savedWorkbook';

describe('upgrading a workbook that closed a period before the Period column existed', () => {
  const emulator = createEmulator({
    now: new Date('2027-01-20T15:00:00Z'),
    locale: 'en_US',
    user: { email: 'owner@example.com', locale: 'en' },
  });
  loadWorkbook(emulator, saved as unknown as SavedWorkbook);
  const before = userCells(emulator);
  const keyResultsBefore = rowsByKey(emulator, KEY_RESULTS_SHEET.name.en, KEY_RESULTS_SHEET);
  emulator.run('createOrUpgradeWorkbook');
  const keyResults = rowsByKey(emulator, KEY_RESULTS_SHEET.name.en, KEY_RESULTS_SHEET);

  it('puts every row in its period: History’s in 2026-Q4, the carried ones in the current one', () => {
    expect(keyResultsBefore.map((row) => row.id)).toHaveLength(24);
    const closed = keyResults.slice(0, 12);
    const carried = keyResults.slice(12);
    expect(closed.map((row) => row.period)).toEqual(Array(12).fill('2026-Q4'));
    expect(carried.map((row) => row.period)).toEqual(Array(12).fill(''));
    // Objectives go on with their carried key results.
    const objectives = rowsByKey(emulator, OBJECTIVES_SHEET.name.en, OBJECTIVES_SHEET);
    expect(objectives.map((row) => [row.id, row.period])).toEqual([
      ['O1', ''],
      ['O2', ''],
      ['O3', ''],
      ['O4', ''],
    ]);
    // The closed ones are graded at their period's end; the views count the current ones.
    expect(closed.every((row) => row.expected === 1)).toBe(true);
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: { email: 'laura@example.com' },
    }) as CheckInContext;
    expect(context.keyResults.map((keyResult) => keyResult.id)).toEqual(
      carried.map((row) => row.id),
    );
    const dashboard = emulator.sheetValues('Dashboard');
    const counts = [dashboard[3]![4], dashboard[4]![4], dashboard[5]![4]] as number[];
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(12);
  });

  it('changes nothing a person typed: only the new columns, and the add-on’s own formulas', () => {
    const changed = changedCells(before, userCells(emulator));
    const addonFormula = (cell: string) =>
      cell.startsWith('Dashboard!') || /^(Key Results|Objectives)!2,/.test(cell);
    expect(changed.filter((cell) => !addonFormula(cell))).toEqual([]);
    const added = [...userCells(emulator).keys()].filter((cell) => !before.has(cell));
    const header = emulator.sheetValues(KEY_RESULTS_SHEET.name.en)[0]!;
    const newColumns = new Set([header.indexOf('Period') + 1, header.indexOf('Continues') + 1]);
    const objectivesHeader = emulator.sheetValues(OBJECTIVES_SHEET.name.en)[0]!;
    const objectivePeriod = objectivesHeader.indexOf('Period') + 1;
    // The fixture predates the nudges too: People gains its Nudges paused until header.
    const peopleHeader = emulator.sheetValues('People')[0]!;
    const pausedUntil = peopleHeader.indexOf('Nudges paused until') + 1;
    expect(pausedUntil).toBeGreaterThan(0);
    // …and Settings its nudge rows (label and default value).
    const settings = emulator.sheetValues(SETTINGS_SHEET.name.en);
    const nudgeLabels = new Set(
      SETTINGS_SHEET.columns
        .filter((setting) => setting.key.startsWith('nudge'))
        .map((setting) => setting.header.en),
    );
    const nudgeRow = (row: number) => nudgeLabels.has(String(settings[row - 1]?.[0]));
    for (const cell of added) {
      const [, sheet, row, column] = /^(.*)!(\d+),(\d+)$/.exec(cell)!;
      const allowed =
        sheet === 'Dashboard' ||
        (sheet === KEY_RESULTS_SHEET.name.en && newColumns.has(Number(column))) ||
        (sheet === OBJECTIVES_SHEET.name.en && Number(column) === objectivePeriod) ||
        (sheet === 'People' && cell === `People!1,${pausedUntil}`) ||
        (sheet === SETTINGS_SHEET.name.en && nudgeRow(Number(row)));
      expect([cell, allowed]).toEqual([cell, true]);
    }
  });
});
