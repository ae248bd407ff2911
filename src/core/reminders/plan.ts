import { idKey, type SheetRecord } from '../cells';
import { addDays, type IsoDay, toIsoDay } from '../dates';
import { interpolate } from '../i18n/language';
import { duplicateIds } from '../keyResults/identity';
import { uncheckedAfterNudge } from '../nudges/plan';
import { foldText, isBlank } from '../text';
import {
  expectedOn,
  type LatestCheckIn,
  type RedKeyResult,
  redKeyResult,
  type StatusContext,
} from './keyResults';
import { isFinal, type LogEntry, type LogState, pairKey } from './log';
import type { ReminderMessages } from './messages';
import { nextOneOnOneDay, type OneOnOneRule, parseOneOnOneSchedule } from './schedule';

/** Everything a run (or a preview) needs, as plain values. */
export interface ReminderInput {
  readonly today: IsoDay;
  readonly reminderDaysBefore: number;
  readonly status: StatusContext;
  readonly people: readonly (SheetRecord & { readonly rowNumber: number })[];
  readonly keyResults: readonly SheetRecord[];
  readonly objectives: readonly SheetRecord[];
  readonly latestCheckIns: ReadonlyMap<string, LatestCheckIn>;
  readonly log: LogState;
  /**
   * The manager addresses the person who set up the reminders approved (folded), or null
   * to skip the check (a preview sends nothing).
   */
  readonly approved: ReadonlySet<string> | null;
  /** Texts of the log details, in the workbook language. */
  readonly messages: PlanMessages;
  /**
   * Live key results whose source stopped updating, by ID key: the error it shows, or
   * null when its value has not changed in `liveStaleDays` days.
   */
  readonly stoppedSources?: ReadonlyMap<string, string | null>;
  readonly liveStaleDays?: number;
  /**
   * Settings › Escalate after nudge: a report's KR still without a check-in this many days
   * after a check-in nudge listed it is flagged in the digest (absent: no flag).
   */
  readonly nudgeGraceDays?: number;
}

/** A report's key result still without a check-in after a nudge (core/nudges/plan.ts). */
export interface UncheckedKeyResult {
  readonly id: string;
  readonly keyResult: string;
  /** Days without a check-in, or null: never checked in. */
  readonly days: number | null;
}

/** A live key result of a report whose source stopped updating. */
export interface StoppedSource {
  readonly id: string;
  readonly keyResult: string;
  /** What it shows (#REF!, #N/A…), or null: unchanged for `days` days. */
  readonly error: string | null;
  readonly days: number;
}

/** The log details a plan writes (REMINDER_MESSAGES has them in each language). */
export type PlanMessages = Pick<
  ReminderMessages,
  'waitingApproval' | 'cannotJudge' | 'periodUnreadable' | 'holidaysUnreadable'
>;

interface ReportSection {
  readonly name: string;
  readonly email: string;
  readonly redKeyResults: readonly RedKeyResult[];
  /** Live key results whose source stopped updating (none when absent). */
  readonly stopped?: readonly StoppedSource[];
  /** Key results still without a check-in after their nudge's grace period (none when absent). */
  readonly unchecked?: readonly UncheckedKeyResult[];
}

interface OneOnOneSection {
  readonly date: IsoDay;
  readonly reports: readonly ReportSection[];
}

/** One email: a manager and the 1:1s it prepares, each with its reports' red KRs. */
export interface ManagerDigest {
  /** The nearest of its 1:1s, and the manager's People row: the send order (core/delivery.ts). */
  readonly due: IsoDay;
  readonly order: number;
  readonly managerEmail: string;
  readonly managerName: string;
  readonly oneOnOnes: readonly OneOnOneSection[];
}

export interface ReminderPlan {
  readonly digests: readonly ManagerDigest[];
  /** Final outcomes decided without an email: nothing red, or no valid address. */
  readonly quiet: readonly LogEntry[];
  /** People rows whose 1:1 schedule nobody can read (reported, never guessed). */
  readonly unreadableScheduleRows: readonly number[];
  /** Why no status could be judged (the reminders wait for Settings to be fixed), or ''. */
  readonly cannotJudge: string;
  /** Managers due a reminder who are not approved yet (folded emails). */
  readonly waiting: readonly string[];
}

