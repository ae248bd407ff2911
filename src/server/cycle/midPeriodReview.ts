import { CYCLE_DIALOGS } from '../../core/cycle/messages';
import { buildMidPeriodReview, STALE_AFTER_DAYS } from '../../core/cycle/review';
import { reviewBlock } from '../../core/cycle/reviewLayout';
import { interpolate } from '../../core/i18n/language';
import { columnLetter } from '../../core/workbook/formulas';
import { midPeriodReviewSheetName } from '../../core/workbook/schema';
import { withDocumentLock } from '../../services/lock';
import { readPreviousReview, reviewSheetsByDay, writeReviewSheet } from '../../sheets/reviewSheet';
import type { CycleState } from './workbookState';

/** Writes today's review sheet (or refreshes it) and returns the summary to show. */
export function runMidPeriodReview(state: CycleState): string {
  const { spreadsheet, settings, period, today, timeZone, keyResults } = state;
  const language = settings.language;
  const okrs = state.okrs;
  const reviews = reviewSheetsByDay(spreadsheet);
  const previous = readPreviousReview(reviews, today, period.start);
  const review = buildMidPeriodReview(okrs, period, today, previous);
  const links = {
    sheetId: keyResults.sheet.getSheetId(),
    idColumn: columnLetter(keyResults.indexByKey.id ?? 0),
  };
  const block = reviewBlock(review, language, links, timeZone);
  const name = midPeriodReviewSheetName(today, language);
  const sheet = withDocumentLock(() =>
    writeReviewSheet(spreadsheet, reviews.get(today), name, block),
  );
  sheet.activate();
  return interpolate(CYCLE_DIALOGS[language].reviewDone, {
    sheet: sheet.getName(),
    keyResults: review.totals.total,
    green: review.totals.green,
    yellow: review.totals.yellow,
    red: review.totals.red,
    changes: review.changes.length,
    stale: review.stale.length,
    days: STALE_AFTER_DAYS,
  });
}
