import { isDate } from '../dates';
import { expectedProgress } from '../formulas/expected';
import { type KeyResultType, keyResultProgress, parseKeyResultType } from '../formulas/progress';
import { type Status, statusFromLabel, statusOrNull } from '../formulas/status';
import type { Language } from '../i18n/language';
import { foldText, isBlank } from '../text';
import type { Settings } from '../workbook/settings';
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
  readonly progress: number | null;
  readonly expected: number | null;
  readonly status: Status | null;
  readonly confidence: Status | null;
  /** ISO date-time, or null when never checked in. */
  readonly lastCheckIn: string | null;
  readonly lastComment: string;
}

export interface Person {
  readonly name: string;
  readonly email: string;
}

/** Everything the sidebar needs, from one server call. */
export interface CheckInContext {
  readonly language: Language;
  readonly period: string;
  /** ISO date-times (Date cannot cross google.script.run). */
  readonly asOf: string | null;
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
}

/** Plain cells of a sheet row by column key, as the sheets layer reads them. */
export type RowRecord = Readonly<Record<string, unknown>>;

export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value).trim();
}

export function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function isoOrNull(value: unknown): string | null {
  return isDate(value) && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
}

/** The period's expected progress at `asOf`, or null when the period is not set up. */
export function periodExpected(settings: Settings, asOf: Date): number | null {
  if (!settings.periodStart || !settings.periodEnd) return null;
  try {
    return expectedProgress(
      settings.periodStart,
      settings.periodEnd,
      asOf,
      settings.holidays.length ? { holidays: settings.holidays } : undefined,
    );
  } catch {
    return null;
  }
}

/**
 * A key result row as the sidebar shows it. Progress, expected and status come from
 * the sheet's computed columns when they hold values (that is what people see there),
 * and are computed with the same formulas otherwise (a fresh check-in, or a workbook
 * without the formulas).
 */
export function keyResultView(
  row: RowRecord,
  options: {
    readonly expected: number | null;
    readonly settings: Pick<Settings, 'greenAt' | 'yellowAt'>;
    readonly nameByEmail: ReadonlyMap<string, string>;
  },
): KeyResultView {
  const type = parseKeyResultType(isBlank(row.type) ? undefined : textOf(row.type)) ?? 'auto';
  const start = numberOrNull(row.start);
  const target = numberOrNull(row.target);
  const unit = textOf(row.unit);
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
  const sheetProgress = numberOrNull(row.progress);
  const progress = sheetProgress ?? computeProgress(start, target, current, type);
  const expected = numberOrNull(row.expected) ?? options.expected;
  const owner = textOf(row.owner);
  return {
    id: textOf(row.id),
    objectiveId: textOf(row.objectiveId),
    title: textOf(row.keyResult),
    owner,
    ownerName: options.nameByEmail.get(foldText(owner)) ?? owner,
    type,
    kind: valueKindOf({ type, unit, start, target }),
    unit,
    start,
    target,
    current,
    progress,
    expected,
    status: statusFromLabel(row.status) ?? statusOrNull(progress, expected, options.settings),
    confidence: statusFromLabel(row.confidence) ?? null,
    lastCheckIn: isoOrNull(row.lastCheckIn),
    lastComment: textOf(row.lastComment),
  };
}

export function computeProgress(
  start: number | null,
  target: number | null,
  current: unknown,
  type: KeyResultType | 'auto',
): number | null {
  if (current === null || current === '') return null;
  if (type !== 'binary' && target === null) return null;
  try {
    return keyResultProgress(start, target ?? 0, current, type, true);
  } catch {
    return null;
  }
}

export interface ContextInput {
  readonly settings: Settings;
  readonly keyResults: readonly RowRecord[];
  readonly objectives: readonly RowRecord[];
  readonly people: readonly RowRecord[];
  /** The email the session or the remembered choice gives ('' when neither does). */
  readonly email: string;
  readonly identity: 'session' | 'chosen' | 'unknown';
  readonly today: Date;
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
  const expected = periodExpected(settings, asOf);
  const keyResults = input.keyResults
    .map((row) => keyResultView(row, { expected, settings, nameByEmail }))
    .filter((keyResult) => keyResult.id !== '');
  const myEmail = foldText(input.email);
  const meRecord = people.find((person) => myEmail !== '' && foldText(person.email) === myEmail);
  const me: Person | null =
    myEmail === ''
      ? null
      : { email: input.email, name: meRecord?.name || input.email.split('@')[0] };
  // Owners may be written as an email or, in small teams, as a name.
  const mineOwners = new Set([myEmail, foldText(meRecord?.name)].filter(Boolean));
  const reports = myEmail === '' ? [] : people.filter((person) => person.manager === myEmail);
  const reportOwners = new Set(
    reports.flatMap((person) => [foldText(person.email), foldText(person.name)]).filter(Boolean),
  );
  return {
    language: settings.language,
    period: settings.period,
    asOf: isoOrNull(asOf),
    me,
    identity: input.identity,
    people:
      input.identity !== 'session'
        ? people
            .filter((person) => person.email !== '')
            .map(({ name, email }) => ({ name: name || email, email }))
        : [],
    objectives: input.objectives
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
  };
}
