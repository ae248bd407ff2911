import type { SheetRecord } from '../cells';
import { inertText } from '../checkIn/inertText';
import { type IsoDay, toIsoDay } from '../dates';
import type { Language } from '../i18n/language';
import { LANGUAGES } from '../i18n/language';
import { NUDGE_MESSAGES, type NudgeMessages } from '../nudges/messages';
import { foldText, isBlank } from '../text';
import { REMINDER_MESSAGES, type ReminderMessages } from './messages';

/**
 * What happened to one (manager, 1:1 date) reminder, or to a whole run. `sent`,
 * `nothingRed` and `invalidEmail` are final: that reminder is never tried again.
 * `deferred`, `failed` and `waiting` (an address not approved yet) are retried by the
 * next run while the 1:1 is still ahead.
 */
type ReminderOutcome =
  | 'sent'
  | 'deferred'
  | 'waiting'
  | 'failed'
  | 'nothingRed'
  | 'invalidEmail'
  | 'runCompleted'
  | 'runStopped';

const FINAL: ReadonlySet<ReminderOutcome> = new Set(['sent', 'nothingRed', 'invalidEmail']);

export function isFinal(outcome: ReminderOutcome): boolean {
  return FINAL.has(outcome);
}

const LABEL_KEYS: Readonly<Record<ReminderOutcome, keyof ReminderMessages>> = {
  sent: 'logSent',
  deferred: 'logDeferred',
  waiting: 'logWaiting',
  failed: 'logFailed',
  nothingRed: 'logNothingRed',
  invalidEmail: 'logInvalidEmail',
  runCompleted: 'logRunCompleted',
  runStopped: 'logRunStopped',
};

/** The outcomes a check-in nudge's row can have, and their labels (core/nudges). */
type NudgeOutcome = 'sent' | 'deferred' | 'failed' | 'waiting';

const NUDGE_LABEL_KEYS: Readonly<Record<NudgeOutcome, keyof NudgeMessages>> = {
  sent: 'logSent',
  deferred: 'logDeferred',
  failed: 'logFailed',
  waiting: 'logWaiting',
};

function outcomeLabel(outcome: ReminderOutcome, language: Language, nudge = false): string {
  return nudge
    ? NUDGE_MESSAGES[language][NUDGE_LABEL_KEYS[outcome as NudgeOutcome] ?? 'logFailed']
    : (REMINDER_MESSAGES[language][LABEL_KEYS[outcome]] as string);
}

let outcomeByLabel: Map<string, { outcome: ReminderOutcome; nudge: boolean }> | undefined;

/**
 * Reads a Result cell back (`Sent: …`, `Aplazado (…): …`, `Nudge sent`) in either
 * language, so a workbook whose language changed still knows what it already sent.
 */
export function parseLogResult(
  result: unknown,
): { readonly outcome: ReminderOutcome; readonly nudge: boolean } | null {
  if (!outcomeByLabel) {
    outcomeByLabel = new Map();
    for (const language of LANGUAGES) {
      for (const outcome of Object.keys(LABEL_KEYS) as ReminderOutcome[]) {
        outcomeByLabel.set(foldText(outcomeLabel(outcome, language)), { outcome, nudge: false });
      }
      for (const outcome of Object.keys(NUDGE_LABEL_KEYS) as NudgeOutcome[]) {
        outcomeByLabel.set(foldText(outcomeLabel(outcome, language, true)), {
          outcome,
          nudge: true,
        });
      }
    }
    // Logs written before the reason moved to the detail.
    outcomeByLabel.set(foldText('Deferred (daily email quota)'), {
      outcome: 'deferred',
      nudge: false,
    });
    outcomeByLabel.set(foldText('Aplazado (cuota diaria de correo)'), {
      outcome: 'deferred',
      nudge: false,
    });
  }
  const head = String(result ?? '').split(':')[0];
  return outcomeByLabel.get(foldText(head)) ?? null;
}

export function parseOutcome(result: unknown): ReminderOutcome | null {
  return parseLogResult(result)?.outcome ?? null;
}

/** One row of the Reminder log as the run writes it. */
export interface LogEntry {
  /** Folded manager email ('' for a run row). */
  readonly manager: string;
  readonly oneOnOneDate: IsoDay | null;
  readonly keyResultIds: readonly string[];
  readonly outcome: ReminderOutcome;
  readonly detail: string;
  /**
   * A check-in nudge to a key-result owner (core/nudges): `manager` holds the owner's
   * address, `oneOnOneDate` the nudge day, `keyResultIds` the KRs it listed.
   */
  readonly kind?: 'nudge';
}

/** One check-in nudge as the log has it: its owner, its day, what it listed and how it went. */
export interface NudgeLogRow {
  readonly owner: string;
  readonly day: IsoDay;
  readonly outcome: ReminderOutcome;
  readonly keyResultIds: readonly string[];
  readonly rowNumber: number;
}

