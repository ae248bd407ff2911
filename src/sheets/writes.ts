// Batched writes into tables: a number of calls that depends on how many columns are
// written, never on how many rows the sheet has. Every write of the add-on into a sheet
// people edit comes through here, and none lands on a cell that holds a formula or that
// an array formula fills (core/workbook/formulaCells.ts): those cells are left as they
// are and returned, so the action can tell the person which and why.
import { inertText } from '../core/checkIn/inertText';
import { type FormulaCells, formulaCells, type SkippedCell } from '../core/workbook/formulaCells';
import { columnLetter } from '../core/workbook/formulas';
import type { Table } from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A value written as it is: a formula the add-on copies into a cell of a row it adds
 * itself (a carried key result's live Current), or text core already made inert. Only code
 * makes one; nothing a person or the sidebar sends can become one.
 */
export class Verbatim {
  constructor(readonly value: unknown) {}
}

/** A value a person gave: text made inert (never a formula), numbers, booleans and dates as they are. */
export function cellValue(value: unknown): unknown {
  if (value instanceof Verbatim) return value.value;
  return typeof value === 'string' ? inertText(value) : value;
}

const formulasRead = new WeakMap<Table, FormulaCells>();

/**
 * The formulas of the block the table was read from: one getFormulas call, once per
 * table, so an action makes at most one more read per sheet it writes.
 */
export function formulasOf(table: Table): FormulaCells {
  let cells = formulasRead.get(table);
  if (!cells) {
    const grid =
      table.height > 0 && table.width > 0
        ? table.sheet.getRange(1, 1, table.height, table.width).getFormulas()
        : [];
    cells = formulaCells(grid);
    formulasRead.set(table, cells);
  }
  return cells;
}

/** `H3`. */
export function a1(row: number, column: number): string {
  return `${columnLetter(column - 1)}${row}`;
}

/** The cell left alone, worded for the person: where, why, and which formula. */
function skippedAt(table: Table, row: number, column: number): SkippedCell | null {
  const blocked = formulasOf(table).blockedAt(row, column);
  if (!blocked) return null;
  return {
    sheet: table.sheet.getName(),
    cell: a1(row, column),
    reason: blocked.reason,
    source: a1(blocked.row, blocked.column),
  };
}

/**
 * Writes some cells of one table row. Columns that sit side by side go in one
 * setValues; the cells between them (computed columns filled by row 2's array
 * formulas, the user's own columns) are never touched, so this is one write per run of
 * adjacent columns: at most one per key, whatever the number of rows. A cell that holds a
 * formula or that an array formula fills is not written: it is returned instead.
 */
export function updateRowCells(
  table: Table,
  rowNumber: number,
  valuesByKey: Readonly<Record<string, unknown>>,
): SkippedCell[] {
  const valueByIndex = new Map<number, unknown>();
  const skipped: SkippedCell[] = [];
  for (const [key, value] of Object.entries(valuesByKey)) {
    const index = table.indexByKey[key];
    if (index === undefined) continue;
    const blocked = skippedAt(table, rowNumber, index + 1);
    if (blocked) skipped.push(blocked);
    else valueByIndex.set(index, cellValue(value));
  }
  for (const run of adjacentRuns(valueByIndex.keys())) {
    table.sheet
      .getRange(rowNumber, run[0] + 1, 1, run.length)
      .setValues([run.map((index) => valueByIndex.get(index))]);
  }
  return skipped;
}

/**
 * Whether row `rowNumber` still holds `id` in the `key` column: one read of that row, the
 * last before a write to it, so a row inserted, deleted or sorted since the table was
 * read is seen and nothing lands on another row.
 */
export function rowStillHolds(
  table: Table,
  rowNumber: number,
  key: string,
  same: (value: unknown) => boolean,
): boolean {
  const index = table.indexByKey[key];
  if (index === undefined) return false;
  const [cells = []] = table.sheet.getRange(rowNumber, 1, 1, table.width).getValues();
  return same(cells[index]);
}

/** A cell of `writeRows` to leave as it was read (written back only to join two writes). */
export const KEEP: unique symbol = Symbol('keep');

/**
 * Writes a block of rows from `firstRow`: for each 0-based column index, one value per
 * row (KEEP: the cell as read). Columns with no formula cell in the block are written
 * together, one setValues per run of adjacent columns; a column with formula or
 * array-filled cells is written in pieces around them, which are left alone and
 * returned. Calls grow with the formula cells met, never with the rows.
 */
export function writeRows(
  table: Table,
  firstRow: number,
  count: number,
  valuesByIndex: ReadonlyMap<number, readonly unknown[]>,
): SkippedCell[] {
  if (count === 0) return [];
  const skipped: SkippedCell[] = [];
  const valueAt = (index: number, offset: number): unknown => {
    const value = valuesByIndex.get(index)?.[offset];
    if (value !== KEEP) return cellValue(value ?? '');
    return cellValue(table.grid[firstRow + offset - 1]?.[index] ?? '');
  };
  const clean: number[] = [];
  for (const index of valuesByIndex.keys()) {
    const blockedRows: number[] = [];
    for (let offset = 0; offset < count; offset++) {
      const blocked = skippedAt(table, firstRow + offset, index + 1);
      if (!blocked) continue;
      blockedRows.push(offset);
      if (valuesByIndex.get(index)?.[offset] !== KEEP) skipped.push(blocked);
    }
    if (blockedRows.length === 0) {
      clean.push(index);
      continue;
    }
    // Pieces between the blocked cells, each trimmed of KEEP cells at its ends.
    let start = 0;
    for (const stop of [...blockedRows, count]) {
      let first = start;
      let last = stop - 1;
      while (first <= last && valuesByIndex.get(index)?.[first] === KEEP) first++;
      while (last >= first && valuesByIndex.get(index)?.[last] === KEEP) last--;
      if (first <= last) {
        const values: unknown[][] = [];
        for (let offset = first; offset <= last; offset++) values.push([valueAt(index, offset)]);
        table.sheet.getRange(firstRow + first, index + 1, values.length, 1).setValues(values);
      }
      start = stop + 1;
    }
  }
  for (const run of adjacentRuns(clean)) {
    const values: unknown[][] = [];
    for (let offset = 0; offset < count; offset++)
      values.push(run.map((index) => valueAt(index, offset)));
    table.sheet.getRange(firstRow, run[0] + 1, count, run.length).setValues(values);
  }
  return skipped;
}

/**
 * Writes one column's cells of some rows (value by 1-based row): one write over the block
 * they span, every other cell of it written back as read, none that holds a formula.
 */
export function writeColumnCells(
  table: Table,
  key: string,
  valueByRow: ReadonlyMap<number, unknown>,
): SkippedCell[] {
  const index = table.indexByKey[key];
  if (index === undefined || valueByRow.size === 0) return [];
  const rows = [...valueByRow.keys()];
  const first = Math.min(...rows);
  const count = Math.max(...rows) - first + 1;
  const values = Array.from({ length: count }, (_, offset) =>
    valueByRow.has(first + offset) ? valueByRow.get(first + offset) : KEEP,
  );
  return writeRows(table, first, count, new Map([[index, values]]));
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
  return table.lastRow;
}

/** Grows the sheet so that `lastRow` exists: one call, however many rows. */
export function ensureRows(sheet: Sheet, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}
