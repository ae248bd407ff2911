import type { Language } from '../core/i18n/language';
import { menuIn, menuItemsOf } from '../core/menu';
import { lastRunLine } from '../core/reminders/health';
import { readHelpText } from '../services/assets';
import { runRecord } from '../services/reminderHealth';
import { userLanguage } from '../services/session';
import { remindersSetUpBy } from '../services/triggers';
import { addMenu, alert } from '../services/ui';
import { readSettings, spreadsheetToday, writeAsOf } from '../sheets/settings';
import { activeSpreadsheet, type Spreadsheet } from '../sheets/tables';
import { definePublicFunction, type PublicFunction } from './publicFunction';
import { reportTriggerProblems, showReminderNotice } from './reminders';

/**
 * Builds the OKRs menu in the workbook's language. In AuthMode.NONE (the add-on is not yet
 * enabled in this document) it may touch no data and no properties, so the person's own
 * locale decides. Authorised, it reads Settings once for the language and keeps the "as
 * of" date current (written only when the day changed), which KR_EXPECTED reads.
 */
function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  if (event && event.authMode === ScriptApp.AuthMode.NONE) {
    addMenu(menuIn(userLanguage()));
    return;
  }
  let language: Language;
  let status = '';
  try {
    const spreadsheet = activeSpreadsheet();
    const settings = readSettings(spreadsheet);
    language = settings.language;
    writeAsOf(spreadsheet, settings, spreadsheetToday(spreadsheet, new Date()));
    status = reminderStatus(spreadsheet, language);
  } catch (_error) {
    // A menu must appear whatever state the workbook is in.
    language = userLanguage();
  }
  addMenu(menuIn(language, status));
  showReminderNotice(language);
}

/**
 * Told once, on the next open: trigger runs that could not reach this workbook (a toast
 * and Reminder log lines). Returns the menu's "Reminders last ran on …" line, so a
 * silent stop is seen within a day.
 */
function reminderStatus(spreadsheet: Spreadsheet, language: Language): string {
  try {
    reportTriggerProblems(spreadsheet, language);
  } catch (error) {
    // Kept for the next open; the menu must still appear.
    console.error('OKR Sheets: trigger problems could not be reported yet', error);
  }
  try {
    return lastRunLine(runRecord(), remindersSetUpBy().length > 0, language);
  } catch (_error) {
    // Without the line the menu is the same menu, in the workbook's language.
    return '';
  }
}

/** The workbook's language when the add-on may read it, else the person's own. */
function workbookLanguage(): Language {
  try {
    return readSettings(activeSpreadsheet()).language;
  } catch (_error) {
    return userLanguage();
  }
}

function showHelp(): void {
  const language = workbookLanguage();
  const help = readHelpText()?.[language];
  // Without the Help file (a broken deployment) the menu's own words still guide.
  if (help) alert(help.title, help.body);
  else
    alert(
      'OKR Sheets',
      menuItemsOf(menuIn(language))
        .map((item) => `• ${item.label}`)
        .join('\n'),
    );
}

export const menuFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'onOpen',
    kind: 'simpleTrigger',
    summary: 'Adds the OKRs menu when the spreadsheet opens.',
    params: [{ name: 'event', type: 'Object', description: 'The open event.', optional: true }],
    implementation: onOpen,
  }),
  definePublicFunction({
    name: 'onInstall',
    kind: 'simpleTrigger',
    summary: 'Adds the OKRs menu right after the add-on is installed.',
    params: [{ name: 'event', type: 'Object', description: 'The install event.', optional: true }],
    implementation: onOpen,
  }),
  definePublicFunction({
    name: 'showHelp',
    kind: 'menuAction',
    summary: 'Shows what OKR Sheets does and where to start.',
    params: [],
    implementation: showHelp,
  }),
];
