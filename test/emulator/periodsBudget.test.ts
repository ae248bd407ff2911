// Spreadsheet calls do not grow with the number of past periods: the same workbook after
// one close and after eight (each with carry-over, so Key Results holds eight closed
// copies of every KR and each current KR a chain of eight predecessors) costs the same
// calls for the sidebar, a check-in, a KR's history, the reminders' preview, Review OKRs,
// the mid-period review, refreshing As of and the next close.
import type { Emulator } from '../../emulator';
import { KEY_RESULTS_SHEET } from '../../src/core/workbook/schema';
import { rowsByKey, templateWorkbook } from './fixtures/cycleFixture';

const LAURA = { email: 'laura@example.com' };
const SOFIA = { email: 'sofia@example.com' };
const QUARTER_ENDS = [
  '2026-12-31',
  '2027-03-31',
  '2027-06-30',
  '2027-09-30',
  '2027-12-31',
  '2028-03-31',
  '2028-06-30',
  '2028-09-30',
  '2028-12-31',
];

function close(emulator: Emulator, day: string): void {
  emulator.clock.set(new Date(`${day}T20:00:00Z`));
  for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
    emulator.ui.queueResponse(answer);
  emulator.run('closePeriod');
}

type Calls = Record<string, number>;

function measure(closes: number): { calls: Record<string, Calls>; closedRows: number } {
  const emulator = templateWorkbook('en');
  for (const day of QUARTER_ENDS.slice(0, closes)) close(emulator, day);
  // A day inside the period that follows the last close.
  const inside = new Date(Date.parse(`${QUARTER_ENDS[closes - 1]}T15:00:00Z`) + 40 * 86_400_000);
  emulator.clock.set(inside);
  const rows = rowsByKey(emulator, KEY_RESULTS_SHEET.name.en, KEY_RESULTS_SHEET);
  const current = rows.filter((row) => row.owner === SOFIA.email && row.unit !== '%').at(-1)!;
  const counted = (work: () => void): Calls => {
    emulator.resetCounters();
    work();
    const { byMethod, total } = emulator.counters;
    const { 'Sheet.insertRowsAfter': growth = 0, ...rest } = byMethod;
    return { ...rest, total: total - growth };
  };
  const calls: Record<string, Calls> = {
    refreshAsOfDate: counted(() => emulator.run('refreshAsOfDate')),
    sidebar: counted(() => emulator.callFromClient('getCheckInContext', [], { user: LAURA })),
    checkIn: counted(() =>
      emulator.callFromClient(
        'saveCheckIn',
        [{ keyResultId: current.id, value: 900, confidence: 'yellow', confirmed: true }],
        { user: SOFIA },
      ),
    ),
    history: counted(() =>
      emulator.callFromClient('getKeyResultHistory', [current.id], { user: LAURA }),
    ),
    preview: counted(() =>
      emulator.callFromClient('previewRemindersOn', [inside.toISOString().slice(0, 10)], {
        user: { email: 'owner@example.com' },
      }),
    ),
    reviewOkrs: counted(() => emulator.run('reviewOkrs')),
    midPeriodReview: counted(() => emulator.run('midPeriodReview')),
    close: counted(() => close(emulator, QUARTER_ENDS[closes]!)),
  };
  const closedRows = rows.filter((row) => row.period !== rows.at(-1)!.period).length;
  // What was measured did its work: the check-in was recorded, the last close added a period.
  const after = rowsByKey(emulator, KEY_RESULTS_SHEET.name.en, KEY_RESULTS_SHEET);
  expect(after.find((row) => row.id === current.id)!.current).toBe(900);
  const periods = new Set(
    emulator
      .sheetValues('History')
      .slice(1)
      .map((cells) => cells[0]),
  );
  expect(periods.size).toBe(closes + 1);
  return { calls, closedRows };
}

describe('spreadsheet calls and past periods', () => {
  let one: ReturnType<typeof measure>;
  let eight: ReturnType<typeof measure>;
  beforeAll(() => {
    one = measure(1);
    eight = measure(8);
  }, 900_000);

  it('the workbooks hold one and eight closed periods', () => {
    expect(one.closedRows).toBe(12);
    expect(eight.closedRows).toBe(8 * 12);
    console.log(
      `calls at 1 and 8 closed periods: ${Object.entries(one.calls)
        .map(([name, calls]) => `${name} ${calls.total}/${eight.calls[name]!.total}`)
        .join(', ')}`,
    );
  });

  it.each([
    'refreshAsOfDate',
    'sidebar',
    'checkIn',
    'history',
    'preview',
    'reviewOkrs',
    'midPeriodReview',
    'close',
  ])('%s makes the same calls at 1 and at 8 closed periods', (operation) => {
    expect(eight.calls[operation]).toEqual(one.calls[operation]);
  });
});
