import { idKey, type SheetRecord } from '../cells';
import { addDays, type IsoDay, toIsoDay } from '../dates';
import { duplicateIds } from '../keyResults/identity';
import { foldText, isBlank } from '../text';
import {
  expectedOn,
  type LatestCheckIn,
  type RedKeyResult,
  redKeyResult,
  type StatusContext,
} from './keyResults';
import { isFinal, type LogEntry, type LogState, pairKey } from './log';
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
}

interface ReportSection {
  readonly name: string;
  readonly email: string;
  readonly redKeyResults: readonly RedKeyResult[];
}

interface OneOnOneSection {
  readonly date: IsoDay;
  readonly reports: readonly ReportSection[];
}

/** One email: a manager and the 1:1s it prepares, each with its reports' red KRs. */
export interface ManagerDigest {
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
  const { from, to } = dueWindow(input.today, input.reminderDaysBefore, input.log.lastCompletedRun);

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

  const objectiveById = new Map<string, string>();
  for (const objective of input.objectives) {
    const id = idKey(objective.id);
    if (id !== '' && !objectiveById.has(id))
      objectiveById.set(id, String(objective.objective ?? '').trim());
  }
  const keyResultsByOwner = groupKeyResultsByOwner(input.keyResults, due);
  // A check-in names its key result by ID: where two rows share one, it cannot say which,
  // so each of those rows speaks for itself (its own Confidence and Last comment cells).
  const sharedIds = new Set(
    duplicateIds(
      input.keyResults,
      (keyResult) => keyResult.id,
      () => 0,
    ).map((duplicate) => idKey(duplicate.id)),
  );
  const expected = expectedOn(input.status);
  const nameByEmail = new Map(people.map((person) => [person.email, person.name]));

  const digestByManager = new Map<string, { managerEmail: string; oneOnOnes: OneOnOneSection[] }>();
  const quiet: LogEntry[] = [];
  const sortedDue = [...due.values()].sort(
    (a, b) => a.manager.localeCompare(b.manager) || a.date.localeCompare(b.date),
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
    const reports: ReportSection[] = [];
    for (const report of pair.reports) {
      const red: RedKeyResult[] = [];
      for (const keyResult of ownedBy(keyResultsByOwner, report)) {
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
      if (red.length)
        reports.push({
          name: report.name || report.email,
          email: report.email,
          redKeyResults: red,
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
  return { digests, quiet, unreadableScheduleRows };
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
