// A year of quarters in one workbook: the example OKRs in 2026-Q4, check-ins, Close period
// with carry-over into 2027-Q1, a new KR and more check-ins, close, 2027-Q2, close,
// 2027-Q3. After every close and on two days inside every quarter, each view is about the
// current period only: the sidebar's lists, the Dashboard's counts, the 1:1 reminders'
// preview, Review OKRs; every closed KR keeps its final grade (judged at its own period's
// end), History holds each period once, the scores one row per period, and a carried KR
// keeps its predecessor's check-ins, number formats and live formula.
import type { Emulator } from '../../emulator';
import type { CheckInContext } from '../../src/core/checkIn/context';
import type { KeyResultHistory } from '../../src/core/checkIn/history';
import { statusLabel } from '../../src/core/formulas/status';
import { keyResultStatusOf } from '../../src/core/keyResults/model';
import { mapColumns } from '../../src/core/workbook/headers';
import { inCurrentPeriod } from '../../src/core/workbook/periods';
import {
  HISTORY_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PERIOD_SCORES_SHEET,
  REVIEW_SHEET,
  SETTINGS_SHEET,
} from '../../src/core/workbook/schema';
import { rowOf, rowsByKey, templateWorkbook } from './fixtures/cycleFixture';

const KEY_RESULTS = KEY_RESULTS_SHEET.name.en;
const OBJECTIVES = OBJECTIVES_SHEET.name.en;
const SETTINGS = SETTINGS_SHEET.name.en;
const LAURA = { email: 'laura@example.com' };
const OWNER = { email: 'owner@example.com' };
const STATUS_WORDS = ['On track', 'At risk', 'Off track'];

type Row = Record<string, unknown>;

function setting(emulator: Emulator, key: string): unknown {
  const label = SETTINGS_SHEET.columns.find((column) => column.key === key)!.header.en;
  return emulator.sheetValues(SETTINGS)[rowOf(emulator, SETTINGS, 0, label) - 1]![1];
}

function currentPeriod(emulator: Emulator): string {
  return String(setting(emulator, 'period'));
}

function keyResults(emulator: Emulator): Row[] {
  return rowsByKey(emulator, KEY_RESULTS, KEY_RESULTS_SHEET);
}

function currentKeyResults(emulator: Emulator): Row[] {
  const period = currentPeriod(emulator);
  return keyResults(emulator).filter((row) => inCurrentPeriod(row.period, period));
}

function column(emulator: Emulator, key: string): number {
  return mapColumns(emulator.sheetValues(KEY_RESULTS)[0]!, KEY_RESULTS_SHEET).indexByKey[key]!;
}

/** What the Current cell of KR `id` shows, and the formula in it. */
function currentCell(emulator: Emulator, id: string): { shown: string; formula: string } {
  const row = rowOf(emulator, KEY_RESULTS, 0, id) - 1;
  const index = column(emulator, 'current');
  return {
    shown: emulator.sheetDisplayValues(KEY_RESULTS)[row]![index]!,
    formula: emulator.sheetFormulas(KEY_RESULTS)[row]?.[index] ?? '',
  };
}

/** Check-ins on the current KRs of Laura's reports that are plain numbers (not live, not %). */
function checkInSome(emulator: Emulator, share: number): void {
  for (const row of currentKeyResults(emulator)) {
    if (row.owner === LAURA.email || row.unit === '%' || typeof row.current !== 'number') continue;
    const start = row.start as number;
    const target = row.target as number;
    const value = Math.round(start + (target - start) * share);
    emulator.callFromClient(
      'saveCheckIn',
      [
        {
          keyResultId: row.id,
          value,
          confidence: 'yellow',
          comment: `At ${share}`,
          confirmed: true,
        },
      ],
      { user: { email: String(row.owner) } },
    );
  }
}

const mentionedIds = (text: string) => new Set(text.match(/\bKR\d+\.\d+\b/g) ?? []);

