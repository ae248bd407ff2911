import fc from 'fast-check';
import { addDays, calendarDayIn, daysBetween, toIsoDay, weekdayOf } from '../../../src/core/dates';
import {
  movedMeeting,
  nextOneOnOne,
  nextOneOnOneDay,
  occurrenceInMonth,
  parseOneOnOneSchedule,
} from '../../../src/core/reminders/schedule';

describe('parseOneOnOneSchedule', () => {
  it.each([
    ['first Tuesday', { kind: 'weekday', ordinal: 1, weekday: 2 }],
    ['primer martes', { kind: 'weekday', ordinal: 1, weekday: 2 }],
    ['Primero Martes', { kind: 'weekday', ordinal: 1, weekday: 2 }],
    ['second Monday', { kind: 'weekday', ordinal: 2, weekday: 1 }],
    ['segundo lunes', { kind: 'weekday', ordinal: 2, weekday: 1 }],
    ['third wednesday', { kind: 'weekday', ordinal: 3, weekday: 3 }],
    ['tercer miércoles', { kind: 'weekday', ordinal: 3, weekday: 3 }],
    ['TERCERO MIERCOLES', { kind: 'weekday', ordinal: 3, weekday: 3 }],
    ['fourth Thursday', { kind: 'weekday', ordinal: 4, weekday: 4 }],
    ['cuarto jueves', { kind: 'weekday', ordinal: 4, weekday: 4 }],
    ['last Friday', { kind: 'weekday', ordinal: -1, weekday: 5 }],
    ['último viernes', { kind: 'weekday', ordinal: -1, weekday: 5 }],
    ['ULTIMO  VIERNES', { kind: 'weekday', ordinal: -1, weekday: 5 }],
    ['1st Tuesday', { kind: 'weekday', ordinal: 1, weekday: 2 }],
    ['2nd Wed', { kind: 'weekday', ordinal: 2, weekday: 3 }],
    ['1er sábado', { kind: 'weekday', ordinal: 1, weekday: 6 }],
    ['el primer martes de cada mes', { kind: 'weekday', ordinal: 1, weekday: 2 }],
    ['every last Sunday of the month', { kind: 'weekday', ordinal: -1, weekday: 0 }],
    ['15', { kind: 'dayOfMonth', day: 15 }],
    [15, { kind: 'dayOfMonth', day: 15 }],
    ['día 31', { kind: 'dayOfMonth', day: 31 }],
    ['day 1', { kind: 'dayOfMonth', day: 1 }],
    ['15th', { kind: 'dayOfMonth', day: 15 }],
  ])('reads %j', (text, rule) => {
    expect(parseOneOnOneSchedule(text)).toEqual(rule);
  });

  it.each([
    '',
    '   ',
    null,
    undefined,
    'fifth Tuesday',
    'quinto martes',
    'first',
    'Tuesday',
    'first Tuesday and third Friday',
    'weekly',
    '0',
    '32',
    15.5,
    0,
    'every other week',
    '=HYPERLINK("x")',
    new Date(2026, 0, 1),
  ])('refuses %j instead of guessing', (text) => {
    expect(parseOneOnOneSchedule(text)).toBeNull();
  });
});

describe('occurrenceInMonth', () => {
  it('finds nth and last weekdays', () => {
    // March 2026 starts on a Sunday.
    expect(occurrenceInMonth({ kind: 'weekday', ordinal: 1, weekday: 2 }, 2026, 3)).toBe(
      '2026-03-03',
    );
    expect(occurrenceInMonth({ kind: 'weekday', ordinal: 1, weekday: 0 }, 2026, 3)).toBe(
      '2026-03-01',
    );
    expect(occurrenceInMonth({ kind: 'weekday', ordinal: 4, weekday: 2 }, 2026, 3)).toBe(
      '2026-03-24',
    );
    expect(occurrenceInMonth({ kind: 'weekday', ordinal: -1, weekday: 2 }, 2026, 3)).toBe(
      '2026-03-31',
    );
    expect(occurrenceInMonth({ kind: 'weekday', ordinal: -1, weekday: 5 }, 2026, 2)).toBe(
      '2026-02-27',
    );
  });

  it('clamps a day of the month to the month end, leap years included', () => {
    const rule = { kind: 'dayOfMonth', day: 31 } as const;
    expect(occurrenceInMonth(rule, 2026, 2)).toBe('2026-02-28');
    expect(occurrenceInMonth(rule, 2028, 2)).toBe('2028-02-29');
    expect(occurrenceInMonth(rule, 2026, 4)).toBe('2026-04-30');
    expect(occurrenceInMonth(rule, 2026, 5)).toBe('2026-05-31');
  });

  it('always lands on the right weekday inside the month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        fc.integer({ min: 0, max: 6 }),
        (year, month, ordinal, weekday) => {
          const day = occurrenceInMonth(
            { kind: 'weekday', ordinal: ordinal as 1 | 2 | 3 | 4 | -1, weekday },
            year,
            month,
          );
          expect(weekdayOf(day)).toBe(weekday);
          expect(Number(day.slice(5, 7))).toBe(month);
          const dayOfMonth = Number(day.slice(8, 10));
          if (ordinal > 0) expect(Math.ceil(dayOfMonth / 7)).toBe(ordinal);
          else expect(Number(addDays(day, 7).slice(5, 7))).not.toBe(month);
        },
      ),
    );
  });
});

