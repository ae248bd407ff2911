// Carrying unfinished key results into the next period: each becomes a new row with a
// new ID (the old row and its check-ins stay, recorded in History under the closed
// period), keeping its objective, owner, type, target, unit and weight, in the next
// period, naming the KR it continues. The starting rule (README, Closing a period): the
// copy starts from the value at the close (Start and Target as they were, Current the
// value the KR had when the period closed), so its progress goes on where it stopped. A
// formula in a carried cell (a live Current) is carried as the formula.
import { inertText } from '../checkIn/inertText';
import { isDate } from '../dates';
import type { Language } from '../i18n/language';
import { idKey } from '../keyResults/identity';
import { foldText, isBlank } from '../text';
import type { CycleKeyResult } from './okrs';

/** A key result is unfinished when it has not reached its target (or was never measured). */
export function isUnfinished(keyResult: CycleKeyResult): boolean {
  return keyResult.progress === null || keyResult.progress < 1;
}

/** The columns copied into the new row; the rest start blank (computed, or the new row's own). */
const CARRIED_COLUMNS = [
  'objectiveId',
  'keyResult',
  'owner',
  'type',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'confidence',
] as const;

const DEFAULT_PREFIX: Readonly<Record<Language, string>> = { en: 'KR-', es: 'RC-' };
const NUMBERED = /^(.*?)(\d+)$/;

/**
 * New ids, one per template id: the template's prefix with the next free number among
 * every id in use with that prefix (KR-7 → KR-13 when KR-12 is the highest), keeping its
 * zero padding. An id without a number uses KR- (RC- in Spanish).
 */
export function newKeyResultIds(
  existingIds: readonly unknown[],
  templates: readonly string[],
  language: Language,
): string[] {
  const highest = new Map<string, number>();
  const used = new Set<string>();
  for (const id of existingIds) {
    if (isBlank(id)) continue;
    const text = String(id).trim();
    used.add(foldText(text));
    const match = NUMBERED.exec(text);
    if (match) {
      const prefix = foldText(match[1]);
      highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(match[2])));
    }
  }
  return templates.map((template) => {
    const match = NUMBERED.exec(template.trim());
    // Both groups of NUMBERED are required, so a match has them.
    const prefix = match ? match[1]! : DEFAULT_PREFIX[language];
    const width = match ? match[2]!.length : 1;
    let next = (highest.get(foldText(prefix)) ?? 0) + 1;
    let id = `${prefix}${String(next).padStart(width, '0')}`;
    while (used.has(idKey(id))) {
      next++;
      id = `${prefix}${String(next).padStart(width, '0')}`;
    }
    highest.set(foldText(prefix), next);
    used.add(idKey(id));
    return id;
  });
}

export interface CarriedKeyResult {
  readonly fromId: string;
  readonly id: string;
  /** Cells by column key, ready to write (text kept as text). */
  readonly cells: Readonly<Record<string, unknown>>;
  /** Carried cells that held a formula: the formula, by column key, written as one. */
  readonly formulas: Readonly<Record<string, string>>;
  /** The 1-based row of the KR it continues, whose formats and dropdowns the copy takes. */
  readonly fromRow: number;
}

function writable(value: unknown): unknown {
  if (typeof value === 'string') return inertText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return value;
  return '';
}

interface CarryOptions {
  /** The next period's name, written into the copies' Period. */
  readonly period?: string;
  /** Formulas of the rows carried, by 1-based row then column key. */
  readonly formulasByRow?: ReadonlyMap<number, Readonly<Record<string, string>>>;
}

/** The new rows for `unfinished`, with ids that no row of `existingIds` uses. */
export function carryOver(
  unfinished: readonly CycleKeyResult[],
  existingIds: readonly unknown[],
  language: Language,
  options: CarryOptions = {},
): CarriedKeyResult[] {
  const ids = newKeyResultIds(
    existingIds,
    unfinished.map((keyResult) => keyResult.id),
    language,
  );
  return unfinished.map((keyResult, index) => {
    // The new id keeps the old id's prefix, which is text a person typed: it may look
    // like a formula (=HYPERLINK(…)&1) or a number, so it is written inert like the rest.
    // newKeyResultIds gives one id per template, so ids[index] exists.
    const id = ids[index]!;
    const cells: Record<string, unknown> = { id: inertText(id) };
    for (const key of CARRIED_COLUMNS) cells[key] = writable(keyResult.cells[key]);
    if (options.period !== undefined) cells.period = inertText(options.period);
    cells.continues = inertText(keyResult.id);
    const formulas: Record<string, string> = {};
    const rowFormulas = options.formulasByRow?.get(keyResult.rowNumber) ?? {};
    for (const key of CARRIED_COLUMNS) {
      const formula = rowFormulas[key];
      if (formula) formulas[key] = formula;
    }
    return { fromId: keyResult.id, id, cells, formulas, fromRow: keyResult.rowNumber };
  });
}
