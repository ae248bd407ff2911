// One key result, read once from its Key Results row and judged by one set of rules: the
// sidebar, the reminders, the mid-period review, the period close and the custom
// functions all call these, so one workbook gives one answer everywhere.
//
// The rules are the formula contract's (docs/functions.md): a number or numeric text
// (`12.5`, `40%`) is a number, as KR_PROGRESS reads it; progress is KR_PROGRESS with the
// cap; expected is the share of the period elapsed (see expected.ts); status is KR_STATUS.
import { isDone } from '../cells';
import { isDate } from '../dates';
import { serialFromDate } from '../formulas/dates';
import { type KeyResultType, keyResultProgress, parseKeyResultType } from '../formulas/progress';
import { type Status, statusFromLabel, statusOrNull } from '../formulas/status';
import { isBlank } from '../text';
import { idKey } from './identity';

/** One Key Results row as plain cells by column key (see workbook/schema.ts). */
type KeyResultCells = Readonly<Record<string, unknown>>;

// Dot decimal, optional exponent and percent sign: the numeric text Sheets hands a custom
// function from a cell formatted as plain text.
const NUMERIC_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?$/i;

/**
 * A cell as a number, the way the custom functions read one: a finite number, a date (its
 * serial day), or numeric text (`12.5`, `40%` = 0.4). Anything else is null.
 */
function keyResultNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!NUMERIC_TEXT.test(text)) return null;
    return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  }
  if (isDate(value) && !Number.isNaN(value.getTime())) return serialFromDate(value);
  return null;
}

/** A key result as every feature sees it. */
interface KeyResult {
  readonly id: string;
  /** The ID's comparison key (identity.ts). */
  readonly key: string;
  readonly objectiveId: string;
  readonly title: string;
  readonly owner: string;
  readonly unit: string;
  /** Undefined when the Type cell holds a word that is not a type. */
  readonly type: KeyResultType | 'auto' | undefined;
  readonly start: number | null;
  readonly target: number | null;
  /** The Current cell as typed (blank is null). */
  readonly current: unknown;
  /** Current as a number (a binary KR's done/not done as 1/0); null when not one. */
  readonly currentNumber: number | null;
  /** Weight among its siblings: blank or unreadable counts 1. */
  readonly weight: number;
  readonly progress: number | null;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * Progress as KR_PROGRESS computes it (capped to [0, 1]), or null when the row is not
 * measured yet (blank Current) or its numbers do not give one (the formula shows an error).
 */
export function progressOfCells(cells: KeyResultCells): number | null {
  if (isBlank(cells.current)) return null;
  const type = parseKeyResultType(isBlank(cells.type) ? undefined : cells.type);
  if (type === undefined) return null;
  try {
    if (type === 'binary') return keyResultProgress(null, 0, cells.current, 'binary');
    const target = keyResultNumber(cells.target);
    const current = keyResultNumber(cells.current);
    if (target === null || current === null) return null;
    const needsStart = type !== 'at_least' && type !== 'at_most';
    const start = needsStart && !isBlank(cells.start) ? keyResultNumber(cells.start) : null;
    if (needsStart && !isBlank(cells.start) && start === null) return null;
    return keyResultProgress(start, target, current, type);
  } catch {
    return null;
  }
}

/** A Weight cell as OKR_CASCADE and OKR_ROLLUP read it: blank or unreadable counts 1. */
export function weightFromCell(value: unknown): number {
  const weight = keyResultNumber(value);
  return weight !== null && weight >= 0 ? weight : 1;
}

/** Reads a Key Results row. */
export function readKeyResult(cells: KeyResultCells): KeyResult {
  const type = parseKeyResultType(isBlank(cells.type) ? undefined : cells.type);
  const current = isBlank(cells.current) ? null : cells.current;
  return {
    id: textOf(cells.id),
    key: idKey(cells.id),
    objectiveId: textOf(cells.objectiveId),
    title: textOf(cells.keyResult),
    owner: textOf(cells.owner),
    unit: textOf(cells.unit),
    type,
    start: keyResultNumber(cells.start),
    target: keyResultNumber(cells.target),
    current,
    currentNumber:
      current === null
        ? null
        : type === 'binary'
          ? isDone(current)
            ? 1
            : 0
          : typeof current === 'boolean'
            ? Number(current)
            : keyResultNumber(current),
    weight: weightFromCell(cells.weight),
    progress: progressOfCells(cells),
  };
}

/** The thresholds KR_STATUS takes. */
interface StatusThresholds {
  readonly greenAt: number;
  readonly yellowAt: number;
}

/**
 * KR_STATUS of a progress against an expected share, or null when either is missing or the
 * thresholds are ones KR_STATUS refuses (yellow above green): the sheet shows an error then.
 */
export function keyResultStatusOf(
  progress: number | null,
  expected: number | null,
  thresholds: StatusThresholds,
): Status | null {
  return statusOrNull(progress, expected, thresholds);
}

/** A status label or colour word in a cell (Confidence, Status), or null. */
export function statusInCell(value: unknown): Status | null {
  return statusFromLabel(value) ?? null;
}

/** Progress, expected and status of a key result, as a view shows them. */
interface Judgement {
  readonly progress: number | null;
  readonly expected: number | null;
  readonly status: Status | null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A key result as the sheet shows it: its computed columns (Progress, Expected, Status)
 * when they hold values, else the same rules computed here (a fresh row, a workbook whose
 * formulas were removed). The template fills those columns with KR_PROGRESS, the period's
 * expected share and KR_STATUS, which are exactly these rules, so both paths agree.
 */
export function judgeKeyResult(
  cells: KeyResultCells,
  expected: number | null,
  thresholds: StatusThresholds,
): Judgement {
  const progress = finite(cells.progress) ?? progressOfCells(cells);
  const expectedShare = finite(cells.expected) ?? expected;
  return {
    progress,
    expected: expectedShare,
    status: statusInCell(cells.status) ?? keyResultStatusOf(progress, expectedShare, thresholds),
  };
}
