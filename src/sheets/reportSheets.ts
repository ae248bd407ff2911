// The add-on's report sheets (Review OKRs' report, the mid-period reviews, Scores by
// period, History): a sheet is one only when its id was recorded when the add-on made it,
// or, in a workbook from before the record, when it bears the report's name and holds
// exactly what the add-on writes there (then it is recorded). A person's sheet with that
// name is left alone, and the add-on's gets another name.
import { freeDashboardName } from '../core/workbook/dashboard';
import { type ReportKind, recordedSheetIds, recordSheetId } from '../services/sheetRecord';
import type { Spreadsheet } from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The add-on's sheets of `kind` among `sheets`: the recorded ones, plus those `named` and
 * `looksOwn` (recorded now). `looksOwn` is asked only of sheets that are not recorded.
 */
export function reportSheets(
  sheets: readonly Sheet[],
  kind: ReportKind,
  named: (name: string) => boolean,
  looksOwn: (sheet: Sheet) => boolean,
): Sheet[] {
  const recorded = recordedSheetIds(kind);
  const own: Sheet[] = [];
  for (const sheet of sheets) {
    const id = sheet.getSheetId();
    if (recorded.includes(id)) {
      own.push(sheet);
      continue;
    }
    if (!named(sheet.getName())) continue;
    if (!looksOwn(sheet)) continue;
    recordSheetId(kind, id, recorded);
    recorded.push(id);
    own.push(sheet);
  }
  return own;
}

/** A new sheet for `kind`, named `preferred` or, if a sheet has that name, another one. */
export function insertReportSheet(
  spreadsheet: Spreadsheet,
  kind: ReportKind,
  preferred: string,
): Sheet {
  const taken = spreadsheet.getSheets().map((sheet) => sheet.getName());
  const sheet = spreadsheet.insertSheet(freeDashboardName(preferred, taken));
  recordSheetId(kind, sheet.getSheetId());
  return sheet;
}

/** True when the sheet's first row starts with `header` (either language's, exactly). */
export function startsWithHeader(sheet: Sheet, headers: readonly (readonly string[])[]): boolean {
  const width = Math.max(...headers.map((header) => header.length));
  if (sheet.getLastRow() === 0) return true;
  if (sheet.getLastColumn() < 1) return true;
  const first = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  return headers.some((header) => header.every((text, index) => String(first[index]) === text));
}