/** Every view on the day the clock shows, against the sheet's own current rows. */
function expectViewsAboutCurrentPeriod(emulator: Emulator, day: string): void {
  emulator.clock.set(new Date(`${day}T15:00:00Z`));
  emulator.run('refreshAsOfDate');
  const period = currentPeriod(emulator);
  const all = keyResults(emulator);
  const current = all.filter((row) => inCurrentPeriod(row.period, period));
  const currentIds = current.map((row) => String(row.id));
  const closed = all.filter((row) => !inCurrentPeriod(row.period, period));

  // The sidebar: each current KR once, no closed one in My KRs or My team; the period named.
  const context = emulator.callFromClient('getCheckInContext', [], {
    user: LAURA,
  }) as CheckInContext;
  expect(context.period).toBe(period);
  expect(context.keyResults.map((keyResult) => keyResult.id)).toEqual(currentIds);
  const closedIds = new Set(closed.map((row) => String(row.id)));
  expect(context.mine.filter((id) => closedIds.has(id))).toEqual([]);
  expect(context.team.filter((id) => closedIds.has(id))).toEqual([]);
  expect(new Set(context.team).size).toBe(context.team.length);
  expect(context.team.length).toBe(
    current.filter((row) =>
      ['martin@example.com', 'sofia@example.com', 'diego@example.com'].includes(String(row.owner)),
    ).length,
  );

  // The Dashboard: its period, and status counts that are the current KRs' statuses.
  const dashboard = emulator.sheetValues('Dashboard');
  expect(dashboard[2]![1]).toBe(period);
  const counts = STATUS_WORDS.map((word) => current.filter((row) => row.status === word).length);
  expect([dashboard[3]![4], dashboard[4]![4], dashboard[5]![4]]).toEqual(counts);
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(current.length);
  // Its objectives: this period's, each once (objectives go on with their carried KRs).
  const objectives = rowsByKey(emulator, OBJECTIVES, OBJECTIVES_SHEET).filter((row) =>
    inCurrentPeriod(row.period, period),
  );
  const listed = dashboard.slice(9).map((cells) => cells[0]);
  expect(listed.filter((title) => title !== '')).toEqual(objectives.map((row) => row.objective));
  expect(objectives.length).toBe(4);

  // The 1:1 reminders' preview, on this day and the next few: current KRs only.
  for (let offset = 0; offset < 7; offset++) {
    const date = new Date(Date.parse(`${day}T12:00:00Z`) + offset * 86_400_000);
    const preview = emulator.callFromClient(
      'previewRemindersOn',
      [date.toISOString().slice(0, 10)],
      {
        user: OWNER,
      },
    ) as { emails: { body: string }[] };
    for (const email of preview.emails) {
      for (const id of mentionedIds(email.body))
        expect([id, currentIds.includes(id)]).toEqual([id, true]);
      previewEmails++;
    }
  }

  // Review OKRs counts each objective's KRs over the current period (3 each, then 4 for O1).
  emulator.run('reviewOkrs');
  const review = emulator.sheetValues(REVIEW_SHEET.name.en).map((cells) => cells.join(' '));
  expect(review.filter((line) => /has \d+ key results\./.test(line))).toEqual([]);
  expect(
    review.filter(
      (line) =>
        /days without a check-in/.test(line) && closed.some((row) => line.includes(String(row.id))),
    ),
  ).toEqual([]);

  // Every closed KR's Status is the grade of its final progress at its own period's end.
  const thresholds = {
    greenAt: setting(emulator, 'greenAt') as number,
    yellowAt: setting(emulator, 'yellowAt') as number,
  };
  for (const row of closed) {
    const grade = keyResultStatusOf(row.progress as number, 1, thresholds);
    expect([row.id, row.expected, row.status]).toEqual([row.id, 1, statusLabel(grade!, 'en')]);
  }
}

let previewEmails = 0;

/** Close the current period on `day`, start the proposed next one, carry everything over. */
function closeWithCarryOver(emulator: Emulator, day: string): void {
  emulator.clock.set(new Date(`${day}T20:00:00Z`));
  for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
    emulator.ui.queueResponse(answer);
  emulator.run('closePeriod');
}

