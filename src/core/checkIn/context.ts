import { isDate } from '../dates';
import type { KeyResultType } from '../formulas/progress';
import { type Status, statusFromLabel } from '../formulas/status';
import type { Language } from '../i18n/language';
import { displayedText } from '../keyResults/display';
import { expectedOn } from '../keyResults/expected';
import { judgeKeyResult, readKeyResult } from '../keyResults/model';
import { foldText, isBlank } from '../text';
import { inCurrentPeriod } from '../workbook/periods';
import { asOfDay, periodCalendar, type Settings } from '../workbook/settings';
import { type ValueKind, valueKindOf } from './numbers';
import { compareForOneOnOne } from './search';

/** One key result as the sidebar shows it. Plain data: it crosses google.script.run. */
export interface KeyResultView {
  readonly id: string;
  readonly objectiveId: string;
  readonly title: string;
  readonly owner: string;
  /** The owner's name from People, or the owner cell when People does not know them. */
  readonly ownerName: string;
  readonly type: KeyResultType | 'auto';
  readonly kind: ValueKind;
  readonly unit: string;
  readonly start: number | null;
  readonly target: number | null;
  readonly current: number | string | null;
  /** What the Current and Target cells show ('' when not read): 11 %, $3,700,000. */
  readonly currentText: string;
  readonly targetText: string;
  readonly progress: number | null;
  readonly expected: number | null;
  readonly status: Status | null;
  readonly confidence: Status | null;
  /** ISO date-time, or null when never checked in. */
  readonly lastCheckIn: string | null;
  readonly lastComment: string;
  /** A live key result: the formula its Current comes from (core/checkIn/live.ts). */
  readonly source?: string;
}

interface Person {
  readonly name: string;
  readonly email: string;
}

/** Everything the sidebar needs, from one server call. */
export interface CheckInContext {
  readonly language: Language;
  /** The spreadsheet's ID, which the sidebar keys a half-typed check-in by. */
  readonly spreadsheetId: string;
  readonly period: string;
  /** ISO date-times (Date cannot cross google.script.run). */
  readonly asOf: string | null;
  /**
   * The spreadsheet's time zone (an IANA name), whose calendar the sidebar shows dates on
   * whatever the browser's zone; '' when unknown (the browser's own zone then).
   */
  readonly timeZone: string;
  /** The person checking in; null until a consumer-account user picks their name. */
  readonly me: Person | null;
  /** Where `me` comes from: the Google session, a name picked once, or nobody yet. */
  readonly identity: 'session' | 'chosen' | 'unknown';
  /** People to pick from when the session gives no email (empty when it does). */
  readonly people: readonly Person[];
  readonly objectives: readonly { readonly id: string; readonly title: string }[];
  readonly keyResults: readonly KeyResultView[];
  /** IDs of my key results, in sheet order. */
  readonly mine: readonly string[];
  /** IDs of my reports' key results, red first; empty when nobody reports to me. */
  readonly team: readonly string[];
  readonly isManager: boolean;
  /** "Reminders last ran on …" for the footer ('' when nobody set reminders up). */
  readonly remindersStatus?: string;
}

/** Plain cells of a sheet row by column key, as the sheets layer reads them. */
export type RowRecord = Readonly<Record<string, unknown>>;

export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).trim();
}

function isoOrNull(value: unknown): string | null {
  return isDate(value) && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
}

/**
 * A key result row as the sidebar shows it: progress, expected and status by the one
 * key-result model (core/keyResults/model.ts), so the sidebar says what the sheet, the
 * reminders and the review say.
 */
