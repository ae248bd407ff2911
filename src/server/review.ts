import { interpolate } from '../core/i18n/language';
import { REVIEW_TEXTS } from '../core/review/messages';
import { WORKBOOK_MESSAGES } from '../core/workbook/messages';
import { LockTimeoutError, withDocumentLock } from '../services/lock';
import { toast } from '../sheets/notify';
import { assignMissingIds, MissingSheetError, runReview } from '../sheets/review';
import { readSettings, spreadsheetToday } from '../sheets/settings';
import { definePublicFunction, type PublicFunction } from './publicFunction';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Runs `work` under the document lock; every outcome ends in a toast, never a block. */
function reviewAction(work: (spreadsheet: Spreadsheet) => string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = readSettings(spreadsheet).language;
  const texts = REVIEW_TEXTS[language];
  const messages = WORKBOOK_MESSAGES[language];
  let message: string;
  try {
    message = withDocumentLock(() => work(spreadsheet));
  } catch (error) {
    if (error instanceof MissingSheetError)
      message = interpolate(texts.missingSheets, { sheet: error.sheetName });
    else if (error instanceof LockTimeoutError) message = messages.lockTimeout;
    else message = interpolate(messages.failed, { detail: (error as Error).message });
  }
  toast(spreadsheet, message, messages.title);
}

function reviewOkrsAction(): void {
  reviewAction((spreadsheet) => {
    const settings = readSettings(spreadsheet);
    const texts = REVIEW_TEXTS[settings.language];
    const today = spreadsheetToday(spreadsheet, new Date());
    const { count, reportName } = runReview(spreadsheet, settings, today);
    return count === 0
      ? texts.noProblems
      : interpolate(texts.summary, { count, sheet: reportName });
  });
}

function assignMissingIdsAction(): void {
  reviewAction((spreadsheet) => {
    const language = readSettings(spreadsheet).language;
    const texts = REVIEW_TEXTS[language];
    const assigned = assignMissingIds(spreadsheet, language);
    if (assigned.length === 0) return texts.noIdsMissing;
    const shown = assigned.slice(0, 10).map((item) => item.id);
    const ids = shown.join(', ') + (assigned.length > shown.length ? ', …' : '');
    return interpolate(texts.idsAssigned, { count: assigned.length, ids });
  });
}

export const reviewFunctions: readonly PublicFunction[] = [
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
