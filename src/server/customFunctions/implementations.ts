// The five custom functions: Sheets arguments in, core arithmetic, Sheets results out.
import { type CascadeNode, evaluateCascade } from '../../core/formulas/cascade';
import { describeValue, FormulaInputError } from '../../core/formulas/errors';
import { expectedProgress, type WorkingCalendar } from '../../core/formulas/expected';
import { withoutNoise } from '../../core/formulas/numbers';
import { keyResultProgress, parseKeyResultType } from '../../core/formulas/progress';
import { checkWeight } from '../../core/formulas/rollup';
import { keyResultStatus, statusLabel } from '../../core/formulas/status';
import { type Language, languageFromTag } from '../../core/i18n/language';
import { idKey } from '../../core/keyResults/identity';
import { isBlank } from '../../core/text';
import { activeSpreadsheetLocale } from '../../services/spreadsheetLocale';
import {
  booleanFrom,
  broadcast,
  cellsOf,
  dateFrom,
  isRange,
  numberFrom,
  optionalNumberFrom,
  single,
} from './sheetsArguments';

const PROGRESS_NAMES = ['start', 'target', 'current', 'type', 'cap'];

export function KR_PROGRESS(
  start: unknown,
  target: unknown,
  current: unknown,
  type?: unknown,
  cap?: unknown,
): unknown {
  // A type column repeats a handful of words: read each once per call.
  const types = new Map<unknown, ReturnType<typeof parseKeyResultType>>();
  return broadcast([start, target, current, type, cap], PROGRESS_NAMES, [0, 1, 2], (row) => {
    let keyResultType = types.get(row[3]);
    if (keyResultType === undefined) {
      keyResultType = parseKeyResultType(row[3]);
      types.set(row[3], keyResultType);
    }
    if (keyResultType === undefined) {
      throw new FormulaInputError(
        `type is ${describeValue(row[3])}; use auto, increase, decrease, at_least, at_most or binary`,
      );
    }
    // Not measured yet.
    if (isBlank(row[2])) return '';
    const capped = booleanFrom(row[4], 'cap', true);
    if (keyResultType === 'binary') return keyResultProgress(null, 0, row[2], 'binary', capped);
    const needsStart = keyResultType !== 'at_least' && keyResultType !== 'at_most';
    if (isBlank(row[1])) throw new FormulaInputError('target is blank');
    return keyResultProgress(
      needsStart ? optionalNumberFrom(row[0], 'start') : null,
      numberFrom(row[1], 'target'),
      numberFrom(row[2], 'current'),
      keyResultType,
      capped,
    );
  });
}

const EXPECTED_NAMES = ['start_date', 'end_date', 'as_of', 'weekend'];

export function KR_EXPECTED(
  startDate: unknown,
  endDate: unknown,
  asOf: unknown,
  holidays?: unknown,
  weekend?: unknown,
): unknown {
  // Working days as soon as either argument is written, even an empty holidays range.
  const workingDays = holidays !== undefined || weekend !== undefined;
  const holidayDates: Date[] = [];
  for (const cell of workingDays ? cellsOf(holidays) : []) {
    // One cell may list several days (`2026-12-25; 2027-01-01`), as the Settings sheet's.
    const parts = typeof cell === 'string' ? cell.split(/[;,\n]/) : [cell];
    for (const part of parts) {
      if (!isBlank(part)) holidayDates.push(dateFrom(part, 'holidays'));
    }
  }
  const calendars = new Map<unknown, WorkingCalendar>();
  const calendarFor = (weekendCell: unknown): WorkingCalendar => {
    const key = typeof weekendCell === 'string' ? weekendCell.trim() : weekendCell;
    let calendar = calendars.get(key);
    if (!calendar) {
      const code = isBlank(key) ? undefined : (key as string | number);
      if (code !== undefined && typeof code !== 'string' && typeof code !== 'number') {
        throw new FormulaInputError(
          `weekend is ${describeValue(code)}; use 1–7, 11–17 or seven 0/1 characters`,
        );
      }
      calendar = { holidays: holidayDates, weekend: code };
      calendars.set(key, calendar);
    }
    return calendar;
  };
  return broadcast([startDate, endDate, asOf, weekend], EXPECTED_NAMES, [0, 1, 2], (row) =>
    expectedProgress(
      dateFrom(row[0], 'start_date'),
      dateFrom(row[1], 'end_date'),
      dateFrom(row[2], 'as_of'),
      workingDays ? calendarFor(row[3]) : undefined,
    ),
  );
}

/**
 * The language of a status label: the argument's, or the spreadsheet's locale when it is
 * blank (read once per call, and only then: the template's formulas always pass one).
 */
export function labelLanguageReader(): (argument: unknown) => Language {
  let localeLanguage: Language | undefined;
  return (argument) => {
    if (!isBlank(argument)) return languageFromTag(argument);
    localeLanguage ??= languageFromTag(activeSpreadsheetLocale());
    return localeLanguage;
  };
}

const STATUS_NAMES = ['progress', 'expected', 'language', 'green_at', 'yellow_at'];

