import { interpolate, type Language } from '../i18n/language';
import { type EmailContext, type ReminderEmail, renderReminderEmail } from './email';
import type { LogEntry } from './log';
import { REMINDER_MESSAGES } from './messages';
import { keyResultIdsOf, type ManagerDigest, type ReminderPlan } from './plan';

/** The effects a run needs, passed in so the decisions stay testable without Google. */
export interface MailPort {
  /** Recipients still allowed today (MailApp.getRemainingDailyQuota). */
  remainingQuota(): number;
  send(email: ReminderEmail): void;
}

interface RunCounts {
  sent: number;
  deferred: number;
  failed: number;
  quiet: number;
}

export interface RunResult {
  /** Log rows: one per (manager, 1:1 date) handled, then one for the run itself. */
  readonly entries: readonly LogEntry[];
  readonly counts: RunCounts;
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

/** The message of anything thrown, including errors made in another realm (services). */
export function messageOf(error: unknown): string {
  const text =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}

/**
 * Sends the planned emails: as many as the daily quota allows, the rest deferred to
 * the next run; an error for one manager is recorded and the others still go out. A
 * send that fails with no quota left is a quota stop, not an error of that manager.
 * Always ends with a run row that says what happened.
 */
export function sendReminders(
  plan: ReminderPlan,
  mail: MailPort,
  context: EmailContext,
): RunResult {
  const entries: LogEntry[] = [...plan.quiet];
  const counts: RunCounts = { sent: 0, deferred: 0, failed: 0, quiet: plan.quiet.length };
  let quota = plan.digests.length ? safeQuota(mail) : 0;
  for (const digest of plan.digests) {
    if (quota < 1) {
      entries.push(...entriesFor(digest, 'deferred', ''));
      counts.deferred++;
      continue;
    }
    try {
      const email = renderReminderEmail(digest, context);
      mail.send(email);
      quota--;
      counts.sent++;
      entries.push(...entriesFor(digest, 'sent', ''));
    } catch (error) {
      quota = safeQuota(mail);
      if (quota < 1) {
        entries.push(...entriesFor(digest, 'deferred', ''));
        counts.deferred++;
      } else {
        entries.push(...entriesFor(digest, 'failed', messageOf(error)));
        counts.failed++;
      }
    }
  }
  entries.push(runEntry(plan, counts, context.language));
  return { entries, counts };
}

function safeQuota(mail: MailPort): number {
  try {
    return mail.remainingQuota();
  } catch {
    return 0;
  }
}

function runEntry(plan: ReminderPlan, counts: RunCounts, language: Language): LogEntry {
  const messages = REMINDER_MESSAGES[language];
  let detail = interpolate(messages.runSummary, { ...counts });
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
