// Check-in nudges (docs/architecture.md, Sending email): on the nudge day, one email per
// key-result owner listing every KR of theirs without a check-in for N days. Pure: the
// caller passes the key results that may be nudged at all (live KRs and closed periods
// already left out), the log and the day; the same inputs give the same plan, so a second
// run the same day finds nothing new.
import { cellText, idKey, type SheetRecord } from '../cells';
import { addDays, daysBetween, type IsoDay, toIsoDay, weekdayOf } from '../dates';
import type { Delivery } from '../delivery';
import { interpolate, type Language } from '../i18n/language';
import { type LatestCheckIn, valueLine } from '../reminders/keyResults';
import { isFinal, type LogEntry, type LogState, type NudgeLogRow, pairKey } from '../reminders/log';
import { isValidEmail, objectiveNames, sharedIdKeys } from '../reminders/plan';
import { foldText } from '../text';
import type { NudgeFrequency } from '../workbook/settings';

/** When the nudges go out (Settings). */
export interface NudgeSchedule {
  readonly frequency: NudgeFrequency;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** Every other week counts from the first nudge day on or after this day (the period start). */
  readonly anchor: IsoDay | null;
}

export interface NudgeInput {
  readonly today: IsoDay;
  readonly schedule: NudgeSchedule;
  /** Settings › Nudge after: days without a check-in that put a KR in the nudge. */
  readonly afterDays: number;
  /** The period start: a KR never checked in counts its quiet days from there. */
  readonly periodStart: IsoDay | null;
  readonly people: readonly (SheetRecord & { readonly rowNumber: number })[];
  /** The key results that may be nudged (the caller filters live KRs and closed periods out). */
  readonly keyResults: readonly SheetRecord[];
  readonly objectives: readonly SheetRecord[];
  readonly latestCheckIns: ReadonlyMap<string, LatestCheckIn>;
  readonly log: LogState;
  /** Approved addresses (folded), or null to skip the check (a preview sends nothing). */
  readonly approved: ReadonlySet<string> | null;
  /** The log detail of a nudge waiting for approval (`{names}`). */
  readonly waitingText: string;
  readonly timeZone: string;
}

/** One key result in a nudge. */
export interface NudgedKeyResult {
  readonly id: string;
  readonly keyResult: string;
  readonly objective: string;
  /** "current → target" as the cells show them, in each language. */
  readonly values: Readonly<Record<Language, string>>;
  readonly lastCheckInDay: IsoDay | null;
  readonly lastComment: string;
  /** Days without a check-in (from the last one, else the period start), or null. */
  readonly quietDays: number | null;
}

/** One owner's nudge: an email through the shared send loop (core/delivery.ts). */
export interface OwnerNudge extends Delivery {
  /** The nudge day it is for. */
  readonly due: IsoDay;
  /** The owner's People row. */
  readonly order: number;
  readonly email: string;
  readonly name: string;
  readonly keyResults: readonly NudgedKeyResult[];
}

export interface NudgePlan {
  readonly nudges: readonly OwnerNudge[];
  /** Nudges that wait for the address to be approved (retried while their week lasts). */
  readonly quiet: readonly LogEntry[];
  readonly waiting: readonly string[];
}

const NO_NUDGES: NudgePlan = { nudges: [], quiet: [], waiting: [] };

function firstOnOrAfter(day: IsoDay, weekday: number): IsoDay {
  return addDays(day, (weekday - weekdayOf(day) + 7) % 7);
}

/** Whether `day` is a nudge day of `schedule`. */
export function isNudgeDay(schedule: NudgeSchedule, day: IsoDay): boolean {
  if (schedule.frequency === 'off' || weekdayOf(day) !== schedule.weekday) return false;
  if (schedule.frequency === 'weekly') return true;
  // 1970-01-05 was a Monday: any fixed day works as the anchor of a workbook without a period.
  const first = firstOnOrAfter(schedule.anchor ?? '1970-01-05', schedule.weekday);
  return (((daysBetween(first, day) / 7) % 2) + 2) % 2 === 0;
}

