// Writes of a check-in: one appended row in Check-ins and the KR's own cells in Key
// Results, in a number of calls that does not depend on how many rows either sheet has.
import { inertText } from '../core/checkIn/inertText';
import { isSheetNamed, mapColumns } from '../core/workbook/headers';
import type { SheetSpec } from '../core/workbook/schema';
import type { Table } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Finds several of the workbook's sheets with one getSheets() call. */
export function findSheets(
  spreadsheet: Spreadsheet,
  specs: readonly SheetSpec[],
): Map<SheetSpec, Sheet> {
  const sheets = spreadsheet.getSheets();
  const found = new Map<SheetSpec, Sheet>();
  for (const spec of specs) {
    const sheet = sheets.find((candidate) => isSheetNamed(spec, candidate.getName()));
    if (sheet) found.set(spec, sheet);
  }
  return found;
}

/** A value a person gave: text made inert (never a formula), numbers, booleans and dates as they are. */
function cellValue(value: unknown): unknown {
  return typeof value === 'string' ? inertText(value) : value;
}

export class MissingColumnsError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`MISSING_COLUMNS ${missing.join(', ')}`);
    this.name = 'MissingColumnsError';
  }
}

/**
 * Appends one row to an append-only sheet, each value under its column found by header
 * name. Reads only the header row (not the thousands of rows above), then one appendRow.
 * `required` keys must all be present as columns.
 */
export function appendRecord(
  sheet: Sheet,
  spec: SheetSpec,
  valuesByKey: Readonly<Record<string, unknown>>,
  required: readonly string[],
): void {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const { indexByKey } = mapColumns(header, spec);
  const missing = required.filter((key) => indexByKey[key] === undefined);
  if (missing.length) throw new MissingColumnsError(missing);
  const row: unknown[] = new Array(header.length).fill('');
  for (const [key, value] of Object.entries(valuesByKey)) {
    const index = indexByKey[key];
    if (index !== undefined) row[index] = cellValue(value);
  }
  sheet.appendRow(row);
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

/** Column indexes sorted and split into runs of adjacent ones: one range write each. */
export function adjacentRuns(indexes: Iterable<number>): number[][] {
  const runs: number[][] = [];
  for (const index of [...indexes].sort((left, right) => left - right)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs;
}
