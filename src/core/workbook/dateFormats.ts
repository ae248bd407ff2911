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
