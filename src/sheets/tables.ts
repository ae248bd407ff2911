// Reads the workbook's sheets as tables by header name: each sheet found among one
// getSheets() call, read in one batch read, at most once per action.
import type { Translations } from '../core/i18n/language';
import { inEachLanguage, UserFacingError } from '../core/i18n/userFacingError';
import { isBlank } from '../core/text';
import { isSheetNamed, mapColumns } from '../core/workbook/headers';
import type { SheetSpec } from '../core/workbook/schema';
import { cellValue } from './writes';

/** The document an action works on; only src/sheets calls its methods. */
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The active spreadsheet, or null where Apps Script gives none (a trigger without one). */
export function activeSpreadsheetOrNull(): Spreadsheet | null {
  return SpreadsheetApp.getActive() ?? null;
}

/** The zone whose calendar the workbook follows ('' lets the runtime's zone apply). */
export function spreadsheetTimeZone(spreadsheet: Spreadsheet): string {
  return spreadsheet.getSpreadsheetTimeZone() ?? '';
}

/** The workbook's ID: the key of what is kept for it outside the sheets. */
export function spreadsheetId(spreadsheet: Spreadsheet): string {
  return spreadsheet.getId();
}

/** The workbook's address and name, for a link to it. */
export function spreadsheetLink(spreadsheet: Spreadsheet): {
  spreadsheetUrl: string;
  spreadsheetName: string;
} {
  return { spreadsheetUrl: spreadsheet.getUrl(), spreadsheetName: spreadsheet.getName() };
}

/** The workbook's sheet for this spec, by its English or Spanish name (case- and accent-insensitive). */
export function findSheet(spreadsheet: Spreadsheet, spec: SheetSpec): Sheet | null {
  return spreadsheet.getSheets().find((sheet) => isSheetNamed(spec, sheet.getName())) ?? null;
}

/** One data row, with the 1-based sheet row it came from. */
interface TableRow {
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
  /** Person's columns headed like a spec column in the other language (core/workbook/headers.ts). */
  readonly foreign?: readonly { readonly key: string; readonly index: number }[];
  /**
   * Data rows (row 2 on) that are not entirely blank and, for a sheet whose spec names
   * identity columns (Objectives, Key Results), have one of them filled in.
   */
  readonly rows: readonly TableRow[];
  /** Every row read, the header first (what writes put back as it was). */
  readonly grid: readonly (readonly unknown[])[];
  /** The last row holding anything, entry or not (1 = only the header). */
  readonly lastRow: number;
  /** Number of columns read (the sheet's last column). */
  readonly width: number;
  /** The range read, for its display texts (see displayedRecords). */
  readonly range?: GoogleAppsScript.Spreadsheet.Range;
  /** Number of rows read, the header included (the sheet's last row). */
  readonly height: number;
}

/** The cell of `row` in the column `key`, or '' when the sheet lacks that column. */
export function cell(table: Table, row: TableRow, key: string): unknown {
  const index = table.indexByKey[key];
  return index === undefined ? '' : row.cells[index];
}

/** Row as a plain object keyed by column key ('' for missing columns). */
export function record(table: Table, row: TableRow): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  // Object.keys, not entries: this runs per row (no pair arrays); each key is an own key.
  for (const key of Object.keys(table.indexByKey)) result[key] = row.cells[table.indexByKey[key]!];
  for (const key of table.missing) result[key] = '';
  return result;
}

/** A row's cells by column key (every column of the sheet's spec), with its sheet row. */
type TableRecord<Key extends string = string> = { readonly rowNumber: number } & Readonly<
  Record<Key, unknown>
>;

/** Every row as a record; none for a sheet the workbook lacks. */
export function records<Key extends string = string>(
  table: Table | null | undefined,
): TableRecord<Key>[] {
  if (!table) return [];
  return table.rows.map(
    (row) => ({ ...record(table, row), rowNumber: row.rowNumber }) as TableRecord<Key>,
  );
}

/** The same one at a time: a sheet such as Check-ins can run to hundreds of thousands of rows. */
export function* eachRecord(table: Table | null | undefined): Generator<TableRecord> {
  if (!table) return;
  for (const row of table.rows) yield { ...record(table, row), rowNumber: row.rowNumber };
}

/** Every row as `{ rowNumber, cells }`, the shape the cycle's and the KPIs' rules read. */
export function sheetRows(
  table: Table | null | undefined,
): { readonly rowNumber: number; readonly cells: Readonly<Record<string, unknown>> }[] {
  return table
    ? table.rows.map((row) => ({ rowNumber: row.rowNumber, cells: record(table, row) }))
    : [];
}

/** The name the table's sheet has in this workbook. */
export function sheetNameOf(table: Table): string {
  return table.sheet.getName();
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
  const range = sheet.getDataRange();
  const values = range.getValues();
  const header = values[0] ?? [];
  const { indexByKey, missing, foreign } = mapColumns(header, spec, (index) =>
    values.slice(1).map((cells) => cells[index]),
  );
  const identity = (spec.identity ?? []).flatMap((key) =>
    indexByKey[key] === undefined ? [] : [indexByKey[key]],
  );
  const rows: TableRow[] = [];
  let lastRow = 1;
  for (let index = 1; index < values.length; index++) {
    const cells = values[index]!; // index is in range
    if (!cells.some((value) => value !== '' && value !== null)) continue;
    lastRow = index + 1;
    if (identity.length > 0 && identity.every((column) => isBlank(cells[column]))) continue;
    rows.push({ rowNumber: index + 1, cells });
  }
  return {
    sheet,
    header,
    indexByKey,
    missing,
    foreign,
    rows,
    grid: values,
    lastRow,
    width: header.length,
    height: values.length,
    range,
  };
}

