// 1:1 reminders: the daily trigger handler and the menu actions around it. Each reads
// the sheets it needs once and lets core decide; a run writes each email's log row right
// after its send and the rest of the Reminder log in one batch at the end.

import { idKey } from '../core/cells';
import { stoppedSources } from '../core/checkIn/live';
import { addDays, type IsoDay, knownTimeZone, localMidnight, toIsoDay } from '../core/dates';
import { interpolate, type Language } from '../core/i18n/language';
import { textsOf, UserFacingError } from '../core/i18n/userFacingError';
import { renderNudgeEmail } from '../core/nudges/email';
import { NUDGE_MESSAGES } from '../core/nudges/messages';
import { type NudgeInput, type NudgePlan, nudgeRecipients, planNudges } from '../core/nudges/plan';
import {
  type EmailContext,
  type ReminderEmail,
  renderReminderEmail,
} from '../core/reminders/email';
import { HEALTH_MESSAGES, problemText, type TriggerProblemKind } from '../core/reminders/health';
import { latestCheckIns, periodDays } from '../core/reminders/keyResults';
import {
  type LogEntry,
  type LogState,
  pairKey,
  placeLogEntries,
  readLogState,
} from '../core/reminders/log';
import { REMINDER_MESSAGES } from '../core/reminders/messages';
import {
  approvableManagers,
  planReminders,
  type ReminderInput,
  type ReminderPlan,
} from '../core/reminders/plan';
import {
  type LogPort,
  messageOf,
  type NudgeRun,
  type RunResult,
  sendReminders,
  stoppedEntry,
} from '../core/reminders/run';
import { inCurrentPeriod } from '../core/workbook/periods';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
} from '../core/workbook/schema';
import { periodCalendar, type Settings } from '../core/workbook/settings';
import { dayIn, minuteIn } from '../services/clock';
import { documentLockAvailable, LockTimeoutError, withDocumentLock } from '../services/lock';
import { mailPort } from '../services/mail';
import { showReminderPreview } from '../services/reminderDialog';
import {
  clearProblemsOf,
  documentOfTrigger,
  problemsOf,
  recordProblem,
  recordRun,
} from '../services/reminderHealth';
import {
  clearNotice,
  clearUnlogged,
  readReminderUserState,
  saveApproved,
  saveNotice,
  saveUnlogged,
  takeNotice,
} from '../services/reminderState';
import { effectiveUserEmail, userLanguage } from '../services/session';
import {
  hasDailyTrigger,
  installDailyTrigger,
  isAuthorized,
  recordReminderTrigger,
  removeTriggers,
} from '../services/triggers';
import { alert, toast } from '../services/ui';
import { liveSource, liveSources } from '../sheets/liveCheckIns';
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
  activeSpreadsheetOrNull,
  cell,
  displayedRecords,
  eachRecord,
  openTables,
  records,
  type Spreadsheet,
  spreadsheetId,
  spreadsheetLink,
  spreadsheetTimeZone,
  type Table,
} from '../sheets/tables';
import { recordLiveCheckIns } from './liveKeyResults';
import { definePublicFunction, type PublicFunction } from './publicFunction';
import { clientCall, showFailuresIn } from './userFacing';

export const DAILY_HANDLER = 'runDailyReminders';
/** The daily trigger of Record live KRs daily: the live key results' check-ins alone. */
const LIVE_HANDLER = 'runDailyLiveKeyResults';
// Long enough to wait out a check-in or a run fired a moment earlier in the same hour.
const RUN_LOCK_MS = 30_000;

const DISPLAYED_KEY_RESULT_CELLS = ['current', 'target'] as const;

const REMINDER_TABLE_TEXTS = { missingSheet: textsOf(REMINDER_MESSAGES, 'sheetMissing') };

interface ReminderInputSources {
  readonly spreadsheet: Spreadsheet;
  readonly settings: Settings;
  readonly today: IsoDay;
  readonly logTable: Table | null;
  readonly timeZone: string;
  readonly approved: ReadonlySet<string> | null;
}

/** What a run (or a preview) plans from: the 1:1 digests' input and the nudges' input. */
interface RunInput {
  readonly reminders: ReminderInput;
  readonly nudges: NudgeInput;
}

