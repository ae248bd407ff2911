// Whether the daily reminders are alive, in plain values: what a trigger that could not
// run records (no active spreadsheet, no document lock), the last run and its outcome,
// and how each reads for a person. The properties that hold them are services/reminderHealth.ts.
import { interpolate, type Language, type Translations } from '../i18n/language';
import { REMINDER_MESSAGES } from './messages';

/** Why a fired trigger did nothing: Apps Script gave it no document, or no document lock. */
export type TriggerProblemKind = 'noSpreadsheet' | 'noLock';

/** A trigger run that could not reach its workbook, kept for the workbook's next open. */
export interface TriggerProblem {
  readonly documentId: string;
  readonly kind: TriggerProblemKind;
  /** When it fired, as "yyyy-MM-dd HH:mm" on the spreadsheet's (or script's) clock. */
  readonly at: string;
}

/** The last run of the daily trigger in a workbook, and the last one that completed. */
export interface RunRecord {
  readonly lastRun: {
    readonly at: string;
    readonly ok: boolean;
    /** Why it stopped (in the workbook language), or '' when it completed. */
    readonly detail: string;
    /** What a completed run did. */
    readonly counts?: Readonly<Record<string, number>>;
  } | null;
  readonly lastSuccess: string | null;
}

// Properties hold at most 9 KB a value: the newest problems are kept, a few per workbook.
const MAX_PROBLEMS = 20;

function parsed(text: string | null | undefined): unknown {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';

export function readProblems(text: string | null | undefined): TriggerProblem[] {
  const list = parsed(text);
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is TriggerProblem =>
      typeof item === 'object' &&
      item !== null &&
      isText(item.documentId) &&
      (item.kind === 'noSpreadsheet' || item.kind === 'noLock') &&
      isText(item.at),
  );
}

export function withProblem(text: string | null | undefined, problem: TriggerProblem): string {
  return JSON.stringify([...readProblems(text), problem].slice(-MAX_PROBLEMS));
}

export function readRunRecord(text: string | null | undefined): RunRecord {
  const value = parsed(text) as Partial<Record<keyof RunRecord, unknown>> | null;
  const run = value?.lastRun as Record<string, unknown> | null | undefined;
  return {
    lastRun:
      run && isText(run.at) && typeof run.ok === 'boolean' && isText(run.detail)
        ? { at: run.at, ok: run.ok, detail: run.detail, counts: countsOf(run.counts) }
        : null,
    lastSuccess: isText(value?.lastSuccess) ? value.lastSuccess : null,
  };
}

function countsOf(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const counts: Record<string, number> = {};
  for (const [key, count] of Object.entries(value)) {
    if (typeof count === 'number' && Number.isFinite(count)) counts[key] = count;
  }
  return counts;
}

/**
 * The record after a run at `at`: completed with its counts, or stopped with its reason;
 * the last success moves only when it completed.
 */
export function afterRun(
  text: string | null | undefined,
  at: string,
  outcome: { readonly counts: Readonly<Record<string, number>> } | { readonly reason: string },
): string {
  const before = readRunRecord(text);
  const ok = 'counts' in outcome;
  const record: RunRecord = {
    lastRun: ok
      ? { at, ok, detail: '', counts: outcome.counts }
      : { at, ok, detail: outcome.reason.slice(0, 500) },
    lastSuccess: ok ? at : before.lastSuccess,
  };
  return JSON.stringify(record);
}

/** The last run's outcome as a person reads it. */
export function lastRunOutcome(record: RunRecord, language: Language): string {
  const run = record.lastRun;
  if (!run) return '';
  const messages = REMINDER_MESSAGES[language];
  return run.ok
    ? `${messages.logRunCompleted}: ${interpolate(messages.runSummary, run.counts ?? {})}`
    : `${messages.logRunStopped}: ${run.detail}`;
}

/** A "yyyy-MM-dd HH:mm" wall-clock time as a person reads it: "1 December 2026, 08:03". */
export function readableTime(at: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(at);
  if (!match) return at;
  const [, year, month, day, time] = match;
  const messages = REMINDER_MESSAGES[language];
  const date = interpolate(messages.shortDate, {
    day: Number(day),
    month: messages.months[Number(month) - 1] ?? month!,
    year: year!,
  });
  return time ? `${date}, ${time}` : date;
}

export interface HealthMessages {
  /** `{when}`. */
  readonly lastRan: string;
  readonly notRunYet: string;
  readonly problemTitle: string;
  /** `{when}`. */
  readonly noSpreadsheet: string;
  readonly noLock: string;
}

export const HEALTH_MESSAGES: Translations<HealthMessages> = {
  en: {
    lastRan: 'Reminders last ran on {when}',
    notRunYet: 'Reminders have not run yet',
    problemTitle: '1:1 reminders did not run',
    noSpreadsheet:
      'The daily reminders fired on {when} but Google gave them no spreadsheet, so nothing was sent. Open OKRs › Help › Check setup.',
    noLock:
      'The daily reminders fired on {when} but Google gave them no document lock, so nothing was sent. Open OKRs › Help › Check setup.',
  },
  es: {
    lastRan: 'Los avisos se ejecutaron por última vez el {when}',
    notRunYet: 'Los avisos todavía no se ejecutaron',
    problemTitle: 'Los avisos de 1:1 no se ejecutaron',
    noSpreadsheet:
      'Los avisos diarios se activaron el {when}, pero Google no les dio la hoja de cálculo y no se envió nada. Abre OKRs › Ayuda › Comprobar configuración.',
    noLock:
      'Los avisos diarios se activaron el {when}, pero Google no les dio el bloqueo del documento y no se envió nada. Abre OKRs › Ayuda › Comprobar configuración.',
  },
};

/** What a person reads about a problem: "The daily reminders fired on … but …". */
export function problemText(problem: TriggerProblem, language: Language): string {
  return interpolate(HEALTH_MESSAGES[language][problem.kind], {
    when: readableTime(problem.at, language),
  });
}

/** The status line of the menu and the sidebar footer; '' when nobody set reminders up. */
export function lastRunLine(record: RunRecord, setUp: boolean, language: Language): string {
  const messages = HEALTH_MESSAGES[language];
  if (record.lastSuccess) {
    return interpolate(messages.lastRan, { when: readableTime(record.lastSuccess, language) });
  }
  return setUp ? messages.notRunYet : '';
}
