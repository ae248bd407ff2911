// Reads a sheet of the workbook as records by header name, in one batch read.
import { isSheetNamed, mapColumns } from '../core/workbook/headers';
import type { SheetSpec } from '../core/workbook/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The workbook's sheet for this spec, by its English or Spanish name (case- and accent-insensitive). */
export function findSheet(spreadsheet: Spreadsheet, spec: SheetSpec): Sheet | null {
  return spreadsheet.getSheets().find((sheet) => isSheetNamed(spec, sheet.getName())) ?? null;
}

/** One data row, with the 1-based sheet row it came from. */
export interface TableRow {
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
}

export interface Table {
  readonly sheet: Sheet;
  readonly header: readonly unknown[];
  /** 0-based column index of every spec column present, by key. */
  readonly indexByKey: Readonly<Record<string, number>>;
  /** Spec column keys the header row lacks. */
  readonly missing: readonly string[];
  /** Data rows (row 2 on) that are not entirely blank. */
  readonly rows: readonly TableRow[];
  /** Number of columns read (the sheet's last column). */
  readonly width: number;
}

/** The cell of `row` in the column `key`, or '' when the sheet lacks that column. */
export function cell(table: Table, row: TableRow, key: string): unknown {
  const index = table.indexByKey[key];
  return index === undefined ? '' : row.cells[index];
}

/** Row as a plain object keyed by column key ('' for missing columns). */
export function record(table: Table, row: TableRow): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(table.indexByKey)) result[key] = row.cells[table.indexByKey[key]];
  for (const key of table.missing) result[key] = '';
  return result;
}

/**
 * Reads the whole sheet with one getDataRange().getValues() call (computed values, as
 * Sheets returns them) and maps its columns by header name. Returns null when the
 * workbook has no such sheet.
 */
export function readTable(spreadsheet: Spreadsheet, spec: SheetSpec): Table | null {
  const sheet = findSheet(spreadsheet, spec);
  return sheet ? readSheetTable(sheet, spec) : null;
}

export function readSheetTable(sheet: Sheet, spec: SheetSpec): Table {
  const values = sheet.getDataRange().getValues();
  const header = values[0] ?? [];
  const { indexByKey, missing } = mapColumns(header, spec);
  const rows: TableRow[] = [];
  for (let index = 1; index < values.length; index++) {
    const cells = values[index];
    if (cells.some((value) => value !== '' && value !== null))
      rows.push({ rowNumber: index + 1, cells });
  }
  return { sheet, header, indexByKey, missing, rows, width: header.length };
}
