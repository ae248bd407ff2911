// Mid-period review and Close period cost the same spreadsheet calls at 100 key results
// as at 10,000: one batch read per sheet they need and a fixed number of writes.
import { createEmulator, type Emulator } from '../../emulator';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
} from '../../src/core/workbook/schema';
import { writeTable } from './fixtures/tables';

const TEAMS = ['Sales', 'Marketing', 'Service', 'After-sales', 'Management'];
const OBJECTIVES = 50;

function workbook(keyResultCount: number): Emulator {
  const emulator = createEmulator({ timeZone: 'UTC', now: new Date('2026-11-22T15:00:00Z') });
  const settings = [
    ['period', 'Q4 2026'],
    ['periodStart', '2026-10-01'],
    ['periodEnd', '2026-12-31'],
    ['asOf', '2026-11-22'],
  ].map(([key, value]) => [
    SETTINGS_SHEET.columns.find((column) => column.key === key)!.header.en,
    value,
  ]);
  emulator.writeSheet('Settings', [['Setting', 'Value'], ...settings]);
  writeTable(
    emulator,
    OBJECTIVES_SHEET,
    Array.from({ length: OBJECTIVES }, (_, index) => ({
      id: `O-${index + 1}`,
      objective: `Objective ${index + 1}`,
      team: TEAMS[index % TEAMS.length],
      owner: `lead${index % TEAMS.length}@example.com`,
    })),
    'en',
    ['id', 'objective', 'team', 'owner'],
  );
  writeTable(
    emulator,
    KEY_RESULTS_SHEET,
    Array.from({ length: keyResultCount }, (_, index) => ({
      id: `KR-${index + 1}`,
      objectiveId: `O-${(index % OBJECTIVES) + 1}`,
      keyResult: `Key result ${index + 1}`,
      owner: `owner${index % 40}@example.com`,
      type: 'increase',
      start: 0,
      target: 100,
      // A mix of green, yellow, red and done; every third one not checked in lately.
      current: [10, 30, 45, 60, 100][index % 5],
      weight: 1,
      lastCheckIn: index % 3 === 0 ? '2026-10-20' : '2026-11-20',
      lastComment: `Comment ${index + 1}`,
    })),
    'en',
    [
      'id',
      'objectiveId',
      'keyResult',
      'owner',
      'type',
      'start',
      'target',
      'current',
      'weight',
      'lastCheckIn',
      'lastComment',
    ],
  );
  writeTable(
    emulator,
    CHECK_INS_SHEET,
    [{ timestamp: '2026-11-20', keyResultId: 'KR-1', value: 10, comment: 'First' }],
    'en',
    ['timestamp', 'keyResultId', 'value', 'comment'],
  );
  return emulator;
}

interface Costs {
  review: Record<string, number>;
  secondReview: Record<string, number>;
  close: Record<string, number>;
}

function measure(keyResultCount: number): Costs {
  const emulator = workbook(keyResultCount);
  const calls = (name: string) => {
    emulator.resetCounters();
    emulator.run(name);
    const { byMethod, total } = emulator.counters;
    return { ...byMethod, total };
  };
  const review = calls('midPeriodReview');
  emulator.clock.advance(7 * 86_400_000);
  const secondReview = calls('midPeriodReview');
  emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
  for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
    emulator.ui.queueResponse(answer);
  const close = calls('closePeriod');
  // The runs did what they say, at this size.
  const history = emulator.sheetValues('History');
  expect(history.length).toBe(1 + OBJECTIVES + keyResultCount);
  expect(emulator.sheetValues('Key Results').length).toBe(
    1 + keyResultCount + (keyResultCount * 4) / 5,
  );
  return { review, secondReview, close };
}

describe('cycle budgets', () => {
  let small: Costs;
  let large: Costs;
  beforeAll(() => {
    small = measure(100);
    large = measure(10_000);
  }, 600_000);

  // Growing a sheet past its rows is one insertRowsAfter per sheet, however many rows
  // (the review, History and Key Results are grown only when 1,000 rows do not suffice).
  const withoutGrowth = (costs: Record<string, number>) => {
    const { 'Sheet.insertRowsAfter': growth = 0, total, ...rest } = costs;
    return { ...rest, total: total - growth };
  };

  it.each(['review', 'secondReview', 'close'] as const)(
    '%s makes the same calls at 100 and 10,000 key results',
    (action) => {
      expect(withoutGrowth(large[action])).toEqual(withoutGrowth(small[action]));
      expect(large[action]['Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(3);
    },
  );

  it('reads each sheet once and writes in a fixed number of batches', () => {
    // Settings, Objectives, Key Results; then also the previous review.
    expect(small.review['Range.getValues']).toBe(3);
    expect(small.review['Range.setValues']).toBe(1);
    expect(small.secondReview['Range.getValues']).toBe(4);
    // Close: Settings, Objectives, Key Results, History (absent the first time); after the
    // Yes, all of them again under the lock (check-ins made while the question was open
    // count); Settings again right before the next period is written into it; then Key
    // Results once more under the carry-over's lock, and Objectives, whose objectives with
    // carried key results move on to the next period; History once more for the Period
    // dropdowns' choices.
    expect(small.close['Range.getValues']).toBeLessThanOrEqual(10);
  });
});
