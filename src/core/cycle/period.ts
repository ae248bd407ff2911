// Periods: what identifies one (for "already closed"), and the next one (one quarter
// later by default, its name following the current name's pattern: Q4 2026 → Q1 2027).

import { addMonths, dayOf, dayParts, type IsoDay, isMonthEnd } from '../dates';
import { interpolate, type Language } from '../i18n/language';
import { foldText, isBlank } from '../text';
import { dayInLocale, typedDay } from '../workbook/dateFormats';
import type { Settings } from '../workbook/settings';

export interface Period {
  readonly name: string;
  readonly start: IsoDay;
  readonly end: IsoDay;
}

/** Two rows name the same period when their names match (any case or accents), or, unnamed, their dates. */
export function periodKey(name: unknown, start: IsoDay | null, end: IsoDay | null): string {
  const folded = foldText(name);
  return folded !== '' ? `name:${folded}` : `dates:${start ?? ''}/${end ?? ''}`;
}

/** `2026-10-01 – 2026-12-31`: the name of a period nobody named. */
function datesName(start: IsoDay, end: IsoDay): string {
  return `${start} – ${end}`;
}

/** The current period from Settings; null when its dates are missing or the end is not after the start. */
export function periodFromSettings(settings: Settings, timeZone = ''): Period | null {
  const start = settings.periodStart ? dayOf(settings.periodStart, timeZone) : null;
  const end = settings.periodEnd ? dayOf(settings.periodEnd, timeZone) : null;
  if (!start || !end || end <= start) return null;
  const name = isBlank(settings.period) ? datesName(start, end) : settings.period;
  return { name, start, end };
}

const QUARTER_LETTER: Readonly<Record<Language, string>> = { en: 'Q', es: 'T' };

/** Q1–Q4 of a period that is exactly one calendar quarter; else null. */
function calendarQuarter(start: IsoDay, end: IsoDay): { quarter: number; year: number } | null {
  const first = dayParts(start);
  const last = dayParts(end);
  if (first.day !== 1 || (first.month - 1) % 3 !== 0) return null;
  if (last.year !== first.year || last.month !== first.month + 2 || !isMonthEnd(end)) return null;
  return { quarter: (first.month - 1) / 3 + 1, year: first.year };
}

/**
 * The name of the period after `name`: a quarter written as Q4 2026, T4-2026, 2026-Q4 or
 * 2026 T4 steps to the next quarter (rolling the year); otherwise the name comes from the
 * new dates (Q1 2027 for a calendar quarter, else the dates themselves).
 */
export function nextPeriodName(
  name: string,
  start: IsoDay,
  end: IsoDay,
  language: Language,
): string {
  const quarterFirst = /^(.*?\b)([QqTt])([1-4])(\b\D*?)(\d{4})(.*)$/.exec(name);
  if (quarterFirst) {
    const [, before, letter, quarter, between, year, after] = quarterFirst;
    const next = Number(quarter) + 1;
    return `${before}${letter}${next > 4 ? 1 : next}${between}${next > 4 ? Number(year) + 1 : year}${after}`;
  }
  const yearFirst = /^(.*?)(\d{4})(\D*?\b)([QqTt])([1-4])\b(.*)$/.exec(name);
  if (yearFirst) {
    const [, before, year, between, letter, quarter, after] = yearFirst;
    const next = Number(quarter) + 1;
    return `${before}${next > 4 ? Number(year) + 1 : year}${between}${letter}${next > 4 ? 1 : next}${after}`;
  }
  const quarter = calendarQuarter(start, end);
  if (quarter) return `${QUARTER_LETTER[language]}${quarter.quarter} ${quarter.year}`;
  return datesName(start, end);
}

/** The default next period: both dates one quarter later (month ends stay month ends). */
export function nextPeriod(current: Period, language: Language): Period {
  const start = addMonths(current.start, 3);
  const end = addMonths(current.end, 3);
  return { name: nextPeriodName(current.name, start, end, language), start, end };
}

/**
 * What a person typed at the next-period prompt: blank accepts `proposed`; otherwise
 * `name; start; end` or `start; end` (separated by `;`, `|` or new lines; dates as
 * yyyy-mm-dd). Null when it cannot be read or the end is not after the start.
 */
export function parsePeriodInput(
  input: string,
  proposed: Period,
  language: Language,
  locale = '',
): Period | null {
  if (input.trim() === '') return proposed;
  const parts = input
    .split(/[;|\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // The defaults never apply: each branch reads only the parts that `length` says exist.
  const [first = '', second = '', third = ''] = parts;
  let name: string | null = null;
  let startText: string;
  let endText: string;
  if (parts.length === 3) {
    name = first;
    startText = second;
    endText = third;
  } else if (parts.length === 2) {
    startText = first;
    endText = second;
  } else if (parts.length === 1 && typedDay(first, locale) === null) {
    return { ...proposed, name: first };
  } else {
    return null;
  }
  const start = typedDay(startText, locale);
  const end = typedDay(endText, locale);
  if (!start || !end || end <= start) return null;
  return { name: name ?? nextPeriodName('', start, end, language), start, end };
}

/** The example shown at the prompt, in the prompt's own format (days as the locale writes them). */
export function periodInputExample(period: Period, locale = ''): string {
  const day = (value: IsoDay) => (locale === '' ? value : dayInLocale(value, locale));
  return interpolate('{name}; {start}; {end}', {
    name: period.name,
    start: day(period.start),
    end: day(period.end),
  });
}