// One address, nothing that could smuggle a second recipient or a header.
const EMAIL = /^[^\s@<>()[\],;:"'\\]+@[^\s@<>()[\],;:"'\\.]+(\.[^\s@<>()[\],;:"'\\.]+)+$/;

export function isValidEmail(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length <= 254 && EMAIL.test(value.trim());
}

interface Person {
  readonly rowNumber: number;
  readonly name: string;
  readonly email: string;
  readonly manager: string;
  readonly rule: OneOnOneRule | null;
  readonly explicit: IsoDay | null;
}

function readPeople(input: ReminderInput, unreadable: number[]): Person[] {
  const people: Person[] = [];
  for (const row of input.people) {
    const rule = parseOneOnOneSchedule(row.oneOnOneSchedule);
    if (rule === null && !isBlank(row.oneOnOneSchedule)) unreadable.push(row.rowNumber);
    people.push({
      rowNumber: row.rowNumber,
      name: String(row.name ?? '').trim(),
      email: foldText(row.email),
      manager: foldText(row.managerEmail),
      rule,
      explicit: toIsoDay(row.nextOneOnOne, input.status.timeZone),
    });
  }
  return people;
}

/** Whether `person` has a 1:1 on `day` (explicit date or rule, as nextOneOnOneDay says). */
function meetsOn(person: Person, day: IsoDay): boolean {
  return nextOneOnOneDay(person.rule, day, person.explicit) === day;
}

/**
 * The managers a reminder could go to: every valid address in People's Manager email
 * that is itself a person in People (folded, in sheet order, once each). What the person
 * who sets up the reminders approves.
 */
export function approvableManagers(people: readonly SheetRecord[]): string[] {
  const emails = new Set(people.map((person) => foldText(person.email)));
  const managers = new Set<string>();
  for (const person of people) {
    const manager = foldText(person.managerEmail);
    if (manager !== foldText(person.email) && emails.has(manager) && isValidEmail(manager))
      managers.add(manager);
  }
  return [...managers];
}

/**
 * The 1:1 days whose reminder is due today: the reminder for a 1:1 on D is due on
 * D − days. Normally that is the single day today + days; after missed days it is every
 * day since the last completed run, so a gap catches up once. 1:1s already past are
 * not reminded.
 */
export function dueWindow(
  today: IsoDay,
  reminderDaysBefore: number,
  lastCompletedRun: IsoDay | null,
): { readonly from: IsoDay; readonly to: IsoDay } {
  const to = addDays(today, reminderDaysBefore);
  if (!lastCompletedRun || lastCompletedRun >= today) {
    return { from: lastCompletedRun && lastCompletedRun >= today ? addDays(to, 1) : to, to };
  }
  const afterLast = addDays(lastCompletedRun, reminderDaysBefore + 1);
  return { from: afterLast > today ? afterLast : today, to };
}

