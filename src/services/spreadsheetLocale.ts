// The spreadsheet's locale, for custom functions: Sheets lets them use the Spreadsheet
// service's read methods (not set*), so a blank language argument can follow the sheet.

/** The active spreadsheet's locale (e.g. "es_AR"), or '' when it cannot be read. */
export function activeSpreadsheetLocale(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  } catch {
    // No spreadsheet to read (a script run outside one): the labels fall back to English.
    return '';
  }
}
