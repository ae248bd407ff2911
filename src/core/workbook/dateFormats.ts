import { dayParts, type IsoDay, isoDay } from '../dates';

/**
 * Number formats that show a date in the spreadsheet locale's order, as Sheets' own
 * "Date" format does (1/10/2026 in Buenos Aires, 10/1/2026 in New York), with a fixed
 * width: day and month always take two digits, except in the US order Sheets uses.
 */

/** Locales whose dates read month first (Sheets: M/d/yyyy). */
const MONTH_FIRST = /^(en|en_us|en_ph|es_us|fil.*)$/;
/** Languages (or locales) whose dates read year first. */
const YEAR_FIRST = /^(ja|zh|ko|hu|lt|sv|mn|en_ca|fr_ca)(_|$)/;
/** Languages whose day, month and year are separated by dots. */
const DOTTED = /^(de|ru|pl|fi|tr|cs|sk|nb|no|da|uk|ro|bg|hr|sr|sl|et|lv|is|az|kk|be)(_|$)/;
/** Languages whose day, month and year are separated by hyphens. */
const HYPHENED = /^(nl|fy)(_|$)/;

function normalised(locale: string): string {
  return locale.trim().toLowerCase().replace('-', '_');
}

/**
 * The date format for `locale` (an ICU tag as Sheets gives it: es_AR, en_US, en_GB); the
 * ISO order, which no reader takes for another day, when the locale is unknown (blank).
 */
export function localeDateFormat(locale: string): string {
  const tag = normalised(locale);
  if (tag === '') return 'yyyy-mm-dd';
  if (MONTH_FIRST.test(tag)) return 'm/d/yyyy';
  if (YEAR_FIRST.test(tag)) return 'yyyy-mm-dd';
  if (DOTTED.test(tag)) return 'dd.mm.yyyy';
  if (HYPHENED.test(tag)) return 'dd-mm-yyyy';
  return 'dd/mm/yyyy';
}

/** The date and time format for `locale`: its date, then the 24-hour time to the minute. */
export function localeDateTimeFormat(locale: string): string {
  return `${localeDateFormat(locale)} hh:mm`;
}

/** Whether a number format shows a date (a day or a year outside quoted text). */
export function showsDate(format: string): boolean {
  return /[dy]/i.test(format.replace(/"[^"]*"|\\./g, ''));
}

/** `day` as the locale's date format shows it (01/10/2026 in es_AR, 10/1/2026 in en_US). */
export function dayInLocale(day: IsoDay, locale: string): string {
  const { year, month, day: date } = dayParts(day);
  const two = (value: number) => String(value).padStart(2, '0');
  return localeDateFormat(locale).replace(/yyyy|mm|m|dd|d/g, (part) => {
    if (part === 'yyyy') return String(year);
    if (part === 'mm') return two(month);
    if (part === 'm') return String(month);
    return part === 'dd' ? two(date) : String(date);
  });
}

/**
 * A day a person typed: yyyy-mm-dd, or day, month and year in the locale's order
 * (1/10/2026 or 01.10.2026; month first where the locale puts it first). Null when it
 * names no calendar day.
 */
export function typedDay(text: string, locale: string): IsoDay | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  let parts: [number, number, number];
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) {
    const [first, second] = [Number(local[1]), Number(local[2])];
    const monthFirst = MONTH_FIRST.test(normalised(locale));
    parts = [Number(local[3]), monthFirst ? first : second, monthFirst ? second : first];
  } else return null;
  const [year, month, date] = parts;
  const day = isoDay(year, month, date);
  const back = dayParts(day);
  return back.year === year && back.month === month && back.day === date ? day : null;
}
