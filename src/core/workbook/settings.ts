import { cellNumber } from '../cells';
import { dayOf, dayParts, type IsoDay, isDate } from '../dates';
import { dateFromSerial } from '../formulas/dates';
import { type Language, languageFromTag } from '../i18n/language';
import type { PeriodCalendar } from '../keyResults/expected';
import { weekdayNumber } from '../reminders/schedule';
import { foldText, isBlank } from '../text';
import { columnNames } from './headers';
import { SETTINGS_SHEET } from './schema';

/** The workbook's settings, with defaults filled in for blank or unreadable values. */
export interface Settings {
  readonly language: Language;
  readonly period: string;
  readonly periodStart: Date | null;
  readonly periodEnd: Date | null;
  readonly asOf: Date | null;
  readonly reminderDaysBefore: number;
  /** Hour of the day (0–23) for the daily reminder run. */
  readonly reminderHour: number;
  readonly greenAt: number;
  readonly yellowAt: number;
  readonly holidays: readonly Date[];
  /** Days without a change after which a live key result's source counts as stopped. */
  readonly liveStaleDays: number;
  /** Check-in nudges to owners: how often, on which weekday (0 = Sunday), after how many days. */
  readonly nudgeFrequency: NudgeFrequency;
  readonly nudgeWeekday: number;
  readonly nudgeAfterDays: number;
  /** Days after a nudge without a check-in before the manager's 1:1 digest flags the KR. */
  readonly nudgeGraceDays: number;
  /**
   * The period cells as typed, read as calendar days by `periodCalendar` (absent: the
   * Date fields above stand for them).
   */
  readonly periodCells?: {
    readonly periodStart: unknown;
    readonly periodEnd: unknown;
    readonly asOf: unknown;
    readonly holidays: unknown;
  };
  /** 1-based sheet row of each setting found, by key (so a writer can update one value). */
  readonly rowByKey: Readonly<Record<string, number>>;
}

export type NudgeFrequency = 'weekly' | 'biweekly' | 'off';

const NUDGE_FREQUENCIES: Readonly<Record<string, NudgeFrequency>> = {
  weekly: 'weekly',
  semanal: 'weekly',
  'every two weeks': 'biweekly',
  'cada dos semanas': 'biweekly',
  off: 'off',
  no: 'off',
};

/** A blank or unknown frequency is the default, weekly (an unknown word is not "off"). */
function nudgeFrequencyOf(value: unknown): NudgeFrequency {
  return NUDGE_FREQUENCIES[foldText(value).replace(/\s+/g, ' ')] ?? 'weekly';
}

const DEFAULT_SETTINGS = {
  reminderDaysBefore: 2,
  reminderHour: 8,
  greenAt: 0.7,
  yellowAt: 0.4,
  liveStaleDays: 14,
  nudgeWeekday: 1,
  nudgeAfterDays: 7,
  nudgeGraceDays: 14,
} as const;

/** A Date from a Date, a serial day number (1899-12-30 epoch) or an ISO date text; else null. */
export function toDate(value: unknown): Date | null {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Serial numbers name a calendar day; build it as local midnight of that day.
    return dateFromSerial(Math.floor(value));
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const { year, month, day } = dayParts(value.trim());
    return new Date(year, month - 1, day);
  }
  return null;
}

function toNumber(value: unknown, fallback: number): number {
  return cellNumber(value) ?? fallback;
}

function toDates(value: unknown): Date[] {
  if (isBlank(value)) return [];
  if (typeof value === 'string') {
    return value
      .split(/[;,\n]/)
      .map((part) => toDate(part.trim()))
      .filter((date): date is Date => date !== null);
  }
  const single = toDate(value);
  return single ? [single] : [];
}

/**
 * Reads the Settings sheet's rows (label in column A, value in column B; labels in
 * either language). `fallbackLocale` (the spreadsheet locale) decides the language
 * when the Language setting is blank.
 */