export function pairKey(manager: string, oneOnOneDate: IsoDay): string {
  return `${foldText(manager)}|${oneOnOneDate}`;
}

/** What the Reminder log says so far. */
export interface LogState {
  /** Latest outcome and sheet row of each (manager, 1:1 date). */
  readonly pairs: ReadonlyMap<
    string,
    {
      readonly manager: string;
      readonly date: IsoDay;
      readonly outcome: ReminderOutcome;
      readonly rowNumber: number;
    }
  >;
  /** Day of the last run that completed (not one that stopped), or null. */
  readonly lastCompletedRun: IsoDay | null;
  /** Day of the first run that stopped, for a log without a completed run yet. */
  readonly firstStoppedRun?: IsoDay | null;
  /** Latest row of each check-in nudge, by pairKey(owner, nudge day). */
  readonly nudges?: ReadonlyMap<string, NudgeLogRow>;
}

/** Reads the log rows (each with its 1-based sheet row as `rowNumber`). */
export function readLogState(
  rows: Iterable<SheetRecord & { readonly rowNumber: number }>,
  timeZone: string,
): LogState {
  const pairs = new Map<
    string,
    { manager: string; date: IsoDay; outcome: ReminderOutcome; rowNumber: number }
  >();
  let lastCompletedRun: IsoDay | null = null;
  let firstStoppedRun: IsoDay | null = null;
  const nudges = new Map<string, NudgeLogRow>();
  for (const row of rows) {
    const parsed = parseLogResult(row.result);
    if (!parsed) continue;
    const { outcome } = parsed;
    if (outcome === 'runStopped') {
      const day = toIsoDay(row.sentAt, timeZone);
      if (day && (!firstStoppedRun || day < firstStoppedRun)) firstStoppedRun = day;
      continue;
    }
    if (outcome === 'runCompleted') {
      const day = toIsoDay(row.sentAt, timeZone);
      if (day && (!lastCompletedRun || day > lastCompletedRun)) lastCompletedRun = day;
      continue;
    }
    if (isBlank(row.manager)) continue;
    const date = toIsoDay(row.oneOnOneDate, timeZone);
    if (!date) continue;
    const manager = foldText(stripTextPrefix(row.manager));
    if (parsed.nudge) {
      const keyResultIds = stripTextPrefix(row.keyResultIds)
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      nudges.set(pairKey(manager, date), {
        owner: manager,
        day: date,
        outcome,
        keyResultIds,
        rowNumber: row.rowNumber,
      });
      continue;
    }
    pairs.set(pairKey(manager, date), { manager, date, outcome, rowNumber: row.rowNumber });
  }
  return { pairs, lastCompletedRun, firstStoppedRun, nudges };
}

function stripTextPrefix(value: unknown): string {
  const text = String(value ?? '');
  return text.startsWith("'") ? text.slice(1) : text;
}

/**
 * Text made safe to write into a cell: it stays exactly that text, never a formula
 * (`=`, `+`, `-`, `@`, a leading tab or line break), a number or a date.
 */
export function asCellText(text: string): string {
  return inertText(text);
}

/** The cells of one log row, by Reminder log column key. */
export function logRowCells(
  entry: LogEntry,
  sentAt: Date,
  language: Language,
): Readonly<Record<string, unknown>> {
  const label = outcomeLabel(entry.outcome, language, entry.kind === 'nudge');
  return {
    sentAt,
    manager: asCellText(entry.manager),
    oneOnOneDate: entry.oneOnOneDate ?? '',
    keyResultIds: asCellText(entry.keyResultIds.join(', ')),
    result: asCellText(entry.detail ? `${label}: ${entry.detail}` : label),
  };
}

/** Where each entry goes: over the earlier row of the same reminder, or appended. */
export interface LogWrite {
  readonly updates: readonly { readonly rowNumber: number; readonly entry: LogEntry }[];
  readonly appends: readonly LogEntry[];
}

/**
 * Keeps one row per (manager, 1:1 date), and one per (owner, nudge day): a retried
 * reminder or nudge overwrites its own row.
 */
export function placeLogEntries(entries: readonly LogEntry[], state: LogState): LogWrite {
  const updates: { rowNumber: number; entry: LogEntry }[] = [];
  const appends: LogEntry[] = [];
  for (const entry of entries) {
    const rows = entry.kind === 'nudge' ? state.nudges : state.pairs;
    const earlier =
      entry.manager && entry.oneOnOneDate
        ? rows?.get(pairKey(entry.manager, entry.oneOnOneDate))
        : undefined;
    // Row 0: known only from the ledger of unlogged sends (server/reminders.ts), not in the sheet.
    if (earlier && earlier.rowNumber > 0) updates.push({ rowNumber: earlier.rowNumber, entry });
    else appends.push(entry);
  }
  return { updates, appends };
}
