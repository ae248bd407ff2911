// OKRs › Help › Check setup: one dialog that answers, in the first real deployment, what
// offline tests cannot (docs/architecture.md, Apps Script rules): authorization and scopes,
// the reminders trigger by id and by listing, its last run, the mail quota, time zones and
// Intl, and the sheets and columns found.
import type { Language } from '../core/i18n/language';
import { SETUP_CHECK_TITLE, type SetupFacts } from '../core/setupCheck';
import { problemsOf, runRecord } from '../services/reminderHealth';
import { userLanguage } from '../services/session';
import {
  authorizationFacts,
  intlAgreement,
  remainingMailQuota,
  scriptTimeZone,
} from '../services/setupFacts';
import { findReminderTrigger } from '../services/triggers';
import { showDialogFromFile } from '../services/ui';
import { readSettings } from '../sheets/settings';
import { sheetsFound } from '../sheets/setupCheck';
import { activeSpreadsheet, spreadsheetId, spreadsheetTimeZone } from '../sheets/tables';
import { definePublicFunction, type PublicFunction } from './publicFunction';
import { DAILY_HANDLER } from './reminders';
import { clientCall } from './userFacing';

// A zone far from UTC with no daylight saving, beside the workbook's own.
const PROBE_ZONE = 'Asia/Kolkata';

/** What the dialog shows: the facts, and the language to word them in. */
export interface SetupCheckResult {
  readonly language: Language;
  readonly facts: SetupFacts;
}

function showSetupCheck(): void {
  let language: Language;
  try {
    language = readSettings(activeSpreadsheet()).language;
  } catch {
    language = userLanguage();
  }
  showDialogFromFile('SetupCheck', SETUP_CHECK_TITLE[language], 640, 560);
}

function getSetupCheck(): SetupCheckResult {
  const spreadsheet = activeSpreadsheet();
  let language: Language;
  let settings: ReturnType<typeof readSettings> | null = null;
  try {
    settings = readSettings(spreadsheet);
    language = settings.language;
  } catch {
    language = userLanguage();
  }
  const zone = spreadsheetTimeZone(spreadsheet);
  const facts: SetupFacts = {
    ...authorizationFacts(),
    trigger: findReminderTrigger(spreadsheet, DAILY_HANDLER),
    run: runRecord(),
    problems: problemsOf(spreadsheetId(spreadsheet)),
    mailQuota: remainingMailQuota(),
    spreadsheetTimeZone: zone,
    scriptTimeZone: scriptTimeZone(),
    intlZones: intlAgreement(zone && zone !== PROBE_ZONE ? [zone, PROBE_ZONE] : [PROBE_ZONE]),
    sheets: settings ? sheetsFound(spreadsheet, settings, language) : [],
  };
  return { language, facts };
}

export const setupCheckFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: 'showSetupCheck',
    kind: 'menuAction',
    summary:
      'Shows what the add-on can do here: authorization, the reminders trigger and its last run, mail quota, time zones, sheets.',
    params: [],
    implementation: showSetupCheck,
  }),
  definePublicFunction({
    name: 'getSetupCheck',
    kind: 'clientCall',
    summary: 'The facts the setup check dialog shows, and the workbook language.',
    params: [],
    returns: '{language: string, facts: Object}',
    implementation: clientCall({}, getSetupCheck),
  }),
];