/**
 * Every row as a record, plus what its `keys` cells show (`displayed`, see
 * core/keyResults/display.ts): the same range read once more with getDisplayValues, so a
 * value reads as the sheet formats it (11 %, $3,700,000) without knowing its format.
 */
export function displayedRecords<Key extends string = string>(
  table: Table | null | undefined,
  keys: readonly string[],
): TableRecord<Key>[] {
  if (!table) return [];
  const shown = table.range?.getDisplayValues() ?? [];
  return table.rows.map((row) => {
    const line = shown[row.rowNumber - 1] ?? [];
    const displayed: Record<string, string> = {};
    for (const key of keys) {
      const index = table.indexByKey[key];
      if (index !== undefined) displayed[key] = String(line[index] ?? '');
    }
    return { ...record(table, row), rowNumber: row.rowNumber, displayed } as TableRecord<Key>;
  });
}

/** How a feature words a sheet or columns its action cannot do without. */
export interface MissingSheetTexts {
  /** `{sheet}`. */
  readonly missingSheet: Translations<string>;
  /** `{sheet}`, `{columns}` (their headers). */
  readonly missingColumns?: Translations<string>;
}

/** The sheets of one action; see openTables. */
export interface WorkbookTables {
  /** The table of a sheet the action needs, with at least the `columns` given. */
  required(spec: SheetSpec, columns?: readonly string[]): Table;
  /** The table of a sheet the action can do without, or null when the workbook lacks it. */
  optional(spec: SheetSpec): Table | null;
  /**
   * Prepares to append one row, each value under its column found by header name: reads
   * only the header row now (not the thousands of rows below) and checks that `required`
   * keys are all present as columns; the returned function makes the one appendRow.
   */
  appender(
    spec: SheetSpec,
    required: readonly string[],
  ): (valuesByKey: Readonly<Record<string, unknown>>) => void;
}

/**
 * The sheets of one action. The workbook's sheets are listed once (one getSheets call);
 * each sheet is looked for, and read, only when the action first asks for it. A sheet or
 * column the action requires and the workbook lacks is a UserFacingError naming it.
 */
export function openTables(spreadsheet: Spreadsheet, texts: MissingSheetTexts): WorkbookTables {
  let sheets: Sheet[] | undefined;
  const names: string[] = [];
  const found = new Map<SheetSpec, Sheet | null>();
  const read = new Map<SheetSpec, Table>();

  const sheetOf = (spec: SheetSpec): Sheet | null => {
    if (found.has(spec)) return found.get(spec)!;
    sheets ??= spreadsheet.getSheets();
    // Names are asked for only as far as the search goes, and once per sheet.
    let match: Sheet | null = null;
    for (let index = 0; index < sheets.length && !match; index++) {
      const sheet = sheets[index]!; // index is in range
      let name = names[index];
      if (name === undefined) {
        name = sheet.getName();
        names[index] = name;
      }
      if (isSheetNamed(spec, name)) match = sheet;
    }
    found.set(spec, match);
    return match;
  };
  const missingSheet = (spec: SheetSpec) =>
    new UserFacingError('missingSheet', texts.missingSheet, { sheet: spec.name });
  const missingColumns = (spec: SheetSpec, keys: readonly string[]) =>
    new UserFacingError('missingColumns', texts.missingColumns ?? texts.missingSheet, {
      sheet: spec.name,
      columns: inEachLanguage((language) =>
        keys
          .map((key) => spec.columns.find((column) => column.key === key)?.header[language] ?? key)
          .join(', '),
      ),
    });
  const optional = (spec: SheetSpec): Table | null => {
    const known = read.get(spec);
    if (known) return known;
    const sheet = sheetOf(spec);
    if (!sheet) return null;
    const table = readSheetTable(sheet, spec);
    read.set(spec, table);
    return table;
  };

  return {
    optional,
    required(spec, columns = []) {
      const table = optional(spec);
      if (!table) throw missingSheet(spec);
      const missing = columns.filter((key) => table.missing.includes(key));
      if (missing.length) throw missingColumns(spec, missing);
      return table;
    },
    appender(spec, required) {
      const sheet = sheetOf(spec);
      if (!sheet) throw missingSheet(spec);
      const width = Math.max(sheet.getLastColumn(), 1);
      // A sheet this action already read gives its header without another read.
      const header = read.get(spec)?.header ?? sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
      // A column named in the other language is looked into only when there is one.
      const { indexByKey } = mapColumns(header, spec, (index) =>
        sheet
          .getRange(2, index + 1, Math.max(sheet.getLastRow() - 1, 1), 1)
          .getValues()
          .map((cells) => cells[0]),
      );
      const missing = required.filter((key) => indexByKey[key] === undefined);
      if (missing.length) throw missingColumns(spec, missing);
      return (valuesByKey) => {
        const row: unknown[] = new Array(header.length).fill('');
        for (const [key, value] of Object.entries(valuesByKey)) {
          const index = indexByKey[key];
          if (index !== undefined) row[index] = cellValue(value);
        }
        sheet.appendRow(row);
      };
    },
  };
}
