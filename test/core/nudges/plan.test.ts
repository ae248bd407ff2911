import {
  isNudgeDay,
  latestNudgeDay,
  type NudgeInput,
  type NudgeSchedule,
  planNudges,
  uncheckedAfterNudge,
} from '../../../src/core/nudges/plan';
import type { LatestCheckIn } from '../../../src/core/reminders/keyResults';
import { logRowCells, readLogState } from '../../../src/core/reminders/log';
import { parseSettings } from '../../../src/core/workbook/settings';

const WEEKLY: NudgeSchedule = { frequency: 'weekly', weekday: 1, anchor: '2026-01-05' };
const BIWEEKLY: NudgeSchedule = { ...WEEKLY, frequency: 'biweekly' };

function latest(day: string, comment = ''): LatestCheckIn {
  return { day, confidence: 'On track', comment, order: Date.parse(day) };
}

function input(overrides: Partial<NudgeInput> = {}): NudgeInput {
  return {
    today: '2026-02-09',
    schedule: WEEKLY,
    afterDays: 7,
    periodStart: '2026-01-05',
    people: [
      { rowNumber: 2, name: 'Ana', email: 'ana@example.com' },
      { rowNumber: 3, name: 'Bo', email: 'BO@example.com ' },
      { rowNumber: 4, name: 'Cy', email: 'not an address' },
    ],
    keyResults: [
      {
        id: 'KR-1',
        objectiveId: 'O-1',
        keyResult: 'One',
        owner: 'ana@example.com',
        current: 3,
        target: 10,
      },
      { id: 'KR-2', objectiveId: 'O-1', keyResult: 'Two', owner: 'Ana', current: 1, target: 2 },
      {
        id: 'KR-3',
        objectiveId: 'O-1',
        keyResult: 'Three',
        owner: 'bo@example.com',
        current: 0,
        target: 1,
      },
      { id: 'KR-4', objectiveId: 'O-1', keyResult: 'Four', owner: 'Cy', current: 0, target: 1 },
    ],
    objectives: [{ id: 'O-1', objective: 'Grow' }],
    latestCheckIns: new Map([
      ['kr-1', latest('2026-02-02', 'eight days ago')],
      ['kr-2', latest('2026-01-20')],
      ['kr-3', latest('2026-02-06')],
    ]),
    log: { pairs: new Map(), lastCompletedRun: '2026-02-08' },
    approved: null,
    waitingText: 'waiting: {names}',
    timeZone: 'UTC',
    ...overrides,
  };
}

describe('nudge days', () => {
  it.each([
    ['weekly, a Monday', WEEKLY, '2026-02-09', true],
    ['weekly, a Tuesday', WEEKLY, '2026-02-10', false],
    ['every two weeks, the first Monday of the period', BIWEEKLY, '2026-01-05', true],
    ['every two weeks, the week after', BIWEEKLY, '2026-01-12', false],
    ['every two weeks, two weeks on', BIWEEKLY, '2026-01-19', true],
    ['every two weeks, before the period', BIWEEKLY, '2025-12-22', true],
    ['every two weeks, the week before the period', BIWEEKLY, '2025-12-29', false],
    ['off', { ...WEEKLY, frequency: 'off' as const }, '2026-02-09', false],
  ])('%s', (_label, schedule, day, expected) => {
    expect(isNudgeDay(schedule, day)).toBe(expected);
  });

  it('finds the nudge day of the last six days, or none', () => {
    expect(latestNudgeDay(WEEKLY, '2026-02-15')).toBe('2026-02-09');
    expect(latestNudgeDay(BIWEEKLY, '2026-01-15')).toBeNull();
  });
});

