import { EXAMPLE_IDS } from '../core/examples/buildExamples';
import { interpolate, type Language } from '../core/i18n/language';
import { WORKBOOK_MESSAGES } from '../core/workbook/messages';
import { isoDay } from '../core/workbook/plan';
import { WORKBOOK_SHEETS } from '../core/workbook/schema';
import { LockTimeoutError, withDocumentLock } from '../services/lock';
import {
  exampleIdPrefix,
  insertExamples,
  readExampleTables,
  readPresentExampleTables,
} from '../sheets/examples';
import { confirm, toast } from '../sheets/notify';
import { readSettings, spreadsheetToday, writeAsOf } from '../sheets/settings';
import { createOrUpgradeWorkbook, type UpgradeReport } from '../sheets/workbook';
import { definePublicFunction, type PublicFunction } from './publicFunction';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the upgrade did, in one toast line. */
export function upgradeSummary(report: UpgradeReport): string {
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

/** Runs a menu action and turns failures into a toast. */
function asMenuActionUnlocked(work: (spreadsheet: Spreadsheet) => void): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  try {
    work(spreadsheet);
  } catch (error) {
    const language: Language = readSettings(spreadsheet).language;
    const messages = WORKBOOK_MESSAGES[language];
    const text =
      error instanceof LockTimeoutError
        ? messages.lockTimeout
        : interpolate(messages.failed, { detail: (error as Error).message });
    toast(spreadsheet, text, messages.title);
  }
}

/** Runs a menu action under the document lock and turns failures into a toast. */
function asMenuAction(work: (spreadsheet: Spreadsheet) => void): void {
  asMenuActionUnlocked((spreadsheet) => withDocumentLock(() => work(spreadsheet)));
}

function createOrUpgradeWorkbookAction(): void {
  asMenuAction((spreadsheet) => {
    const report = createOrUpgradeWorkbook(spreadsheet, spreadsheetToday(spreadsheet, new Date()));
    toast(spreadsheet, upgradeSummary(report), WORKBOOK_MESSAGES[report.plan.language].title);
  });
}

function examplesAlreadyThere(spreadsheet: Spreadsheet, language: Language): void {
  const messages = WORKBOOK_MESSAGES[language];
  toast(
    spreadsheet,
    interpolate(messages.examplesAlreadyThere, { ids: `${EXAMPLE_IDS[0]}–${EXAMPLE_IDS.at(-1)}` }),
    messages.title,
  );
}

function insertExampleOkrsAction(): void {
  asMenuActionUnlocked((spreadsheet) => {
    // The question waits for a person: it is asked without the document lock (which would
    // hold up everyone's check-ins and the daily run meanwhile), from a read that writes
    // nothing; everything is read again under the lock before writing.
    const asked = readSettings(spreadsheet);
    const askedMessages = WORKBOOK_MESSAGES[asked.language];
    const peek = readPresentExampleTables(spreadsheet);
    if (peek.takenIds.length === EXAMPLE_IDS.length) {
      examplesAlreadyThere(spreadsheet, asked.language);
      return;
    }
    if (
      peek.hasData &&
      !confirm(askedMessages.examplesConfirmTitle, askedMessages.examplesConfirmBody)
    ) {
      toast(spreadsheet, askedMessages.examplesSkipped, askedMessages.title);
      return;
    }
    withDocumentLock(() => {
      const today = spreadsheetToday(spreadsheet, new Date());
      createOrUpgradeWorkbook(spreadsheet, today);
      const settings = readSettings(spreadsheet);
      const messages = WORKBOOK_MESSAGES[settings.language];
      const read = readExampleTables(spreadsheet);
      if (read.takenIds.length === EXAMPLE_IDS.length) {
        examplesAlreadyThere(spreadsheet, settings.language);
        return;
      }
      const inserted = insertExamples(
        read,
        settings,
        today,
        exampleIdPrefix(settings.language, read.takenIds),
      );
      // Again, so the Dashboard lists the examples' teams and sizes its chart to them.
      createOrUpgradeWorkbook(spreadsheet, today);
      toast(spreadsheet, interpolate(messages.examplesInserted, { ...inserted }), messages.title);
    });
  });
}

function refreshAsOfDateAction(): void {
  asMenuAction((spreadsheet) => {
    const settings = readSettings(spreadsheet);
    const messages = WORKBOOK_MESSAGES[settings.language];
    const today = spreadsheetToday(spreadsheet, new Date());
    if (!writeAsOf(spreadsheet, settings, today)) {
      toast(spreadsheet, messages.asOfMissing, messages.title);
      return;
    }
    toast(spreadsheet, interpolate(messages.asOfUpdated, { date: isoDay(today) }), messages.title);
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
    name: 'refreshAsOfDate',
    kind: 'menuAction',
    summary: 'Sets the "as of" date in Settings to today, so expected progress is current.',
    params: [],
    implementation: refreshAsOfDateAction,
  }),
];
