import { isDate } from '../dates';
import { serialFromDate } from './dates';
import { describeValue, FormulaInputError } from './errors';
import { lookup } from './lookup';
import { withoutNoise } from './numbers';

/** A working-day calendar: the days off besides the weekend, and the weekend itself. */
export interface WorkingCalendar {
  readonly holidays?: readonly Date[];
  /** NETWORKDAYS.INTL code: 1–7, 11–17, or seven 0/1 characters from Monday (1 = off). */
  readonly weekend?: string | number;
}

/** Saturday + Sunday, code 1: the weekend of a blank argument. */
const SATURDAY_SUNDAY = '0000011';

// Weekend days for each NETWORKDAYS.INTL code, as Monday-first masks (1 = day off).
const WEEKEND_CODES: Readonly<Record<number, string>> = {
  1: SATURDAY_SUNDAY,
  2: '1000001',
  3: '1100000',
  4: '0110000',
  5: '0011000',
  6: '0001100',
  7: '0000110',
  11: '0000001',
  12: '1000000',
  13: '0100000',
  14: '0010000',
  15: '0001000',
  16: '0000100',
  17: '0000010',
};

/** Reads a weekend argument into a Monday-first mask; blank means 1 (Saturday + Sunday). */
export function weekendMask(weekend: string | number | undefined): string {
  if (weekend === undefined || weekend === '') return SATURDAY_SUNDAY;
  if (typeof weekend === 'string' && /^[01]{7}$/.test(weekend.trim())) {
    if (weekend.trim() === '1111111') {
      throw new FormulaInputError('weekend is "1111111": at least one day must be a working day');
    }
    return weekend.trim();
  }
  const code = typeof weekend === 'number' ? weekend : Number(weekend.trim());
  const mask = lookup(WEEKEND_CODES, code);
  if (mask !== undefined) return mask;
  throw new FormulaInputError(
    `weekend is ${describeValue(weekend)}; use 1–7, 11–17 or seven 0/1 characters from Monday`,
  );
}

/**
 * The day a date stands for, rounded to the nearest day: a date cell reaches a custom
 * function as midnight in the spreadsheet's time zone, which the script's time zone may
 * show a few hours earlier or later.
 */
function wholeDay(serial: number): number {
  return Math.round(serial);
}

/** Monday = 0 … Sunday = 6 for a whole serial day (serial 2 is Monday 1900-01-01). */
function weekdayOf(day: number): number {
  return (((day + 5) % 7) + 7) % 7;
}

interface CompiledCalendar {
  readonly workingWeekdays: readonly boolean[];
  readonly workingPerWeek: number;
  /** Sorted whole serial days of holidays that fall on working weekdays, no repeats. */
  readonly holidays: readonly number[];
}

const compiledCalendars = new WeakMap<WorkingCalendar, CompiledCalendar>();

function compile(calendar: WorkingCalendar): CompiledCalendar {
  const cached = compiledCalendars.get(calendar);
  if (cached) return cached;
  const mask = weekendMask(calendar.weekend);
  const workingWeekdays = [...mask].map((flag) => flag === '0');
  const holidays = new Set<number>();
  for (const holiday of calendar.holidays ?? []) {
    if (!isDate(holiday) || Number.isNaN(holiday.getTime())) {
      throw new FormulaInputError(`holidays has ${describeValue(holiday)}, not a date`);
    }
    const day = wholeDay(serialFromDate(holiday));
    if (workingWeekdays[weekdayOf(day)]) holidays.add(day);
  }
  const compiled: CompiledCalendar = {
    workingWeekdays,
    workingPerWeek: workingWeekdays.filter(Boolean).length,
    holidays: [...holidays].sort((a, b) => a - b),
  };
  compiledCalendars.set(calendar, compiled);
  return compiled;
}

/** Index of the first element ≥ value. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // low <= middle < high <= sorted.length, so the element exists.
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Working days d with from ≤ d < to (whole serial days). */
function workingDaysBetween(calendar: CompiledCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  const span = to - from;
  let count = Math.floor(span / 7) * calendar.workingPerWeek;
  for (let day = from + span - (span % 7); day < to; day++) {
    if (calendar.workingWeekdays[weekdayOf(day)]) count++;
  }
  return count - (lowerBound(calendar.holidays, to) - lowerBound(calendar.holidays, from));
}

function requireDate(value: Date, argument: string): number {
  if (!isDate(value) || Number.isNaN(value.getTime())) {
    throw new FormulaInputError(`${argument} is ${describeValue(value)}, not a date`);
  }
  return serialFromDate(value);
}

/**
 * The share of the period from `start` to `end` that has elapsed at `asOf`, in [0, 1]
 * (docs/functions.md, KR_EXPECTED).
 *
 * Without a calendar: (asOf − start) / (end − start) in days, times of day included.
 * With a calendar, in working days, dates rounded to whole days: the working days d with
 * start ≤ d < asOf, divided by those with start ≤ d < end. A working day is one that
 * is neither a weekend day nor a holiday. Every day counting reproduces the calendar
 * ratio exactly. Throws when end ≤ start or the period has no working day.
 */
export function expectedProgress(
  start: Date,
  end: Date,
  asOf: Date,
  calendar?: WorkingCalendar,
): number {
  const startDay = requireDate(start, 'start_date');
  const endDay = requireDate(end, 'end_date');
  const asOfDay = requireDate(asOf, 'as_of');
  if (endDay <= startDay) {
    throw new FormulaInputError(
      `end_date ${describeValue(end)} is not after start_date ${describeValue(start)}`,
    );
  }
  let ratio: number;
  if (calendar) {
    const compiled = compile(calendar);
    const from = wholeDay(startDay);
    const to = wholeDay(endDay);
    const total = workingDaysBetween(compiled, from, to);
    if (total === 0) {
      throw new FormulaInputError(
        `no working day between start_date ${describeValue(start)} and end_date ${describeValue(end)}`,
      );
    }
    const asOfWhole = Math.min(Math.max(wholeDay(asOfDay), from), to);
    ratio = workingDaysBetween(compiled, from, asOfWhole) / total;
  } else {
    ratio = (asOfDay - startDay) / (endDay - startDay);
  }
  if (ratio <= 0) return 0;
  if (ratio >= 1) return 1;
  return withoutNoise(ratio);
}
