import { cellText, idKey, newestCheckIns, type SheetRecord } from '../cells';
import { valueKindOf } from '../checkIn/numbers';
import { type IsoDay, toIsoDay } from '../dates';
import { statusFromLabel } from '../formulas/status';
import type { Language } from '../i18n/language';
import { displayedText, shownValue, valuePair } from '../keyResults/display';
import { expectedOn as expectedOnPeriod, type PeriodCalendar } from '../keyResults/expected';
import { keyResultStatusOf, progressOfCells, readKeyResult } from '../keyResults/model';

/** The latest check-in of one key result. */
export interface LatestCheckIn {
  readonly day: IsoDay | null;
  readonly confidence: unknown;
  readonly comment: string;
  /** Milliseconds, to compare check-ins; rows without a timestamp count as oldest. */
  readonly order: number;
}

/** The latest check-in of every key result (see newestCheckIns). */
export function latestCheckIns(
  rows: Iterable<SheetRecord>,
  timeZone: string,
): Map<string, LatestCheckIn> {
  // Days and texts only for the winners: one per key result, not one per check-in.
  const result = new Map<string, LatestCheckIn>();
  for (const [id, { cells: row, order }] of newestCheckIns(rows, (row) => row)) {
    result.set(id, {
      day: toIsoDay(row.timestamp, timeZone),
      confidence: row.confidence,
      comment: cellText(row.comment),
      order,
    });
  }
  return result;
}

/** How the run judges a key result on a given day. */
export interface StatusContext {
  readonly asOf: IsoDay;
  readonly periodStart: IsoDay | null;
  readonly periodEnd: IsoDay | null;
  /** Days off, and whether to count working days (Settings › Holidays filled). */
  readonly holidays?: readonly IsoDay[];
  readonly workingDays?: boolean;
  readonly unreadableHolidays?: boolean;
  readonly greenAt: number;
  readonly yellowAt: number;
  readonly timeZone: string;
}

/** A period calendar's fields as a StatusContext spells them. */
export function periodDays(
  calendar: PeriodCalendar,
): Pick<
  StatusContext,
  'periodStart' | 'periodEnd' | 'holidays' | 'workingDays' | 'unreadableHolidays'
> {
  return {
    periodStart: calendar.start,
    periodEnd: calendar.end,
    holidays: calendar.holidays,
    workingDays: calendar.workingDays,
    unreadableHolidays: calendar.unreadableHolidays,
  };
}

/** A red key result with everything the email says about it. */
export interface RedKeyResult {
  readonly id: string;
  readonly keyResult: string;
  readonly objective: string;
  readonly current: unknown;
  readonly target: unknown;
  readonly unit: string;
  /** "current → target" as the cells show them (see valueLine). */
  readonly values: Readonly<Record<Language, string>>;
  readonly progress: number | null;
  readonly expected: number | null;
  /** Red by the KR_STATUS rule computed from the numbers. */
  readonly redByNumbers: boolean;
  /** Red because the latest confidence is "off track". */
  readonly redByConfidence: boolean;
  readonly lastCheckInDay: IsoDay | null;
  readonly lastComment: string;
}

/**
 * The share of the period expected by `asOf`, by the one rule the sheet's Time elapsed
 * follows too (core/keyResults/expected.ts). Null without a valid period.
 */
export function expectedOn(context: StatusContext): number | null {
  return expectedOnPeriod(
    {
      start: context.periodStart,
      end: context.periodEnd,
      holidays: context.holidays ?? [],
      workingDays: context.workingDays,
      unreadableHolidays: context.unreadableHolidays,
    },
    context.asOf,
  );
}

/**
 * Judges one key result: red when KR_STATUS of its own numbers is red (never the
 * sheet's display text, which may be stale or edited), or when its latest confidence
 * is "off track". Returns null when it is not red.
 */
export function redKeyResult(
  keyResult: SheetRecord,
  expected: number | null,
  context: StatusContext,
  latest: LatestCheckIn | undefined,
  objectiveById: ReadonlyMap<string, string>,
): RedKeyResult | null {
  const progress = progressOfCells(keyResult);
  const redByNumbers =
    progress !== null &&
    expected !== null &&
    keyResultStatusOf(progress, expected, context) === 'red';
  const confidence = latest ? latest.confidence : keyResult.confidence;
  const redByConfidence = statusFromLabel(confidence) === 'red';
  if (!redByNumbers && !redByConfidence) return null;
  const lastCheckInDay = latest?.day ?? toIsoDay(keyResult.lastCheckIn, context.timeZone);
  const lastComment =
    latest && latest.comment !== '' ? latest.comment : cellText(keyResult.lastComment);
  return {
    id: cellText(keyResult.id),
    keyResult: cellText(keyResult.keyResult),
    objective: objectiveById.get(idKey(keyResult.objectiveId)) ?? cellText(keyResult.objectiveId),
    current: keyResult.current,
    target: keyResult.target,
    unit: cellText(keyResult.unit),
    values: { en: valueLine(keyResult, 'en'), es: valueLine(keyResult, 'es') },
    progress,
    expected,
    redByNumbers,
    redByConfidence,
    lastCheckInDay,
    lastComment,
  };
}

/**
 * "current → target unit" as the Key Results cells show them (core/keyResults/display.ts);
 * formatted by the KR's kind (a percent KR as %) where a cell gave no display text.
 */
export function valueLine(keyResult: SheetRecord, language: Language): string {
  const model = readKeyResult(keyResult);
  const kind = valueKindOf({
    type: model.type ?? 'auto',
    unit: model.unit,
    start: model.start,
    target: model.target,
  });
  const current =
    typeof model.current === 'number' || typeof model.current === 'string'
      ? model.current
      : model.current === null
        ? null
        : String(model.current);
  const shown = (key: string, value: number | string | null) =>
    shownValue(displayedText(keyResult, key), value, kind, language);
  return valuePair(
    shown('current', current),
    shown('target', model.target),
    kind === 'percent' || kind === 'percentPoints' ? '%' : model.unit,
  );
}
