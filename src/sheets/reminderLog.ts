// The Reminder log: read once per run, written back in one batch.
import type { Language } from '../core/i18n/language';
import { type LogEntry, type LogWrite, logRowCells } from '../core/reminders/log';
import { REMINDER_LOG_SHEET } from '../core/workbook/schema';
import { findSheet, readSheetTable, type Table } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActive();
}

/** The zone whose calendar the reminders follow ('' lets the runtime's zone apply). */
export function spreadsheetTimeZone(spreadsheet: Spreadsheet): string {
  return spreadsheet.getSpreadsheetTimeZone() ?? '';
}

/** The log as a table, or null when the workbook has no Reminder log sheet. */
export function findReminderLog(spreadsheet: Spreadsheet): Table | null {
  const sheet = findSheet(spreadsheet, REMINDER_LOG_SHEET);
  return sheet ? readSheetTable(sheet, REMINDER_LOG_SHEET) : null;
}

/** The log as a table; a workbook without the sheet gets it, headers in its language. */
export function readReminderLog(spreadsheet: Spreadsheet, language: Language): Table {
  const existing = findSheet(spreadsheet, REMINDER_LOG_SHEET);
  if (existing) return readSheetTable(existing, REMINDER_LOG_SHEET);
  const sheet = spreadsheet.insertSheet(REMINDER_LOG_SHEET.name[language]);
  const headers = REMINDER_LOG_SHEET.columns.map((column) => column.header[language]);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.setFrozenRows(1);
  return readSheetTable(sheet, REMINDER_LOG_SHEET);
}

function rowOf(
  table: Table,
  base: readonly unknown[],
  cells: Readonly<Record<string, unknown>>,
): unknown[] {
  const row: unknown[] = Array.from(
    { length: table.width },
    (_, index): unknown => base[index] ?? '',
  );
  for (const [key, value] of Object.entries(cells)) {
    const index = table.indexByKey[key];
    if (index !== undefined) row[index] = value;
  }
  return row;
}

/**
 * Writes the run's rows in one setValues: rows of retried reminders are overwritten in
 * place (one row per manager and 1:1 date), the others appended after the last row.
 * The block spans from the first overwritten row to the end, carrying the rows in
 * between unchanged, so the number of calls never depends on the log's length.
 */
export function writeReminderLog(
  table: Table,
  placed: LogWrite,
  sentAt: Date,
  language: Language,
): void {
  if (placed.updates.length === 0 && placed.appends.length === 0) return;
  const missing = REMINDER_LOG_SHEET.columns.filter(
    (column) => table.indexByKey[column.key] === undefined,
  );
  if (missing.length) {
    throw new Error(
      `${REMINDER_LOG_SHEET.name[language]}: missing column ${missing.map((column) => column.header[language]).join(', ')}`,
    );
  }
  const lastRow = Math.max(1, table.sheet.getLastRow());
  const firstRow = placed.updates.length
    ? Math.min(...placed.updates.map((update) => update.rowNumber))
    : lastRow + 1;
  const cellsByRow = new Map<number, readonly unknown[]>();
  for (const row of table.rows) cellsByRow.set(row.rowNumber, row.cells);
  const block: unknown[][] = [];
  for (let rowNumber = firstRow; rowNumber <= lastRow; rowNumber++) {
    block.push(rowOf(table, cellsByRow.get(rowNumber) ?? [], {}));
  }
  for (const update of placed.updates) {
    block[update.rowNumber - firstRow] = rowOf(
      table,
      cellsByRow.get(update.rowNumber) ?? [],
      logRowCells(update.entry, sentAt, language),
    );
  }
  for (const entry of placed.appends)
    block.push(rowOf(table, [], logRowCells(entry, sentAt, language)));
  table.sheet.getRange(firstRow, 1, block.length, table.width).setValues(block);
}

/** One row without the lock or a prior read: for a run that must stop early. */
export function appendReminderLogRow(
  spreadsheet: Spreadsheet,
  entry: LogEntry,
  sentAt: Date,
  language: Language,
): void {
  const table = readReminderLog(spreadsheet, language);
  table.sheet.appendRow(rowOf(table, [], logRowCells(entry, sentAt, language)));
}
