// Converts what Sheets hands a custom function (single values, 2D arrays of cells, Date
// objects, serial numbers, booleans, numeric text) into the plain values of
// src/core/formulas, and shapes the results: ranges are broadcast together, a bad row
// gets its `#VALUE!` text and the other rows still compute.
import { isDate } from '../../core/dates';
import { dateFromSerial, serialFromDate } from '../../core/formulas/dates';
import { describeValue, FormulaInputError } from '../../core/formulas/errors';
import { isBlank } from '../../core/text';

type Grid = readonly (readonly unknown[])[];

/** A multi-cell range; a 1×1 array is read as the single value it holds. */
export function isRange(value: unknown): value is Grid {
  return (
    Array.isArray(value) &&
    (value.length > 1 || (Array.isArray(value[0]) && (value[0] as unknown[]).length > 1))
  );
}

/** The single value of an argument that is not a multi-cell range. */
export function single(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const row = value[0];
  return Array.isArray(row) ? row[0] : row;
}

/** Every cell of an argument, row by row (a single value gives one cell). */
export function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  const cells: unknown[] = [];
  for (const row of value) {
    if (Array.isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}

function sizeText(grid: Grid): string {
  return `${grid.length}×${grid[0]?.length ?? 0}`;
}

const NUMERIC_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?%?$/i;

// Our own error text from another formula (`#VALUE! …`) is passed on unchanged, so the
// first problem stays visible; other error values are named as the bad input they are.
function invalid(value: unknown, argument: string, expected: string): FormulaInputError {
  if (typeof value === 'string' && value.startsWith('#VALUE!')) return new FormulaInputError(value);
  return new FormulaInputError(`${argument} is ${describeValue(value)}, not ${expected}`);
}

/** A number from a number, a Date (its serial), or numeric text such as `12.5` or `12%`. */
export function numberFrom(value: unknown, argument: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (NUMERIC_TEXT.test(text)) {
      return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    }
  } else if (isDate(value) && !Number.isNaN(value.getTime())) {
    return serialFromDate(value);
  }
  throw invalid(value, argument, 'a number');
}

/** A number, or `null` for a blank cell. */
export function optionalNumberFrom(value: unknown, argument: string): number | null {
  return isBlank(value) ? null : numberFrom(value, argument);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local Date from a Date, a serial day number, or `yyyy-mm-dd` text. */
export function dateFrom(value: unknown, argument: string): Date {
  if (isDate(value)) {
    if (!Number.isNaN(value.getTime())) return value;
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) return dateFromSerial(value);
  } else if (typeof value === 'string') {
    const iso = ISO_DATE.exec(value.trim());
    if (iso) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    if (NUMERIC_TEXT.test(value.trim()) && !value.includes('%')) {
      return dateFromSerial(Number(value.trim()));
    }
  }
  if (isBlank(value)) throw new FormulaInputError(`${argument} is blank`);
  throw invalid(value, argument, 'a date');
}

const TRUE_WORDS = ['true', 'verdadero'];
const FALSE_WORDS = ['false', 'falso'];

/** TRUE/FALSE from a boolean, 1/0, or the words in English or Spanish; blank gives `fallback`. */
export function booleanFrom(value: unknown, argument: string, fallback: boolean): boolean {
  if (isBlank(value)) return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
  }
  throw invalid(value, argument, 'TRUE or FALSE');
}

/**
 * Calls `compute` once per row of the broadcast arguments and returns a grid of the
 * ranges' shape, or a single value when no argument is a range. A single value applies to
 * every row. A row whose `keyIndexes` inputs are all blank gives `""` (only inputs that
 * come from ranges count, so a single value applied to every row does not make empty
 * rows look filled). A FormulaInputError becomes the row's text, or is thrown for a call
 * on single values.
 */
export function broadcast(
  args: readonly unknown[],
  names: readonly string[],
  keyIndexes: readonly number[],
  compute: (row: readonly unknown[]) => unknown,
): unknown {
  let shape: Grid | undefined;
  let shapeIndex = -1;
  const ranges: boolean[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    ranges.push(isRange(arg));
    if (!ranges[index]) continue;
    const grid = arg as Grid;
    if (!shape) {
      shape = grid;
      shapeIndex = index;
    } else if (grid.length !== shape.length || grid[0]?.length !== shape[0]?.length) {
      throw new FormulaInputError(
        `${names[index]} is ${sizeText(grid)} but ${names[shapeIndex]} is ${sizeText(shape)}; ranges must have the same size`,
      );
    }
  }
  const row: unknown[] = args.map((arg, index) => (ranges[index] ? undefined : single(arg)));
  if (!shape) {
    return keyIndexes.every((index) => isBlank(row[index])) ? '' : compute(row);
  }
  const rangeKeys = keyIndexes.filter((index) => ranges[index]);
  const keys = rangeKeys.length > 0 ? rangeKeys : keyIndexes;
  const height = shape.length;
  const width = shape[0]?.length ?? 0;
  const result: unknown[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const out: unknown[] = new Array(width);
    for (let c = 0; c < width; c++) {
      for (let index = 0; index < args.length; index++) {
        // Every range has the shape's size (checked above), so row r exists.
        if (ranges[index]) row[index] = (args[index] as Grid)[r]![c];
      }
      let blank = true;
      for (const index of keys) {
        if (!isBlank(row[index])) {
          blank = false;
          break;
        }
      }
      if (blank) {
        out[c] = '';
        continue;
      }
      try {
        out[c] = compute(row);
      } catch (error) {
        if (!(error instanceof FormulaInputError)) throw error;
        out[c] = error.message;
      }
    }
    result[r] = out;
  }
  return result;
}