function reminderInput({
  spreadsheet,
  settings,
  today,
  logTable,
  timeZone,
  approved,
}: ReminderInputSources): RunInput {
  const tables = openTables(spreadsheet, REMINDER_TABLE_TEXTS);
  const people = tables.required(PEOPLE_SHEET);
  const keyResults = tables.required(KEY_RESULTS_SHEET);
  const objectives = tables.optional(OBJECTIVES_SHEET);
  const checkIns = tables.optional(CHECK_INS_SHEET);
  const calendar = periodCalendar(settings, knownTimeZone(timeZone));
  // Live key results (Current is a formula) are checked in automatically: never nudged;
  // a closed period's source is nobody's concern any more.
  const liveRows = new Set(
    keyResults.rows
      .filter(
        (row) =>
          inCurrentPeriod(cell(keyResults, row, 'period'), settings.period) &&
          liveSource(keyResults, row.rowNumber),
      )
      .map((row) => row.rowNumber),
  );
  // Only the current period's key results (a closed one's grade is History's).
  const shownKeyResults = displayedRecords(keyResults, DISPLAYED_KEY_RESULT_CELLS).filter(
    (keyResult) => inCurrentPeriod(keyResult.period, settings.period),
  );
  const reminders: ReminderInput = {
    today,
    reminderDaysBefore: settings.reminderDaysBefore,
    status: {
      asOf: today,
      // The period as calendar days of the spreadsheet, with its holidays: the one rule
      // of expected progress (core/keyResults/expected.ts).
      ...periodDays(calendar),
      greenAt: settings.greenAt,
      yellowAt: settings.yellowAt,
      timeZone,
    },
    people: records(people),
    // What the cells show, for the emails' values (one more read of this sheet).
    keyResults: shownKeyResults,
    objectives: records(objectives),
    latestCheckIns: latestCheckIns(eachRecord(checkIns), timeZone),
    log: readLogState(records(logTable), timeZone),
    approved,
    messages: REMINDER_MESSAGES[settings.language],
    stoppedSources: stoppedLiveSources(
      keyResults,
      liveRows,
      checkIns,
      localMidnight(today),
      settings,
    ),
    liveStaleDays: settings.liveStaleDays,
    // Nudges turned off escalate nothing more.
    nudgeGraceDays: settings.nudgeFrequency === 'off' ? undefined : settings.nudgeGraceDays,
  };
  const nudges: NudgeInput = {
    today,
    schedule: {
      frequency: settings.nudgeFrequency,
      weekday: settings.nudgeWeekday,
      anchor: calendar.start,
    },
    afterDays: settings.nudgeAfterDays,
    periodStart: calendar.start,
    people: reminders.people,
    keyResults: shownKeyResults.filter((row) => !liveRows.has(row.rowNumber)),
    objectives: reminders.objectives,
    latestCheckIns: reminders.latestCheckIns,
    log: reminders.log,
    approved,
    waitingText: NUDGE_MESSAGES[settings.language].waitingDetail,
    timeZone,
  };
  return { reminders, nudges };
}

function nudgeContext(settings: Settings): NudgeRun['context'] {
  return {
    frequency: settings.nudgeFrequency,
    weekday: settings.nudgeWeekday,
    afterDays: settings.nudgeAfterDays,
  };
}

/** Live key results whose source stopped updating, by ID key (one formulas read of Key Results). */
function stoppedLiveSources(
  keyResults: Table,
  liveRows: ReadonlySet<number>,
  checkIns: Table | null,
  asOf: Date,
  settings: Settings,
): Map<string, string | null> {
  const live = keyResults.rows.flatMap((row) =>
    liveRows.has(row.rowNumber)
      ? [{ id: String(cell(keyResults, row, 'id')), value: cell(keyResults, row, 'current') }]
      : [],
  );
  if (live.length === 0) return new Map();
  const stopped = stoppedSources(live, eachRecord(checkIns), asOf, settings.liveStaleDays);
  return new Map(stopped.map(({ id, error }) => [idKey(id), error]));
}

