// Thin adapter over Session; readable in every AuthMode, including NONE.
import { type Language, languageFromTag } from '../core/i18n/language';

/** The language of the person at the keyboard, from their Google account locale. */
export function userLanguage(): Language {
  return languageFromTag(Session.getActiveUserLocale());
}
