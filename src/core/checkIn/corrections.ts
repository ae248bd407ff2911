// Corrections keep Check-ins append-only: a correction is a new row whose Corrects cell
// holds the timestamp of the row it corrects (same KR ID); a withdrawal is such a row
// with no value. Every reader of Check-ins (history and chart, the reminders, the
// cycle, the review) sees the check-ins as corrected, through this one rule.
import { idKey, type SheetRecord, timestampOrder } from '../cells';
import { statusLabel } from '../formulas/status';
import type { Language } from '../i18n/language';
import { isBlank } from '../text';
import type { HistoryEntry } from './history';

/** One check-in as it stands after its corrections. */
export interface EffectiveCheckIn {
  /** The values of the last correction (or of the row itself), at the first row's time. */
  readonly cells: SheetRecord;
  /** Milliseconds of the first row's timestamp (-Infinity without one). */
  readonly time: number;
  /** Position of the first row among the rows given. */
  readonly index: number;
  /** Whether a correction replaced the row's values. */
  readonly corrected: boolean;
  /** The timestamp cell of the chain's last row: what a new correction names. */
  readonly ref: unknown;
}

/** Whether a row withdraws the check-in it names (a correction without a value). */
export function isWithdrawal(cells: SheetRecord): boolean {
  return !isBlank(cells.corrects) && isBlank(cells.value);
}

const second = (id: string, time: number) => `${id}|${Math.floor(time / 1000)}`;

/**
 * The check-ins as corrected, in the order given. A correction names its row by its
 * timestamp to the second (so a sort or a row inserted by hand keeps it pointing at the
 * same check-in) and must come after it (a later time, or the same time lower down);
 * when several rows of the KR share that second, the lowest of those above it. A correction that names no row
 * (its row deleted by hand) is an ordinary check-in, a withdrawal of no row is nothing;
 * two corrections of one row: the lower one stands. Nothing else is second-guessed: a
 * row typed or edited by hand counts as it reads.
 */
export function effectiveCheckIns<Row>(
  rows: Iterable<Row>,
  cellsOf: (row: Row) => SheetRecord,
): EffectiveCheckIn[] {
  const all: { cells: SheetRecord; id: string; time: number; ref: number | null }[] = [];
  let corrections = 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    const ref = isBlank(cells.corrects) ? null : timestampOrder(cells.corrects);
    if (ref !== null) corrections++;
    all.push({
      cells,
      id: idKey(cells.keyResultId),
      time: timestampOrder(cells.timestamp),
      ref: ref !== null && Number.isFinite(ref) ? ref : null,
    });
  }
  /** Row index → the index of the correction that replaces it. */
  const next = new Map<number, number>();
  const matched = new Set<number>();
  if (corrections > 0) {
    const bySecond = new Map<string, number[]>();
    all.forEach((item, index) => {
      if (!Number.isFinite(item.time)) return;
      const key = second(item.id, item.time);
      const list = bySecond.get(key);
      if (list) list.push(index);
      else bySecond.set(key, [index]);
    });
    all.forEach((item, index) => {
      if (item.ref === null) return;
      const candidates = bySecond.get(second(item.id, item.ref)) ?? [];
      // Earlier than the correction (or as early, above it), so no chain can loop; the
      // lowest of those above it, as a correction is appended below what it corrects.
      let target: number | undefined;
      let above = false;
      for (const candidate of candidates) {
        const time = all[candidate]!.time;
        if (!(time < item.time || (time === item.time && candidate < index))) continue;
        if (candidate < index) {
          target = candidate;
          above = true;
        } else if (!above) target = candidate;
      }
      if (target === undefined) return;
      const previous = next.get(target);
      if (previous === undefined || previous < index) next.set(target, index);
      matched.add(index);
    });
  }
  const result: EffectiveCheckIn[] = [];
  all.forEach((item, index) => {
    if (matched.has(index)) return;
    if (isWithdrawal(item.cells)) return;
    let last = index;
    for (let step = next.get(last); step !== undefined; step = next.get(last)) last = step;
    const final = all[last]!;
    if (last !== index && isWithdrawal(final.cells)) return;
    result.push({
      cells: last === index ? item.cells : { ...final.cells, timestamp: item.cells.timestamp },
      time: item.time,
      index,
      corrected: last !== index,
      ref: final.cells.timestamp,
    });
  });
  return result;
}

/**
 * The Key Results cells a correction or withdrawal writes: Current, Confidence and Last
 * check-in of the check-in that now stands latest (all blank when none is left), and the
 * newest comment left. When no comment is left, Last comment is cleared only if it shows
 * the corrected check-in's comment; otherwise it was typed by hand and stays.
 */
export function keyResultCellsAfter(
  entries: readonly HistoryEntry[],
  replaced: HistoryEntry,
  lastCommentCell: unknown,
  language: Language,
): Record<string, unknown> {
  const latest = entries[0];
  const cells: Record<string, unknown> = {
    current: latest?.value ?? '',
    confidence: latest?.confidence ? statusLabel(latest.confidence, language) : '',
    lastCheckIn: latest ? new Date(latest.at) : '',
  };
  const comment = entries.find((entry) => entry.comment !== '')?.comment;
  if (comment !== undefined) cells.lastComment = comment;
  else if (replaced.comment !== '' && String(lastCommentCell ?? '').trim() === replaced.comment) {
    cells.lastComment = '';
  }
  return cells;
}
