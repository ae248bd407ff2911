// A period's score: the average final progress of its key results, per team and for the
// company, judged against the 0.6–0.7 "sweet spot" of ambitious OKRs (reaching 100%
// everywhere suggests the targets were too safe; far below suggests over-reach).
import { weightedMean } from '../formulas/rollup';
import type { Language } from '../i18n/language';
import { foldText } from '../text';

const SWEET_SPOT = { low: 0.6, high: 0.7 } as const;

type SweetSpotVerdict = 'below' | 'within' | 'above';

// Scores are shown with two decimals; judge the number people see.
export function sweetSpotVerdict(score: number): SweetSpotVerdict {
  const shown = Math.round(score * 100) / 100;
  if (shown < SWEET_SPOT.low) return 'below';
  if (shown > SWEET_SPOT.high) return 'above';
  return 'within';
}

interface ScoredItem {
  readonly team: string;
  /** Final progress; null (not measured) is left out of the averages. */
  readonly progress: number | null;
  readonly weight: number;
}

interface TeamScore {
  readonly team: string;
  readonly score: number | null;
  /** Key results that count (measured, weight above 0). */
  readonly keyResults: number;
}

export interface ScoreSummary {
  readonly company: number | null;
  readonly teams: readonly TeamScore[];
}

/** A key result's score: its progress within 0–1 (over-achievement counts as 1). */
function score(progress: number): number {
  return Math.min(Math.max(progress, 0), 1);
}

/**
 * The weighted average score of each team (in name order, team-less last) and of the
 * company (every key result), as OKR_ROLLUP weighs progress.
 */
export function summarizeScores(items: readonly ScoredItem[]): ScoreSummary {
  const groups = new Map<string, { team: string; items: { value: number; weight: number }[] }>();
  const all: { value: number; weight: number }[] = [];
  for (const item of items) {
    const key = foldText(item.team);
    let group = groups.get(key);
    if (!group) {
      group = { team: item.team, items: [] };
      groups.set(key, group);
    }
    if (item.progress === null || item.weight <= 0) continue;
    const entry = { value: score(item.progress), weight: item.weight };
    group.items.push(entry);
    all.push(entry);
  }
  const teams = [...groups.values()]
    .sort((left, right) => {
      if (left.team === '' || right.team === '') return left.team === '' ? 1 : -1;
      return foldText(left.team).localeCompare(foldText(right.team));
    })
    .map((group) => ({
      team: group.team,
      score: weightedMean(group.items),
      keyResults: group.items.length,
    }));
  return { company: weightedMean(all), teams };
}

/** `0.62` in English, `0,62` in Spanish. */
export function formatScore(value: number, language: Language): string {
  const fixed = (Math.round(value * 100) / 100).toFixed(2);
  return language === 'es' ? fixed.replace('.', ',') : fixed;
}
