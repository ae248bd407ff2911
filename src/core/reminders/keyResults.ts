import { cellNumber, cellText, idKey, newestCheckIns, type SheetRecord } from '../cells';
import { type IsoDay, localMidnight, toIsoDay } from '../dates';
import { expectedProgress } from '../formulas/expected';
import { keyResultProgress, parseKeyResultType } from '../formulas/progress';
import { keyResultStatus, statusFromLabel } from '../formulas/status';
import { isBlank } from '../text';

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
  readonly greenAt: number;
  readonly yellowAt: number;
  readonly timeZone: string;
}

/** A red key result with everything the email says about it. */
export interface RedKeyResult {
  readonly id: string;
  readonly keyResult: string;
  readonly objective: string;
  readonly current: unknown;
  readonly target: unknown;
  readonly unit: string;
  readonly progress: number | null;
  readonly expected: number | null;
  /** Red by the KR_STATUS rule computed from the numbers. */
  readonly redByNumbers: boolean;
  /** Red because the latest confidence is "off track". */
  readonly redByConfidence: boolean;
  readonly lastCheckInDay: IsoDay | null;
  readonly lastComment: string;
}

/** Progress by KR_PROGRESS, or null when the row is not measured or not measurable. */
export function progressOf(keyResult: SheetRecord): number | null {
  if (isBlank(keyResult.current)) return null;
  const type = parseKeyResultType(keyResult.type);
  if (type === undefined) return null;
  const current = type === 'binary' ? keyResult.current : cellNumber(keyResult.current);
  const target = cellNumber(keyResult.target);
  if (current === null || (target === null && type !== 'binary')) return null;
  try {
    return keyResultProgress(cellNumber(keyResult.start), target ?? 0, current, type);
  } catch {
    return null;
  }
}

/**
 * The share of the period expected by `asOf`, as the template's Settings → Time elapsed
 * formula computes it (KR_EXPECTED in calendar days), so the email agrees with the
 * sheet's Status column. Null without a valid period.
 */
export function expectedOn(context: StatusContext): number | null {
  const { periodStart, periodEnd } = context;
  if (!periodStart || !periodEnd || periodEnd <= periodStart) return null;
  try {
    return expectedProgress(
      localMidnight(periodStart),
      localMidnight(periodEnd),
      localMidnight(context.asOf),
    );
  } catch {
    return null;
  }
}

function isRed(progress: number, expected: number, context: StatusContext): boolean {
  try {
    const thresholds = { greenAt: context.greenAt, yellowAt: context.yellowAt };
    return keyResultStatus(progress, expected, thresholds) === 'red';
  } catch {
    // Thresholds the formulas refuse (yellow above green): fall back to the defaults.
    return keyResultStatus(progress, expected) === 'red';
  }
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
  const progress = progressOf(keyResult);
  const redByNumbers = progress !== null && expected !== null && isRed(progress, expected, context);
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
    progress,
    expected,
    redByNumbers,
    redByConfidence,
    lastCheckInDay,
    lastComment,
  };
}
