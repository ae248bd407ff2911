// The objectives and key results of the period as the cycle sees them: progress and
// status from the sheets' computed columns when they hold a usable value, otherwise
// computed here from the numbers (a workbook whose formulas were removed, or a value
// the formula could not compute yet), and each key result's team from its objective.

import { cellText, finiteNumber, idKey, newestCheckIns } from '../cells';
import { dayOf, type IsoDay } from '../dates';
import { evaluateCascade } from '../formulas/cascade';
import type { Status } from '../formulas/status';
import { expectedOn } from '../keyResults/expected';
import {
  judgeKeyResult,
  keyResultStatusOf,
  statusInCell,
  weightFromCell,
} from '../keyResults/model';
import { isBlank } from '../text';
import { inCurrentPeriod } from '../workbook/periods';
import { periodCalendar, type Settings } from '../workbook/settings';

/** One sheet row as plain cells by column key, with the 1-based row it came from. */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: Readonly<Record<string, unknown>>;
}

export interface CycleKeyResult {
  readonly id: string;
  readonly rowNumber: number;
  readonly objectiveId: string;
  readonly title: string;
  readonly owner: string;
  readonly team: string;
  readonly weight: number;
  /** Null when not measured yet (blank current) or not computable. */
  readonly progress: number | null;
  readonly status: Status | null;
  readonly lastCheckIn: IsoDay | null;
  readonly lastComment: string;
  /** The row's cells, for carrying the key result into the next period. */
  readonly cells: Readonly<Record<string, unknown>>;
}

interface CycleObjective {
  readonly id: string;
  readonly rowNumber: number;
  readonly parentId: string;
  readonly title: string;
  readonly team: string;
  readonly owner: string;
  readonly weight: number;
  readonly progress: number | null;
  readonly status: Status | null;
}

export interface CycleOkrs {
  readonly objectives: readonly CycleObjective[];
  readonly keyResults: readonly CycleKeyResult[];
}

/** The latest check-in of a key result, from the Check-ins sheet. */
interface CheckInSummary {
  readonly day: IsoDay | null;
  readonly comment: string;
}

/**
 * The share of the period elapsed on `asOf` (null when the period's dates are unknown
 * or inconsistent): what a key result's progress is compared with, by the one rule of
 * core/keyResults/expected.ts.
 */
function periodElapsed(settings: Settings, asOf: IsoDay, timeZone = ''): number | null {
  return expectedOn(periodCalendar(settings, timeZone), asOf);
}

/**
 * Reads the Objectives and Key Results rows into the cycle's model. `checkIns` (latest
 * check-in by KR id key) fills the last check-in and comment when the Key Results sheet
 * has no such column or leaves them blank. Key results in `closedKeyResultIds` (id keys
 * History records for another period) stay in the sheet, as nothing is deleted, but are
 * not part of this period, nor are rows whose Period cell names another period than
 * Settings › Period (core/workbook/periods.ts). `timeZone` is the spreadsheet's, to read date
 * cells on its calendar.
 */
