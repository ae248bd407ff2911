// Which period a row of Objectives or Key Results belongs to: its Period cell, blank
// meaning the current period (Settings › Period), so workbooks made before the column
// existed keep every row current. Compared as the template's formulas compare it:
// trimmed and in any case (foldText also folds accents, which Sheets' `=` does not).
import { foldText, isBlank } from '../text';

/** Whether a row whose Period cell holds `cell` belongs to the period named `current`. */
export function inCurrentPeriod(cell: unknown, current: string): boolean {
  return isBlank(cell) || foldText(cell) === foldText(current);
}

/** The elapsed share a row is judged by: the period's own for current rows, the whole period (1) for closed ones. */
export function elapsedForRow(
  cell: unknown,
  current: string,
  elapsed: number | null,
): number | null {
  return inCurrentPeriod(cell, current) ? elapsed : 1;
}

/** What the carry-over chain needs of a Key Results row. */
interface ChainRow {
  readonly id: unknown;
  readonly continues: unknown;
  readonly period: unknown;
}

/**
 * The current period's key result that carries on `id` (through every carry in between:
 * Q1's KR-1 → Q2's KR-5 → Q3's KR-9), or null when none does.
 */
export function carriedCopyOf(
  rows: readonly ChainRow[],
  id: unknown,
  current: string,
): ChainRow | null {
  const byPredecessor = new Map<string, ChainRow>();
  for (const row of rows) {
    const from = foldText(row.continues);
    if (from !== '' && !byPredecessor.has(from)) byPredecessor.set(from, row);
  }
  let key = foldText(id);
  for (let depth = 0; depth < 100; depth++) {
    const next = byPredecessor.get(key);
    if (!next) return null;
    if (inCurrentPeriod(next.period, current)) return next;
    key = foldText(next.id);
  }
  return null;
}

/**
 * The IDs of the key results `id` continues, oldest first (Q1's KR-1, then Q2's KR-5 for
 * Q3's KR-9), for a history that starts before the quarter changed.
 */
export function predecessorIds(rows: readonly ChainRow[], id: unknown): string[] {
  const continuesOf = new Map<string, unknown>();
  for (const row of rows) {
    const key = foldText(row.id);
    if (key !== '' && !continuesOf.has(key)) continuesOf.set(key, row.continues);
  }
  const chain: string[] = [];
  const seen = new Set([foldText(id)]);
  let from = continuesOf.get(foldText(id));
  while (!isBlank(from) && !seen.has(foldText(from)) && chain.length < 100) {
    chain.unshift(String(from).trim());
    seen.add(foldText(from));
    from = continuesOf.get(foldText(from));
  }
  return chain;
}
