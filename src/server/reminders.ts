// 1:1 reminders: the daily trigger handler and the menu actions around it. Each reads
// the sheets it needs once, lets core decide, and writes the Reminder log in one batch.

import {
  addDays,
  calendarDayIn,
  type IsoDay,
  knownTimeZone,
  localMidnight,
  toIsoDay,
} from '../core/dates';
import { interpolate, type Language } from '../core/i18n/language';
import { textsOf, UserFacingError } from '../core/i18n/userFacingError';
import {
  type EmailContext,
  type ReminderEmail,
  renderReminderEmail,
} from '../core/reminders/email';
import { latestCheckIns, periodDays } from '../core/reminders/keyResults';
import { placeLogEntries, readLogState } from '../core/reminders/log';
import { REMINDER_MESSAGES } from '../core/reminders/messages';
import { planReminders, type ReminderInput } from '../core/reminders/plan';
import { messageOf, type RunResult, sendReminders, stoppedEntry } from '../core/reminders/run';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
} from '../core/workbook/schema';
import { periodCalendar, type Settings } from '../core/workbook/settings';
import { LockTimeoutError, withDocumentLock } from '../services/lock';
import { mailPort } from '../services/mail';
import { showReminderPreview } from '../services/reminderDialog';
import { userLanguage } from '../services/session';
import {
  installDailyTrigger,
  isAuthorized,
  recordReminderTrigger,
  removeTriggers,
} from '../services/triggers';
import { alert } from '../services/ui';
import {
  appendReminderLogRow,
  findReminderLog,
  readReminderLog,
  requireLogColumns,
  writeReminderLog,
} from '../sheets/reminderLog';
import { readSettings, writeAsOf } from '../sheets/settings';
import {
  activeSpreadsheet,
  eachRecord,
  openTables,
  records,
  type Spreadsheet,
  spreadsheetLink,
  spreadsheetTimeZone,
  type Table,
} from '../sheets/tables';
import { recordLiveCheckIns } from './liveKeyResults';
import { definePublicFunction, type PublicFunction } from './publicFunction';
import { clientCall, showFailuresIn } from './userFacing';

const DAILY_HANDLER = 'runDailyReminders';
// Long enough to wait out a check-in or a run fired a moment earlier in the same hour.
const RUN_LOCK_MS = 30_000;

const REMINDER_TABLE_TEXTS = { missingSheet: textsOf(REMINDER_MESSAGES, 'sheetMissing') };

interface ReminderInputSources {
  readonly spreadsheet: Spreadsheet;
  readonly settings: Settings;
  readonly today: IsoDay;
  readonly logTable: Table | null;
  readonly timeZone: string;
}

function reminderInput({
  spreadsheet,
  settings,
  today,
  logTable,
  timeZone,
}: ReminderInputSources): ReminderInput {
  const tables = openTables(spreadsheet, REMINDER_TABLE_TEXTS);
  const people = tables.required(PEOPLE_SHEET);
  const keyResults = tables.required(KEY_RESULTS_SHEET);
  const objectives = tables.optional(OBJECTIVES_SHEET);
  const checkIns = tables.optional(CHECK_INS_SHEET);
  return {
    today,
    reminderDaysBefore: settings.reminderDaysBefore,
    status: {
      asOf: today,
      // The period as calendar days of the spreadsheet, with its holidays: the one rule
      // of expected progress (core/keyResults/expected.ts).
      ...periodDays(periodCalendar(settings, knownTimeZone(timeZone))),
      greenAt: settings.greenAt,
      yellowAt: settings.yellowAt,
      timeZone,
    },
    people: records(people),
    keyResults: records(keyResults),
    objectives: records(objectives),
    latestCheckIns: latestCheckIns(eachRecord(checkIns), timeZone),
    log: readLogState(records(logTable), timeZone),
  };
}

function emailContext(spreadsheet: Spreadsheet, language: Language): EmailContext {
  return { language, ...spreadsheetLink(spreadsheet) };
}

