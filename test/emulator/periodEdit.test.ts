// Changing the period's dates recomputes every status, and the Dashboard with them: typing
// a Period start after the Period end (a moment on the way to new dates, which closing a
// period also passes through) fails the expected-progress formula and, with it, the status
// columns. Sheets shows that error in the failing cell only, and the Dashboard keeps working.
import { createEmulator, type Emulator } from '../../emulator/index';
import { inCurrentPeriod } from '../../src/core/workbook/periods';
import { KEY_RESULTS_SHEET, OBJECTIVES_SHEET } from '../../src/core/workbook/schema';
import { rowsByKey } from './fixtures/cycleFixture';

const STATUSES = ['On track', 'At risk', 'Off track'] as const;

function exampleWorkbook(): Emulator {
  const emulator = createEmulator({ locale: 'en_US' });
  emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
  emulator.run('createOrUpgradeWorkbook');
  emulator.run('insertExampleOkrs');
  return emulator;
}

/** The Dashboard's tables as shown, found by their labels. */
function dashboard(emulator: Emulator) {
  const cells = emulator.sheetDisplayValues('Dashboard');
  const header = cells.findIndex((row) => row[0] === 'Objective');
  const teamColumn = cells[header].indexOf('Team');
  const below = cells.slice(header + 1);
  const statusColumn = cells
    .find((row) => row.includes('Key results by status'))!
    .indexOf('Key results by status');
  const labelled = (label: string) => cells.find((row) => row[0] === label)?.[1];
  return {
    periodStart: labelled('Period start'),
    periodEnd: labelled('Period end'),
    timeElapsed: labelled('Time elapsed'),
    objectives: below.filter((row) => row[0] !== '').map((row) => row.slice(0, 3)),
    teams: below
      .filter((row) => row[teamColumn] !== '')
      .map((row) => row.slice(teamColumn, teamColumn + 5)),
    keyResultsByStatus: Object.fromEntries(
      STATUSES.map((status) => [
        status,
        cells.find((row) => row[statusColumn] === status)?.[statusColumn + 1],
      ]),
    ),
  };
}

/** What the Dashboard must show, computed from the Objectives and Key Results sheets. */
function expectedTables(emulator: Emulator) {
  const objectiveRows = emulator
    .sheetDisplayValues('Objectives')
    .slice(1)
    .filter((row) => row[0] !== '');
  const objectives = rowsByKey(emulator, 'Objectives', OBJECTIVES_SHEET);
  // The Dashboard is about the current period: a closed period's key results are not in it.
  const period = emulator.sheetValues('Settings').find((row) => row[0] === 'Period')?.[1];
  const keyResults = rowsByKey(emulator, 'Key Results', KEY_RESULTS_SHEET).filter((row) =>
    inCurrentPeriod(row.period, String(period ?? '')),
  );
  const [header] = emulator.sheetValues('Objectives');
  const shown = (row: string[], key: string) =>
    row[header.indexOf(OBJECTIVES_SHEET.columns.find((column) => column.key === key)!.header.en)];
  const count = (rows: Record<string, unknown>[], status: string) =>
    String(rows.filter((row) => row.status === status).length);
  return {
    objectives: objectiveRows.map((row) => [
      shown(row, 'objective'),
      shown(row, 'progress'),
      shown(row, 'status'),
    ]),
    // The team table counts key results, each under its objective's team.
    teamCounts: Object.fromEntries(
      [...new Set(objectives.map((row) => String(row.team)))].map((team) => {
        const ids = new Set(
          objectives.filter((row) => row.team === team).map((row) => String(row.id)),
        );
        return [
          team,
          STATUSES.map((status) =>
            count(
              keyResults.filter((row) => ids.has(String(row.objectiveId))),
              status,
            ),
          ),
        ];
      }),
    ),
    keyResultsByStatus: Object.fromEntries(
      STATUSES.map((status) => [status, count(keyResults, status)]),
    ),
  };
}

