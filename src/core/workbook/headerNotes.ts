import type { Language } from '../i18n/language';
import { isBlank } from '../text';
import type { HeaderNoteCatalogue } from './headerNoteTexts';
import type { SheetSpec } from './schema';

// How create/upgrade places the header notes. The texts come in as a catalogue
// (headerNoteTexts.ts, shipped beside the script), so this logic carries none of them.

/** The note of a column (or setting) in `language`, if the add-on has one. */
export function headerNote(
  catalogue: HeaderNoteCatalogue,
  sheetKey: string,
  columnKey: string,
  language: Language,
): string | undefined {
  return catalogue[sheetKey]?.[columnKey]?.[language];
}

/** Whether `text` is blank or a note the add-on wrote for that column (in either language). */
function isReplaceable(
  catalogue: HeaderNoteCatalogue,
  sheetKey: string,
  columnKey: string,
  text: unknown,
): boolean {
  if (isBlank(text)) return true;
  const note = catalogue[sheetKey]?.[columnKey];
  if (!note) return false;
  const trimmed = String(text).trim();
  return [note.en, note.es, ...(note.former ?? [])].some((own) => own.trim() === trimmed);
}

/**
 * The notes of `cells` header cells after create/upgrade, or null when none changes. Cell
 * `index` holds column `key` where `keyAt(index)` says so; a person's own note (anything
 * but blank or one of the add-on's texts) stays as it is, and so does every other cell.
 */
export function plannedNotes(
  catalogue: HeaderNoteCatalogue,
  sheetKey: string,
  existing: readonly unknown[],
  cells: number,
  keyAt: (index: number) => string | undefined,
  language: Language,
): string[] | null {
  let changed = false;
  const notes = Array.from({ length: cells }, (_, index) => {
    const current = existing[index];
    const text = isBlank(current) ? '' : String(current);
    const key = keyAt(index);
    const wanted = key === undefined ? undefined : headerNote(catalogue, sheetKey, key, language);
    if (
      key === undefined ||
      wanted === undefined ||
      !isReplaceable(catalogue, sheetKey, key, current)
    )
      return text;
    if (text !== wanted) changed = true;
    return wanted;
  });
  return changed ? notes : null;
}

/** The header row's notes of a planned table (see `plannedNotes`). */
export function plannedHeaderNotes(
  catalogue: HeaderNoteCatalogue,
  spec: SheetSpec,
  indexByKey: Readonly<Record<string, number>>,
  existing: readonly unknown[],
  language: Language,
): string[] | null {
  const keyByIndex = new Map(Object.entries(indexByKey).map(([key, index]) => [index, key]));
  const width = Math.max(0, ...Object.values(indexByKey).map((index) => index + 1));
  return plannedNotes(
    catalogue,
    spec.key,
    existing,
    width,
    (index) => keyByIndex.get(index),
    language,
  );
}
