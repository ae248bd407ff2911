// The mid-period review sheets (`Review 2026-11-22`): written as one block with a fixed
// number of calls, and read back (one call) as the previous review to compare with.

import { previousReviewDay } from '../core/cycle/review';
import { type ReviewBlock, statusesFromReview } from '../core/cycle/reviewLayout';
import type { IsoDay } from '../core/dates';
import type { Status } from '../core/formulas/status';
import { midPeriodReviewDay } from '../core/workbook/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Every review sheet of the workbook by its date (either language's name). */
export function reviewSheetsByDay(spreadsheet: Spreadsheet): Map<IsoDay, Sheet> {
  const sheets = new Map<IsoDay, Sheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const day = midPeriodReviewDay(sheet.getName());
    if (day && !sheets.has(day)) sheets.set(day, sheet);
  }
  return sheets;
}

/** The statuses of the latest earlier review of this period, or null when there is none. */
export function readPreviousReview(
  reviews: ReadonlyMap<IsoDay, Sheet>,
  day: IsoDay,
  periodStart: IsoDay,
): { day: IsoDay; statuses: Map<string, Status | null> } | null {
  const previous = previousReviewDay([...reviews.keys()], day, periodStart);
  if (previous === null) return null;
  const values = reviews.get(previous)!.getDataRange().getValues();
  return { day: previous, statuses: statusesFromReview(values) };
}

/**
 * Writes the review into `existing` (cleared first: a review sheet is the add-on's own
 * report, refreshed when run again the same day) or a new sheet named `name`.
 */
export function writeReviewSheet(
  spreadsheet: Spreadsheet,
  existing: Sheet | undefined,
  name: string,
  block: ReviewBlock,
): Sheet {
  const sheet = existing ?? spreadsheet.insertSheet(name);
  if (existing) sheet.clear();
  const rows = block.values.length;
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (block.width > maxColumns) sheet.insertColumnsAfter(maxColumns, block.width - maxColumns);
  const range = sheet.getRange(1, 1, rows, block.width);
  // Formats first, so the dates and percentages are written into cells that show them.
  range.setNumberFormats(block.numberFormats);
  range.setValues(block.values);
  range.setFontWeights(block.fontWeights);
  range.setBackgrounds(block.backgrounds);
  sheet.setColumnWidths(1, block.width, 130);
  sheet.setColumnWidth(3, 300);
  return sheet;
}