export function keyResultView(
  row: RowRecord,
  options: {
    readonly expected: number | null;
    readonly settings: Pick<Settings, 'greenAt' | 'yellowAt'>;
    readonly nameByEmail: ReadonlyMap<string, string>;
  },
): KeyResultView {
  const model = readKeyResult(row);
  const type = model.type ?? 'auto';
  const current =
    typeof row.current === 'number' || typeof row.current === 'boolean'
      ? row.current === true
        ? 1
        : row.current === false
          ? 0
          : (row.current as number)
      : isBlank(row.current)
        ? null
        : textOf(row.current);
  const { progress, expected, status } = judgeKeyResult(row, options.expected, options.settings);
  return {
    id: model.id,
    objectiveId: model.objectiveId,
    title: model.title,
    owner: model.owner,
    ownerName: options.nameByEmail.get(foldText(model.owner)) ?? model.owner,
    type,
    kind: valueKindOf({ type, unit: model.unit, start: model.start, target: model.target }),
    unit: model.unit,
    start: model.start,
    target: model.target,
    current,
    currentText: displayedText(row, 'current'),
    targetText: displayedText(row, 'target'),
    progress,
    expected,
    status,
    confidence: statusFromLabel(row.confidence) ?? null,
    lastCheckIn: isoOrNull(row.lastCheckIn),
    lastComment: textOf(row.lastComment),
  };
}

interface ContextInput {
  readonly settings: Settings;
  readonly keyResults: readonly RowRecord[];
  readonly objectives: readonly RowRecord[];
  readonly people: readonly RowRecord[];
  /** The email the session or the remembered choice gives ('' when neither does). */
  readonly email: string;
  readonly identity: 'session' | 'chosen' | 'unknown';
  readonly today: Date;
  /** The spreadsheet's time zone, for its calendar days ('' = the script's). */
  readonly timeZone?: string;
  readonly remindersStatus?: string;
  readonly spreadsheetId?: string;
}

/** Builds the whole sidebar context from the rows of the sheets it needs. */
export function buildCheckInContext(input: ContextInput): CheckInContext {
  const { settings } = input;
  const people = input.people
    .map((row) => ({
      name: textOf(row.name),
      email: textOf(row.email),
      manager: foldText(row.managerEmail),
    }))
    .filter((person) => person.email !== '' || person.name !== '');
  const nameByEmail = new Map<string, string>();
  for (const person of people) {
    if (person.email && person.name) nameByEmail.set(foldText(person.email), person.name);
  }
  const asOf = settings.asOf ?? input.today;
  const timeZone = input.timeZone ?? '';
  // As of is the day the sheet's Expected column is computed for: blank, it has none.
  const expected = expectedOn(periodCalendar(settings, timeZone), asOfDay(settings, timeZone));
  // The sidebar is about the current period: a closed period's key results (Period cell)
  // are graded in History and take no check-in.
  const keyResults = input.keyResults
    .filter((row) => inCurrentPeriod(row.period, settings.period))
    .map((row) => keyResultView(row, { expected, settings, nameByEmail }))
    .filter((keyResult) => keyResult.id !== '');
  const myEmail = foldText(input.email);
  const meRecord = people.find((person) => myEmail !== '' && foldText(person.email) === myEmail);
  const me: Person | null =
    myEmail === ''
      ? null
      : { email: input.email, name: meRecord?.name || (input.email.split('@')[0] ?? '') };
  // Owners may be written as an email or, in small teams, as a name.
  const mineOwners = new Set([myEmail, foldText(meRecord?.name)].filter(Boolean));
  const reports = myEmail === '' ? [] : people.filter((person) => person.manager === myEmail);
  const reportOwners = new Set(
    reports.flatMap((person) => [foldText(person.email), foldText(person.name)]).filter(Boolean),
  );
  return {
    language: settings.language,
    spreadsheetId: input.spreadsheetId ?? '',
    period: settings.period,
    asOf: isoOrNull(asOf),
    timeZone,
    me,
    identity: input.identity,
    people:
      input.identity !== 'session'
        ? people
            .filter((person) => person.email !== '')
            .map(({ name, email }) => ({ name: name || email, email }))
        : [],
    objectives: input.objectives
      .filter((row) => inCurrentPeriod(row.period, settings.period))
      .map((row) => ({ id: textOf(row.id), title: textOf(row.objective) }))
      .filter((objective) => objective.id !== ''),
    keyResults,
    mine: keyResults
      .filter((keyResult) => mineOwners.has(foldText(keyResult.owner)))
      .map((keyResult) => keyResult.id),
    team: keyResults
      .filter((keyResult) => reportOwners.has(foldText(keyResult.owner)))
      .sort(compareForOneOnOne)
      .map((keyResult) => keyResult.id),
    isManager: reports.length > 0,
    remindersStatus: input.remindersStatus ?? '',
  };
}