/** The log as the sheet says, plus sends only the ledger of unlogged sends knows about. */
function withUnlogged(log: LogState, unlogged: readonly LogEntry[]): LogState {
  if (unlogged.length === 0) return log;
  const pairs = new Map(log.pairs);
  const nudges = new Map(log.nudges);
  for (const entry of unlogged) {
    if (!entry.oneOnOneDate) continue;
    if (entry.kind === 'nudge') {
      const key = pairKey(entry.manager, entry.oneOnOneDate);
      nudges.set(key, {
        owner: entry.manager,
        day: entry.oneOnOneDate,
        outcome: 'sent',
        keyResultIds: entry.keyResultIds,
        rowNumber: nudges.get(key)?.rowNumber ?? 0,
      });
      continue;
    }
    const key = pairKey(entry.manager, entry.oneOnOneDate);
    const earlier = pairs.get(key);
    pairs.set(key, {
      manager: entry.manager,
      date: entry.oneOnOneDate,
      outcome: 'sent',
      rowNumber: earlier?.rowNumber ?? 0,
    });
  }
  return { ...log, pairs, nudges };
}

/** What the person who set up the reminders is told on their next open, or ''. */
function noticeOf(plan: ReminderPlan, nudges: NudgePlan, language: Language): string {
  const messages = REMINDER_MESSAGES[language];
  const parts: string[] = [];
  if (plan.cannotJudge) parts.push(plan.cannotJudge);
  const waitingOwners = nudges.waiting.filter((email) => !plan.waiting.includes(email));
  for (const [waiting, text] of [
    [plan.waiting, messages.waitingCount],
    [waitingOwners, NUDGE_MESSAGES[language].waitingOwners],
  ] as const) {
    if (waiting.length) {
      parts.push(
        `${interpolate(text, { count: waiting.length })} (${waiting.slice(0, 5).join(', ')}${waiting.length > 5 ? ', …' : ''}): ${messages.approveHint}`,
      );
    }
  }
  return parts.join('. ');
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
  const startedMs = Date.now();
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
      const today = dayIn(now, timeZone);
      writeAsOf(spreadsheet, settings, localMidnight(today));
      const logTable = readReminderLog(spreadsheet, language);
      // Before anything is sent: a log that cannot be written would send it all again tomorrow.
      requireLogColumns(logTable);
      const id = spreadsheetId(spreadsheet);
      const state = readReminderUserState(id);
      const sources = { spreadsheet, settings, today, logTable, timeZone };
      const read = reminderInput({ ...sources, approved: state.approved });
      const log0 = withUnlogged(read.reminders.log, state.unlogged);
      const input = { ...read.reminders, log: log0 };
      const plan = planReminders(input);
      const nudgePlan = planNudges({ ...read.nudges, log: log0 });
      const log: LogPort = {
        record: (entries) =>
          writeReminderLog(logTable, placeLogEntries(entries, input.log), new Date(), language),
        rememberSent: (entries) => saveUnlogged(id, [...state.unlogged, ...entries]),
        elapsedMs: () => Date.now() - startedMs,
      };
      const context = { ...emailContext(spreadsheet, language), owner: effectiveUserEmail() };
      const result = sendReminders(plan, mailPort(), context, log, {
        plan: nudgePlan,
        context: nudgeContext(settings),
      });
      // Last, and only once every email's row is in: the run row says the run completed.
      writeReminderLog(
        logTable,
        placeLogEntries([...state.unlogged, ...result.unrecorded], input.log),
        now,
        language,
      );
      if (state.unlogged.length) clearUnlogged(id);
      const notice = noticeOf(plan, nudgePlan, language);
      if (notice) saveNotice(id, notice);
      else if (state.notice) clearNotice(id);
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
  // Every address is shown, approved or not: a preview sends nothing.
  const input = reminderInput({
    spreadsheet,
    settings,
    today: day,
    logTable,
    timeZone,
    approved: null,
  });
  // As if the trigger had run every day up to the chosen one.
  const log = { ...input.reminders.log, lastCompletedRun: addDays(day, -1) };
  const plan = planReminders({ ...input.reminders, log });
  const nudges = planNudges({ ...input.nudges, log });
  const context = emailContext(spreadsheet, settings.language);
  const nudgeEmailContext = { ...context, ...nudgeContext(settings) };
  return [
    ...plan.digests.map((digest) => renderReminderEmail(digest, context)),
    ...nudges.nudges.map((nudge) => renderNudgeEmail(nudge, nudgeEmailContext)),
  ];
}