/** What a run did, for the Reminder log and for "Send now". */
type JobOutcome =
  | { readonly kind: 'completed'; readonly result: RunResult }
  | { readonly kind: 'stopped'; readonly reason: string };

/**
 * Today's reminder job. Checks authorization first; holds the document lock from
 * reading the log to writing it, so a trigger fired twice (or Send now during the
 * run) finds the first run's rows and sends nothing twice. Never ends without a log
 * row saying what happened.
 */
function runReminderJob(): JobOutcome {
  let language: Language = 'en';
  const stop = (reason: string): JobOutcome => {
    try {
      appendReminderLogRow(activeSpreadsheet(), stoppedEntry(reason), new Date(), language);
    } catch (error) {
      console.error(
        `OKR Sheets reminders stopped (${reason}); the log could not be written`,
        error,
      );
    }
    return { kind: 'stopped', reason };
  };
  try {
    if (!isAuthorized()) {
      console.warn('OKR Sheets reminders: authorization revoked; no email sent');
      return stop(REMINDER_MESSAGES[userLanguageOr('en')].authorizationRevoked);
    }
    const spreadsheet = activeSpreadsheet();
    const settings = readSettings(spreadsheet);
    language = settings.language;
    return withDocumentLock(() => {
      const timeZone = spreadsheetTimeZone(spreadsheet);
      const now = new Date();
      const today = calendarDayIn(now, timeZone);
      writeAsOf(spreadsheet, settings, localMidnight(today));
      const logTable = readReminderLog(spreadsheet, language);
      // Before anything is sent: a log that cannot be written would send it all again tomorrow.
      requireLogColumns(logTable);
      const input = reminderInput({ spreadsheet, settings, today, logTable, timeZone });
      const plan = planReminders(input);
      const result = sendReminders(plan, mailPort(), emailContext(spreadsheet, language));
      writeReminderLog(logTable, placeLogEntries(result.entries, input.log), now, language);
      return { kind: 'completed', result } as const;
    }, RUN_LOCK_MS);
  } catch (error) {
    if (error instanceof LockTimeoutError) {
      return stop(REMINDER_MESSAGES[language].anotherRunInProgress);
    }
    const reason = messageOf(error instanceof UserFacingError ? error.inLanguage(language) : error);
    console.error(`OKR Sheets reminders stopped: ${reason}`);
    return stop(reason);
  }
}

// The trigger runs with no one at the keyboard; Session may still know the creator.
function userLanguageOr(fallback: Language): Language {
  try {
    return userLanguage();
  } catch {
    return fallback;
  }
}

/** The emails a run on `day` would send, without sending or logging anything. */
function previewEmails(day: IsoDay): ReminderEmail[] {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettings(spreadsheet);
  showFailuresIn(settings.language);
  const timeZone = spreadsheetTimeZone(spreadsheet);
  // A preview writes nothing: without a log sheet it reads as an empty log.
  const logTable = findReminderLog(spreadsheet);
  const input = reminderInput({ spreadsheet, settings, today: day, logTable, timeZone });
  // As if the trigger had run every day up to the chosen one.
  const plan = planReminders({
    ...input,
    log: { ...input.log, lastCompletedRun: addDays(day, -1) },
  });
  const context = emailContext(spreadsheet, settings.language);
  return plan.digests.map((digest) => renderReminderEmail(digest, context));
}

function runDailyReminders(_event?: unknown): void {
  runReminderJob();
  recordLiveCheckIns();
}

function setUpReminders(): void {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettings(spreadsheet);
  const installed = installDailyTrigger(spreadsheet, DAILY_HANDLER, settings.reminderHour);
  recordReminderTrigger(installed.ok);
  const messages = REMINDER_MESSAGES[userLanguage()];
  if (!installed.ok) {
    alert(
      messages.remindersNotOnTitle,
      interpolate(messages.triggerNotCreated, { reason: installed.reason }),
    );
    return;
  }
  alert(
    messages.remindersOnTitle,
    interpolate(messages.remindersOn, {
      hour: settings.reminderHour,
      days: settings.reminderDaysBefore,
    }),
  );
}

