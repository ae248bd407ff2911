import { effectiveCheckIns } from '../checkIn/corrections';
import { parseKeyResultType } from '../formulas/progress';
import { displayedText } from '../keyResults/display';
import { idKey } from '../keyResults/identity';
import { foldText, isBlank } from '../text';
import { toDate } from '../workbook/settings';

/**
 * The OKR review: the quality checks the OKR guides teach, as pure rules over plain rows.
 * Every finding names the sheet and row it is about; none of them blocks anything.
 */

export interface ObjectiveRow {
  readonly rowNumber: number;
  readonly id: unknown;
  readonly objective: unknown;
  readonly team: unknown;
  readonly owner: unknown;
  readonly parentId: unknown;
}

export interface KeyResultRow {
  readonly rowNumber: number;
  readonly id: unknown;
  readonly objectiveId: unknown;
  readonly keyResult: unknown;
  readonly owner: unknown;
  readonly type: unknown;
  readonly start: unknown;
  readonly target: unknown;
  readonly current: unknown;
  readonly lastCheckIn: unknown;
  /** What the cells show (core/keyResults/display.ts), so a finding quotes them as the sheet does. */
  readonly displayed?: unknown;
}

type CheckInRow = {
  readonly keyResultId: unknown;
  readonly timestamp: unknown;
  readonly value?: unknown;
  /** A correction's or withdrawal's row (checkIn/corrections.ts). */
  readonly corrects?: unknown;
};

export interface PersonRow {
  readonly rowNumber: number;
  readonly name: unknown;
  readonly email: unknown;
  readonly managerEmail: unknown;
  readonly oneOnOneSchedule: unknown;
}

export interface ReviewInput {
  readonly objectives: readonly ObjectiveRow[];
  readonly keyResults: readonly KeyResultRow[];
  readonly checkIns: readonly CheckInRow[];
  readonly people: readonly PersonRow[];
  readonly asOf: Date;
  readonly periodStart: Date | null;
  /** Whether a 1:1 schedule text can be read (the reminders' parser). */
  readonly isValidSchedule: (text: unknown) => boolean;
}

export type ReviewRule =
  | 'tooFewKeyResults'
  | 'tooManyKeyResults'
  | 'noKeyResults'
  | 'ownerTooManyObjectives'
  | 'teamTooManyObjectives'
  | 'missingId'
  | 'duplicateId'
  | 'unknownParent'
  | 'parentCycle'
  | 'unknownObjective'
  | 'targetNotNumber'
  | 'startNotNumber'
  | 'currentNotNumber'
  | 'startEqualsTarget'
  | 'noOwner'
  | 'ownerNotInPeople'
  | 'staleCheckIn'
  | 'noCheckIn'
  | 'invalidSchedule'
  | 'managerNotInPeople';

export type ReviewSheet = 'objectives' | 'keyResults' | 'people';

export interface Finding {
  readonly rule: ReviewRule;
  readonly sheet: ReviewSheet;
  readonly rowNumber: number;
  /** Values the message names (IDs, counts, texts as the person wrote them). */
  readonly values: Readonly<Record<string, string | number>>;
}

const MIN_KEY_RESULTS = 3;
const MAX_KEY_RESULTS = 5;
const MAX_OBJECTIVES_PER_OWNER = 5;
const STALE_AFTER_DAYS = 14;
const DAY_MS = 86_400_000;

const text = (value: unknown) => (isBlank(value) ? '' : String(value).trim());

/** A number from a number or a numeric text (`12%`, `1,5`); null otherwise. */
export function numericValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const trimmed = value.trim().replace(/\s/g, '');
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1) : trimmed;
  const normalized = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)
    ? body.replace(/\./g, '').replace(',', '.')
    : body.replace(/,(?=\d{3}\b)/g, '').replace(',', '.');
  const parsed = Number(normalized);
  if (!Number.isFinite(parsed)) return null;
  return percent ? parsed / 100 : parsed;
}

function checkIds(
  rows: readonly { rowNumber: number; id: unknown }[],
  sheet: ReviewSheet,
  seen: Map<string, { sheet: ReviewSheet; rowNumber: number }>,
  findings: Finding[],
): void {
  for (const row of rows) {
    const id = text(row.id);
    if (id === '') {
      findings.push({ rule: 'missingId', sheet, rowNumber: row.rowNumber, values: {} });
      continue;
    }
    const first = seen.get(idKey(id));
    if (first) {
      findings.push({
        rule: 'duplicateId',
        sheet,
        rowNumber: row.rowNumber,
        values: { id, firstRow: first.rowNumber, firstSheet: first.sheet },
      });
    } else {
      seen.set(idKey(id), { sheet, rowNumber: row.rowNumber });
    }
  }
}

