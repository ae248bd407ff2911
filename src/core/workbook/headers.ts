import { STATUS_LABELS } from '../formulas/status';
import { LANGUAGES, type Language } from '../i18n/language';
import { foldText, isBlank } from '../text';
import type { ColumnSpec, SheetSpec } from './schema';
import { KPI_HEALTH_LABELS } from './vocabulary';

/** Every folded text that names this column, in either language. */
export function columnNames(column: ColumnSpec): string[] {
  const names = LANGUAGES.map((language) => foldText(column.header[language]));
  for (const alias of column.aliases ?? []) names.push(foldText(alias));
  return names;
}

/** True when `text` names this sheet in either language (case- and accent-insensitive). */
export function isSheetNamed(spec: SheetSpec, text: string): boolean {
  const folded = foldText(text);
  return LANGUAGES.some((language) => foldText(spec.name[language]) === folded);
}

interface ColumnMap {
  /** 0-based column index of every column found, by key. */
  readonly indexByKey: Readonly<Record<string, number>>;
  /** Keys of the spec's columns that the header row lacks, in spec order. */
  readonly missing: readonly string[];
  /**
   * Columns headed with a spec column's name in the sheet's other language that hold
   * something else: a person's own column, never taken for the add-on's (see mapColumns).
   */
  readonly foreign: readonly { readonly key: string; readonly index: number }[];
}

/** What a column holds, for telling the add-on's column from a person's of the same name. */
export type ColumnContent = (index: number) => readonly unknown[];

const NUMBER_COLUMNS = new Set([
  'start',
  'target',
  'current',
  'weight',
  'progress',
  'expected',
  'healthyMin',
  'healthyMax',
  'value',
]);
const LABEL_COLUMNS = new Set(['status', 'confidence']);
const DATE_COLUMNS = new Set(['lastCheckIn', 'timestamp', 'nextOneOnOne', 'closedOn']);
const EMAIL_COLUMNS = new Set(['owner', 'email', 'managerEmail', 'author']);
const ID_COLUMNS = new Set(['id', 'objectiveId', 'keyResultId', 'parentId', 'relatedObjective']);
const LABELS = new Set(
  LANGUAGES.flatMap((language) => [
    ...Object.values(STATUS_LABELS[language]),
    ...Object.values(KPI_HEALTH_LABELS[language]),
  ]).map(foldText),
);

/** True when every value is blank or what the add-on writes into the column `key`. */
export function holdsAddonValues(key: string, values: readonly unknown[]): boolean {
  const fits = (value: unknown): boolean => {
    if (isBlank(value)) return true;
    if (typeof value === 'string' && value.startsWith('#')) return true; // an error shown
    if (NUMBER_COLUMNS.has(key)) return typeof value === 'number';
    if (LABEL_COLUMNS.has(key)) return typeof value === 'string' && LABELS.has(foldText(value));
    if (DATE_COLUMNS.has(key)) return Object.prototype.toString.call(value) === '[object Date]';
    if (EMAIL_COLUMNS.has(key)) return typeof value === 'string' && /^\S+@\S+$/.test(value.trim());
    // IDs are whatever people type; anything else is the person's own text.
    return ID_COLUMNS.has(key);
  };
  return values.every(fits);
}

/** The sheet's language by its headers: the one most of the spec's columns are named in. */
function headerLanguage(foldedHeaders: readonly string[], spec: SheetSpec): Language | null {
  const votes: Record<Language, number> = { en: 0, es: 0 };
  for (const column of spec.columns) {
    const [en, es] = [foldText(column.header.en), foldText(column.header.es)];
    if (en === es) continue;
    if (foldedHeaders.includes(en)) votes.en++;
    if (foldedHeaders.includes(es)) votes.es++;
  }
  if (votes.en === votes.es) return null;
  return votes.en > votes.es ? 'en' : 'es';
}

/**
 * Locates the spec's columns in a header row by name. When a header appears twice the
 * first (left-most) one wins, as a person reading left to right would expect; columns the
 * spec does not know are ignored (user columns).
 *
 * A column is the add-on's by its name in the sheet's language (the one most of its
 * headers are in; `language`, the workbook's, when they are as many), or by its name in
 * the other language only when no column bears the first name and, given `content`, the
 * column is empty or holds what the add-on writes there: an English sheet's "Estado"
 * holding "kick-off done" is a person's column, not Status. Without `content` a header
 * in either language is taken.
 */
export function mapColumns(
  headerRow: readonly unknown[],
  spec: SheetSpec,
  content?: ColumnContent,
  language?: Language,
): ColumnMap {
  const foldedHeaders = headerRow.map(foldText);
  const sheetLanguage = content ? (headerLanguage(foldedHeaders, spec) ?? language ?? null) : null;
  const indexByKey: Record<string, number> = {};
  const missing: string[] = [];
  const foreign: { key: string; index: number }[] = [];
  const find = (names: readonly string[]) =>
    foldedHeaders.findIndex((header) => header !== '' && names.includes(header));
  for (const column of spec.columns) {
    if (!sheetLanguage) {
      const index = find(columnNames(column));
      if (index >= 0) indexByKey[column.key] = index;
      else missing.push(column.key);
      continue;
    }
    const own = [foldText(column.header[sheetLanguage]), ...(column.aliases ?? []).map(foldText)];
    const index = find(own);
    if (index >= 0) {
      indexByKey[column.key] = index;
      continue;
    }
    const other = sheetLanguage === 'en' ? 'es' : 'en';
    const otherIndex = find([foldText(column.header[other])]);
    if (otherIndex >= 0 && content && holdsAddonValues(column.key, content(otherIndex))) {
      indexByKey[column.key] = otherIndex;
      continue;
    }
    if (otherIndex >= 0) foreign.push({ key: column.key, index: otherIndex });
    missing.push(column.key);
  }
  return { indexByKey, missing, foreign };
}

/**
 * The index of `key` (a column, or a Settings row) that the caller has already made sure
 * of: an action checks its required columns before it reads them, and a plan places every
 * column of its spec. A missing one is a bug here, not a problem of the person's sheet.
 */
export function requiredIndex(indexByKey: Readonly<Record<string, number>>, key: string): number {
  const index = indexByKey[key];
  if (index === undefined) throw new Error(`Internal error: no index for required key "${key}"`);
  return index;
}