/** The latest nudge day on or before `today`, within the last 6 days, or null. */
export function latestNudgeDay(schedule: NudgeSchedule, today: IsoDay): IsoDay | null {
  for (let back = 0; back < 7; back++) {
    const day = addDays(today, -back);
    if (isNudgeDay(schedule, day)) return day;
  }
  return null;
}

/**
 * The nudge day a run on `today` is for, or null: today's, or one since the last completed
 * run that a missed day left out (a week at most). A run after the set-up midweek sends
 * nothing until the next nudge day.
 */
function dueNudgeDay(input: NudgeInput): IsoDay | null {
  const day = latestNudgeDay(input.schedule, input.today);
  if (!day) return null;
  if (day === input.today) return day;
  const { lastCompletedRun, firstStoppedRun } = input.log;
  const since = lastCompletedRun ?? (firstStoppedRun ? addDays(firstStoppedRun, -1) : null);
  return since !== null && since < day ? day : null;
}

/** The quiet days of a KR on `today`, from its last check-in (else the period start). */
function quietDaysOf(lastCheckIn: IsoDay | null, periodStart: IsoDay | null, today: IsoDay) {
  const from = lastCheckIn ?? periodStart;
  return from === null ? null : daysBetween(from, today);
}

/** The last check-in of a KR: the Check-ins sheet's newest row, else its own cells. */
function lastCheckInOf(
  keyResult: SheetRecord,
  latest: LatestCheckIn | undefined,
  timeZone: string,
): { day: IsoDay | null; comment: string } {
  const day = latest?.day ?? toIsoDay(keyResult.lastCheckIn, timeZone);
  const comment =
    latest && latest.comment !== '' ? latest.comment : cellText(keyResult.lastComment);
  return { day, comment };
}

/**
 * The nudges due today: for each person in People with a valid address and no pause
 * covering the nudge day, the key results they own (by email, or by their name where that
 * was typed) that have had no check-in for `afterDays` days. A nudge already sent for that
 * day is never planned again; one deferred, failed or waiting is, while its week lasts.
 */
