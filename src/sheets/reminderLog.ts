// The Reminder log: read once per run; written back touching only the cells that change.
import type { Language } from '../core/i18n/language';
import { inEachLanguage, userFacingError } from '../core/i18n/userFacingError';
import { type LogEntry, type LogWrite, logRowCells } from '../core/reminders/log';
import { REMINDER_MESSAGES } from '../core/reminders/messages';
import { requiredIndex } from '../core/workbook/headers';
import { REMINDER_LOG_SHEET } from '../core/workbook/schema';
import { findSheet, readSheetTable, type Spreadsheet, type Table } from './tables';
import { adjacentRuns } from './writes';

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

function rowOf(table: Table, cells: Readonly<Record<string, unknown>>): unknown[] {
  const row: unknown[] = Array.from({ length: table.width }, (): unknown => '');
  for (const [key, value] of Object.entries(cells)) {
    const index = table.indexByKey[key];
    if (index !== undefined) row[index] = value;
  }
  return row;
}

/**
 * Throws, saying which columns are missing, unless the log has every column a run
 * writes. A run checks this before sending anything: a log it cannot write would not
 * remember what was sent, and the same reminders would go out again the next day.
 */
export function requireLogColumns(table: Table): void {
  const missing = REMINDER_LOG_SHEET.columns.filter(
    (column) => table.indexByKey[column.key] === undefined,
  );
  if (missing.length === 0) return;
  const headers = (language: Language) =>
    missing.map((column) => column.header[language]).join(', ');
  throw userFacingError(REMINDER_MESSAGES, 'logColumnsMissing', {
    sheet: REMINDER_LOG_SHEET.name,
    columns: inEachLanguage(headers),
  });
}

/**
 * Writes the run's rows. A retried reminder overwrites the log cells of its own row
 * (one row per manager and 1:1 date), one setValues per run of consecutive rows; no
 * other cell of the sheet is rewritten, so text, formulas and columns a person added
 * stay as they are. New rows are appended after the last row in one setValues. Every
 * text written is inert, so a manager cell or an error message can never become a
 * formula.
 */
export function writeReminderLog(
  table: Table,
  placed: LogWrite,
  sentAt: Date,
  language: Language,
): void {
  if (placed.updates.length === 0 && placed.appends.length === 0) return;
  requireLogColumns(table);
  const cellsByRow = new Map<number, Readonly<Record<string, unknown>>>();
  for (const update of placed.updates) {
    cellsByRow.set(update.rowNumber, logRowCells(update.entry, sentAt, language));
  }
  const keyByIndex = new Map<number, string>();
  for (const column of REMINDER_LOG_SHEET.columns) {
    // requireLogColumns (above) has made sure of every column.
    keyByIndex.set(requiredIndex(table.indexByKey, column.key), column.key);
  }
  const columnRuns = adjacentRuns(keyByIndex.keys());
  const rowRuns = adjacentRuns(cellsByRow.keys());
  for (const rows of rowRuns) {
    for (const columns of columnRuns) {
      const block = rows.map((rowNumber) => {
        const cells = cellsByRow.get(rowNumber) ?? {};
        return columns.map((index) => cells[keyByIndex.get(index) ?? ''] ?? '');
      });
      table.sheet.getRange(rows[0], columns[0] + 1, rows.length, columns.length).setValues(block);
    }
  }
  if (placed.appends.length === 0) return;
  const block = placed.appends.map((entry) => rowOf(table, logRowCells(entry, sentAt, language)));
  // One email's row (the usual case right after a send): one call, and atomic.
  if (block.length === 1) {
    table.sheet.appendRow(block[0] as unknown[]);
    return;
  }
  const firstRow = Math.max(1, table.sheet.getLastRow()) + 1;
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
  table.sheet.appendRow(rowOf(table, logRowCells(entry, sentAt, language)));
}
