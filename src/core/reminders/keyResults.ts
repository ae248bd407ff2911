import { isDate } from '../formulas/dates';
import { expectedProgress } from '../formulas/expected';
import { keyResultProgress, parseKeyResultType } from '../formulas/progress';
import { keyResultStatus, statusFromLabel } from '../formulas/status';
import { foldText, isBlank } from '../text';
import { type IsoDay, localMidnight, toIsoDay } from './calendar';

/** One sheet row as plain cell values by column key (see workbook/schema.ts). */
export type SheetRecord = Readonly<Record<string, unknown>>;

/** The latest check-in of one key result. */
export interface LatestCheckIn {
  readonly day: IsoDay | null;
  readonly confidence: unknown;
  readonly comment: string;
  /** Milliseconds, to compare check-ins; rows without a timestamp count as oldest. */
  readonly order: number;
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

function timestampOrder(value: unknown): number {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? -Infinity : value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) return SERIAL_EPOCH_MS + value * DAY_MS;
  if (typeof value === 'string' && !isBlank(value)) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? -Infinity : parsed;
  }
  return -Infinity;
}

const PLAIN_ID = /^[\x21-\x7e]+$/;

/**
 * How IDs are compared (trimmed, case- and accent-insensitive, as foldText). IDs are
 * nearly always short ASCII (`KR-12`), which skips the Unicode normalisation: this runs
 * once per check-in row, hundreds of thousands of times.
 */
export function idKey(value: unknown): string {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (PLAIN_ID.test(trimmed)) return trimmed.toLowerCase();
  }
  return foldText(value);
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * The latest check-in of every key result, in one pass over the (append-only)
 * Check-ins rows: the newest timestamp wins, and among equal timestamps the lower row,
 * which was appended later.
 */
export function latestCheckIns(
  rows: Iterable<SheetRecord>,
  timeZone: string,
): Map<string, LatestCheckIn> {
  const latest = new Map<string, { row: SheetRecord; order: number }>();
  for (const row of rows) {
    const id = idKey(row.keyResultId);
    if (id === '') continue;
    const order = timestampOrder(row.timestamp);
    const previous = latest.get(id);
    if (previous && previous.order > order) continue;
    latest.set(id, { row, order });
  }
  // Days and texts only for the winners: one per key result, not one per check-in.
  const result = new Map<string, LatestCheckIn>();
  for (const [id, { row, order }] of latest) {
    result.set(id, {
      day: toIsoDay(row.timestamp, timeZone),
      confidence: row.confidence,
      comment: text(row.comment),
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

function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim().replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** Progress by KR_PROGRESS, or null when the row is not measured or not measurable. */
export function progressOf(keyResult: SheetRecord): number | null {
  if (isBlank(keyResult.current)) return null;
  const type = parseKeyResultType(keyResult.type);
  if (type === undefined) return null;
  const current = type === 'binary' ? keyResult.current : numberOrNull(keyResult.current);
  const target = numberOrNull(keyResult.target);
  if (current === null || (target === null && type !== 'binary')) return null;
  try {
    return keyResultProgress(numberOrNull(keyResult.start), target ?? 0, current, type);
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
    latest && latest.comment !== '' ? latest.comment : text(keyResult.lastComment);
  return {
    id: text(keyResult.id),
    keyResult: text(keyResult.keyResult),
    objective: objectiveById.get(idKey(keyResult.objectiveId)) ?? text(keyResult.objectiveId),
    current: keyResult.current,
    target: keyResult.target,
    unit: text(keyResult.unit),
    progress,
    expected,
    redByNumbers,
    redByConfidence,
    lastCheckInDay,
    lastComment,
  };
}