export function readOkrs(
  objectiveRows: readonly SheetRow[],
  keyResultRows: readonly SheetRow[],
  settings: Settings,
  asOf: IsoDay,
  checkIns: ReadonlyMap<string, CheckInSummary> = new Map(),
  timeZone = '',
  closedKeyResultIds: ReadonlySet<string> = new Set(),
): CycleOkrs {
  const elapsed = periodElapsed(settings, asOf, timeZone);
  const objectiveByKey = new Map<string, SheetRow>();
  for (const row of objectiveRows) {
    const key = idKey(row.cells.id);
    if (key !== '' && !objectiveByKey.has(key)) objectiveByKey.set(key, row);
  }
  const teamCache = new Map<string, string>();
  const teamOf = (objectiveId: unknown): string => {
    const start = idKey(objectiveId);
    const cached = teamCache.get(start);
    if (cached !== undefined) return cached;
    // An objective without a team belongs to its parent's team (bounded against cycles).
    let key = start;
    let team = '';
    for (let depth = 0; key !== '' && depth < 50; depth++) {
      const row = objectiveByKey.get(key);
      if (!row) break;
      team = cellText(row.cells.team);
      if (team !== '') break;
      key = idKey(row.cells.parentId);
    }
    teamCache.set(start, team);
    return team;
  };

  const keyResults: CycleKeyResult[] = [];
  let leftOut = false;
  for (const row of keyResultRows) {
    const id = cellText(row.cells.id);
    if (id === '' && isBlank(row.cells.keyResult)) continue;
    // Another period's row (its Period cell) is graded in its own period; the formulas
    // leave it out of this period's objective progress too.
    if (!inCurrentPeriod(row.cells.period, settings.period)) continue;
    if (closedKeyResultIds.has(idKey(id))) {
      leftOut = true;
      continue;
    }
    // The key-result model, as the sidebar judges it (core/keyResults/model.ts).
    const { progress, status } = judgeKeyResult(row.cells, elapsed, settings);
    const checkIn = checkIns.get(idKey(id));
    const lastComment = cellText(row.cells.lastComment);
    keyResults.push({
      id,
      rowNumber: row.rowNumber,
      objectiveId: cellText(row.cells.objectiveId),
      title: cellText(row.cells.keyResult),
      owner: cellText(row.cells.owner),
      team: teamOf(row.cells.objectiveId),
      weight: weightFromCell(row.cells.weight),
      progress,
      status,
      lastCheckIn: dayOf(row.cells.lastCheckIn, timeZone) ?? checkIn?.day ?? null,
      lastComment: lastComment !== '' ? lastComment : (checkIn?.comment ?? ''),
      cells: row.cells,
    });
  }

  const computed = cascadeFromKeyResults(objectiveRows, keyResults);
  const objectives: CycleObjective[] = [];
  for (const row of objectiveRows) {
    const id = cellText(row.cells.id);
    if (id === '' || !inCurrentPeriod(row.cells.period, settings.period)) continue;
    // The sheet's objective progress also counts key results of closed periods; once
    // some are left out, the cascade over this period's key results is the true value.
    const sheetProgress = leftOut ? null : finiteNumber(row.cells.progress);
    const progress = sheetProgress ?? computed.get(idKey(id)) ?? null;
    const sheetStatus = leftOut ? null : statusInCell(row.cells.status);
    objectives.push({
      id,
      rowNumber: row.rowNumber,
      parentId: cellText(row.cells.parentId),
      title: cellText(row.cells.objective),
      team: teamOf(id),
      owner: cellText(row.cells.owner),
      weight: weightFromCell(row.cells.weight),
      progress,
      status: sheetStatus ?? keyResultStatusOf(progress, elapsed, settings),
    });
  }
  return { objectives, keyResults };
}

/** Objective progress through the alignment tree, as OKR_CASCADE computes it. */
function cascadeFromKeyResults(
  objectiveRows: readonly SheetRow[],
  keyResults: readonly CycleKeyResult[],
): Map<string, number | null> {
  const nodes = [
    ...objectiveRows
      .filter((row) => cellText(row.cells.id) !== '')
      .map((row) => ({
        id: cellText(row.cells.id),
        parentId: cellText(row.cells.parentId),
        progress: null,
        weight: weightFromCell(row.cells.weight),
      })),
    ...keyResults
      .filter((keyResult) => keyResult.id !== '')
      .map((keyResult) => ({
        id: keyResult.id,
        parentId: keyResult.objectiveId,
        progress: keyResult.progress,
        weight: keyResult.weight,
      })),
  ];
  const result = new Map<string, number | null>();
  for (const [id, value] of evaluateCascade(nodes)) {
    result.set(idKey(id), typeof value === 'number' ? value : null);
  }
  return result;
}

/** The latest check-in of every key result (by id key; see newestCheckIns). */
export function latestCheckIns(
  checkInRows: readonly SheetRow[],
  timeZone = '',
): Map<string, CheckInSummary> {
  const latest = new Map<string, CheckInSummary>();
  for (const [key, { cells }] of newestCheckIns(checkInRows, (row) => row.cells)) {
    latest.set(key, { day: dayOf(cells.timestamp, timeZone), comment: cellText(cells.comment) });
  }
  return latest;
}
