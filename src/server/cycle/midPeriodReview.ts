import { CYCLE_DIALOGS } from '../../core/cycle/messages';
import { buildMidPeriodReview, STALE_AFTER_DAYS } from '../../core/cycle/review';
import { reviewBlock } from '../../core/cycle/reviewLayout';
import { interpolate } from '../../core/i18n/language';
import { midPeriodReviewSheetName } from '../../core/workbook/schema';
import { withDocumentLock } from '../../services/lock';
import { keyResultLinks, MidPeriodReviewSheets } from '../../sheets/midPeriodReview';
import type { CycleState } from './workbookState';

/** Writes today's review sheet (or refreshes it) and returns the summary to show. */
export function runMidPeriodReview(state: CycleState): string {
  const { spreadsheet, settings, period, today, timeZone, keyResults } = state;
  const language = settings.language;
  const okrs = state.okrs;
  const reviews = new MidPeriodReviewSheets(spreadsheet);
  const previous = reviews.previous(today, period.start);
  const review = buildMidPeriodReview(okrs, period, today, previous);
  const block = reviewBlock(
    review,
    language,
    keyResultLinks(keyResults),
    timeZone,
    spreadsheet.getSpreadsheetLocale(),
  );
  const name = midPeriodReviewSheetName(today, language);
  const sheetName = withDocumentLock(() => reviews.write({ day: today, name, block }));
  return interpolate(CYCLE_DIALOGS[language].reviewDone, {
    sheet: sheetName,
    keyResults: review.totals.total,
    green: review.totals.green,
    yellow: review.totals.yellow,
    red: review.totals.red,
    changes: review.changes.length,
    stale: review.stale.length,
    days: STALE_AFTER_DAYS,
  });
}
