// The History sheet: one row per objective and key result of each closed period, with
// its final progress, status and last comment. From it: which periods are closed (a
// period is never closed twice), which key results belong to closed periods (they stay
// in Key Results, as nothing is deleted, but are not part of the next period), and each
// team's score per period for the period-over-period chart.
import { cellText, finiteNumber, idKey } from '../cells';
import { inertText } from '../checkIn/inertText';
import { dateOfDay, dayOf, type IsoDay } from '../dates';
import { type Status, statusLabel } from '../formulas/status';
import type { Language } from '../i18n/language';
import { LANGUAGES } from '../i18n/language';
import { foldText, isBlank } from '../text';
import { HISTORY_KINDS } from './messages';
import type { CycleOkrs, SheetRow } from './okrs';
import { type Period, periodKey } from './period';
import { summarizeScores } from './scores';

export interface HistoryEntry {
  readonly kind: 'objective' | 'keyResult';
  readonly id: string;
  /** The objective of a key result; the parent of an objective. */
  readonly parentId: string;
  readonly title: string;
  readonly team: string;
  readonly owner: string;
  readonly weight: number;
  readonly progress: number | null;
  readonly status: Status | null;
  readonly lastComment: string;
}

/** Every objective (sheet order), then every key result (sheet order). */
export function historyEntries(okrs: CycleOkrs): HistoryEntry[] {
  return [
    ...okrs.objectives.map(
      (objective): HistoryEntry => ({
        kind: 'objective',
        id: objective.id,
        parentId: objective.parentId,
        title: objective.title,
        team: objective.team,
        owner: objective.owner,
        weight: objective.weight,
        progress: objective.progress,
        status: objective.status,
        lastComment: '',
      }),
    ),
    ...okrs.keyResults.map(
      (keyResult): HistoryEntry => ({
        kind: 'keyResult',
        id: keyResult.id,
        parentId: keyResult.objectiveId,
        title: keyResult.title,
        team: keyResult.team,
        owner: keyResult.owner,
        weight: keyResult.weight,
        progress: keyResult.progress,
        status: keyResult.status,
        lastComment: keyResult.lastComment,
      }),
    ),
  ];
}

/**
 * The rows to append, each laid out on History's own columns (`indexByKey`, found by
 * header name) across `width` cells; columns History lacks are skipped, others left blank.
 */
export function historyRowValues(
  entries: readonly HistoryEntry[],
  period: Period,
  closedOn: IsoDay,
  indexByKey: Readonly<Record<string, number>>,
  width: number,
  language: Language,
  timeZone = '',
): unknown[][] {
  const kinds = HISTORY_KINDS[language];
  const start = dateOfDay(period.start, timeZone);
  const end = dateOfDay(period.end, timeZone);
  const closed = dateOfDay(closedOn, timeZone);
  const periodName = inertText(period.name);
  return entries.map((entry) => {
    const row: unknown[] = new Array(width).fill('');
    const put = (key: string, value: unknown) => {
      const index = indexByKey[key];
      if (index !== undefined && index < width) row[index] = value;
    };
    put('period', periodName);
    put('periodStart', start);
    put('periodEnd', end);
    put('closedOn', closed);
    put('kind', kinds[entry.kind]);
    put('id', inertText(entry.id));
    put('parentId', inertText(entry.parentId));
    put('title', inertText(entry.title));
    put('team', inertText(entry.team));
    put('owner', inertText(entry.owner));
    put('weight', entry.weight);
    put('progress', entry.progress ?? '');
    put('status', entry.status === null ? '' : statusLabel(entry.status, language));
    put('lastComment', inertText(entry.lastComment));
    return row;
  });
}

function kindOf(value: unknown): HistoryEntry['kind'] | null {
  const folded = foldText(value);
  for (const language of LANGUAGES) {
    if (folded === foldText(HISTORY_KINDS[language].keyResult)) return 'keyResult';
    if (folded === foldText(HISTORY_KINDS[language].objective)) return 'objective';
  }
  return null;
}

export interface ClosedPeriod {
  readonly name: string;
  readonly start: IsoDay | null;
  readonly end: IsoDay | null;
  readonly closedOn: IsoDay | null;
  readonly rows: number;
}

function historyPeriodKey(row: SheetRow, timeZone: string): string {
  return periodKey(
    row.cells.period,
    dayOf(row.cells.periodStart, timeZone),
    dayOf(row.cells.periodEnd, timeZone),
  );
}

/** The periods History holds, by period key, in the order first seen. */
function closedPeriods(historyRows: readonly SheetRow[], timeZone = ''): Map<string, ClosedPeriod> {
  const periods = new Map<string, ClosedPeriod>();
  for (const row of historyRows) {
    const key = historyPeriodKey(row, timeZone);
    const known = periods.get(key);
    periods.set(key, {
      name: known?.name ?? cellText(row.cells.period),
      start: known?.start ?? dayOf(row.cells.periodStart, timeZone),
      end: known?.end ?? dayOf(row.cells.periodEnd, timeZone),
      closedOn: known?.closedOn ?? dayOf(row.cells.closedOn, timeZone),
      rows: (known?.rows ?? 0) + 1,
    });
  }
  return periods;
}

/** The names of the periods History holds, oldest first (a Period dropdown's choices). */
export function closedPeriodNames(historyRows: readonly SheetRow[], timeZone = ''): string[] {
  return [...closedPeriods(historyRows, timeZone).values()]
    .sort((left, right) => (left.start ?? '').localeCompare(right.start ?? ''))
    .map((period) => period.name)
    .filter((name) => name !== '');
}