describe('planNudges', () => {
  it('lists each owner’s KRs quiet for N days, by email or by name, with last value and comment', () => {
    const plan = planNudges(input());
    expect(plan.nudges.map((nudge) => [nudge.email, nudge.keyResults.map((kr) => kr.id)])).toEqual([
      ['ana@example.com', ['KR-1', 'KR-2']],
    ]);
    expect(plan.nudges[0]).toMatchObject({ due: '2026-02-09', order: 2, name: 'Ana' });
    expect(plan.nudges[0]!.keyResults[0]).toMatchObject({
      objective: 'Grow',
      values: { en: '3 → 10', es: '3 → 10' },
      lastCheckInDay: '2026-02-02',
      lastComment: 'eight days ago',
      quietDays: 7,
    });
  });

  it('counts a KR never checked in from the period start', () => {
    const none = new Map<string, LatestCheckIn>();
    expect(planNudges(input({ latestCheckIns: none, periodStart: '2026-02-03' })).nudges).toEqual(
      [],
    );
    const plan = planNudges(input({ latestCheckIns: none, periodStart: '2026-02-02' }));
    expect(plan.nudges.map((nudge) => nudge.email)).toEqual(['ana@example.com', 'bo@example.com']);
  });

  it('sends nothing on other days, when off, or while the owner is paused', () => {
    expect(
      planNudges(
        input({ today: '2026-02-10', log: { pairs: new Map(), lastCompletedRun: '2026-02-09' } }),
      ).nudges,
    ).toEqual([]);
    expect(planNudges(input({ schedule: { ...WEEKLY, frequency: 'off' } })).nudges).toEqual([]);
    const people = [
      { rowNumber: 2, name: 'Ana', email: 'ana@example.com', nudgesPausedUntil: '2026-02-09' },
    ];
    expect(planNudges(input({ people })).nudges).toEqual([]);
    const back = [{ ...people[0]!, nudgesPausedUntil: '2026-02-08' }];
    expect(planNudges(input({ people: back })).nudges).toHaveLength(1);
  });

  it('catches up a Monday the trigger missed, once, and not a Monday before the set-up', () => {
    const missed = input({
      today: '2026-02-11',
      log: { pairs: new Map(), lastCompletedRun: '2026-02-07' },
    });
    expect(planNudges(missed).nudges.map((nudge) => nudge.due)).toEqual(['2026-02-09']);
    const fresh = input({ today: '2026-02-11', log: { pairs: new Map(), lastCompletedRun: null } });
    expect(planNudges(fresh).nudges).toEqual([]);
  });

  it('never plans a nudge the log says was sent; retries a deferred one while its week lasts, only for that owner', () => {
    const row = (manager: string, result: string) => ({
      rowNumber: 5,
      sentAt: new Date('2026-02-09T11:00:00Z'),
      manager,
      oneOnOneDate: '2026-02-09',
      keyResultIds: 'KR-1, KR-2',
      result,
    });
    const sent = readLogState([row('ana@example.com', 'Nudge sent')], 'UTC');
    expect(planNudges(input({ log: { ...sent, lastCompletedRun: '2026-02-08' } })).nudges).toEqual(
      [],
    );
    // The next day: Ana's deferred nudge again, and nobody else (Bo would be due by now).
    const deferred = readLogState([row('ana@example.com', 'Recordatorio aplazado: cuota')], 'UTC');
    const tuesday = input({
      today: '2026-02-10',
      log: { ...deferred, lastCompletedRun: '2026-02-09' },
      latestCheckIns: new Map([
        ['kr-1', latest('2026-02-02')],
        ['kr-3', latest('2026-02-01')],
      ]),
    });
    expect(planNudges(tuesday).nudges.map((nudge) => [nudge.email, nudge.due])).toEqual([
      ['ana@example.com', '2026-02-09'],
    ]);
  });

  it('waits for approval, saying whom for, and sends to approved addresses only', () => {
    const plan = planNudges(input({ approved: new Set(['bo@example.com']) }));
    expect(plan.nudges).toEqual([]);
    expect(plan.waiting).toEqual(['ana@example.com']);
    expect(plan.quiet).toEqual([
      expect.objectContaining({
        kind: 'nudge',
        manager: 'ana@example.com',
        outcome: 'waiting',
        detail: 'waiting: Ana',
      }),
    ]);
  });
});

