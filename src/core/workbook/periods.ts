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
