// Mid-period review and Close period cost the same spreadsheet calls at 100 key results
// as at 10,000: one batch read per sheet they need and a fixed number of writes.
import { createEmulator, type Emulator } from '../../emulator';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../../src/core/workbook/schema';

const TEAMS = ['Sales', 'Marketing', 'Service', 'After-sales', 'Management'];
const OBJECTIVES = 50;

function writeTable(
  emulator: Emulator,
  spec: SheetSpec,
  keys: readonly string[],
  rows: readonly Record<string, unknown>[],
) {
  const header = keys.map((key) => spec.columns.find((column) => column.key === key)!.header.en);
  emulator.writeSheet(spec.name.en, [header]);
  for (let start = 0; start < rows.length; start += 5000) {
    emulator.writeSheet(
      spec.name.en,
      rows.slice(start, start + 5000).map((row) => keys.map((key) => row[key] ?? '')),
      start + 2,
    );
  }
}

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
    ['id', 'objective', 'team', 'owner'],
    Array.from({ length: OBJECTIVES }, (_, index) => ({
      id: `O-${index + 1}`,
      objective: `Objective ${index + 1}`,
      team: TEAMS[index % TEAMS.length],
      owner: `lead${index % TEAMS.length}@example.com`,
    })),
  );
  writeTable(
    emulator,
    KEY_RESULTS_SHEET,
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
  );
  writeTable(
    emulator,
    CHECK_INS_SHEET,
    ['timestamp', 'keyResultId', 'value', 'comment'],
    [{ timestamp: '2026-11-20', keyResultId: 'KR-1', value: 10, comment: 'First' }],
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
    // count); then Key Results once more under the carry-over's lock.
    expect(small.close['Range.getValues']).toBeLessThanOrEqual(7);
  });
});
