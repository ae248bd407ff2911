// Thin adapter over Session; readable in every AuthMode, including NONE.
import { type Language, languageFromTag } from '../core/i18n/language';

/**
 * The language of the person at the keyboard, from their Google account locale; English
 * when Session refuses to say, so that a menu or a message still appears.
 */
export function userLanguage(): Language {
  try {
    return languageFromTag(Session.getActiveUserLocale());
  } catch (_error) {
    return 'en';
  }
}

/** The account the script runs as (a trigger's creator), or '' when it cannot be told. */
export function effectiveUserEmail(): string {
  try {
    return String(Session.getEffectiveUser().getEmail() ?? '')
      .trim()
      .toLowerCase();
  } catch (_error) {
    return '';
  }
}
