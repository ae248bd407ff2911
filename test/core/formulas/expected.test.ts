import { dateFromSerial, serialFromDate } from '../../../src/core/formulas/dates';
import { expectedProgress, weekendMask } from '../../../src/core/formulas/expected';

const day = (year: number, month: number, date: number) => new Date(year, month - 1, date);

describe('expectedProgress: calendar days', () => {
  it('is (as_of − start)/(end − start)', () => {
    expect(expectedProgress(day(2026, 1, 1), day(2026, 4, 1), day(2026, 2, 15))).toBe(0.5);
    expect(expectedProgress(day(2026, 1, 1), day(2026, 1, 11), day(2026, 1, 4))).toBe(0.3);
  });
  it('clamps to [0, 1] before the start and after the end', () => {
    expect(expectedProgress(day(2026, 1, 1), day(2026, 4, 1), day(2025, 12, 1))).toBe(0);
    expect(expectedProgress(day(2026, 1, 1), day(2026, 4, 1), day(2026, 1, 1))).toBe(0);
    expect(expectedProgress(day(2026, 1, 1), day(2026, 4, 1), day(2026, 4, 1))).toBe(1);
    expect(expectedProgress(day(2026, 1, 1), day(2026, 4, 1), day(2027, 1, 1))).toBe(1);
  });
  it('counts the time of day of as_of', () => {
    expect(
      expectedProgress(day(2026, 1, 1), day(2026, 1, 3), new Date(2026, 0, 1, 12)),
    ).toBeCloseTo(0.25, 12);
  });
  it('keeps every day equally long across a daylight-saving change', () => {
    // 2026-03-08 is the US change, 2026-03-29 the European one; either way a day is a day.
    expect(expectedProgress(day(2026, 3, 1), day(2026, 4, 1), day(2026, 3, 16))).toBeCloseTo(
      15 / 31,
      12,
    );
  });
  it('rejects end ≤ start, naming both dates', () => {
    expect(() => expectedProgress(day(2026, 4, 1), day(2026, 4, 1), day(2026, 4, 1))).toThrow(
      /^#VALUE! end_date .* is not after start_date/,
    );
    expect(() => expectedProgress(day(2026, 4, 1), day(2026, 1, 1), day(2026, 2, 1))).toThrow(
      /#VALUE!/,
    );
  });
  it('rejects an invalid date', () => {
    expect(() => expectedProgress(new Date(Number.NaN), day(2026, 1, 1), day(2026, 1, 1))).toThrow(
      /start_date is an invalid date/,
    );
  });
});