export function planNudges(input: NudgeInput): NudgePlan {
  const logged = input.log.nudges ?? new Map<string, NudgeLogRow>();
  // A nudge deferred, failed or waiting is retried for its own day while its week lasts;
  // then only those owners are, so nobody else hears on a day that is not a nudge day.
  let day = dueNudgeDay(input);
  let retryOnly: Set<string> | null = null;
  if (!day) {
    const week = latestNudgeDay(input.schedule, input.today);
    retryOnly = new Set();
    for (const row of logged.values()) {
      if (row.day === week && !isFinal(row.outcome)) retryOnly.add(row.owner);
    }
    if (retryOnly.size) day = week;
  }
  if (!day) return NO_NUDGES;
  const nudgeDay = day;
  const objectiveById = objectiveNames(input.objectives);
  const sharedIds = sharedIdKeys(input.keyResults);
  const byOwner = new Map<string, SheetRecord[]>();
  for (const keyResult of input.keyResults) {
    const owner = foldText(keyResult.owner);
    if (owner === '') continue;
    const list = byOwner.get(owner);
    if (list) list.push(keyResult);
    else byOwner.set(owner, [keyResult]);
  }
  const nudges: OwnerNudge[] = [];
  const quiet: LogEntry[] = [];
  const waiting: string[] = [];
  const seen = new Set<string>();
  for (const person of input.people) {
    const email = foldText(person.email);
    if (!isValidEmail(email) || seen.has(email) || (retryOnly && !retryOnly.has(email))) continue;
    seen.add(email);
    const pausedUntil = toIsoDay(person.nudgesPausedUntil, input.timeZone);
    if (pausedUntil && nudgeDay <= pausedUntil) continue;
    const earlier = logged.get(pairKey(email, nudgeDay));
    if (earlier && isFinal(earlier.outcome)) continue;
    const name = cellText(person.name);
    const byEmail = byOwner.get(email) ?? [];
    const byName = name ? (byOwner.get(foldText(name)) ?? []) : [];
    // A row owned by a name equal to the address is listed once.
    const owned = byName === byEmail ? byEmail : [...byEmail, ...byName];
    const due: NudgedKeyResult[] = [];
    for (const keyResult of owned) {
      const latest = sharedIds.has(idKey(keyResult.id))
        ? undefined
        : input.latestCheckIns.get(idKey(keyResult.id));
      const last = lastCheckInOf(keyResult, latest, input.timeZone);
      const quietDays = quietDaysOf(last.day, input.periodStart, input.today);
      if (quietDays !== null && quietDays < input.afterDays) continue;
      due.push({
        id: cellText(keyResult.id),
        keyResult: cellText(keyResult.keyResult),
        objective:
          objectiveById.get(idKey(keyResult.objectiveId)) ?? cellText(keyResult.objectiveId),
        values: { en: valueLine(keyResult, 'en'), es: valueLine(keyResult, 'es') },
        lastCheckInDay: last.day,
        lastComment: last.comment,
        quietDays,
      });
    }
    if (due.length === 0) continue;
    if (input.approved && !input.approved.has(email)) {
      waiting.push(email);
      quiet.push({
        kind: 'nudge',
        manager: email,
        oneOnOneDate: nudgeDay,
        keyResultIds: due.map((keyResult) => keyResult.id),
        outcome: 'waiting',
        detail: interpolate(input.waitingText, { names: name || email }),
      });
      continue;
    }
    nudges.push({ due: nudgeDay, order: person.rowNumber, email, name, keyResults: due });
  }
  return { nudges, quiet, waiting };
}

/**
 * The addresses a nudge could go to: every valid address in People (folded, in sheet
 * order, once each). What the person who sets up the reminders approves for the nudges.
 */
export function nudgeRecipients(people: readonly SheetRecord[]): string[] {
  return [...new Set(people.map((person) => foldText(person.email)).filter(isValidEmail))];
}

/** The log rows of one nudge. */
export function nudgeEntry(nudge: OwnerNudge, outcome: LogEntry['outcome'], detail: string) {
  return {
    kind: 'nudge',
    manager: nudge.email,
    oneOnOneDate: nudge.due,
    keyResultIds: nudge.keyResults.map((keyResult) => keyResult.id),
    outcome,
    detail,
  } satisfies LogEntry;
}

/**
 * The key results to flag in a manager's 1:1 digest: nudged (a sent nudge listed them),
 * with no check-in on or after the first such nudge since their last check-in, and at
 * least `graceDays` past it. Value: the days without a check-in on `today` (null: never).
 */
export function uncheckedAfterNudge(
  log: LogState,
  latestCheckIns: ReadonlyMap<string, LatestCheckIn>,
  today: IsoDay,
  graceDays: number,
  periodStart: IsoDay | null,
): Map<string, number | null> {
  const firstNudge = new Map<string, IsoDay>();
  for (const row of log.nudges?.values() ?? []) {
    if (row.outcome !== 'sent') continue;
    for (const id of row.keyResultIds) {
      const key = idKey(id);
      const last = latestCheckIns.get(key)?.day ?? null;
      // A check-in on or after the nudge answered it.
      if (last !== null && last >= row.day) continue;
      const earlier = firstNudge.get(key);
      if (!earlier || row.day < earlier) firstNudge.set(key, row.day);
    }
  }
  const flagged = new Map<string, number | null>();
  for (const [key, day] of firstNudge) {
    if (daysBetween(day, today) < graceDays) continue;
    flagged.set(key, quietDaysOf(latestCheckIns.get(key)?.day ?? null, periodStart, today));
  }
  return flagged;
}