/** The History entry of this period, when it was already closed. */
export function findClosed(
  historyRows: readonly SheetRow[],
  period: Period,
  timeZone = '',
): ClosedPeriod | null {
  const key = periodKey(period.name, period.start, period.end);
  return closedPeriods(historyRows, timeZone).get(key) ?? null;
}

/**
 * Key result ids (id keys) History records for periods other than `period`: they stay in
 * Key Results (nothing is deleted) but belong to a closed period, not to this one.
 */
export function keyResultIdsOfOtherPeriods(
  historyRows: readonly SheetRow[],
  period: Period,
  timeZone = '',
): Set<string> {
  const current = periodKey(period.name, period.start, period.end);
  const ids = new Set<string>();
  for (const row of historyRows) {
    if (kindOf(row.cells.kind) !== 'keyResult') continue;
    if (historyPeriodKey(row, timeZone) === current) continue;
    const key = idKey(row.cells.id);
    if (key !== '') ids.add(key);
  }
  return ids;
}

export interface PeriodScoreTable {
  /** Closed periods, oldest first. */
  readonly periods: readonly { readonly name: string; readonly start: IsoDay | null }[];
  /** Teams in name order, team-less last ('' stands for it). */
  readonly teams: readonly string[];
  /** company[p]: the company score of period p. */
  readonly company: readonly (number | null)[];
  /** byTeam[p][t]: the score of team t in period p (null: no measured key result). */
  readonly byTeam: readonly (readonly (number | null)[])[];
}

/** Each closed period's score per team and for the company, from History's key result rows. */
export function periodScoreTable(
  historyRows: readonly SheetRow[],
  timeZone = '',
): PeriodScoreTable {
  const byPeriod = new Map<
    string,
    {
      name: string;
      start: IsoDay | null;
      items: { team: string; progress: number | null; weight: number }[];
    }
  >();
  const teamNames = new Map<string, string>();
  for (const row of historyRows) {
    if (kindOf(row.cells.kind) !== 'keyResult') continue;
    const key = historyPeriodKey(row, timeZone);
    let period = byPeriod.get(key);
    if (!period) {
      period = {
        name: cellText(row.cells.period),
        start: dayOf(row.cells.periodStart, timeZone),
        items: [],
      };
      byPeriod.set(key, period);
    }
    const team = cellText(row.cells.team);
    if (!teamNames.has(foldText(team))) teamNames.set(foldText(team), team);
    const weight = finiteNumber(row.cells.weight);
    period.items.push({
      team,
      progress: isBlank(row.cells.progress) ? null : finiteNumber(row.cells.progress),
      weight: weight === null || weight < 0 ? 1 : weight,
    });
  }
  const periods = [...byPeriod.values()].sort((left, right) =>
    (left.start ?? '').localeCompare(right.start ?? ''),
  );
  const teams = [...teamNames.values()].sort((left, right) => {
    if (left === '' || right === '') return left === '' ? 1 : -1;
    return foldText(left).localeCompare(foldText(right));
  });
  const summaries = periods.map((period) => summarizeScores(period.items));
  return {
    periods: periods.map((period) => ({ name: period.name, start: period.start })),
    teams,
    company: summaries.map((summary) => summary.company),
    byTeam: summaries.map((summary) =>
      teams.map(
        (team) =>
          summary.teams.find((entry) => foldText(entry.team) === foldText(team))?.score ?? null,
      ),
    ),
  };
}

/**
 * The Period to fill in, by 1-based row, for a workbook made before Objectives and Key
 * Results had one: a key result History holds gets the latest closed period holding its
 * ID; an objective too, unless a key result left in the current period (a carried copy)
 * belongs to it. Rows whose Period is filled keep it.
 */
export function periodsFromHistory(
  historyRows: readonly SheetRow[],
  objectiveRows: readonly SheetRow[],
  keyResultRows: readonly SheetRow[],
  timeZone = '',
): { objectives: Map<number, string>; keyResults: Map<number, string> } {
  const latest = {
    objective: new Map<string, { name: string; start: string }>(),
    keyResult: new Map<string, { name: string; start: string }>(),
  };
  for (const row of historyRows) {
    const kind = kindOf(row.cells.kind);
    const key = idKey(row.cells.id);
    const name = cellText(row.cells.period);
    if (kind === null || key === '' || name === '') continue;
    const start = dayOf(row.cells.periodStart, timeZone) ?? '';
    const known = latest[kind].get(key);
    if (!known || start >= known.start) latest[kind].set(key, { name, start });
  }
  const keyResults = new Map<number, string>();
  const stillCurrent = new Set<string>();
  for (const row of keyResultRows) {
    if (!isBlank(row.cells.period)) continue;
    const closed = latest.keyResult.get(idKey(row.cells.id));
    if (closed) keyResults.set(row.rowNumber, closed.name);
    else stillCurrent.add(idKey(row.cells.objectiveId));
  }
  const objectives = new Map<number, string>();
  for (const row of objectiveRows) {
    const key = idKey(row.cells.id);
    const closed = latest.objective.get(key);
    if (closed && isBlank(row.cells.period) && !stillCurrent.has(key))
      objectives.set(row.rowNumber, closed.name);
  }
  return { objectives, keyResults };
}
