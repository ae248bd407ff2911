// The Review OKRs and Assign missing IDs menu actions: each runs under the document lock
// and ends in a toast.
import { interpolate } from '../core/i18n/language';
import { OKR_REVIEW_TEXTS } from '../core/review/messages';
import { describeSkipped } from '../core/workbook/formulaCells';
import { WORKBOOK_MESSAGES } from '../core/workbook/messages';
import { withDocumentLock } from '../services/lock';
import { toast } from '../services/ui';
import { assignMissingIds, runOkrReview } from '../sheets/okrReview';
import { readSettings, spreadsheetToday } from '../sheets/settings';
import type { Spreadsheet } from '../sheets/tables';
import { definePublicFunction, type PublicFunction } from './publicFunction';
import { menuAction } from './userFacing';
import { WORKBOOK_ACTION_TEXTS } from './workbook';

/** Runs `work` under the document lock and toasts the message it returns. */
function okrReviewAction(work: (spreadsheet: Spreadsheet) => string): void {
  menuAction(WORKBOOK_ACTION_TEXTS, (spreadsheet) => {
    const message = withDocumentLock(() => work(spreadsheet));
    const language = readSettings(spreadsheet).language;
    toast(spreadsheet, WORKBOOK_MESSAGES[language].title, message);
  });
}
function reviewOkrsAction(): void {
  okrReviewAction((spreadsheet) => {
    const settings = readSettings(spreadsheet);
    const texts = OKR_REVIEW_TEXTS[settings.language];
    const today = spreadsheetToday(spreadsheet, new Date());
    const { count, reportName } = runOkrReview(spreadsheet, settings, today);
    return count === 0
      ? texts.noProblems
      : interpolate(texts.summary, { count, sheet: reportName });
  });
}

function assignMissingIdsAction(): void {
  okrReviewAction((spreadsheet) => {
    const language = readSettings(spreadsheet).language;
    const texts = OKR_REVIEW_TEXTS[language];
    const { assigned, skipped } = assignMissingIds(spreadsheet);
    const left = skipped.length ? ` ${describeSkipped(skipped, language)}` : '';
    if (assigned.length === 0) return skipped.length ? left.trim() : texts.noIdsMissing;
    const shown = assigned.slice(0, 10).map((item) => item.id);
    const ids = shown.join(', ') + (assigned.length > shown.length ? ', …' : '');
    return interpolate(texts.idsAssigned, { count: assigned.length, ids }) + left;
  });
}

export const okrReviewFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'reviewOkrs',
    kind: 'menuAction',
    summary: 'Checks the OKRs for common mistakes and lists them, with links, in a report sheet.',
    params: [],
    implementation: reviewOkrsAction,
  }),
  definePublicFunction({
    name: 'assignMissingIds',
    kind: 'menuAction',
    summary: 'Gives every objective and key result without an ID a new, unused one.',
    params: [],
    implementation: assignMissingIdsAction,
  }),
];
