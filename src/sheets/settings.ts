// Reads the Settings sheet (one batch read) and keeps its "as of" date current.

import { SETTINGS_SHEET } from '../core/workbook/schema';
import { parseSettings, type Settings } from '../core/workbook/settings';
import { findSheet } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Settings with defaults; a workbook without a Settings sheet gets all defaults. */
export function readSettings(spreadsheet: Spreadsheet): Settings {
  const sheet = findSheet(spreadsheet, SETTINGS_SHEET);
  const rows = sheet ? sheet.getDataRange().getValues() : [];
  return parseSettings(rows, spreadsheet.getSpreadsheetLocale());
}

/**
 * Writes today's date (midnight, spreadsheet time zone as the runtime sees it) into the
 * "As of" setting, which KR_EXPECTED reads (custom functions may not call TODAY()).
 * Returns false when the workbook has no As of setting to update.
 */
export function writeAsOf(spreadsheet: Spreadsheet, settings: Settings, today: Date): boolean {
  const row = settings.rowByKey.asOf;
  const sheet = row ? findSheet(spreadsheet, SETTINGS_SHEET) : null;
  if (!sheet || !row) return false;
  const midnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const current = settings.asOf;
  if (current && current.getTime() === midnight.getTime()) return true;
  sheet.getRange(row, 2).setValue(midnight);
  return true;
}
