// Calendar days as ISO texts (`2026-11-22`): the cycle reasons about days on the
// spreadsheet's calendar (period start and end, review dates, check-in ages), never
// about instants, so counting whole days stays right across daylight-saving changes.
import { isDate } from '../formulas/dates';
import { isBlank } from '../text';

export type IsoDay = string;

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The calendar day of year, month (1–12) and day, normalised (month 13 is next January). */
export function isoDay(year: number, month: number, day: number): IsoDay {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Year, month (1–12) and day of an ISO day. */
export function dayParts(day: IsoDay): { year: number; month: number; day: number } {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Year, month, day, hour, minute and second of an instant on the wall clock of `timeZone`. */
function wallClock(instant: Date, timeZone: string): number[] {
  if (timeZone === '') {
    return [
      instant.getFullYear(),
      instant.getMonth() + 1,
      instant.getDate(),
      instant.getHours(),
      instant.getMinutes(),
      instant.getSeconds(),
    ];
  }
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = Number(part.value);
  return [parts.year, parts.month, parts.day, parts.hour % 24, parts.minute, parts.second];
}

/** A usable IANA zone name, or '' (the runtime's own zone) when unknown or blank. */
export function knownTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return '';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return '';
  }
}

/**
 * The calendar day a cell means: a Date (an instant, as Sheets hands date cells, read on
 * the wall clock of the spreadsheet's `timeZone`; '' = the runtime's zone), a serial day
 * number, or `yyyy-mm-dd` text; null for anything else.
 */
export function dayOf(value: unknown, timeZone = ''): IsoDay | null {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return null;
    if (timeZone === '') {
      return isoDay(value.getFullYear(), value.getMonth() + 1, value.getDate());
    }
    // Reading a zone's wall clock is costly and a column repeats the same few dates.
    const key = `${timeZone}|${value.getTime()}`;
    let day = dayCache.get(key);
    if (day === undefined) {
      const [year, month, dayOfMonth] = wallClock(value, timeZone);
      day = isoDay(year, month, dayOfMonth);
      remember(dayCache, key, day);
    }
    return day;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(SERIAL_EPOCH_UTC + Math.floor(value) * DAY_MS);
    return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  if (typeof value === 'string' && !isBlank(value)) {
    const text = value.trim().slice(0, 10);
    if (!ISO_DAY.test(text)) return null;
    const { year, month, day } = dayParts(text);
    const normalised = isoDay(year, month, day);
    return normalised === text ? text : null;
  }
  return null;
}

/** Midnight of `day` in `timeZone` ('' = the runtime's zone): what Sheets stores as that date. */
export function dateOfDay(day: IsoDay, timeZone = ''): Date {
  const { year, month, day: dayOfMonth } = dayParts(day);
  if (timeZone === '') {
    const date = new Date(year, month - 1, dayOfMonth);
    date.setFullYear(year);
    return date;
  }
  const key = `${timeZone}|${day}`;
  let instant = midnightCache.get(key);
  if (instant === undefined) {
    const target = Date.UTC(year, month - 1, dayOfMonth);
    instant = target;
    // Two rounds settle the zone's offset, also across a daylight-saving change.
    for (let round = 0; round < 2; round++) {
      const [y, m, d, h, min, s] = wallClock(new Date(instant), timeZone);
      instant += target - Date.UTC(y, m - 1, d, h, min, s);
    }
    remember(midnightCache, key, instant);
  }
  return new Date(instant);
}

const CACHE_LIMIT = 5000;
const dayCache = new Map<string, IsoDay>();
const midnightCache = new Map<string, number>();

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

function dayIndex(day: IsoDay): number {
  const { year, month, day: dayOfMonth } = dayParts(day);
  return Date.UTC(year, month - 1, dayOfMonth) / DAY_MS;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  const { year, month, day: dayOfMonth } = dayParts(day);
  return isoDay(year, month, dayOfMonth + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return dayIndex(to) - dayIndex(from);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` later. The last day of a month stays the last day (Sep 30 + 3
 * months = Dec 31, Dec 31 + 3 = Mar 31), and a day the target month lacks becomes its
 * last day (Nov 30 + 3 = Feb 28), so quarter ends map to quarter ends.
 */
export function addMonths(day: IsoDay, months: number): IsoDay {
  const { year, month, day: dayOfMonth } = dayParts(day);
  const targetYear = year + Math.floor((month - 1 + months) / 12);
  const targetMonth = ((((month - 1 + months) % 12) + 12) % 12) + 1;
  const lastOfTarget = daysInMonth(targetYear, targetMonth);
  const wasLast = dayOfMonth === daysInMonth(year, month);
  return isoDay(
    targetYear,
    targetMonth,
    wasLast ? lastOfTarget : Math.min(dayOfMonth, lastOfTarget),
  );
}

/** True for the last day of a month. */
export function isMonthEnd(day: IsoDay): boolean {
  const { year, month, day: dayOfMonth } = dayParts(day);
  return dayOfMonth === daysInMonth(year, month);
}
