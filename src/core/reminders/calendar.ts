/**
 * Calendar days as ISO texts (`2026-03-31`). A reminder is about a day on the
 * spreadsheet's calendar, not an instant: counting in whole calendar days (never in
 * 24-hour multiples) keeps "two days before" right across daylight-saving changes,
 * and the text compares, sorts, logs and crosses google.script.run unchanged.
 */
export type IsoDay = string;

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_DAY = Date.UTC(1899, 11, 30) / DAY_MS;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of a calendar day (proleptic Gregorian, no time zone involved). */
export function dayIndex(day: IsoDay): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function dayFromIndex(index: number): IsoDay {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

export function isoDay(year: number, month: number, day: number): IsoDay {
  return dayFromIndex(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromIndex(dayIndex(day) + days);
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in `timeZone` (an IANA name such as
 * `America/Argentina/Buenos_Aires`). An unknown or blank zone falls back to the
 * runtime's own zone rather than failing the run.
 */
export function calendarDayIn(instant: Date, timeZone: string): IsoDay {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone: timeZone || undefined,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      return localCalendarDay(instant);
    }
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The day of a Date by its local fields (how a date built as local midnight is meant). */
export function localCalendarDay(date: Date): IsoDay {
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Local midnight of a calendar day, the Date form the rest of the workbook code uses. */
export function localMidnight(day: IsoDay): Date {
  const match = ISO_DAY.exec(day)!;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * A cell value as a calendar day: a Date (as Sheets returns date cells: an instant
 * read in the spreadsheet's zone), a serial day number (1899-12-30 epoch) or an ISO
 * date text. Anything else is null.
 */
export function toIsoDay(value: unknown, timeZone: string): IsoDay | null {
  if (isDate(value)) {
    return Number.isNaN(value.getTime()) ? null : calendarDayIn(value, timeZone);
  }
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return dayFromIndex(SERIAL_EPOCH_DAY + Math.floor(value));
  }
  if (typeof value === 'string') {
    const match = ISO_DAY.exec(value.trim());
    if (!match) return null;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return isoDay(year, month, day);
  }
  return null;
}

import { isDate } from '../formulas/dates';
