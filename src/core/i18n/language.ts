/** The two languages of everything a person reads. */
export type Language = 'en' | 'es';

export const LANGUAGES: readonly Language[] = ['en', 'es'];

/**
 * Maps a locale or language tag (`es`, `es-AR`, `es_ES`, `en_US`, `Español`) to a
 * supported language; anything that is not Spanish falls back to English.
 */
export function languageFromTag(tag: unknown): Language {
  if (typeof tag !== 'string') return 'en';
  const normalized = tag.trim().toLowerCase();
  return normalized.startsWith('es') ? 'es' : 'en';
}

/** A bundle of messages with the same keys in both languages. */
export type Translations<T> = { readonly [L in Language]: T };

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