/**
 * On open, the person who set up the reminders sees what the last run could not do (a
 * toast, in the workbook language). Never fails the open.
 */
export function showReminderNotice(language: Language): void {
  try {
    const spreadsheet = activeSpreadsheet();
    const notice = takeNotice(spreadsheetId(spreadsheet));
    if (notice) toast(spreadsheet, REMINDER_MESSAGES[language].noticeTitle, notice);
  } catch (error) {
    console.warn('OKR Sheets: the reminder notice could not be shown', error);
  }
}

/**
 * The daily trigger. Apps Script does not document that an add-on's time-driven trigger
 * gets the spreadsheet (getActive) or its document lock; where it gets neither, nothing
 * could be sent or logged, so the creator's user properties keep what happened for the
 * workbook's next open (a toast and a Reminder log line, see reportTriggerProblems), and
 * the setup check shows it. Every run that reached its workbook records its outcome.
 */
function runDailyReminders(event?: { triggerUid?: unknown }): void {
  const missing = missingDocument();
  if (missing) {
    const documentId =
      missing.documentId ||
      (typeof event?.triggerUid === 'string' ? documentOfTrigger(event.triggerUid) : '');
    console.error(`OKR Sheets reminders: the trigger ran with ${missing.kind}; nothing was sent`);
    recordProblem({ documentId, kind: missing.kind, at: minuteIn(new Date(), '') });
    return;
  }
  const outcome = runReminderJob();
  // Live key results get their automatic check-in, on the same daily trigger.
  recordLiveCheckIns();
  try {
    recordRun(
      minuteIn(new Date(), spreadsheetTimeZone(activeSpreadsheet())),
      outcome.kind === 'completed' ? { counts: { ...outcome.result.counts } } : outcome,
    );
  } catch (error) {
    // The Reminder log already says how the run ended.
    console.error('OKR Sheets reminders: the run could not be recorded', error);
  }
}

/** What a trigger run lacks to reach its workbook, if anything. */
function missingDocument(): { kind: TriggerProblemKind; documentId: string } | null {
  try {
    const spreadsheet = activeSpreadsheetOrNull();
    if (!spreadsheet) return { kind: 'noSpreadsheet', documentId: '' };
    if (!documentLockAvailable()) return { kind: 'noLock', documentId: spreadsheetId(spreadsheet) };
    return null;
  } catch {
    // Revoked authorization, say: the job's own checks say so in the Reminder log.
    return null;
  }
}

/**
 * Tells the person who opens the workbook about trigger runs that could not reach it:
 * a toast, and a line each in the Reminder log under the document lock. Told once: the
 * record is cleared only once the log has the lines.
 */
export function reportTriggerProblems(spreadsheet: Spreadsheet, language: Language): void {
  const documentId = spreadsheetId(spreadsheet);
  const problems = problemsOf(documentId);
  if (problems.length === 0) return;
  const texts = problems.map((problem) => problemText(problem, language));
  toast(spreadsheet, HEALTH_MESSAGES[language].problemTitle, texts[texts.length - 1]!);
  withDocumentLock(() => {
    for (const text of texts) {
      appendReminderLogRow(spreadsheet, stoppedEntry(text), new Date(), language);
    }
  }, 5_000);
  clearProblemsOf(documentId);
}

/**
 * Turns the reminders on, and approves the managers People names now: the reminders go
 * out from this person's account, so only addresses they saw here are ever mailed.
 */