function objectiveRules(input: ReviewInput, findings: Finding[]): void {
  const keyResultCount = new Map<string, number>();
  for (const keyResult of input.keyResults) {
    const objectiveId = idKey(keyResult.objectiveId);
    if (objectiveId) keyResultCount.set(objectiveId, (keyResultCount.get(objectiveId) ?? 0) + 1);
  }
  const objectiveIds = new Set(input.objectives.map((objective) => idKey(objective.id)));
  for (const objective of input.objectives) {
    const id = text(objective.id);
    if (id === '') continue;
    const count = keyResultCount.get(idKey(id)) ?? 0;
    const values = { id, count, min: MIN_KEY_RESULTS, max: MAX_KEY_RESULTS };
    const rowNumber = objective.rowNumber;
    if (count === 0)
      findings.push({ rule: 'noKeyResults', sheet: 'objectives', rowNumber, values });
    else if (count < MIN_KEY_RESULTS)
      findings.push({ rule: 'tooFewKeyResults', sheet: 'objectives', rowNumber, values });
    else if (count > MAX_KEY_RESULTS)
      findings.push({ rule: 'tooManyKeyResults', sheet: 'objectives', rowNumber, values });
    const parent = text(objective.parentId);
    if (parent !== '' && !objectiveIds.has(foldText(parent))) {
      findings.push({
        rule: 'unknownParent',
        sheet: 'objectives',
        rowNumber,
        values: { id, parent },
      });
    }
  }
  for (const [rule, field] of [
    ['ownerTooManyObjectives', 'owner'],
    ['teamTooManyObjectives', 'team'],
  ] as const) {
    const rowsBy = new Map<string, ObjectiveRow[]>();
    for (const objective of input.objectives) {
      const key = foldText(objective[field]);
      if (key === '') continue;
      rowsBy.set(key, [...(rowsBy.get(key) ?? []), objective]);
    }
    for (const rows of rowsBy.values()) {
      const [first] = rows;
      if (!first || rows.length <= MAX_OBJECTIVES_PER_OWNER) continue;
      findings.push({
        rule,
        sheet: 'objectives',
        rowNumber: first.rowNumber,
        values: {
          name: text(first[field]),
          count: rows.length,
          max: MAX_OBJECTIVES_PER_OWNER,
        },
      });
    }
  }
  parentCycles(input.objectives, findings);
}

/** Each objective on a parent cycle, reported once with the whole cycle. */
function parentCycles(objectives: readonly ObjectiveRow[], findings: Finding[]): void {
  const parentOf = new Map<string, string>();
  const rowOf = new Map<string, ObjectiveRow>();
  for (const objective of objectives) {
    const id = idKey(objective.id);
    if (id === '' || rowOf.has(id)) continue;
    rowOf.set(id, objective);
    const parent = idKey(objective.parentId);
    if (parent !== '') parentOf.set(id, parent);
  }
  const reported = new Set<string>();
  for (const start of rowOf.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let node: string | undefined = start;
    while (node !== undefined && !onPath.has(node) && !reported.has(node)) {
      path.push(node);
      onPath.add(node);
      node = parentOf.get(node);
    }
    if (node === undefined || reported.has(node) || !onPath.has(node)) continue;
    const cycle = path.slice(path.indexOf(node));
    const names = cycle.map((id) => text(rowOf.get(id)!.id));
    for (const id of cycle) {
      reported.add(id);
      findings.push({
        rule: 'parentCycle',
        sheet: 'objectives',
        rowNumber: rowOf.get(id)!.rowNumber,
        values: { id: text(rowOf.get(id)!.id), cycle: [...names, names[0]].join(' → ') },
      });
    }
  }
}

