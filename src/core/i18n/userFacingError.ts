// The one error a person must read: a message of a feature's catalogue and its values,
// worded only when shown, in the language of the place that shows it.
import { interpolate, type Language, type Translations } from './language';

/** A value of a message: the same in every language, or worded per language (a sheet's name). */
export type MessageValue = string | number | Translations<string>;

/** The keys of a catalogue whose messages are plain text. */
export type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

export class UserFacingError extends Error {
  constructor(
    /** Which message this is: the catalogue key it was made from. */
    readonly key: string,
    private readonly templates: Translations<string>,
    readonly values: Readonly<Record<string, MessageValue>> = {},
  ) {
    super(key);
    this.name = 'UserFacingError';
  }

  inLanguage(language: Language): string {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(this.values)) {
      values[name] = typeof value === 'object' ? value[language] : value;
    }
    return interpolate(this.templates[language], values);
  }
}

/** A text worded in each language. */
export function inEachLanguage(text: (language: Language) => string): Translations<string> {
  return { en: text('en'), es: text('es') };
}

/**
 * One message of a catalogue, in every language, read when asked for: a catalogue may be
 * loaded on first use (see services/textAssets.ts), so naming a message costs nothing.
 */
export function textsOf<T>(catalogue: Translations<T>, key: TextKeys<T>): Translations<string> {
  return {
    get en() {
      return catalogue.en[key] as string;
    },
    get es() {
      return catalogue.es[key] as string;
    },
  };
}

/** The catalogue's message `key` with its values, as an error to throw. */
export function userFacingError<T>(
  catalogue: Translations<T>,
  key: TextKeys<T>,
  values: Readonly<Record<string, MessageValue>> = {},
): UserFacingError {
  return new UserFacingError(key, textsOf(catalogue, key), values);
}
