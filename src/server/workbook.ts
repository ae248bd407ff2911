import { PERIOD_MESSAGES } from '../core/cycle/messages';
import { exampleIds } from '../core/examples/buildExamples';
import { interpolate, type Language } from '../core/i18n/language';
import { textsOf } from '../core/i18n/userFacingError';
import { dayInLocale } from '../core/workbook/dateFormats';
import { WORKBOOK_MESSAGES } from '../core/workbook/messages';
import { isoDay } from '../core/workbook/plan';
import { WORKBOOK_SHEETS } from '../core/workbook/schema';
import { withDocumentLock } from '../services/lock';
import { askYesNo, toast } from '../services/ui';
import {
  exampleIdPrefix,
  insertExamples,
  readExampleTables,
  readPresentExampleTables,
} from '../sheets/examples';
import { togglePastPeriods, upgradeWorkbook } from '../sheets/periods';
import { readSettings, spreadsheetToday, timeZoneOf, writeAsOf } from '../sheets/settings';
import type { Spreadsheet } from '../sheets/tables';
import type { UpgradeReport } from '../sheets/workbook';
import { definePublicFunction, type PublicFunction } from './publicFunction';
import { type MenuActionTexts, menuAction } from './userFacing';

/** How the workbook's menu actions (and Review OKRs) show a failure: a toast. */
export const WORKBOOK_ACTION_TEXTS: MenuActionTexts = {
  title: textsOf(WORKBOOK_MESSAGES, 'title'),
  busy: textsOf(WORKBOOK_MESSAGES, 'lockTimeout'),
  unexpected: textsOf(WORKBOOK_MESSAGES, 'failed'),
  shownAs: 'toast',
};

/** What the upgrade did, in one toast line. */
function upgradeSummary(report: UpgradeReport): string {
  const messages = WORKBOOK_MESSAGES[report.plan.language];
  const parts: string[] = [];
  const list = (items: readonly { sheet: string; header: string }[]) =>
    items.map((item) => `${item.header} (${item.sheet})`).join(', ');
  const createdEverything = report.createdSheets.length >= 7;
  if (createdEverything) parts.push(messages.created);
  else if (report.createdSheets.length > 0)
    parts.push(interpolate(messages.addedSheets, { items: report.createdSheets.join(', ') }));
  if (report.addedColumns.length > 0)
    parts.push(interpolate(messages.addedColumns, { items: list(report.addedColumns) }));
  if (report.restoredFormulas.length > 0)
    parts.push(interpolate(messages.restoredFormulas, { items: list(report.restoredFormulas) }));
  if (report.keptFormulas.length > 0)
    parts.push(interpolate(messages.keptFormulas, { items: list(report.keptFormulas) }));
  const { keptSheet, name } = report.plan.dashboard;
  if (keptSheet !== undefined)
    parts.push(interpolate(messages.dashboardKept, { kept: keptSheet, name }));
  if (report.plan.blocked.length > 0) {
    const items = report.plan.blocked.map((blocked) => {
      const spec = WORKBOOK_SHEETS.find((sheet) => sheet.key === blocked.sheetKey);
      const column = spec?.columns.find((candidate) => candidate.key === blocked.columnKey);
      return {
        sheet: blocked.sheetName,
        header: column?.header[report.plan.language] ?? blocked.columnKey,
      };
    });
    parts.push(interpolate(messages.blockedFormulas, { items: list(items) }));
  }
  return parts.length > 0 ? parts.join(' ') : messages.upToDate;
}

/** Runs a menu action under the document lock; a failure ends in a toast. */
function lockedWorkbookAction(work: (spreadsheet: Spreadsheet) => void): void {
  menuAction(WORKBOOK_ACTION_TEXTS, (spreadsheet) => withDocumentLock(() => work(spreadsheet)));
}

function createOrUpgradeWorkbookAction(): void {
  lockedWorkbookAction((spreadsheet) => {
    const report = upgradeWorkbook(spreadsheet, spreadsheetToday(spreadsheet, new Date()));
    toast(spreadsheet, WORKBOOK_MESSAGES[report.plan.language].title, upgradeSummary(report));
  });
}

