// The mid-period review: where each team and objective stands (green / yellow / red),
// what changed since the previous review, who has not checked in lately, and how much of
// the period has gone. Built from plain rows; written as one block by src/sheets.

import { idKey } from '../cells';
import { addDays, daysBetween, type IsoDay } from '../dates';
import type { Status } from '../formulas/status';
import { foldText } from '../text';
import type { CycleKeyResult, CycleOkrs } from './okrs';

/** A key result counts as stale when its last check-in is older than this many days. */
export const STALE_AFTER_DAYS = 14;

export interface StatusCounts {
  green: number;
  yellow: number;
  red: number;
  /** Not measured yet, or no status could be computed. */
  none: number;
  total: number;
}

interface TeamReview {
  /** '' for key results whose objective has no team. */
  readonly team: string;
  readonly counts: StatusCounts;
}

interface ObjectiveReview {
  readonly objectiveId: string;
  readonly title: string;
  readonly team: string;
  readonly counts: StatusCounts;
}

interface StatusChange {
  readonly keyResult: CycleKeyResult;
  readonly before: Status | null;
  readonly now: Status | null;
}

interface StaleKeyResult {
  readonly keyResult: CycleKeyResult;
  /** Whole days since the last check-in; null when there never was one. */
  readonly days: number | null;
}

interface PeriodDates {
  readonly name: string;
  readonly start: IsoDay;
  readonly end: IsoDay;
}

export interface MidPeriodReview {
  readonly day: IsoDay;
  readonly period: PeriodDates;
  /** Share of the period elapsed on the review day, 0–1. */
  readonly elapsed: number;
  readonly elapsedDays: number;
  readonly totalDays: number;
  readonly byTeam: readonly TeamReview[];
  readonly byObjective: readonly ObjectiveReview[];
  /** The review compared with; null when this is the period's first review. */
  readonly previousDay: IsoDay | null;
  readonly changes: readonly StatusChange[];
  readonly stale: readonly StaleKeyResult[];
  readonly keyResults: readonly CycleKeyResult[];
  readonly totals: StatusCounts;
}

function emptyCounts(): StatusCounts {
  return { green: 0, yellow: 0, red: 0, none: 0, total: 0 };
}

function count(counts: StatusCounts, status: Status | null): void {
  if (status === null) counts.none++;
  else counts[status]++;
  counts.total++;
}

/** Statuses of the previous review, by KR id key (null = not measured then). */
type PreviousStatuses = ReadonlyMap<string, Status | null>;

/**
 * Calendar-day share of the period elapsed on `day` (inclusive of the review day's
 * start, as KR_EXPECTED counts it), with the day counts people read.
 */
function elapsedShare(
  period: PeriodDates,
  day: IsoDay,
): { share: number; elapsedDays: number; totalDays: number } {
  const totalDays = daysBetween(period.start, period.end);
  const raw = daysBetween(period.start, day);
  const elapsedDays = Math.min(Math.max(raw, 0), totalDays);
  const share = totalDays <= 0 ? 1 : elapsedDays / totalDays;
  return { share: Number(share.toPrecision(15)), elapsedDays, totalDays };
}

export function buildMidPeriodReview(
  okrs: CycleOkrs,
  period: PeriodDates,
  day: IsoDay,
  previous: { readonly day: IsoDay; readonly statuses: PreviousStatuses } | null,
): MidPeriodReview {
  const teams = new Map<string, TeamReview>();
  const objectives = new Map<string, ObjectiveReview>();
  for (const objective of okrs.objectives) {
    const key = idKey(objective.id);
    if (objectives.has(key)) continue;
    objectives.set(key, {
      objectiveId: objective.id,
      title: objective.title,
      team: objective.team,
      counts: emptyCounts(),
    });
  }
  const totals = emptyCounts();
  const changes: StatusChange[] = [];
  const stale: StaleKeyResult[] = [];
  const staleBefore = addDays(day, -STALE_AFTER_DAYS);
  for (const keyResult of okrs.keyResults) {
    count(totals, keyResult.status);
    const teamKey = foldText(keyResult.team);
    let team = teams.get(teamKey);
    if (!team) {
      team = { team: keyResult.team, counts: emptyCounts() };
      teams.set(teamKey, team);
    }
    count(team.counts, keyResult.status);
    const objectiveKey = idKey(keyResult.objectiveId);
    let objective = objectives.get(objectiveKey);
    if (!objective) {
      objective = {
        objectiveId: keyResult.objectiveId,
        title: '',
        team: keyResult.team,
        counts: emptyCounts(),
      };
      objectives.set(objectiveKey, objective);
    }
    count(objective.counts, keyResult.status);
    const key = idKey(keyResult.id);
    if (previous && key !== '' && previous.statuses.has(key)) {
      const before = previous.statuses.get(key) ?? null;
      if (before !== keyResult.status) changes.push({ keyResult, before, now: keyResult.status });
    }
    if (keyResult.lastCheckIn === null || keyResult.lastCheckIn < staleBefore) {
      stale.push({
        keyResult,
        days: keyResult.lastCheckIn === null ? null : daysBetween(keyResult.lastCheckIn, day),
      });
    }
  }
  // Teams in name order with the team-less last; objectives in sheet order, and only
  // those that have key results (a parent objective has none of its own).
  const byTeam = [...teams.values()].sort((left, right) => {
    if (left.team === '' || right.team === '') return left.team === '' ? 1 : -1;
    return foldText(left.team).localeCompare(foldText(right.team));
  });
  const byObjective = [...objectives.values()].filter((objective) => objective.counts.total > 0);
  // Oldest check-in first: those are the conversations to have first.
  stale.sort((left, right) => (right.days ?? Infinity) - (left.days ?? Infinity));
  const { share, elapsedDays, totalDays } = elapsedShare(period, day);
  return {
    day,
    period,
    elapsed: share,
    elapsedDays,
    totalDays,
    byTeam,
    byObjective,
    previousDay: previous?.day ?? null,
    changes,
    stale,
    keyResults: okrs.keyResults,
    totals,
  };
}

/**
 * The review to compare with: the latest review sheet dated before `day` and inside the
 * period (a review of an earlier period judged other key results).
 */
export function previousReviewDay(
  reviewDays: readonly IsoDay[],
  day: IsoDay,
  periodStart: IsoDay,
): IsoDay | null {
  let best: IsoDay | null = null;
  for (const candidate of reviewDays) {
    if (candidate < day && candidate >= periodStart && (best === null || candidate > best)) {
      best = candidate;
    }
  }
  return best;
}
