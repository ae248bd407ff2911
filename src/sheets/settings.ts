// Reads the Settings sheet (one batch read) and keeps its "as of" date current.

import {
  calendarDayIn,
  dateOfDay,
  knownTimeZone,
  localCalendarDay,
  localMidnight,
} from '../core/dates';
import { localeDateFormat } from '../core/workbook/dateFormats';
import { type BlockedCell, formulaCells } from '../core/workbook/formulaCells';
import { SETTINGS_SHEET } from '../core/workbook/schema';
import { parseSettings, type Settings } from '../core/workbook/settings';
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
  return localMidnight(calendarDayIn(now, timeZoneOf(spreadsheet)));
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
  const row = settings.rowByKey.asOf;
  const sheet = row ? findSheet(spreadsheet, SETTINGS_SHEET) : null;
  if (!sheet || !row) return false;
  const day = localCalendarDay(today);
  const timeZone = timeZoneOf(spreadsheet);
  const current = settings.asOf;
  if (current && calendarDayIn(current, timeZone) === day) return true;
  // A person's formula there (=TODAY(), or an array filling it) keeps the day itself.
  if (settingBlocked(sheet, row)) return false;
  const cell = sheet.getRange(row, 2);
  // A cell that held no date may have no date format, and Sheets would show a time too.
  // Formatted before the write (Sheets formats a date written to an unformatted cell).
  if (!current) cell.setNumberFormat(localeDateFormat(spreadsheet.getSpreadsheetLocale()));
  cell.setValue(dateOfDay(day, knownTimeZone(timeZone)));
  return true;
}

/**
 * Whether the value cell (B) of Settings row `row` holds a formula or an array formula
 * fills it: one read of the formulas of A1:B{row}, where such an array's anchor would be.
 */
export function settingBlocked(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
): BlockedCell | null {
  return formulaCells(sheet.getRange(1, 1, row, 2).getFormulas()).blockedAt(row, 2);
}
