// Batched writes into tables: a number of calls that depends on how many columns are
// written, never on how many rows the sheet has.
import { inertText } from '../core/checkIn/inertText';
import type { Table } from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A value a person gave: text made inert (never a formula), numbers, booleans and dates as they are. */
export function cellValue(value: unknown): unknown {
  return typeof value === 'string' ? inertText(value) : value;
}

/**
 * Writes some cells of one table row. Columns that sit side by side go in one
 * setValues; the cells between them (computed columns filled by row 2's array
 * formulas, the user's own columns) are never touched, so this is one write per run of
 * adjacent columns: at most one per key, whatever the number of rows.
 */
export function updateRowCells(
  table: Table,
  rowNumber: number,
  valuesByKey: Readonly<Record<string, unknown>>,
): number {
  const valueByIndex = new Map<number, unknown>();
  for (const [key, value] of Object.entries(valuesByKey)) {
    const index = table.indexByKey[key];
    if (index !== undefined) valueByIndex.set(index, cellValue(value));
  }
  const runs = adjacentRuns(valueByIndex.keys());
  for (const run of runs) {
    table.sheet
      .getRange(rowNumber, run[0] + 1, 1, run.length)
      .setValues([run.map((index) => valueByIndex.get(index))]);
  }
  return runs.length;
}

/** Indexes sorted and split into runs of adjacent ones: [2, 3, 4, 7] → [[2, 3, 4], [7]]. */
export function adjacentRuns(indexes: Iterable<number>): [number, ...number[]][] {
  const runs: [number, ...number[]][] = [];
  for (const index of [...indexes].sort((left, right) => left - right)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs;
}

/** The last row holding anything (1 = only the header). */
export function lastUsedRow(table: Table): number {
  return table.rows[table.rows.length - 1]?.rowNumber ?? 1;
}

/** Grows the sheet so that `lastRow` exists: one call, however many rows. */
export function ensureRows(sheet: Sheet, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}
