// Kept apart from context.ts so the sidebar bundle does not carry the formulas.

import type { Status } from '../formulas/status';
import { foldText } from '../text';
import type { KeyResultView } from './context';

const STATUS_RANK: Readonly<Record<Status | 'none', number>> = {
  red: 0,
  yellow: 1,
  none: 2,
  green: 3,
};

/** Red first, then at risk, then unmeasured, then on track; least progress first within each. */
export function compareForOneOnOne(a: KeyResultView, b: KeyResultView): number {
  const rank = STATUS_RANK[a.status ?? 'none'] - STATUS_RANK[b.status ?? 'none'];
  if (rank !== 0) return rank;
  const progress = (a.progress ?? 0) - (b.progress ?? 0);
  if (progress !== 0) return progress;
  return a.title.localeCompare(b.title);
}

/** Key results matching every word of the query in ID, title, objective or owner. */
export function searchKeyResults(
  keyResults: readonly KeyResultView[],
  objectiveTitles: ReadonlyMap<string, string>,
  query: string,
  limit = 50,
): KeyResultView[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const found: KeyResultView[] = [];
  for (const keyResult of keyResults) {
    const haystack = foldText(
      [
        keyResult.id,
        keyResult.title,
        objectiveTitles.get(keyResult.objectiveId) ?? '',
        keyResult.owner,
        keyResult.ownerName,
      ].join(' '),
    );
    if (words.every((word) => haystack.includes(word))) {
      found.push(keyResult);
      if (found.length >= limit) break;
    }
  }
  return found;
}