function expectAfterClose(emulator: Emulator, closedPeriods: readonly string[]): void {
  // History holds each closed period exactly once, with all of its rows.
  const history = rowsByKey(emulator, HISTORY_SHEET.name.en, HISTORY_SHEET);
  const names = [...new Set(history.map((row) => String(row.period)))];
  expect(names).toEqual(closedPeriods);
  for (const name of closedPeriods) {
    const periodRows = history.filter((row) => row.period === name);
    const ids = periodRows.map((row) => String(row.id));
    expect(new Set(ids).size).toBe(ids.length);
    // The closed rows of Key Results say which period they belong to.
    const keyResultIds = periodRows.filter((row) => row.kind === 'Key result').map((row) => row.id);
    const inSheet = keyResults(emulator)
      .filter((row) => row.period === name)
      .map((row) => row.id);
    expect(inSheet).toEqual(keyResultIds);
    // History's dates are dates.
    expect(
      periodRows.every(
        (row) =>
          row.periodStart instanceof Date ||
          Object.prototype.toString.call(row.periodStart) === '[object Date]',
      ),
    ).toBe(true);
  }
  // …shown as days, with no time of day.
  const shownHistory = emulator.sheetDisplayValues(HISTORY_SHEET.name.en);
  const dateColumns = ['Period start', 'Period end', 'Closed on'].map((label) =>
    shownHistory[0]!.indexOf(label),
  );
  for (const cells of shownHistory.slice(1)) {
    for (const column of dateColumns) expect(cells[column]).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
  }
  // Closed key results are greyed and protected with a warning only; current ones are not.
  const sheet = emulator.sheet(KEY_RESULTS);
  const styles = emulator.sheetStyles(KEY_RESULTS);
  const protectedRow = (row: number) =>
    emulator.workbook.protections.some(
      (protection) =>
        protection.range.sheetId === sheet.id &&
        protection.warningOnly &&
        protection.description === 'OKR Sheets: closed period' &&
        row >= protection.range.row &&
        row < protection.range.row + protection.range.rows,
    );
  const period = currentPeriod(emulator);
  for (const row of keyResults(emulator)) {
    const number = rowOf(emulator, KEY_RESULTS, 0, String(row.id));
    const closed = !inCurrentPeriod(row.period, period);
    expect([row.id, styles[number - 1]![2]!.fontColor === '#999999', protectedRow(number)]).toEqual(
      [row.id, closed, closed],
    );
  }
  // The scores: one row per closed period (and one chart, on that sheet and the Dashboard).
  const scores = emulator.sheetValues(PERIOD_SCORES_SHEET.name.en);
  expect(
    scores
      .slice(1)
      .filter((cells) => cells[0] !== '')
      .map((cells) => cells[0]),
  ).toEqual(closedPeriods);
  // The score chart exists once where it is and once on the Dashboard, updated each close.
  const scoreCharts = (name: string) =>
    emulator
      .sheet(name)
      .charts.filter((chart) => chart.options.title === 'Score per team per period').length;
  expect([scoreCharts(PERIOD_SCORES_SHEET.name.en), scoreCharts('Dashboard')]).toEqual([1, 1]);
}

