/**
 * Folds text for comparisons a person would call "the same": trimmed, whitespace
 * collapsed, lower case, accents removed (`Último  Viernes` → `ultimo viernes`).
 */
export function foldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A cell counts as blank when it is empty, null or only whitespace. */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Sheets reads typed text starting with = + - @ as a formula, misreads a leading tab,
 * CR or LF, and swallows a leading apostrophe; such text needs the `'` prefix that makes
 * Sheets keep the rest as literal text.
 */
export const NEEDS_APOSTROPHE = /^[=+\-@\t\r\n']/;