function turnOffReminders(): void {
  removeTriggers(activeSpreadsheet(), DAILY_HANDLER);
  // Triggers of other editors are invisible here and keep running: name whom to ask.
  const others = recordReminderTrigger(false);
  const messages = REMINDER_MESSAGES[userLanguage()];
  if (others.length) {
    alert(
      messages.remindersStillOnTitle,
      interpolate(messages.remindersStillOn, { people: others.join(', ') }),
    );
    return;
  }
  alert(messages.remindersOffTitle, messages.remindersOff);
}

function sendRemindersNow(): void {
  const outcome = runReminderJob();
  const language = userLanguage();
  const messages = REMINDER_MESSAGES[language];
  const body =
    outcome.kind === 'completed'
      ? interpolate(messages.runSummary, { ...outcome.result.counts })
      : `${messages.logRunStopped}: ${outcome.reason}`;
  alert(messages.sentNowTitle, body);
}

function previewReminders(): void {
  showReminderPreview(REMINDER_MESSAGES[userLanguage()].previewTitle);
}

/** What the preview page shows: the day, its labels, and the emails of that day. */
export interface PreviewResult {
  readonly day: string;
  readonly labels: {
    readonly date: string;
    readonly show: string;
    readonly none: string;
    readonly to: string;
  };
  readonly emails: readonly ReminderEmail[];
}

/**
 * google.script.run cannot carry Dates: the day comes and goes as ISO text; blank or
 * unreadable means today in the spreadsheet's time zone.
 */
function previewRemindersOn(day: unknown): PreviewResult {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheetTimeZone(spreadsheet);
  const chosen =
    (typeof day === 'string' ? toIsoDay(day, timeZone) : null) ??
    calendarDayIn(new Date(), timeZone);
  const messages = REMINDER_MESSAGES[userLanguage()];
  return {
    day: chosen,
    labels: {
      date: messages.previewDate,
      show: messages.previewShow,
      none: messages.previewNone,
      to: messages.previewTo,
    },
    emails: previewEmails(chosen),
  };
}

export const reminderFunctions: readonly PublicFunction[] = [
  definePublicFunction({
    name: DAILY_HANDLER,
    kind: 'installableTrigger',
    summary: 'Daily 1:1 reminders: emails each manager the red key results of their reports.',
    params: [
      { name: 'event', type: 'Object', description: 'The time-driven event.', optional: true },
    ],
    implementation: runDailyReminders,
  }),
  definePublicFunction({
    name: 'setUpReminders',
    kind: 'menuAction',
    summary: 'Turns on the daily 1:1 reminders at the Settings hour.',
    params: [],
    implementation: setUpReminders,
  }),
  definePublicFunction({
    name: 'turnOffReminders',
    kind: 'menuAction',
    summary: 'Turns off the daily 1:1 reminders of this workbook.',
    params: [],
    implementation: turnOffReminders,
  }),
  definePublicFunction({
    name: 'previewReminders',
    kind: 'menuAction',
    summary: 'Shows the reminder emails that would go out on a chosen day, without sending.',
    params: [],
    implementation: previewReminders,
  }),
  definePublicFunction({
    name: 'previewRemindersOn',
    kind: 'clientCall',
    summary: 'The reminder emails a run on the given day would send (nothing is sent).',
    params: [{ name: 'day', type: 'string', description: 'The day, as yyyy-mm-dd.' }],
    returns: '{day: string, emails: Array<{to, subject, body, htmlBody}>}',
    // Only a sheet the preview needs becomes a message; anything else reaches the page as it is.
    implementation: clientCall({}, previewRemindersOn),
  }),
  definePublicFunction({
    name: 'sendRemindersNow',
    kind: 'menuAction',
    summary: "Runs today's 1:1 reminders now (nothing already sent goes out again).",
    params: [],
    implementation: sendRemindersNow,
  }),
];