describe('a year of quarters, closed one after another with carry-over', () => {
  const emulator = templateWorkbook('en');
  const closedSoFar: string[] = [];

  it('2026-Q4, the examples: every view is about the period', () => {
    expect(currentPeriod(emulator)).toBe('2026-Q4');
    checkInSome(emulator, 0.3);
    expectViewsAboutCurrentPeriod(emulator, '2026-11-10');
    checkInSome(emulator, 0.5);
    expectViewsAboutCurrentPeriod(emulator, '2026-12-15');
  });

  it('closes 2026-Q4 with carry-over: the copies continue their KRs', () => {
    const before = keyResults(emulator);
    const liveId = before.find((row) => currentCell(emulator, String(row.id)).formula !== '')!
      .id as string;
    const shownBefore = new Map(
      before.map((row) => [row.id, currentCell(emulator, String(row.id))]),
    );
    const historyBefore = new Map(
      before.map((row) => [
        row.id,
        emulator.callFromClient('getKeyResultHistory', [row.id], {
          user: LAURA,
        }) as KeyResultHistory,
      ]),
    );
    closeWithCarryOver(emulator, '2026-12-31');
    closedSoFar.push('2026-Q4');
    expect(currentPeriod(emulator)).toBe('2027-Q1');
    expectAfterClose(emulator, closedSoFar);
    expectViewsAboutCurrentPeriod(emulator, '2026-12-31');

    const copies = currentKeyResults(emulator);
    expect(copies).toHaveLength(before.length);
    for (const copy of copies) {
      const from = String(copy.continues);
      const predecessor = before.find((row) => row.id === from)!;
      expect([copy.id, copy.owner, copy.type, copy.unit, copy.weight, copy.target]).toEqual([
        copy.id,
        predecessor.owner,
        predecessor.type,
        predecessor.unit,
        predecessor.weight,
        predecessor.target,
      ]);
      // Number formats and a live formula in Current survive the carry.
      const shown = currentCell(emulator, String(copy.id));
      expect([copy.id, shown]).toEqual([copy.id, shownBefore.get(from)]);
      // The copy's history starts with its predecessor's check-ins.
      const history = emulator.callFromClient('getKeyResultHistory', [copy.id], {
        user: LAURA,
      }) as KeyResultHistory;
      expect(history.entries).toEqual([]);
      expect(
        (history.earlier ?? []).map(({ keyResultId, ...entry }) => [keyResultId, entry]),
      ).toEqual(historyBefore.get(from)!.entries.map((entry) => [from, entry]));
    }
    expect(
      currentCell(emulator, String(copies.find((copy) => copy.continues === liveId)!.id)).formula,
    ).toBe(shownBefore.get(liveId)!.formula);
  });

  it('refuses a check-in on a closed KR, naming the copy that carries it on', () => {
    const closedRow = keyResults(emulator).find(
      (row) => row.period === '2026-Q4' && row.owner === 'sofia@example.com',
    )!;
    const copy = currentKeyResults(emulator).find((row) => row.continues === closedRow.id)!;
    expect(() =>
      emulator.callFromClient(
        'saveCheckIn',
        [{ keyResultId: closedRow.id, value: 1, confidence: 'green', confirmed: true }],
        { user: { email: 'sofia@example.com' } },
      ),
    ).toThrow(`It carries on as ${copy.id} in 2027-Q1`);
  });

  it('2027-Q1, with a new KR typed in and check-ins', () => {
    const row = keyResults(emulator).length + 2;
    emulator.writeSheet(
      KEY_RESULTS,
      [['KR9.1', 'O1', 'New customers', 'sofia@example.com', 'increase', 0, 40, 5]],
      row,
      1,
    );
    checkInSome(emulator, 0.4);
    expectViewsAboutCurrentPeriod(emulator, '2027-02-16');
    checkInSome(emulator, 0.6);
    expectViewsAboutCurrentPeriod(emulator, '2027-03-20');
  });

  it.each([
    ['2027-03-31', '2027-Q1', '2027-Q2', ['2027-05-10', '2027-06-20']],
    ['2027-06-30', '2027-Q2', '2027-Q3', ['2027-08-05', '2027-09-15']],
  ] as const)('closes on %s (%s), then %s: every view is about it', (day, closing, next, days) => {
    // Only what did not reach its target is carried.
    const unfinished = currentKeyResults(emulator).filter((row) => (row.progress as number) < 1);
    closeWithCarryOver(emulator, day);
    closedSoFar.push(closing);
    expect(currentPeriod(emulator)).toBe(next);
    expectAfterClose(emulator, closedSoFar);
    expect(currentKeyResults(emulator).map((row) => row.continues)).toEqual(
      unfinished.map((row) => row.id),
    );
    expectViewsAboutCurrentPeriod(emulator, day);
    checkInSome(emulator, 0.7);
    expectViewsAboutCurrentPeriod(emulator, days[0]);
    checkInSome(emulator, 0.8);
    expectViewsAboutCurrentPeriod(emulator, days[1]);
  });

  it('hides the past periods’ rows in one step and shows them again, moving nothing', () => {
    const before = emulator.sheetValues(KEY_RESULTS);
    const period = currentPeriod(emulator);
    const closedRows = keyResults(emulator)
      .filter((row) => !inCurrentPeriod(row.period, period))
      .map((row) => rowOf(emulator, KEY_RESULTS, 0, String(row.id)));
    expect(closedRows).toHaveLength(3 * 12 + 2);
    const hidden = () => [...emulator.sheet(KEY_RESULTS).hiddenRows].sort((a, b) => a - b);
    emulator.run('togglePastPeriods');
    expect(hidden()).toEqual(closedRows);
    expect(emulator.ui.toasts.at(-1)!.message).toContain(
      `Rows of past periods hidden: ${closedRows.length}.`,
    );
    expect(emulator.sheetValues(KEY_RESULTS)).toEqual(before);
    emulator.run('togglePastPeriods');
    expect(hidden()).toEqual([]);
    expect(emulator.sheetValues(KEY_RESULTS)).toEqual(before);
  });

  it('mentioned key results in 1:1 previews over the year (so their check is not empty)', () => {
    expect(previewEmails).toBeGreaterThan(0);
  });
});