function examplesAlreadyThere(spreadsheet: Spreadsheet, language: Language): void {
  const messages = WORKBOOK_MESSAGES[language];
  toast(
    spreadsheet,
    messages.title,
    interpolate(messages.examplesAlreadyThere, {
      ids: `${exampleIds()[0]}–${exampleIds().at(-1)}`,
    }),
  );
}

function insertExampleOkrsAction(): void {
  menuAction(WORKBOOK_ACTION_TEXTS, (spreadsheet) => {
    // The question waits for a person: it is asked without the document lock (which would
    // hold up everyone's check-ins and the daily run meanwhile), from a read that writes
    // nothing; everything is read again under the lock before writing.
    const asked = readSettings(spreadsheet);
    const askedMessages = WORKBOOK_MESSAGES[asked.language];
    const peek = readPresentExampleTables(spreadsheet);
    if (peek.takenIds.length === exampleIds().length) {
      examplesAlreadyThere(spreadsheet, asked.language);
      return;
    }
    if (
      peek.hasData &&
      !askYesNo(askedMessages.examplesConfirmTitle, askedMessages.examplesConfirmBody)
    ) {
      toast(spreadsheet, askedMessages.title, askedMessages.examplesSkipped);
      return;
    }
    withDocumentLock(() => {
      const today = spreadsheetToday(spreadsheet, new Date());
      upgradeWorkbook(spreadsheet, today);
      const settings = readSettings(spreadsheet);
      const messages = WORKBOOK_MESSAGES[settings.language];
      const read = readExampleTables(spreadsheet);
      if (read.takenIds.length === exampleIds().length) {
        examplesAlreadyThere(spreadsheet, settings.language);
        return;
      }
      const inserted = insertExamples(
        read,
        settings,
        today,
        exampleIdPrefix(settings.language, read.takenIds),
        timeZoneOf(spreadsheet),
      );
      // Again, so the Dashboard lists the examples' teams and sizes its chart to them.
      upgradeWorkbook(spreadsheet, today);
      toast(spreadsheet, messages.title, interpolate(messages.examplesInserted, { ...inserted }));
    });
  });
}

function togglePastPeriodsAction(): void {
  lockedWorkbookAction((spreadsheet) => {
    const language = readSettings(spreadsheet).language;
    const texts = PERIOD_MESSAGES[language];
    const { done, rows } = togglePastPeriods(spreadsheet);
    const message =
      done === 'none'
        ? texts.noPastPeriods
        : interpolate(done === 'hidden' ? texts.pastPeriodsHidden : texts.pastPeriodsShown, {
            rows,
          });
    toast(spreadsheet, texts.pastPeriodsTitle, message);
  });
}

function refreshAsOfDateAction(): void {
  lockedWorkbookAction((spreadsheet) => {
    const settings = readSettings(spreadsheet);
    const messages = WORKBOOK_MESSAGES[settings.language];
    const today = spreadsheetToday(spreadsheet, new Date());
    if (!writeAsOf(spreadsheet, settings, today)) {
      toast(spreadsheet, messages.title, messages.asOfMissing);
      return;
    }
    const date = dayInLocale(isoDay(today), spreadsheet.getSpreadsheetLocale());
    toast(spreadsheet, messages.title, interpolate(messages.asOfUpdated, { date }));
  });
}

export const workbookFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'createOrUpgradeWorkbook',
    kind: 'menuAction',
    summary:
      'Creates the OKR sheets that are missing, adds missing columns and restores computed formulas, never touching what you typed.',
    params: [],
    implementation: createOrUpgradeWorkbookAction,
  }),
  definePublicFunction({
    name: 'insertExampleOkrs',
    kind: 'menuAction',
    summary: 'Adds example OKRs (company, Marketing, Sales, Customer service) below your rows.',
    params: [],
    implementation: insertExampleOkrsAction,
  }),
  definePublicFunction({
    name: 'togglePastPeriods',
    kind: 'menuAction',
    summary: 'Hides the rows of past periods, or shows them again.',
    params: [],
    implementation: togglePastPeriodsAction,
  }),
  definePublicFunction({
    name: 'refreshAsOfDate',
    kind: 'menuAction',
    summary: 'Sets the "as of" date in Settings to today, so expected progress is current.',
    params: [],
    implementation: refreshAsOfDateAction,
  }),
];