function setUpReminders(): void {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettings(spreadsheet);
  const people = openTables(spreadsheet, REMINDER_TABLE_TEXTS).optional(PEOPLE_SHEET);
  // The owners too: each gets their check-in nudges from this account.
  const managers = [
    ...new Set([...approvableManagers(records(people)), ...nudgeRecipients(records(people))]),
  ];
  removeTriggers(spreadsheet, LIVE_HANDLER);
  const installed = installDailyTrigger(spreadsheet, DAILY_HANDLER, settings.reminderHour);
  recordReminderTrigger(installed.ok);
  const messages = REMINDER_MESSAGES[userLanguage()];
  if (installed.ok) saveApproved(spreadsheetId(spreadsheet), managers);
  if (!installed.ok) {
    alert(
      messages.remindersNotOnTitle,
      interpolate(messages.triggerNotCreated, { reason: installed.reason }),
    );
    return;
  }
  alert(
    messages.remindersOnTitle,
    `${interpolate(messages.remindersOn, {
      hour: settings.reminderHour,
      days: settings.reminderDaysBefore,
    })}\n\n${nudgesLine(settings, userLanguage())}\n\n${interpolate(messages.approvedList, { list: managers.join(', ') || '—' })}`,
  );
}

/** The set-up confirmation's line about the check-in nudges (on by default). */
function nudgesLine(settings: Settings, language: Language): string {
  const messages = NUDGE_MESSAGES[language];
  if (settings.nudgeFrequency === 'off') return messages.nudgesOff;
  return interpolate(messages.nudgesOn, {
    frequency: settings.nudgeFrequency === 'biweekly' ? messages.biweekly : messages.weekly,
    weekday: REMINDER_MESSAGES[language].weekdays[settings.nudgeWeekday] ?? '',
    days: settings.nudgeAfterDays,
  });
}

function turnOffReminders(): void {
  const spreadsheet = activeSpreadsheet();
  removeTriggers(spreadsheet, DAILY_HANDLER);
  removeTriggers(spreadsheet, LIVE_HANDLER);
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

/**
 * The daily trigger without the reminders, for the live key results' automatic check-ins.
 * An add-on holds one time trigger per person and document: this one replaces nothing but
 * itself, and Set up 1:1 reminders replaces it (their run records the live KRs too).
 * Where this person's reminders are on, their run already does it: nothing changes.
 */
function recordLiveKeyResultsDaily(): void {
  const spreadsheet = activeSpreadsheet();
  const settings = readSettings(spreadsheet);
  const messages = REMINDER_MESSAGES[userLanguage()];
  if (hasDailyTrigger(spreadsheet, DAILY_HANDLER)) {
    alert(messages.liveDailyTitle, messages.liveDailyWithReminders);
    return;
  }
  const keyResults = openTables(spreadsheet, REMINDER_TABLE_TEXTS).optional(KEY_RESULTS_SHEET);
  const count = keyResults ? liveSources(keyResults).size : 0;
  const installed = installDailyTrigger(spreadsheet, LIVE_HANDLER, settings.reminderHour);
  if (!installed.ok) {
    alert(
      messages.liveDailyTitle,
      interpolate(messages.triggerNotCreated, { reason: installed.reason }),
    );
    return;
  }
  alert(
    messages.liveDailyTitle,
    interpolate(messages.liveDailyOn, { hour: settings.reminderHour, count }),
  );
}

function sendRemindersNow(): void {
  const outcome = runReminderJob();
  const language = userLanguage();
  const messages = REMINDER_MESSAGES[language];
  const body =
    outcome.kind === 'completed'
      ? interpolate(messages.runSummary, { ...outcome.result.counts }) +
        (outcome.result.nudgesSent
          ? `; ${interpolate(NUDGE_MESSAGES[language].runNudges, { count: outcome.result.nudgesSent })}`
          : '')
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
    (typeof day === 'string' ? toIsoDay(day, timeZone) : null) ?? dayIn(new Date(), timeZone);
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
    name: LIVE_HANDLER,
    kind: 'installableTrigger',
    summary: 'Daily automatic check-ins of the live key results, without reminders.',
    params: [
      { name: 'event', type: 'Object', description: 'The time-driven event.', optional: true },
    ],
    // A failure is logged, never thrown (recordLiveCheckIns).
    implementation: () => {
      recordLiveCheckIns();
    },
  }),
  definePublicFunction({
    name: 'recordLiveKeyResultsDaily',
    kind: 'menuAction',
    summary: 'Records the live key results every day without sending reminders.',
    params: [],
    implementation: recordLiveKeyResultsDaily,
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
