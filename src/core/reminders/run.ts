import { type DeliveryPorts, deliver, messageOf } from '../delivery';
import { interpolate, type Language } from '../i18n/language';
import { type NudgeEmailContext, renderNudgeEmail } from '../nudges/email';
import { NUDGE_MESSAGES } from '../nudges/messages';
import { type NudgePlan, nudgeEntry, type OwnerNudge } from '../nudges/plan';
import { type EmailContext, type ReminderEmail, renderReminderEmail } from './email';
import type { LogEntry } from './log';
import { REMINDER_MESSAGES } from './messages';
import { keyResultIdsOf, type ManagerDigest, type ReminderPlan } from './plan';

export { messageOf };

/** The effects a run needs, passed in so the decisions stay testable without Google. */
export interface MailPort {
  /** Recipients still allowed today (MailApp.getRemainingDailyQuota). */
  remainingQuota(): number;
  send(email: ReminderEmail): void;
}

/** Where a run writes each email's outcome, right after its send. */
export interface LogPort {
  /** Writes these rows of the Reminder log now; throws when it could not. */
  record(entries: readonly LogEntry[]): void;
  /** The log write after a send failed: keep these rows where the next run finds them. */
  rememberSent(entries: readonly LogEntry[]): void;
  /** Milliseconds since the run started. */
  elapsedMs(): number;
}

interface RunCounts {
  sent: number;
  deferred: number;
  failed: number;
  quiet: number;
}

export interface RunResult {
  /** Every outcome of the run in order: quiet ones, each email's, deferred ones, the run row. */
  readonly entries: readonly LogEntry[];
  /** What is left to write when the sends are over: all but the emails' own rows. */
  readonly unrecorded: readonly LogEntry[];
  readonly counts: RunCounts;
  /** Check-in nudges sent by the run. */
  readonly nudgesSent: number;
}

/** The nudges of a run, and what their emails say about the schedule. */
export interface NudgeRun {
  readonly plan: NudgePlan;
  readonly context: Omit<NudgeEmailContext, keyof EmailContext>;
}

function entriesFor(
  digest: ManagerDigest,
  outcome: LogEntry['outcome'],
  detail: string,
): LogEntry[] {
  return digest.oneOnOnes.map((section) => ({
    manager: digest.managerEmail,
    oneOnOneDate: section.date,
    keyResultIds: keyResultIdsOf(section),
    outcome,
    detail,
  }));
}

/** A log that only remembers, for previews and tests. */
export const MEMORY_LOG: LogPort = { record() {}, rememberSent() {}, elapsedMs: () => 0 };

/**
 * The check-in nudges through the same send loop, after the 1:1 digests (those prepare a
 * meeting, so they come first in the day's quota): each nudge's row right after its send.
 */
function sendNudges(
  nudges: NudgeRun,
  mail: MailPort,
  context: EmailContext,
  log: LogPort,
  entries: LogEntry[],
): { sent: number; unrecorded: LogEntry[] } {
  const messages = REMINDER_MESSAGES[context.language];
  const nudgeContext = { ...context, ...nudges.context };
  const ports: DeliveryPorts<OwnerNudge> = {
    remainingQuota: () => mail.remainingQuota(),
    send: (nudge) => mail.send(renderNudgeEmail(nudge, nudgeContext)),
    record(nudge, outcome, detail) {
      const row = nudgeEntry(nudge, outcome, detail);
      entries.push(row);
      log.record([row]);
    },
    rememberSent: (nudge) => log.rememberSent([nudgeEntry(nudge, 'sent', '')]),
    elapsedMs: () => log.elapsedMs(),
  };
  const result = deliver(nudges.plan.nudges, ports);
  const deferred = [
    ...result.overQuota.map((nudge) => nudgeEntry(nudge, 'deferred', messages.deferredQuota)),
    ...result.overTime.map((nudge) => nudgeEntry(nudge, 'deferred', messages.deferredTime)),
  ];
  entries.push(...nudges.plan.quiet, ...deferred);
  return { sent: result.sent.length, unrecorded: [...nudges.plan.quiet, ...deferred] };
}

/**
 * Sends the planned emails through the shared send loop (core/delivery.ts): nearest 1:1
 * first, each email's rows written right after its send, as many as the daily quota and
 * the time budget allow; the rest is deferred to the next run. An error for one manager
 * is recorded and the others still go out. Then the check-in nudges, the same way. Ends
 * with a run row that says what happened.
 */
export function sendReminders(
  plan: ReminderPlan,
  mail: MailPort,
  context: EmailContext,
  log: LogPort = MEMORY_LOG,
  nudges?: NudgeRun,
): RunResult {
  const messages = REMINDER_MESSAGES[context.language];
  const entries: LogEntry[] = [...plan.quiet];
  const ports: DeliveryPorts<ManagerDigest> = {
    remainingQuota: () => mail.remainingQuota(),
    send: (digest) => mail.send(renderReminderEmail(digest, context)),
    record(digest, outcome, detail) {
      const rows = entriesFor(digest, outcome, detail);
      entries.push(...rows);
      log.record(rows);
    },
    rememberSent: (digest) => log.rememberSent(entriesFor(digest, 'sent', '')),
    elapsedMs: () => log.elapsedMs(),
  };
  const result = deliver(plan.digests, ports);
  const deferred = [
    ...result.overQuota.flatMap((digest) => entriesFor(digest, 'deferred', messages.deferredQuota)),
    ...result.overTime.flatMap((digest) => entriesFor(digest, 'deferred', messages.deferredTime)),
  ];
  const quietOf = (outcome: LogEntry['outcome']) =>
    plan.quiet.filter((entry) => entry.outcome === outcome).length;
  const counts: RunCounts = {
    sent: result.sent.length,
    deferred: result.overQuota.length + result.overTime.length + quietOf('deferred'),
    failed: result.failed,
    quiet: quietOf('nothingRed') + quietOf('invalidEmail'),
  };
  entries.push(...deferred);
  const nudged = nudges
    ? sendNudges(nudges, mail, context, log, entries)
    : { sent: 0, unrecorded: [] };
  const run = runEntry(plan, counts, context.language, nudged.sent);
  entries.push(run);
  return {
    entries,
    unrecorded: [...plan.quiet, ...deferred, ...nudged.unrecorded, run],
    counts,
    nudgesSent: nudged.sent,
  };
}

function runEntry(
  plan: ReminderPlan,
  counts: RunCounts,
  language: Language,
  nudgesSent: number,
): LogEntry {
  const messages = REMINDER_MESSAGES[language];
  let detail = interpolate(messages.runSummary, { ...counts });
  if (nudgesSent) {
    detail += `; ${interpolate(NUDGE_MESSAGES[language].runNudges, { count: nudgesSent })}`;
  }
  if (plan.waiting.length) {
    detail += `; ${interpolate(messages.waitingCount, { count: plan.waiting.length })}`;
  }
  if (plan.cannotJudge) detail += `; ${plan.cannotJudge}`;
  if (plan.unreadableScheduleRows.length) {
    detail += `; ${interpolate(messages.unreadableSchedules, { rows: plan.unreadableScheduleRows.join(', ') })}`;
  }
  return { manager: '', oneOnOneDate: null, keyResultIds: [], outcome: 'runCompleted', detail };
}

/** The run row of a run that could not complete (authorization, lock, an unreadable workbook). */
export function stoppedEntry(reason: string): LogEntry {
  return {
    manager: '',
    oneOnOneDate: null,
    keyResultIds: [],
    outcome: 'runStopped',
    detail: reason,
  };
}
