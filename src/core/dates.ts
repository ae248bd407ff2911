// Calendar days as ISO texts (`2026-11-22`), shared by the cycle, the reminders and the
// settings. A period end, a review date or "two days before a 1:1" is a day on the
// spreadsheet's calendar, not an instant: counting whole calendar days (never 24-hour
// multiples) stays right across daylight-saving changes, and the text compares, sorts,
// logs and crosses google.script.run unchanged.

export type IsoDay = string;

export const DAY_MS = 86_400_000;
/** Date.UTC(1899, 11, 30): serial day 0 of spreadsheets, as a literal (no work at load). */
export const SERIAL_EPOCH_UTC = -2_209_161_600_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Whether a value is a Date, including one made in another realm (a vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function dayFromUtc(milliseconds: number): IsoDay {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/** The calendar day of year, month (1–12) and day, normalised (month 13 is next January). */
export function isoDay(year: number, month: number, day: number): IsoDay {
  return dayFromUtc(Date.UTC(year, month - 1, day));
}

/** Year, month (1–12) and day of an ISO day. */
export function dayParts(day: IsoDay): { year: number; month: number; day: number } {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Days since 1970-01-01 of a calendar day (proleptic Gregorian, no time zone involved). */
function dayIndex(day: IsoDay): number {
  const { year, month, day: dayOfMonth } = dayParts(day);
  return Date.UTC(year, month - 1, dayOfMonth) / DAY_MS;
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromUtc((dayIndex(day) + days) * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return dayIndex(to) - dayIndex(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: IsoDay): number {
  return new Date(dayIndex(day) * DAY_MS).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
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
  return isoDay(
    targetYear,
    targetMonth,
    isMonthEnd(day) ? lastOfTarget : Math.min(dayOfMonth, lastOfTarget),
  );
}

/** True for the last day of a month. */
export function isMonthEnd(day: IsoDay): boolean {
  const { year, month, day: dayOfMonth } = dayParts(day);
  return dayOfMonth === daysInMonth(year, month);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Year, month, day, hour, minute and second. */
type WallClock = [number, number, number, number, number, number];

/** Year, month, day, hour, minute and second of an instant on the wall clock of `timeZone`. */
function wallClock(instant: Date, timeZone: string): WallClock {
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
  // The formatter's options ask for each of these parts, so formatToParts yields them all.
  return [parts.year!, parts.month!, parts.day!, parts.hour! % 24, parts.minute!, parts.second!];
}

/**
 * "yyyy-MM-dd HH:mm" of an instant in a named zone, by Intl: what the setup check compares
 * with Utilities.formatDate to tell whether this runtime's Intl honours named zones.
 */
export function intlMinuteIn(instant: Date, timeZone: string): string {
  const [year, month, day, hour, minute] = wallClock(instant, timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`;
}

const knownZones = new Map<string, string>();

/** A usable IANA zone name, or '' (the runtime's own zone) when unknown or blank. */
export function knownTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return '';
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = timeZone;
    } catch {
      known = '';
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

/** The day of a Date by its local fields (how a date built as local midnight is meant). */
export function localCalendarDay(date: Date): IsoDay {
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The calendar day a cell means: a Date (an instant, as Sheets hands date cells, read on
 * the wall clock of the spreadsheet's `timeZone`; '' = the runtime's zone), a serial day
 * number (1899-12-30 epoch; years 1–9999), or `yyyy-mm-dd` text; null for anything else.
 */
export function dayOf(value: unknown, timeZone = ''): IsoDay | null {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return null;
    if (timeZone === '') return localCalendarDay(value);
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
  if (typeof value === 'number') {
    // Only serials of the years 1 to 9999 name a day a yyyy-mm-dd text can hold.
    return value >= -693593 && value < 2958466
      ? dayFromUtc(SERIAL_EPOCH_UTC + Math.floor(value) * DAY_MS)
      : null;
  }
  if (typeof value === 'string') {
    const text = value.trim().slice(0, 10);
    if (!ISO_DAY.test(text)) return null;
    const { year, month, day } = dayParts(text);
    return isoDay(year, month, day) === text ? text : null;
  }
  return null;
}

/**
 * The calendar day an instant falls on in `timeZone` (an IANA name such as
 * `America/Argentina/Buenos_Aires`). An unknown or blank zone falls back to the
 * runtime's own zone rather than failing the run.
 */
export function calendarDayIn(instant: Date, timeZone: string): IsoDay {
  return dayOf(instant, knownTimeZone(timeZone))!;
}

/** A cell value as a calendar day, as `dayOf` reads it, except that a serial day must be positive. */
export function toIsoDay(value: unknown, timeZone: string): IsoDay | null {
  return typeof value === 'number' && value <= 0 ? null : dayOf(value, knownTimeZone(timeZone));
}

/** Midnight of `day` in `timeZone` ('' = the runtime's zone): what Sheets stores as that date. */
export function dateOfDay(day: IsoDay, timeZone = ''): Date {
  const { year, month, day: dayOfMonth } = dayParts(day);
  if (timeZone === '') {
    const date = new Date(year, month - 1, dayOfMonth);
    // new Date(y, m, d) maps years 0–99 to 1900–1999.
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

/**
 * The instant that reads, on the wall clock of `timeZone`, the day and time `local` reads
 * on the runtime's: how a time worked out in local dates is written to the spreadsheet.
 */
export function sameWallClockIn(local: Date, timeZone: string): Date {
  const day = localCalendarDay(local);
  const sinceMidnight = local.getTime() - dateOfDay(day).getTime();
  return new Date(dateOfDay(day, timeZone).getTime() + sinceMidnight);
}

/** Local midnight of a calendar day, the Date form the settings and reminders use. */
export function localMidnight(day: IsoDay): Date {
  return dateOfDay(day);
}

const CACHE_LIMIT = 5000;
const dayCache = new Map<string, IsoDay>();
const midnightCache = new Map<string, number>();

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