/**
 * Decides which reminders are due and what each email contains. Pure: the same
 * workbook, log and day give the same plan, so a second run the same day (or a
 * trigger fired twice) finds nothing new.
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const unreadableScheduleRows: number[] = [];
  const people = readPeople(input, unreadableScheduleRows);
  // The first runs of a workbook all stopped: catch up from the first of them.
  const { firstStoppedRun, lastCompletedRun } = input.log;
  const since = lastCompletedRun ?? (firstStoppedRun ? addDays(firstStoppedRun, -1) : null);
  const { from, to } = dueWindow(input.today, input.reminderDaysBefore, since);

  // (manager, date) → reports meeting that manager that day.
  const due = new Map<string, { manager: string; date: IsoDay; reports: Person[] }>();
  const add = (person: Person, date: IsoDay) => {
    const key = pairKey(person.manager, date);
    const entry = due.get(key) ?? { manager: person.manager, date, reports: [] };
    if (!entry.reports.includes(person)) entry.reports.push(person);
    due.set(key, entry);
  };
  const reportsByManager = new Map<string, Person[]>();
  for (const person of people) {
    if (person.manager === '' || person.manager === person.email) continue;
    reportsByManager.set(person.manager, [...(reportsByManager.get(person.manager) ?? []), person]);
    let day = nextOneOnOneDay(person.rule, from, person.explicit);
    while (day && day <= to) {
      add(person, day);
      day = nextOneOnOneDay(person.rule, addDays(day, 1), person.explicit);
    }
  }
  // Deferred or failed reminders are tried again while their 1:1 is still ahead.
  for (const pair of input.log.pairs.values()) {
    if (isFinal(pair.outcome) || pair.date < input.today) continue;
    for (const person of reportsByManager.get(pair.manager) ?? []) {
      if (meetsOn(person, pair.date)) add(person, pair.date);
    }
  }
  for (const key of [...due.keys()]) {
    const earlier = input.log.pairs.get(key);
    if (earlier && isFinal(earlier.outcome)) due.delete(key);
  }

  const objectiveById = objectiveNames(input.objectives);
  const keyResultsByOwner = groupKeyResultsByOwner(input.keyResults, due);
  const sharedIds = sharedIdKeys(input.keyResults);
  const expected = expectedOn(input.status);
  const uncheckedKeys = input.nudgeGraceDays
    ? uncheckedAfterNudge(
        input.log,
        input.latestCheckIns,
        input.today,
        input.nudgeGraceDays,
        input.status.periodStart,
      )
    : new Map<string, number | null>();
  // A status nobody can judge is not "nothing red": those reminders wait, saying why.
  const cannotJudge =
    expected === null
      ? interpolate(input.messages.cannotJudge, {
          reason: input.status.unreadableHolidays
            ? input.messages.holidaysUnreadable
            : input.messages.periodUnreadable,
        })
      : '';
  const nameByEmail = new Map(people.map((person) => [person.email, person.name]));
  const rowByEmail = new Map<string, number>();
  for (const person of people)
    if (!rowByEmail.has(person.email)) rowByEmail.set(person.email, person.rowNumber);
  const waiting = new Set<string>();

  const digestByManager = new Map<
    string,
    { due: IsoDay; order: number; managerEmail: string; oneOnOnes: OneOnOneSection[] }
  >();
  const quiet: LogEntry[] = [];
  const sortedDue = [...due.values()].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (rowByEmail.get(a.manager) ?? 0) - (rowByEmail.get(b.manager) ?? 0),
  );
  // Only a person listed in People receives a digest: a manager cell is typed by any
  // editor, and the email goes out from the account that set up the reminders.
  const peopleEmails = new Set(people.map((person) => person.email));
  for (const pair of sortedDue) {
    if (!isValidEmail(pair.manager) || !peopleEmails.has(pair.manager)) {
      quiet.push({
        manager: pair.manager,
        oneOnOneDate: pair.date,
        keyResultIds: [],
        outcome: 'invalidEmail',
        detail: pair.reports.map((report) => report.name || report.email).join(', '),
      });
      continue;
    }
    const names = pair.reports.map((report) => report.name || report.email).join(', ');
    // An editor can type any address into People; only the ones the account that sends
    // approved get mail. A new one waits (and is retried) until it is approved.
    if (input.approved && !input.approved.has(pair.manager)) {
      waiting.add(pair.manager);
      quiet.push(
        quietEntry(pair, 'waiting', interpolate(input.messages.waitingApproval, { names })),
      );
      continue;
    }
    if (cannotJudge) {
      quiet.push(quietEntry(pair, 'deferred', cannotJudge));
      continue;
    }
    const reports: ReportSection[] = [];
    for (const report of pair.reports) {
      const red: RedKeyResult[] = [];
      const stopped: StoppedSource[] = [];
      const unchecked: UncheckedKeyResult[] = [];
      for (const keyResult of ownedBy(keyResultsByOwner, report)) {
        const quietDays = uncheckedKeys.get(idKey(keyResult.id));
        if (quietDays !== undefined)
          unchecked.push({
            id: String(keyResult.id ?? '').trim(),
            keyResult: String(keyResult.keyResult ?? '').trim(),
            days: quietDays,
          });
        const error = input.stoppedSources?.get(idKey(keyResult.id));
        if (error !== undefined)
          stopped.push({
            id: String(keyResult.id ?? '').trim(),
            keyResult: String(keyResult.keyResult ?? '').trim(),
            error,
            days: input.liveStaleDays ?? 14,
          });
        const judged = redKeyResult(
          keyResult,
          expected,
          input.status,
          sharedIds.has(idKey(keyResult.id))
            ? undefined
            : input.latestCheckIns.get(idKey(keyResult.id)),
          objectiveById,
        );
        if (judged) red.push(judged);
      }
      if (red.length || stopped.length || unchecked.length)
        reports.push({
          name: report.name || report.email,
          email: report.email,
          redKeyResults: red,
          stopped,
          unchecked,
        });
    }
    if (reports.length === 0) {
      quiet.push({
        manager: pair.manager,
        oneOnOneDate: pair.date,
        keyResultIds: [],
        outcome: 'nothingRed',
        detail: '',
      });
      continue;
    }
    const digest = digestByManager.get(pair.manager) ?? {
      due: pair.date,
      order: rowByEmail.get(pair.manager) ?? 0,
      managerEmail: pair.manager,
      oneOnOnes: [],
    };
    digest.oneOnOnes.push({ date: pair.date, reports });
    digestByManager.set(pair.manager, digest);
  }
  const digests = [...digestByManager.values()].map((digest) => ({
    ...digest,
    managerName: nameByEmail.get(digest.managerEmail) ?? '',
  }));
  return { digests, quiet, unreadableScheduleRows, cannotJudge, waiting: [...waiting] };
}

/** Each objective's name by ID key (the first row of an ID). */
export function objectiveNames(objectives: readonly SheetRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const objective of objectives) {
    const id = idKey(objective.id);
    if (id !== '' && !names.has(id)) names.set(id, String(objective.objective ?? '').trim());
  }
  return names;
}