export function KR_STATUS(
  progress: unknown,
  expected: unknown,
  language?: unknown,
  greenAt?: unknown,
  yellowAt?: unknown,
): unknown {
  const labelLanguage = labelLanguageReader();
  return broadcast([progress, expected, language, greenAt, yellowAt], STATUS_NAMES, [0], (row) => {
    if (isBlank(row[0])) return '';
    const progressValue = numberFrom(row[0], 'progress');
    if (isBlank(row[1])) throw new FormulaInputError('expected is blank');
    const status = keyResultStatus(progressValue, numberFrom(row[1], 'expected'), {
      greenAt: optionalNumberFrom(row[3], 'green_at') ?? undefined,
      yellowAt: optionalNumberFrom(row[4], 'yellow_at') ?? undefined,
    });
    return statusLabel(status, labelLanguage(row[2]));
  });
}

/** Cells of an optional per-row argument, matched to `count` rows (a single value repeats). */
function perRow(value: unknown, count: number, argument: string, rowsOf: string): unknown[] {
  if (!isRange(value)) return new Array(count).fill(single(value));
  const cells = cellsOf(value);
  if (cells.length !== count) {
    throw new FormulaInputError(
      `${argument} has ${cells.length} cells but ${rowsOf} has ${count}; ranges must have the same size`,
    );
  }
  return cells;
}

function weightFrom(value: unknown, argument: string): number {
  if (isBlank(value)) return 1;
  const weight = numberFrom(value, argument);
  checkWeight(weight);
  return weight;
}

function groupKey(value: unknown): string {
  return isBlank(value) ? '' : idKey(value);
}

interface Tally {
  weightedSum: number;
  totalWeight: number;
  error?: string;
}

export function OKR_ROLLUP(
  progress: unknown,
  weights?: unknown,
  groupIds?: unknown,
  groups?: unknown,
): unknown {
  const values = cellsOf(progress);
  const count = values.length;
  const weightCells = perRow(weights, count, 'weights', 'progress');
  const grouped = groups !== undefined;
  if (grouped && groupIds === undefined) {
    throw new FormulaInputError('groups needs group_ids: the group of each progress row');
  }
  const idCells = grouped ? perRow(groupIds, count, 'group_ids', 'progress') : [];
  const tallies = new Map<string, Tally>();
  for (let index = 0; index < count; index++) {
    const value = values[index];
    if (isBlank(value)) continue;
    const key = grouped ? groupKey(idCells[index]) : '';
    if (grouped && key === '') continue;
    let tally = tallies.get(key);
    if (!tally) {
      tally = { weightedSum: 0, totalWeight: 0 };
      tallies.set(key, tally);
    }
    if (tally.error) continue;
    try {
      const weight = weightFrom(weightCells[index], 'weight');
      const rowProgress = numberFrom(value, 'progress');
      tally.weightedSum += rowProgress * weight;
      tally.totalWeight += weight;
    } catch (error) {
      if (!(error instanceof FormulaInputError)) throw error;
      tally.error = `${error.message} (row ${index + 1} of progress)`;
    }
  }
  const resultFor = (key: string): unknown => {
    const tally = tallies.get(key);
    if (!tally) return '';
    if (tally.error) return new FormulaInputError(tally.error);
    if (tally.totalWeight === 0) return '';
    return withoutNoise(tally.weightedSum / tally.totalWeight);
  };
  return shapeLike(grouped ? groups : undefined, (cell) =>
    grouped && isBlank(cell) ? '' : resultFor(grouped ? groupKey(cell) : ''),
  );
}

/**
 * One result per cell of `shape` (a single result when it is not a range). Errors are
 * returned as FormulaInputError by `resultFor`: text in a range, thrown for one cell.
 */
function shapeLike(shape: unknown, resultFor: (cell: unknown) => unknown): unknown {
  if (!isRange(shape)) {
    const result = resultFor(single(shape));
    if (result instanceof FormulaInputError) throw result;
    return result;
  }
  return shape.map((row) =>
    row.map((cell) => {
      const result = resultFor(cell);
      return result instanceof FormulaInputError ? result.message : result;
    }),
  );
}

export function OKR_CASCADE(
  ids: unknown,
  parentIds: unknown,
  progress: unknown,
  weights?: unknown,
  outputIds?: unknown,
): unknown {
  const idCells = cellsOf(ids);
  const count = idCells.length;
  const parentCells = perRow(parentIds, count, 'parent_ids', 'ids');
  const progressCells = perRow(progress, count, 'progress', 'ids');
  const weightCells = perRow(weights, count, 'weights', 'ids');
  const nodes: CascadeNode[] = [];
  for (let index = 0; index < count; index++) {
    if (isBlank(idCells[index])) continue;
    const id = String(idCells[index]).trim();
    let nodeProgress: number | null = null;
    let weight = 1;
    let invalid: FormulaInputError | undefined;
    try {
      nodeProgress = optionalNumberFrom(progressCells[index], 'progress');
      weight = weightFrom(weightCells[index], 'weight');
    } catch (error) {
      if (!(error instanceof FormulaInputError)) throw error;
      invalid = new FormulaInputError(`${error.message} (id ${id})`);
    }
    nodes.push({
      id,
      parentId: isBlank(parentCells[index]) ? '' : String(parentCells[index]),
      progress: nodeProgress,
      weight,
      invalid,
    });
  }
  const values = evaluateCascade(nodes);
  const byKey = new Map<string, unknown>();
  for (const [id, value] of values) byKey.set(idKey(id), value);
  return shapeLike(outputIds === undefined ? ids : outputIds, (cell) => {
    if (isBlank(cell)) return '';
    const key = idKey(cell);
    if (!byKey.has(key)) {
      return new FormulaInputError(`output id ${describeValue(cell)} is not in ids`);
    }
    const value = byKey.get(key);
    return value === null ? '' : value;
  });
}