export function parseSettings(
  rows: readonly (readonly unknown[])[],
  fallbackLocale: string,
): Settings {
  const valueByKey: Record<string, unknown> = {};
  const rowByKey: Record<string, number> = {};
  const keyByName = new Map<string, string>();
  for (const column of SETTINGS_SHEET.columns) {
    for (const name of columnNames(column)) keyByName.set(name, column.key);
  }
  rows.forEach((row, index) => {
    const key = keyByName.get(foldText(row[0]));
    if (key && !(key in rowByKey)) {
      rowByKey[key] = index + 1;
      valueByKey[key] = row[1];
    }
  });
  const clamp01 = (value: number, fallback: number) =>
    value >= 0 && value <= 1 ? value : fallback;
  const hour = toNumber(valueByKey.reminderHour, DEFAULT_SETTINGS.reminderHour);
  const days = toNumber(valueByKey.reminderDaysBefore, DEFAULT_SETTINGS.reminderDaysBefore);
  const stale = toNumber(valueByKey.liveStaleDays, DEFAULT_SETTINGS.liveStaleDays);
  const positive = (key: 'nudgeAfterDays' | 'nudgeGraceDays') => {
    const days = toNumber(valueByKey[key], DEFAULT_SETTINGS[key]);
    return Number.isInteger(days) && days > 0 && days <= 366 ? days : DEFAULT_SETTINGS[key];
  };
  return {
    language: languageFromTag(
      isBlank(valueByKey.language) ? fallbackLocale : languageWord(valueByKey.language),
    ),
    period: isBlank(valueByKey.period) ? '' : String(valueByKey.period).trim(),
    periodStart: toDate(valueByKey.periodStart),
    periodEnd: toDate(valueByKey.periodEnd),
    asOf: toDate(valueByKey.asOf),
    reminderDaysBefore:
      Number.isInteger(days) && days >= 0 && days <= 28
        ? days
        : DEFAULT_SETTINGS.reminderDaysBefore,
    reminderHour:
      Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : DEFAULT_SETTINGS.reminderHour,
    greenAt: clamp01(
      toNumber(valueByKey.greenAt, DEFAULT_SETTINGS.greenAt),
      DEFAULT_SETTINGS.greenAt,
    ),
    yellowAt: clamp01(
      toNumber(valueByKey.yellowAt, DEFAULT_SETTINGS.yellowAt),
      DEFAULT_SETTINGS.yellowAt,
    ),
    holidays: toDates(valueByKey.holidays),
    liveStaleDays: Number.isInteger(stale) && stale > 0 ? stale : DEFAULT_SETTINGS.liveStaleDays,
    nudgeFrequency: nudgeFrequencyOf(valueByKey.nudgeFrequency),
    nudgeWeekday: weekdayNumber(valueByKey.nudgeWeekday) ?? DEFAULT_SETTINGS.nudgeWeekday,
    nudgeAfterDays: positive('nudgeAfterDays'),
    nudgeGraceDays: positive('nudgeGraceDays'),
    periodCells: {
      periodStart: valueByKey.periodStart,
      periodEnd: valueByKey.periodEnd,
      asOf: valueByKey.asOf,
      holidays: valueByKey.holidays,
    },
    rowByKey,
  };
}

const ISO_DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const SERIAL_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** One listed holiday as KR_EXPECTED reads it: a date, a serial day, `yyyy-mm-dd` text. */
function holidayDay(part: unknown, timeZone: string): IsoDay | null {
  if (typeof part !== 'string') return dayOf(part, timeZone);
  const text = part.trim();
  if (ISO_DAY_TEXT.test(text)) return dayOf(text);
  return SERIAL_TEXT.test(text) ? dayOf(Number(text)) : null;
}

/**
 * The Holidays cell: whether it is filled (anything but blanks and spaces, which switches
 * expected progress to working days, as the template's Time elapsed formula does), and its
 * days: a date, or a text listing days separated by `;`, `,` or new lines, read as
 * KR_EXPECTED reads them. `days` is null when a listed part is not a day: the sheet shows
 * an error then, so nothing is expected anywhere.
 */
export function readHolidays(
  value: unknown,
  timeZone = '',
): { readonly filled: boolean; readonly days: IsoDay[] | null } {
  if (isBlank(value) || (typeof value === 'string' && value.trim() === '')) {
    return { filled: false, days: [] };
  }
  const parts: unknown[] =
    typeof value === 'string' ? value.split(/[;,\n]/) : Array.isArray(value) ? value : [value];
  const days: IsoDay[] = [];
  for (const part of parts) {
    if (isBlank(part) || (typeof part === 'string' && part.trim() === '')) continue;
    const day = holidayDay(part, timeZone);
    if (day === null) return { filled: true, days: null };
    days.push(day);
  }
  return { filled: true, days };
}

/**
 * The period and holidays as calendar days of the spreadsheet (`timeZone`): a date typed
 * as text (`2026-10-01`) is that day in every zone; a date cell is its day in the zone.
 */
export function periodCalendar(settings: Settings, timeZone = ''): PeriodCalendar {
  const cells = settings.periodCells ?? {
    periodStart: settings.periodStart,
    periodEnd: settings.periodEnd,
    holidays: settings.holidays.length > 0 ? settings.holidays : '',
  };
  const holidays = readHolidays(cells.holidays, timeZone);
  return {
    start: dayOf(cells.periodStart, timeZone),
    end: dayOf(cells.periodEnd, timeZone),
    holidays: holidays.days ?? [],
    workingDays: holidays.filled,
    unreadableHolidays: holidays.days === null,
  };
}

/** As of as a calendar day of the spreadsheet, or null when the cell does not hold one. */
export function asOfDay(settings: Settings, timeZone = ''): IsoDay | null {
  return dayOf(settings.periodCells ? settings.periodCells.asOf : settings.asOf, timeZone);
}

/** `Español`, `Spanish`, `es-AR` → a tag languageFromTag understands. */
function languageWord(value: unknown): string {
  const folded = foldText(value);
  if (folded === 'spanish' || folded === 'espanol' || folded === 'castellano') return 'es';
  if (folded === 'english' || folded === 'ingles') return 'en';
  return folded;
}