/**
 * The ID keys two Key Results rows share. A check-in names its key result by ID: where two
 * rows share one, it cannot say which, so each of those rows speaks for itself (its own
 * Confidence, Last check-in and Last comment cells).
 */
export function sharedIdKeys(keyResults: readonly SheetRecord[]): Set<string> {
  return new Set(
    duplicateIds(
      keyResults,
      (keyResult) => keyResult.id,
      () => 0,
    ).map((duplicate) => idKey(duplicate.id)),
  );
}

function quietEntry(
  pair: { manager: string; date: IsoDay },
  outcome: LogEntry['outcome'],
  detail: string,
): LogEntry {
  return { manager: pair.manager, oneOnOneDate: pair.date, keyResultIds: [], outcome, detail };
}

function groupKeyResultsByOwner(
  keyResults: readonly SheetRecord[],
  due: ReadonlyMap<string, { reports: Person[] }>,
): Map<string, SheetRecord[]> {
  const wanted = new Set<string>();
  for (const pair of due.values()) {
    for (const report of pair.reports) {
      if (report.email) wanted.add(report.email);
      if (report.name) wanted.add(foldText(report.name));
    }
  }
  const byOwner = new Map<string, SheetRecord[]>();
  if (wanted.size === 0) return byOwner;
  for (const keyResult of keyResults) {
    const owner = foldText(keyResult.owner);
    if (!wanted.has(owner)) continue;
    const list = byOwner.get(owner);
    if (list) list.push(keyResult);
    else byOwner.set(owner, [keyResult]);
  }
  return byOwner;
}

/** A report's key results: owned by their email, or by their name where that was typed. */
function ownedBy(byOwner: ReadonlyMap<string, SheetRecord[]>, report: Person): SheetRecord[] {
  const byEmail = report.email ? (byOwner.get(report.email) ?? []) : [];
  const byName = report.name ? (byOwner.get(foldText(report.name)) ?? []) : [];
  return byName.length ? [...byEmail, ...byName.filter((row) => !byEmail.includes(row))] : byEmail;
}

/** Total red KRs of a digest (the count in the subject). */
export function redCount(digest: ManagerDigest): number {
  let count = 0;
  for (const oneOnOne of digest.oneOnOnes) {
    for (const report of oneOnOne.reports) count += report.redKeyResults.length;
  }
  return count;
}

export function keyResultIdsOf(section: OneOnOneSection): string[] {
  return section.reports.flatMap((report) => report.redKeyResults.map((keyResult) => keyResult.id));
}
