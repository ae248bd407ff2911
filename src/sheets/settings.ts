// Reads the Settings sheet (one batch read) and keeps its "as of" date current.

import { dateOfDay, knownTimeZone, localCalendarDay, localMidnight } from '../core/dates';
import { localeDateFormat, showsDate } from '../core/workbook/dateFormats';
import { type BlockedCell, formulaCells } from '../core/workbook/formulaCells';
import { SETTINGS_SHEET } from '../core/workbook/schema';
import { parseSettings, type Settings } from '../core/workbook/settings';
import { dayIn } from '../services/clock';
import { findSheet } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Settings with defaults; a workbook without a Settings sheet gets all defaults. */
export function readSettings(spreadsheet: Spreadsheet): Settings {
  const sheet = findSheet(spreadsheet, SETTINGS_SHEET);
  const rows = sheet ? sheet.getDataRange().getValues() : [];
  return parseSettings(rows, spreadsheet.getSpreadsheetLocale());
}

// A spreadsheet's time zone does not change during one execution: asked once per object.
const timeZones = new WeakMap<Spreadsheet, string>();

/** The spreadsheet's time zone ('' when Sheets gives none), whose calendar days we count. */
export function timeZoneOf(spreadsheet: Spreadsheet): string {
  let timeZone = timeZones.get(spreadsheet);
  if (timeZone === undefined) {
    timeZone = spreadsheet.getSpreadsheetTimeZone() ?? '';
    timeZones.set(spreadsheet, timeZone);
  }
  return timeZone;
}

/**
 * Today in the spreadsheet's time zone (the day its people live in), as local midnight:
 * the add-on's script may run in another zone.
 */
export function spreadsheetToday(spreadsheet: Spreadsheet, now: Date): Date {
  return localMidnight(dayIn(now, timeZoneOf(spreadsheet)));
}

/**
 * Writes the calendar day of `today` (by its local fields) into the "As of" setting, which
 * KR_EXPECTED reads (custom functions may not call TODAY()). The day is written as a date:
 * midnight of that day in the spreadsheet's own time zone, which Sheets shows as that day
 * (midnight in the script's zone would show the day before west of it). It is written
 * only when the setting holds another day. Returns false when the workbook has no As of
 * setting to update.
 */
export function writeAsOf(spreadsheet: Spreadsheet, settings: Settings, today: Date): boolean {
  const sheet = settings.rowByKey.asOf ? findSheet(spreadsheet, SETTINGS_SHEET) : null;
  if (!sheet) return false;
  const day = localCalendarDay(today);
  const timeZone = timeZoneOf(spreadsheet);
  if (settings.asOf && dayIn(settings.asOf, timeZone) === day) return true;
  // Found again right before the write (Settings is a few rows): a row inserted since
  // Settings was read must not send the day into Period end.
  const now = settingsNow(sheet, spreadsheet.getSpreadsheetLocale());
  const row = now.settings.rowByKey.asOf;
  // A person's formula there (=TODAY(), or an array filling it) keeps the day itself.
  if (!row || now.blocked(row)) return false;
  // Formatted with the write's range (a cell without a date format would show a time).
  const cell = sheet.getRange(row, 2);
  if (!showsDate(now.formats[row - 1] ?? '')) {
    cell.setNumberFormat(localeDateFormat(spreadsheet.getSpreadsheetLocale()));
  }
  cell.setValue(dateOfDay(day, knownTimeZone(timeZone)));
  return true;
}

/**
 * Settings as they are now, with which value cells hold a formula or an array's result
 * and their number formats: reads of the whole (small) sheet, the values last, so that
 * only the write's own getRange stands between the last read and the write.
 */
export function settingsNow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  locale: string,
): { settings: Settings; formats: string[]; blocked(row: number): BlockedCell | null } {
  const range = sheet.getDataRange();
  const formats = range.getNumberFormats().map((cells) => String(cells[1] ?? ''));
  const cells = formulaCells(range.getFormulas());
  const rows = range.getValues();
  return {
    settings: parseSettings(rows, locale),
    formats,
    blocked: (row) => cells.blockedAt(row, 2),
  };
}