describe('the Reminder log rows of nudges', () => {
  it('are written with their own label and read back apart from the 1:1 rows of the same day', () => {
    const cells = logRowCells(
      {
        kind: 'nudge',
        manager: 'ana@example.com',
        oneOnOneDate: '2026-02-09',
        keyResultIds: ['KR-1'],
        outcome: 'sent',
        detail: '',
      },
      new Date('2026-02-09T11:00:00Z'),
      'es',
    );
    expect(cells.result).toBe('Recordatorio enviado');
    const state = readLogState(
      [
        { ...cells, rowNumber: 2 },
        { ...cells, result: 'Sent', rowNumber: 3 },
      ],
      'UTC',
    );
    expect([...(state.nudges?.values() ?? [])]).toEqual([
      {
        owner: 'ana@example.com',
        day: '2026-02-09',
        outcome: 'sent',
        keyResultIds: ['KR-1'],
        rowNumber: 2,
      },
    ]);
    expect([...state.pairs.values()].map((pair) => pair.rowNumber)).toEqual([3]);
  });
});

describe('uncheckedAfterNudge', () => {
  const log = readLogState(
    [
      {
        rowNumber: 2,
        sentAt: '',
        manager: 'a@x.io',
        oneOnOneDate: '2026-01-12',
        keyResultIds: 'KR-1, KR-2',
        result: 'Nudge sent',
      },
      {
        rowNumber: 3,
        sentAt: '',
        manager: 'a@x.io',
        oneOnOneDate: '2026-01-19',
        keyResultIds: 'KR-1',
        result: 'Nudge sent',
      },
      {
        rowNumber: 4,
        sentAt: '',
        manager: 'b@x.io',
        oneOnOneDate: '2026-01-19',
        keyResultIds: 'KR-3',
        result: 'Nudge deferred',
      },
    ],
    'UTC',
  );
  it('flags a KR quiet since its first nudge once the grace days are over, with its quiet days', () => {
    const checkIns = new Map([['kr-2', latest('2026-01-14')]]);
    expect(uncheckedAfterNudge(log, checkIns, '2026-01-25', 14, '2026-01-05')).toEqual(new Map());
    expect(uncheckedAfterNudge(log, checkIns, '2026-01-26', 14, '2026-01-05')).toEqual(
      new Map([['kr-1', 21]]),
    );
    expect(uncheckedAfterNudge(log, new Map(), '2026-01-26', 14, null)).toEqual(
      new Map([
        ['kr-1', null],
        ['kr-2', null],
      ]),
    );
  });
});

describe('the nudge settings', () => {
  const read = (rows: unknown[][]) => parseSettings(rows, 'en_US');
  it.each([
    [[], 'weekly', 1, 7, 14],
    [
      [
        ['Check-in nudges', 'Every two weeks'],
        ['Nudge day', 'Friday'],
      ],
      'biweekly',
      5,
      7,
      14,
    ],
    [
      [
        ['Recordatorios de avance', 'No'],
        ['Día del recordatorio', 'miércoles'],
      ],
      'off',
      3,
      7,
      14,
    ],
    [
      [
        ['Check-in nudges', 'sometimes'],
        ['Nudge day', 'someday'],
        ['Nudge after (days without check-in)', -3],
        ['Escalate after nudge (days)', 'x'],
      ],
      'weekly',
      1,
      7,
      14,
    ],
    [
      [
        ['Nudge after (days without check-in)', 10],
        ['Escalar tras el recordatorio (días)', 21],
      ],
      'weekly',
      1,
      10,
      21,
    ],
  ])('%j', (rows, frequency, weekday, after, grace) => {
    expect(read(rows)).toMatchObject({
      nudgeFrequency: frequency,
      nudgeWeekday: weekday,
      nudgeAfterDays: after,
      nudgeGraceDays: grace,
    });
  });
});
