// How the sidebar writes numbers, dates and statuses, in the current language.
import type { KeyResultView } from '../../core/checkIn/context';
import { formatPercent, formatValue } from '../../core/checkIn/numbers';
import { STATUS_LABELS, type Status } from '../../core/formulas/status';
import { interpolate } from '../../core/i18n/language';
import { displayLike, shownValue, valuePair, withUnit } from '../../core/keyResults/display';
import { state } from './state';

export function percent(value: number | null): string {
  return value === null ? '–' : formatPercent(value, state.language);
}

/** The time zone dates are shown in: the spreadsheet's, when the browser knows it. */
function displayTimeZone(): string | undefined {
  const timeZone = state.context?.timeZone;
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

function yearIn(date: Date, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone }).format(date);
}

/**
 * A date (and time) on the spreadsheet's calendar, not the browser's: a check-in made on
 * 30 November in Buenos Aires shows 30 November in a browser set to UTC or Mexico City.
 */
export function formatDate(iso: string | null, withTime = false): string {
  if (!iso) return state.t.never;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return state.t.never;
  const timeZone = displayTimeZone();
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone };
  if (yearIn(date, timeZone) !== yearIn(new Date(), timeZone)) options.year = 'numeric';
  if (withTime) {
    options.hour = '2-digit';
    options.minute = '2-digit';
  }
  return new Intl.DateTimeFormat(state.language === 'es' ? 'es-ES' : 'en-US', options).format(date);
}

export function statusText(status: Status | null): string {
  return status ? STATUS_LABELS[state.language][status] : state.t.noStatus;
}

/** The unit after a text that does not already show it (a `$#,##0` cell shows its `$`). */
function unitAfter(text: string, keyResult: KeyResultView): string {
  return keyResult.kind === 'number' ? withUnit(text, keyResult.unit) : text;
}

function currentShown(keyResult: KeyResultView): string {
  return shownValue(keyResult.currentText, keyResult.current, keyResult.kind, state.language);
}

function targetShown(keyResult: KeyResultView): string {
  if (keyResult.kind === 'binary') return state.t.yes;
  return shownValue(keyResult.targetText, keyResult.target, keyResult.kind, state.language);
}

/**
 * Any value of this KR (a check-in's, a new one) written as its cells write theirs: like
 * the Target cell's text when the sheet gave one, else by its kind, with the unit.
 */
export function valueText(keyResult: KeyResultView, value: number | string | null): string {
  const like =
    keyResult.kind === 'binary'
      ? null
      : (displayLike(targetShown(keyResult), keyResult.target, value) ??
        displayLike(currentShown(keyResult), keyResult.current, value));
  return unitAfter(like ?? formatValue(value, keyResult.kind, state.language), keyResult);
}

export function targetText(keyResult: KeyResultView): string {
  return unitAfter(targetShown(keyResult), keyResult);
}

/** "current → target unit", as the Key Results cells show them. */
export function valuesText(keyResult: KeyResultView): string {
  return valuePair(
    currentShown(keyResult),
    targetShown(keyResult),
    keyResult.kind === 'number' ? keyResult.unit : '',
  );
}

export function progressSummary(keyResult: KeyResultView): string {
  return interpolate(state.t.progressSummary, {
    progress: percent(keyResult.progress),
    expected: percent(keyResult.expected),
    status: statusText(keyResult.status),
  });
}