function expectDashboardToMatchSheets(emulator: Emulator): void {
  const shown = dashboard(emulator);
  const expected = expectedTables(emulator);
  expect(shown.objectives).toEqual(expected.objectives);
  expect(Object.fromEntries(shown.teams.map((row) => [row[0], row.slice(2, 5)]))).toEqual(
    expected.teamCounts,
  );
  expect(shown.keyResultsByStatus).toEqual(expected.keyResultsByStatus);
}

describe('editing the period dates in Settings', () => {
  it('recomputes the Dashboard when a person types a new Period start inside the period', () => {
    const emulator = exampleWorkbook();
    const before = dashboard(emulator);
    expect(before.objectives).toHaveLength(4);

    emulator.userEdit('Settings', 'B3', '2026-01-10');

    const after = dashboard(emulator);
    expect(after.periodStart).toBe('1/10/2026');
    // 5 of 80 days have passed instead of 14 of 89.
    expect(after.timeElapsed).toBe('6%');
    expect(after.timeElapsed).not.toBe(before.timeElapsed);
    expectDashboardToMatchSheets(emulator);
  });

  it('survives a Period start after the Period end, then shows the new period once the end is typed', () => {
    const emulator = exampleWorkbook();
    const objectiveNames = dashboard(emulator).objectives.map((row) => row[0]);

    expect(() => emulator.userEdit('Settings', 'B3', '2026-07-01')).not.toThrow();

    // The statuses cannot be computed: the error shows in the first cell of the Status
    // column only (nothing spills under it), and the Dashboard still lists every objective
    // with its progress, with no status and no counts.
    const status = emulator
      .sheetValues('Objectives')
      .map((row) => row[OBJECTIVES_SHEET.columns.findIndex((column) => column.key === 'status')]);
    expect(String(status[1])).toMatch(/^#/);
    expect(status.slice(2).every((cell) => cell === '')).toBe(true);
    const broken = dashboard(emulator);
    expect(broken.periodStart).toBe('7/1/2026');
    expect(broken.objectives.map((row) => row[0])).toEqual(objectiveNames);
    expect(broken.objectives.every((row) => /^\d+%$/.test(row[1]) && row[2] === '')).toBe(true);
    expect(broken.teams.every((row) => row.slice(2).every((cell) => cell === '0'))).toBe(true);
    expect(broken.keyResultsByStatus).toEqual({
      'On track': '0',
      'At risk': '0',
      'Off track': '0',
    });

    emulator.userEdit('Settings', 'B4', '2026-09-30');

    const fixed = dashboard(emulator);
    expect(fixed.periodEnd).toBe('9/30/2026');
    // "As of" (2026-01-15) is before the new period: nothing is expected yet, all on track.
    expect(fixed.timeElapsed).toBe('0%');
    expect(fixed.objectives.map((row) => row[2])).toEqual(objectiveNames.map(() => 'On track'));
    expect(fixed.keyResultsByStatus['On track']).toBe('12');
    expectDashboardToMatchSheets(emulator);
  });

  it('lets Close period start the next period with the Dashboard in place', () => {
    const emulator = exampleWorkbook();
    emulator.clock.set(new Date('2026-03-31T20:00:00Z'));
    // Close, acknowledge, start the next period with the proposed dates, acknowledge, carry
    // unfinished key results over, acknowledge.
    for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
      emulator.ui.queueResponse(answer);

    const outcome = emulator.attempt('closePeriod');

    expect(outcome.ok).toBe(true);
    const shown = dashboard(emulator);
    expect(shown.periodStart).toBe('4/1/2026');
    expect(shown.periodEnd).toBe('6/30/2026');
    expect(shown.objectives.length).toBeGreaterThan(0);
    expectDashboardToMatchSheets(emulator);
    // The closed period's key results are out of the counts, their copies in.
    const rows = rowsByKey(emulator, 'Key Results', KEY_RESULTS_SHEET);
    const closed = rows.filter((row) => row.period === rows[0]!.period);
    expect(closed).toHaveLength(12);
    const counts = Object.values(shown.keyResultsByStatus).map(Number);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(rows.length - closed.length);
  });
});
