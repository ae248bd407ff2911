// Reading the cells people type into, shared by the cycle, the reminders, the sidebar
// and the settings: IDs as the formulas compare them, numbers written the way either
// language writes them, and the newest check-in of each key result.
import { effectiveCheckIns } from './checkIn/corrections';
import { DAY_MS, dayOf, isDate, SERIAL_EPOCH_UTC } from './dates';
import { idKey } from './keyResults/identity';
import { foldText, isBlank } from './text';

/** One sheet row as plain cell values by column key (see workbook/schema.ts). */
export type SheetRecord = Readonly<Record<string, unknown>>;

/** A cell as trimmed text; a date cell as its calendar day (`2026-03-31`). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return dayOf(value) ?? '';
  return String(value).trim();
}

// IDs are compared by the one identity rule (keyResults/identity.ts).
export { idKey };

/** The value when it is a finite number, else null (cells the sheets' formulas fill). */
export function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const YES_WORDS: ReadonlySet<string> = new Set([
  'yes',
  'si',
  'done',
  'hecho',
  'x',
  '1',
  'true',
  'verdadero',
]);

/** Whether a binary key result's value means "done": TRUE, 1 or a yes-word in either language. */
export function isDone(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && YES_WORDS.has(foldText(value));
}

/** A finite number, or a text one with a decimal comma or a percent sign (`0,5`, `40%`); else null. */
export function cellNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && !isBlank(value)) {
    const text = value.trim().replace(',', '.');
    const percent = text.endsWith('%');
    const parsed = Number(percent ? text.slice(0, -1) : text);
    if (Number.isFinite(parsed)) return percent ? parsed / 100 : parsed;
  }
  return null;
}

/** Milliseconds of a check-in timestamp, to compare them; rows without one count as oldest. */
export function timestampOrder(value: unknown): number {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? -Infinity : value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) {
    return SERIAL_EPOCH_UTC + value * DAY_MS;
  }
  if (typeof value === 'string' && !isBlank(value)) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? -Infinity : parsed;
  }
  return -Infinity;
}

/**
 * The newest check-in of every key result (by idKey), as corrected (a withdrawn or
 * corrected row never wins: checkIn/corrections.ts): the newest timestamp wins, and
 * among equal timestamps the lower row, which was appended later.
 */
export function newestCheckIns<Row>(
  rows: Iterable<Row>,
  cellsOf: (row: Row) => SheetRecord,
): Map<string, { cells: SheetRecord; order: number }> {
  const newest = new Map<string, { cells: SheetRecord; order: number }>();
  for (const { cells, time: order } of effectiveCheckIns(rows, cellsOf)) {
    const id = idKey(cells.keyResultId);
    if (id === '') continue;
    const previous = newest.get(id);
    if (!previous || previous.order <= order) newest.set(id, { cells, order });
  }
  return newest;
}