describe('expectedProgress: working days', () => {
  // 2026-01-05 is a Monday.
  const monday = day(2026, 1, 5);
  const twoWeeksLater = day(2026, 1, 19);

  it('counts working days d with start ≤ d < as_of over start ≤ d < end', () => {
    const calendar = {};
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 12), calendar)).toBe(0.5);
    // Tuesday: one working day of ten has passed.
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 6), calendar)).toBe(0.1);
    // The weekend adds nothing: Friday 9th, Saturday 10th and Sunday 11th give 4, 5, 5 of 10.
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 9), calendar)).toBe(0.4);
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 10), calendar)).toBe(0.5);
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 11), calendar)).toBe(0.5);
  });

  it('reads a date shifted a few hours by another time zone as its day', () => {
    const calendar = { holidays: [new Date(2026, 0, 5, 20)] };
    // Sunday 18:00 is Monday 12th in a time zone 6 hours ahead; Monday 6th is a holiday.
    expect(
      expectedProgress(
        new Date(2026, 0, 4, 19),
        twoWeeksLater,
        new Date(2026, 0, 11, 18),
        calendar,
      ),
    ).toBeCloseTo(4 / 9, 12);
  });

  it('takes holidays out of both counts, ignoring holidays on weekends and repeats', () => {
    const calendar = { holidays: [day(2026, 1, 6), day(2026, 1, 6), day(2026, 1, 10)] };
    // 9 working days; by Monday 12th, 4 have passed.
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 12), calendar)).toBeCloseTo(
      4 / 9,
      12,
    );
  });

  it('ignores holidays outside the period', () => {
    const calendar = { holidays: [day(2025, 12, 25), day(2026, 2, 2)] };
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 12), calendar)).toBe(0.5);
  });

  it('reads NETWORKDAYS.INTL weekend codes', () => {
    // Weekend Friday + Saturday (code 7): Sun 4th … Sat 17th has 10 working days.
    const sunday = day(2026, 1, 4);
    expect(expectedProgress(sunday, day(2026, 1, 18), day(2026, 1, 11), { weekend: 7 })).toBe(0.5);
    // Only Sunday off (11): Monday to Saturday, six a week.
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 12), { weekend: 11 })).toBe(0.5);
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 11), { weekend: 11 })).toBe(0.5);
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 10), { weekend: 11 })).toBeCloseTo(
      5 / 12,
      12,
    );
    // Mask: Monday first, 1 = day off; same as code 1.
    expect(expectedProgress(monday, twoWeeksLater, day(2026, 1, 9), { weekend: '0000011' })).toBe(
      0.4,
    );
  });

  it('reproduces the calendar ratio when no day is off', () => {
    const start = day(2026, 1, 1);
    const end = day(2026, 3, 31);
    for (const asOf of [day(2026, 1, 17), day(2026, 2, 28), day(2026, 3, 30)]) {
      expect(expectedProgress(start, end, asOf, { weekend: '0000000' })).toBeCloseTo(
        expectedProgress(start, end, asOf),
        12,
      );
    }
  });

  it('matches counting day by day over long periods', () => {
    const start = day(2025, 12, 29);
    const end = day(2026, 7, 1);
    const holidays = [day(2026, 1, 1), day(2026, 3, 24), day(2026, 4, 2), day(2026, 5, 25)];
    const calendar = { holidays, weekend: 1 };
    const isWorking = (date: Date) =>
      date.getDay() !== 0 &&
      date.getDay() !== 6 &&
      !holidays.some((holiday) => holiday.getTime() === date.getTime());
    const countBefore = (limit: Date) => {
      let count = 0;
      for (let d = new Date(start); d < limit; d.setDate(d.getDate() + 1)) {
        if (isWorking(d)) count++;
      }
      return count;
    };
    for (const asOf of [day(2026, 1, 2), day(2026, 3, 25), day(2026, 6, 13)]) {
      expect(expectedProgress(start, end, asOf, calendar)).toBeCloseTo(
        countBefore(asOf) / countBefore(end),
        12,
      );
    }
  });

  it('rejects a period without working days and an invalid weekend', () => {
    expect(() =>
      expectedProgress(day(2026, 1, 10), day(2026, 1, 12), day(2026, 1, 11), {}),
    ).toThrow(/^#VALUE! no working day/);
    expect(() => expectedProgress(monday, twoWeeksLater, monday, { weekend: 8 })).toThrow(
      '#VALUE! weekend is 8; use 1–7, 11–17 or seven 0/1 characters from Monday',
    );
    expect(() => expectedProgress(monday, twoWeeksLater, monday, { weekend: '1111111' })).toThrow(
      /at least one day/,
    );
  });
});

describe('weekendMask', () => {
  it.each([
    [undefined, '0000011'],
    [1, '0000011'],
    [2, '1000001'],
    [7, '0000110'],
    [11, '0000001'],
    [17, '0000010'],
    ['11', '0000001'],
    ['0000110', '0000110'],
  ])('%p → %p', (weekend, mask) => {
    expect(weekendMask(weekend)).toBe(mask);
  });
});

describe('serial dates (1899-12-30 epoch)', () => {
  it('round-trips local dates and knows well-known serials', () => {
    expect(serialFromDate(day(1899, 12, 30))).toBe(0);
    expect(serialFromDate(day(1900, 1, 1))).toBe(2);
    expect(serialFromDate(day(2026, 1, 1))).toBe(46023);
    expect(serialFromDate(new Date(2026, 0, 1, 18))).toBe(46023.75);
    expect(dateFromSerial(46023.75).getTime()).toBe(new Date(2026, 0, 1, 18).getTime());
    expect(dateFromSerial(46023)).toEqual(day(2026, 1, 1));
  });
});
