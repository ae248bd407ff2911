import { newestCheckIns } from '../../../src/core/cells';
import { effectiveCheckIns } from '../../../src/core/checkIn/corrections';
import { historyEntries } from '../../../src/core/checkIn/history';
import { latestCheckIns as cycleLatest } from '../../../src/core/cycle/okrs';
import { latestCheckIns as remindersLatest } from '../../../src/core/reminders/keyResults';

const at = (day: number, extraMs = 0) => new Date(Date.UTC(2026, 4, day, 15, 0, 0) + extraMs);

type Row = Record<string, unknown>;
const checkIn = (day: number, value: unknown, extra: Row = {}): Row => ({
  timestamp: at(day),
  keyResultId: 'KR1',
  value,
  confidence: 'On track',
  comment: `c${day}`,
  author: 'ana@example.com',
  corrects: '',
  ...extra,
});
const values = (rows: Row[]) =>
  effectiveCheckIns(rows, (row) => row).map(({ cells, corrected }) => ({
    day: (cells.timestamp as Date).getUTCDate(),
    value: cells.value,
    corrected,
  }));

describe('effectiveCheckIns', () => {
  it('leaves check-ins without corrections as they are, in order', () => {
    const rows = [checkIn(1, 5), checkIn(2, 6), { ...checkIn(3, 7), keyResultId: 'KR2' }];
    const effective = effectiveCheckIns(rows, (row) => row);
    expect(effective.map((item) => item.cells)).toEqual(rows);
    expect(effective.every((item) => !item.corrected)).toBe(true);
  });

  it('puts a correction in place of the row it names, at that row’s time', () => {
    const rows = [checkIn(1, 5), checkIn(2, 60, { corrects: at(1), comment: 'typo' })];
    const [only, ...rest] = effectiveCheckIns(rows, (row) => row);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ corrected: true, index: 0, ref: at(2) });
    expect(only?.cells).toMatchObject({ value: 60, comment: 'typo', timestamp: at(1) });
  });

  it('drops a withdrawn check-in, and follows chains of corrections', () => {
    expect(values([checkIn(1, 5), checkIn(2, 9), checkIn(3, '', { corrects: at(2) })])).toEqual([
      { day: 1, value: 5, corrected: false },
    ]);
    const chain = [
      checkIn(1, 5),
      checkIn(2, 6, { corrects: at(1) }),
      checkIn(3, 7, { corrects: at(2) }),
    ];
    expect(values(chain)).toEqual([{ day: 1, value: 7, corrected: true }]);
    expect(effectiveCheckIns(chain, (row) => row)[0]?.ref).toEqual(at(3));
    expect(values([...chain, checkIn(4, '', { corrects: at(3) })])).toEqual([]);
  });

  it('finds the named row after a sort by hand, and by the second when typed by hand', () => {
    const rows = [checkIn(1, 5), checkIn(2, 9), checkIn(3, 8, { corrects: at(2) })];
    expect(values([...rows].reverse())).toEqual([
      { day: 2, value: 8, corrected: true },
      { day: 1, value: 5, corrected: false },
    ]);
    const typed = [{ ...checkIn(2, 9), timestamp: at(2, 412) }, checkIn(3, 8, { corrects: at(2) })];
    expect(values(typed)).toEqual([{ day: 2, value: 8, corrected: true }]);
  });

  it('does not fight hand edits: a correction of a deleted row stands alone, another KR is untouched', () => {
    expect(values([checkIn(3, 8, { corrects: at(2) })])).toEqual([
      { day: 3, value: 8, corrected: false },
    ]);
    expect(values([checkIn(3, '', { corrects: at(2) })])).toEqual([]);
    const otherKr = { ...checkIn(2, 9), keyResultId: 'KR2' };
    expect(values([otherKr, checkIn(3, '', { corrects: at(2) })])).toEqual([
      { day: 2, value: 9, corrected: false },
    ]);
    // A reference to a later row (typed by hand) names nothing.
    expect(values([checkIn(1, 5, { corrects: at(2) }), checkIn(2, 6)])).toEqual([
      { day: 1, value: 5, corrected: false },
      { day: 2, value: 6, corrected: false },
    ]);
  });
});

describe('readers of Check-ins see the corrections', () => {
  const rows = [
    checkIn(1, 5),
    checkIn(2, 1e12),
    checkIn(3, '', { corrects: at(2), comment: '' }),
    checkIn(4, 7),
    checkIn(5, 70, { corrects: at(4), comment: 'fixed' }),
  ];

  it('history lists the corrected check-ins, each naming the row a new correction would name', () => {
    expect(
      historyEntries(rows, 'KR1').map(({ at, value, comment, ref, corrected }) => ({
        at,
        value,
        comment,
        ref,
        corrected,
      })),
    ).toEqual([
      {
        at: at(4).toISOString(),
        value: 70,
        comment: 'fixed',
        ref: at(5).toISOString(),
        corrected: true,
      },
      {
        at: at(1).toISOString(),
        value: 5,
        comment: 'c1',
        ref: at(1).toISOString(),
        corrected: undefined,
      },
    ]);
  });

  it('the newest check-in of a KR (reminders, cycle) is never a withdrawn one', () => {
    const newest = newestCheckIns(rows.slice(0, 3), (row) => row).get('kr1');
    expect(newest?.cells.value).toBe(5);
    expect(newestCheckIns(rows, (row) => row).get('kr1')?.cells).toMatchObject({
      value: 70,
      timestamp: at(4),
    });
  });
});

describe('the reminders’ and the cycle’s latest check-in', () => {
  it('is the one that stands once the latest is withdrawn, with its day and comment', () => {
    const rows = [
      checkIn(1, 5),
      checkIn(2, 1e12, { confidence: 'Off track', comment: 'typo' }),
      checkIn(3, '', { corrects: at(2), comment: '' }),
    ];
    expect(remindersLatest(rows, 'UTC').get('kr1')).toMatchObject({
      day: '2026-05-01',
      comment: 'c1',
      confidence: 'On track',
    });
    expect(
      cycleLatest(
        rows.map((cells, index) => ({ rowNumber: index + 2, cells })),
        'UTC',
      ).get('kr1'),
    ).toEqual({ day: '2026-05-01', comment: 'c1' });
  });
});
