// Live key results in the sheet: which rows' Current is a formula (its own, or filled by
// an array formula), and the daily run's automatic check-ins for them: one read of Key
// Results and its formulas, Check-ins read only when there is a live key result, and one
// write per run of columns for all the check-ins appended.
import { AUTOMATIC_AUTHOR, automaticCheckIns, lastValues } from '../core/checkIn/live';
import type { Language } from '../core/i18n/language';
import { inCurrentPeriod } from '../core/workbook/periods';
import { CHECK_INS_SHEET, KEY_RESULTS_SHEET } from '../core/workbook/schema';
import { cell, openTables, records, type Spreadsheet, type Table } from './tables';
import { a1, ensureRows, formulasOf, KEEP, writeRows } from './writes';

/** Where a live key result's value comes from: the formula, and its cell when an array's. */
export function liveSource(keyResults: Table, rowNumber: number): string | null {
  const index = keyResults.indexByKey.current;
  if (index === undefined) return null;
  const formulas = formulasOf(keyResults);
  const blocked = formulas.blockedAt(rowNumber, index + 1);
  if (!blocked) return null;
  const formula = formulas.formulaAt(blocked.row, blocked.column);
  return blocked.reason === 'array' ? `${a1(blocked.row, blocked.column)}: ${formula}` : formula;
}

/** The live key results' sources, by ID. */
export function liveSources(keyResults: Table): Map<string, string> {
  const sources = new Map<string, string>();
  for (const row of keyResults.rows) {
    const source = liveSource(keyResults, row.rowNumber);
    if (source) sources.set(String(cell(keyResults, row, 'id')).trim(), source);
  }
  return sources;
}

/**
 * Appends one automatic check-in per live key result of the period `currentPeriod` (all
 * when not given) whose value changed since its last check-in (signed "OKR Sheets
 * (automatic)"): a closed key result's formula may still move, but its record is closed.
 * Returns how many were recorded.
 */
export function recordAutomaticCheckIns(
  spreadsheet: Spreadsheet,
  now: Date,
  language: Language,
  currentPeriod?: string,
): number {
  const tables = openTables(spreadsheet, { missingSheet: { en: '{sheet}', es: '{sheet}' } });
  const keyResults = tables.optional(KEY_RESULTS_SHEET);
  if (!keyResults || keyResults.indexByKey.current === undefined) return 0;
  const live = keyResults.rows.flatMap((row) =>
    (currentPeriod === undefined ||
      inCurrentPeriod(cell(keyResults, row, 'period'), currentPeriod)) &&
    liveSource(keyResults, row.rowNumber)
      ? [
          {
            id: String(cell(keyResults, row, 'id')).trim(),
            value: cell(keyResults, row, 'current'),
            confidence: cell(keyResults, row, 'confidence'),
            rowNumber: row.rowNumber,
          },
        ]
      : [],
  );
  if (live.length === 0) return 0;
  const checkIns = tables.optional(CHECK_INS_SHEET);
  if (!checkIns) return 0;
  const added = automaticCheckIns(live, lastValues(records(checkIns)));
  if (added.length === 0) return 0;
  const confidenceById = new Map(live.map((item) => [item.id, item.confidence]));
  const columns: Record<string, unknown[]> = {
    timestamp: added.map(() => now),
    keyResultId: added.map((item) => item.id),
    value: added.map((item) => item.value),
    confidence: added.map((item) => confidenceById.get(item.id) ?? ''),
    comment: added.map(() => ''),
    author: added.map(() => AUTOMATIC_AUTHOR[language]),
  };
  const valuesByIndex = new Map<number, unknown[]>();
  for (const [key, values] of Object.entries(columns)) {
    const index = checkIns.indexByKey[key];
    if (index !== undefined) valuesByIndex.set(index, values);
  }
  const first = checkIns.lastRow + 1;
  ensureRows(checkIns.sheet, first + added.length - 1);
  writeRows(checkIns, first, added.length, valuesByIndex);
  stampLastCheckIn(keyResults, new Set(added.map((item) => item.id)), live, now);
  return added.length;
}

/**
 * The KR rows' Last check-in becomes `now` for the live key results just recorded, so the
 * sidebar's cards and the sheet agree with the history. One write over the rows from the
 * first to the last of them (the rows between kept as read); a formula cell is left alone.
 */
function stampLastCheckIn(
  keyResults: Table,
  recorded: ReadonlySet<string>,
  live: readonly { readonly id: string; readonly rowNumber: number }[],
  now: Date,
): void {
  const index = keyResults.indexByKey.lastCheckIn;
  const rows = live.filter((item) => recorded.has(item.id)).map((item) => item.rowNumber);
  if (index === undefined || rows.length === 0) return;
  const first = rows.reduce((low, row) => Math.min(low, row));
  const last = rows.reduce((high, row) => Math.max(high, row));
  const stamped = new Set(rows);
  const values = Array.from({ length: last - first + 1 }, (_, offset) =>
    stamped.has(first + offset) ? now : KEEP,
  );
  writeRows(keyResults, first, values.length, new Map([[index, values]]));
}