describe('nextOneOnOneDay', () => {
  const firstTuesday = parseOneOnOneSchedule('first Tuesday')!;

  it('is the rule day itself on that day, else the next month', () => {
    expect(nextOneOnOneDay(firstTuesday, '2026-03-03')).toBe('2026-03-03');
    expect(nextOneOnOneDay(firstTuesday, '2026-03-04')).toBe('2026-04-07');
    expect(nextOneOnOneDay(firstTuesday, '2026-12-02')).toBe('2027-01-05');
  });

  it("lets an explicit date replace that month's meeting, and only that month's", () => {
    // Moved later: 3 March becomes 5 March; April follows the rule again.
    expect(nextOneOnOneDay(firstTuesday, '2026-03-01', '2026-03-05')).toBe('2026-03-05');
    expect(nextOneOnOneDay(firstTuesday, '2026-03-04', '2026-03-05')).toBe('2026-03-05');
    expect(nextOneOnOneDay(firstTuesday, '2026-03-06', '2026-03-05')).toBe('2026-04-07');
    // Moved earlier: 3 March becomes 2 March; the 3rd is no longer a 1:1.
    expect(nextOneOnOneDay(firstTuesday, '2026-03-03', '2026-03-02')).toBe('2026-04-07');
    // An explicit date months ahead does not swallow the meetings before it.
    expect(nextOneOnOneDay(firstTuesday, '2026-01-01', '2026-03-05')).toBe('2026-01-06');
    expect(nextOneOnOneDay(firstTuesday, '2026-02-04', '2026-03-05')).toBe('2026-03-05');
    expect(nextOneOnOneDay(null, '2026-03-01', '2026-03-05')).toBe('2026-03-05');
    expect(nextOneOnOneDay(null, '2026-03-06', '2026-03-05')).toBeNull();
    expect(nextOneOnOneDay(null, '2026-03-06')).toBeNull();
  });

  it('moves the nearest regular meeting, across a month end too', () => {
    const lastFriday = parseOneOnOneSchedule('last Friday')!;
    // January's meeting (Friday 30th) moved to Monday 2 February: no 1:1 on the 30th, and
    // February's own meeting on the 27th still happens.
    expect(movedMeeting(lastFriday, '2026-02-02')).toBe('2026-01-30');
    expect(nextOneOnOneDay(lastFriday, '2026-01-28', '2026-02-02')).toBe('2026-02-02');
    expect(nextOneOnOneDay(lastFriday, '2026-01-30', '2026-02-02')).toBe('2026-02-02');
    expect(nextOneOnOneDay(lastFriday, '2026-02-03', '2026-02-02')).toBe('2026-02-27');
    // The other way: the 1st of March moved back into February (the 26th).
    const firstDay = parseOneOnOneSchedule('1')!;
    expect(movedMeeting(firstDay, '2026-02-26')).toBe('2026-03-01');
    expect(nextOneOnOneDay(firstDay, '2026-02-02', '2026-02-26')).toBe('2026-02-26');
    expect(nextOneOnOneDay(firstDay, '2026-02-27', '2026-02-26')).toBe('2026-04-01');
    // Across a year end, and the earlier meeting on a tie (14 days either way).
    expect(movedMeeting(lastFriday, '2027-01-02')).toBe('2026-12-25');
    expect(movedMeeting(parseOneOnOneSchedule('15')!, '2026-03-01')).toBe('2026-02-15');
  });

  it('never returns a day before `from` and never skips a month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 1, max: 31 }),
        (offset, dayOfMonth) => {
          const from = addDays('1990-01-01', offset);
          const next = nextOneOnOneDay({ kind: 'dayOfMonth', day: dayOfMonth }, from)!;
          expect(next >= from).toBe(true);
          expect(daysBetween(from, next)).toBeLessThanOrEqual(31);
        },
      ),
    );
  });

  it('has a Date form for callers with local-midnight Dates', () => {
    const next = nextOneOnOne(firstTuesday, new Date(2026, 2, 4, 15, 30));
    expect([next.getFullYear(), next.getMonth(), next.getDate(), next.getHours()]).toEqual([
      2026, 3, 7, 0,
    ]);
    const explicit = nextOneOnOne(firstTuesday, new Date(2026, 2, 1), new Date(2026, 2, 5));
    expect(explicit.getDate()).toBe(5);
  });
});

describe('calendar days', () => {
  it('counts whole days across daylight-saving changes', () => {
    // Europe/Madrid springs forward on 2026-03-29: that day has 23 hours.
    const before = new Date('2026-03-28T22:30:00Z'); // 23:30 in Madrid, 28 March
    const after = new Date('2026-03-29T22:30:00Z'); // 00:30 in Madrid, 30 March
    expect(calendarDayIn(before, 'Europe/Madrid')).toBe('2026-03-28');
    expect(calendarDayIn(after, 'Europe/Madrid')).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(calendarDayIn(after, 'America/Argentina/Buenos_Aires')).toBe('2026-03-29');
  });

  it('reads Dates, serial numbers and ISO texts as days', () => {
    expect(toIsoDay(new Date('2026-03-03T03:00:00Z'), 'America/Argentina/Buenos_Aires')).toBe(
      '2026-03-03',
    );
    expect(toIsoDay(46084, 'UTC')).toBe('2026-03-03');
    expect(toIsoDay('2026-03-03', 'UTC')).toBe('2026-03-03');
    expect(toIsoDay('2026-02-30', 'UTC')).toBeNull();
    expect(toIsoDay('next week', 'UTC')).toBeNull();
    expect(toIsoDay('', 'UTC')).toBeNull();
  });
});