function keyResultRules(input: ReviewInput, findings: Finding[]): void {
  const objectiveIds = new Set(input.objectives.map((objective) => idKey(objective.id)));
  const people = new Set<string>();
  for (const person of input.people) {
    if (!isBlank(person.email)) people.add(foldText(person.email));
    if (!isBlank(person.name)) people.add(foldText(person.name));
  }
  const lastCheckIn = new Map<string, number>();
  // As corrected: a withdrawn check-in is no check-in.
  for (const { cells: checkIn } of effectiveCheckIns(input.checkIns, (row) => row)) {
    const date = toDate(checkIn.timestamp);
    const id = idKey(checkIn.keyResultId);
    if (!date || id === '') continue;
    lastCheckIn.set(id, Math.max(lastCheckIn.get(id) ?? 0, date.getTime()));
  }
  const asOf = input.asOf.getTime();
  const periodOld =
    input.periodStart !== null && asOf - input.periodStart.getTime() >= STALE_AFTER_DAYS * DAY_MS;

  for (const keyResult of input.keyResults) {
    const id = text(keyResult.id);
    // A KR without ID is named by its text, so the message still says which one.
    const name = id !== '' ? id : `"${text(keyResult.keyResult).slice(0, 40)}"`;
    const rowNumber = keyResult.rowNumber;
    const add = (rule: ReviewRule, values: Record<string, string | number> = {}) =>
      findings.push({ rule, sheet: 'keyResults', rowNumber, values: { id: name, ...values } });
    const objectiveId = text(keyResult.objectiveId);
    if (objectiveId !== '' && !objectiveIds.has(idKey(objectiveId)))
      add('unknownObjective', { objectiveId });
    const binary = parseKeyResultType(keyResult.type) === 'binary';
    const start = numericValue(keyResult.start);
    const target = numericValue(keyResult.target);
    if (!binary) {
      const shown = (key: 'start' | 'target' | 'current') =>
        displayedText(keyResult, key) || text(keyResult[key]);
      if (target === null) add('targetNotNumber', { value: shown('target') });
      if (start === null && !isBlank(keyResult.start))
        add('startNotNumber', { value: shown('start') });
      if (numericValue(keyResult.current) === null && !isBlank(keyResult.current))
        add('currentNotNumber', { value: shown('current') });
      if (target !== null && (start ?? 0) === target)
        add('startEqualsTarget', { value: displayedText(keyResult, 'target') || target });
    }
    const owner = text(keyResult.owner);
    if (owner === '') add('noOwner');
    else if (!people.has(foldText(owner))) add('ownerNotInPeople', { owner });

    const fromSheet = toDate(keyResult.lastCheckIn)?.getTime() ?? 0;
    const last = Math.max(lastCheckIn.get(idKey(id)) ?? 0, fromSheet);
    if (last === 0) {
      if (periodOld) add('noCheckIn', { days: STALE_AFTER_DAYS });
    } else {
      const days = Math.floor((asOf - last) / DAY_MS);
      if (days >= STALE_AFTER_DAYS) add('staleCheckIn', { days });
    }
  }
}

function peopleRules(input: ReviewInput, findings: Finding[]): void {
  const emails = new Set(input.people.map((person) => foldText(person.email)));
  for (const person of input.people) {
    const schedule = person.oneOnOneSchedule;
    const name = text(person.name) || text(person.email);
    if (!isBlank(schedule) && !input.isValidSchedule(schedule)) {
      findings.push({
        rule: 'invalidSchedule',
        sheet: 'people',
        rowNumber: person.rowNumber,
        values: { name, schedule: text(schedule) },
      });
    }
    const manager = text(person.managerEmail);
    if (manager !== '' && !emails.has(foldText(manager))) {
      findings.push({
        rule: 'managerNotInPeople',
        sheet: 'people',
        rowNumber: person.rowNumber,
        values: { name, manager },
      });
    }
  }
}

const SHEET_ORDER: readonly ReviewSheet[] = ['objectives', 'keyResults', 'people'];

/** Every finding, in sheet order (Objectives, Key Results, People) and row order. */
export function reviewOkrs(input: ReviewInput): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, { sheet: ReviewSheet; rowNumber: number }>();
  checkIds(input.objectives, 'objectives', seen, findings);
  checkIds(input.keyResults, 'keyResults', seen, findings);
  objectiveRules(input, findings);
  keyResultRules(input, findings);
  peopleRules(input, findings);
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort(
      (left, right) =>
        SHEET_ORDER.indexOf(left.finding.sheet) - SHEET_ORDER.indexOf(right.finding.sheet) ||
        left.finding.rowNumber - right.finding.rowNumber ||
        left.order - right.order,
    )
    .map(({ finding }) => finding);
}
