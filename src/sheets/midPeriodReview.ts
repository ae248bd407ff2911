// The mid-period review sheets (`Review 2026-11-22`): written as one block with a fixed
// number of calls, and read back (one call) as the previous review to compare with.

import { previousReviewDay } from '../core/cycle/review';
import {
  type KeyResultLinks,
  type ReviewBlock,
  statusesFromReview,
} from '../core/cycle/reviewLayout';
import type { IsoDay } from '../core/dates';
import type { Status } from '../core/formulas/status';
import { columnLetter } from '../core/workbook/formulas';
import { midPeriodReviewDay } from '../core/workbook/schema';
import { insertReportSheet, reportSheets } from './reportSheets';
import type { Spreadsheet, Table } from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The title the add-on writes in A1 of a review, in either language. */
const REVIEW_TITLE = /^(Mid-period review|Revisión de mitad de período) — /;

/** How the review's lines link to their row of Key Results. */
export function keyResultLinks(keyResults: Table): KeyResultLinks {
  return {
    sheetId: keyResults.sheet.getSheetId(),
    idColumn: columnLetter(keyResults.indexByKey.id ?? 0),
  };
}

/** What a review writes: today's block, into today's sheet or a new one named `name`. */
interface MidPeriodReviewWrite {
  readonly day: IsoDay;
  readonly name: string;
  readonly block: ReviewBlock;
}

/** The workbook's review sheets, found once, by their date (either language's name). */
export class MidPeriodReviewSheets {
  private readonly byDay = new Map<IsoDay, Sheet>();

  constructor(private readonly spreadsheet: Spreadsheet) {
    // Only the add-on's own review sheets: a person's "Review 2026-11-22" is theirs.
    const own = reportSheets(
      spreadsheet.getSheets(),
      'midPeriodReview',
      (name) => midPeriodReviewDay(name) !== null,
      (sheet) =>
        sheet.getLastRow() === 0 || REVIEW_TITLE.test(String(sheet.getRange(1, 1).getValue())),
    );
    for (const sheet of own) {
      const day = midPeriodReviewDay(sheet.getName());
      if (day && !this.byDay.has(day)) this.byDay.set(day, sheet);
    }
  }

  /** The statuses of the latest earlier review of this period, or null when there is none. */
  previous(
    day: IsoDay,
    periodStart: IsoDay,
  ): { day: IsoDay; statuses: Map<string, Status | null> } | null {
    const previous = previousReviewDay([...this.byDay.keys()], day, periodStart);
    if (previous === null) return null;
    const values = this.byDay.get(previous)!.getDataRange().getValues();
    return { day: previous, statuses: statusesFromReview(values) };
  }

  /**
   * Writes the review into the sheet of its day (cleared first: a review sheet is the
   * add-on's own report, refreshed when run again the same day) or a new sheet, and shows
   * it. Returns the sheet's name.
   */
  write({ day, name, block }: MidPeriodReviewWrite): string {
    const existing = this.byDay.get(day);
    const sheet = existing ?? insertReportSheet(this.spreadsheet, 'midPeriodReview', name);
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
    this.byDay.set(day, sheet);
    sheet.activate();
    return sheet.getName();
  }
}
