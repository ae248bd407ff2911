import { LANGUAGES } from '../i18n/language';
import { foldText } from '../text';
import type { ColumnSpec, SheetSpec } from './schema';

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
}

/**
 * Locates the spec's columns in a header row by name, in either language. When a
 * header appears twice the first (left-most) one wins, as a person reading left to
 * right would expect; columns the spec does not know are ignored (user columns).
 */
export function mapColumns(headerRow: readonly unknown[], spec: SheetSpec): ColumnMap {
  const foldedHeaders = headerRow.map(foldText);
  const indexByKey: Record<string, number> = {};
  const missing: string[] = [];
  for (const column of spec.columns) {
    const names = columnNames(column);
    const index = foldedHeaders.findIndex((header) => header !== '' && names.includes(header));
    if (index >= 0) indexByKey[column.key] = index;
    else missing.push(column.key);
  }
  return { indexByKey, missing };
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
