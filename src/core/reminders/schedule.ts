import {
  addDays,
  daysBetween,
  daysInMonth,
  type IsoDay,
  isoDay,
  localCalendarDay,
  localMidnight,
  weekdayOf,
} from '../dates';
import { foldText, isBlank } from '../text';

/**
 * A person's monthly 1:1 as written in People → 1:1 schedule: the nth (or last)
 * weekday of the month, or a day of the month (clamped to the month's last day, so
 * `31` means the last day in short months).
 */
export type OneOnOneRule =
  | {
      readonly kind: 'weekday';
      /** 1–4, or -1 for the last one of the month. */
      readonly ordinal: 1 | 2 | 3 | 4 | -1;
      /** 0 = Sunday … 6 = Saturday. */
      readonly weekday: number;
    }
  | { readonly kind: 'dayOfMonth'; readonly day: number };

const ORDINALS: Readonly<Record<string, 1 | 2 | 3 | 4 | -1>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: -1,
  primer: 1,
  primero: 1,
  primera: 1,
  '1er': 1,
  '1o': 1,
  '1ro': 1,
  segundo: 2,
  segunda: 2,
  '2do': 2,
  '2o': 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  '3er': 3,
  '3ro': 3,
  '3o': 3,
  cuarto: 4,
  cuarta: 4,
  '4to': 4,
  '4o': 4,
  ultimo: -1,
  ultima: -1,
};

const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
};

/** A weekday name (`Monday`, `lunes`, `Mon`), case- and accent-insensitive: 0 = Sunday; else null. */
export function weekdayNumber(text: unknown): number | null {
  return WEEKDAYS[foldText(text).replace(/\.$/, '')] ?? null;
}

// Words a person may add around the rule that change nothing: "every first Tuesday
// of the month", "el primer martes de cada mes", "day 15", "día 15".
const FILLER = new Set([
  'every',
  'each',
  'the',
  'of',
  'month',
  'monthly',
  'on',
  'day',
  'el',
  'los',
  'cada',
  'de',
  'del',
  'mes',
  'dia',
  'todos',
]);

/**
 * Reads a 1:1 schedule (`first Tuesday`, `primer martes`, `last Friday`,
 * `último viernes`, `2nd Wed`, `15`, `día 15`), case- and accent-insensitive.
 * Returns null for blank or unknown text: a schedule nobody can read is reported,
 * never guessed.
 */
export function parseOneOnOneSchedule(text: unknown): OneOnOneRule | null {
  if (typeof text === 'number') return dayOfMonthRule(text);
  if (typeof text !== 'string' || isBlank(text)) return null;
  const words = foldText(text)
    .replace(/[º°ª]/g, 'o')
    .replace(/[.,;:]/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word));
  // The defaults never apply: each test below first checks how many words there are.
  const [first = '', second = ''] = words;
  if (words.length === 1 && /^\d{1,2}(st|nd|rd|th)?$/.test(first)) {
    return dayOfMonthRule(Number.parseInt(first, 10));
  }
  if (words.length !== 2) return null;
  const ordinal = ORDINALS[first];
  const weekday = WEEKDAYS[second];
  if (ordinal === undefined || weekday === undefined) return null;
  return { kind: 'weekday', ordinal, weekday };
}

function dayOfMonthRule(day: number): OneOnOneRule | null {
  return Number.isInteger(day) && day >= 1 && day <= 31 ? { kind: 'dayOfMonth', day } : null;
}

/** The rule's day in one month (`month` 1–12). */
export function occurrenceInMonth(rule: OneOnOneRule, year: number, month: number): IsoDay {
  const lastDay = daysInMonth(year, month);
  if (rule.kind === 'dayOfMonth') return isoDay(year, month, Math.min(rule.day, lastDay));
  if (rule.ordinal === -1) {
    const last = isoDay(year, month, lastDay);
    return addDays(last, -((weekdayOf(last) - rule.weekday + 7) % 7));
  }
  const first = isoDay(year, month, 1);
  const firstMatch = (rule.weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, firstMatch + 7 * (rule.ordinal - 1));
}

function monthAfter(year: number, month: number, step: number): [number, number] {
  const index = year * 12 + month - 1 + step;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * The regular meeting an explicit Next 1:1 date moves: the rule's day nearest to it, in
 * its month or a neighbouring one (the earlier on a tie), so a meeting moved across a
 * month end replaces its own month's, not the next.
 */
export function movedMeeting(rule: OneOnOneRule, explicit: IsoDay): IsoDay {
  const year = Number(explicit.slice(0, 4));
  const month = Number(explicit.slice(5, 7));
  let best: IsoDay | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const step of [-1, 0, 1]) {
    const day = occurrenceInMonth(rule, ...monthAfter(year, month, step));
    const distance = Math.abs(daysBetween(day, explicit));
    if (distance < bestDistance) {
      best = day;
      bestDistance = distance;
    }
  }
  return best as IsoDay;
}

/**
 * The first 1:1 on or after `from`. An explicit Next 1:1 date moves the nearest regular
 * meeting (movedMeeting), earlier or later, across a month end too; every other meeting
 * follows the rule. Null when there is neither a rule nor an explicit date still ahead.
 */
export function nextOneOnOneDay(
  rule: OneOnOneRule | null,
  from: IsoDay,
  explicit?: IsoDay | null,
): IsoDay | null {
  const upcomingExplicit = explicit && explicit >= from ? explicit : null;
  if (!rule) return upcomingExplicit;
  const moved = explicit ? movedMeeting(rule, explicit) : null;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  // Each month has exactly one rule day, so at most one moved meeting is skipped.
  for (let step = 0; step < 3; step++) {
    const day = occurrenceInMonth(rule, year, month);
    if (day >= from && day !== moved) {
      return upcomingExplicit && upcomingExplicit < day ? upcomingExplicit : day;
    }
    [year, month] = monthAfter(year, month, 1);
  }
  throw new Error('unreachable: a monthly rule has a day in one of three months');
}

/**
 * Date form of nextOneOnOneDay for callers holding Dates: days are read from the
 * Dates' local fields and the result is local midnight.
 */
export function nextOneOnOne(rule: OneOnOneRule, from: Date, explicit?: Date | null): Date;
export function nextOneOnOne(
  rule: OneOnOneRule | null,
  from: Date,
  explicit?: Date | null,
): Date | null;
export function nextOneOnOne(
  rule: OneOnOneRule | null,
  from: Date,
  explicit?: Date | null,
): Date | null {
  const day = nextOneOnOneDay(
    rule,
    localCalendarDay(from),
    explicit ? localCalendarDay(explicit) : null,
  );
  return day ? localMidnight(day) : null;
}
