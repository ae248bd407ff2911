// How a failure of an entry point reaches a person: a UserFacingError is worded in the
// workbook's language; a busy document lock and anything unexpected get the feature's
// own sentence. One wrapper for menu actions, one for calls from the sidebar and dialogs.
import { interpolate, type Language, type Translations } from '../core/i18n/language';
import { UserFacingError } from '../core/i18n/userFacingError';
import { LockTimeoutError } from '../services/lock';
import { alert, toast } from '../services/ui';
import { readSettings } from '../sheets/settings';
import { activeSpreadsheet, type Spreadsheet } from '../sheets/tables';

/** The words a menu action shows its failures with. */
export interface MenuActionTexts {
  /** Title of the toast or alert. */
  readonly title: Translations<string>;
  /** When the document lock stays busy. */
  readonly busy: Translations<string>;
  /** `{detail}`: anything else. Without it, such an error is left for Apps Script to show. */
  readonly unexpected?: Translations<string>;
  readonly shownAs: 'toast' | 'alert';
}

/** Runs a menu action; a failure ends in one toast or alert in the workbook's language. */
export function menuAction(texts: MenuActionTexts, work: (spreadsheet: Spreadsheet) => void): void {
  const spreadsheet = activeSpreadsheet();
  try {
    work(spreadsheet);
  } catch (error) {
    // Read after the failure: the action may have created or changed Settings.
    const language = readSettings(spreadsheet).language;
    let message: string;
    if (error instanceof UserFacingError) message = error.inLanguage(language);
    else if (error instanceof LockTimeoutError) message = texts.busy[language];
    else if (texts.unexpected) {
      message = interpolate(texts.unexpected[language], { detail: detailOf(error) });
    } else throw error;
    if (texts.shownAs === 'alert') alert(texts.title[language], message);
    else toast(spreadsheet, texts.title[language], message);
  }
}

// The workbook language of this call, known once its Settings are read; failures before
// that are worded in English.
let languageOfThisCall: Language = 'en';

/** Failures of the call under way are worded in `language` from now on. */
export function showFailuresIn(language: Language): void {
  languageOfThisCall = language;
}

/** What a sidebar or dialog call shows when it fails. */
export interface ClientCallTexts {
  /** When the document lock stays busy. */
  readonly busy?: Translations<string>;
  /** `{detail}`: anything else. Without it, such an error reaches the page as it is. */
  readonly unexpected?: Translations<string>;
}

/**
 * Wraps a google.script.run call so that a failure reaches the page's failure handler as
 * an Error whose message a person can read, in the workbook language.
 */
export function clientCall<A extends unknown[], T>(
  texts: ClientCallTexts,
  work: (...args: A) => T,
): (...args: A) => T {
  return (...args: A) => {
    languageOfThisCall = 'en';
    try {
      return work(...args);
    } catch (error) {
      const language = languageOfThisCall;
      if (error instanceof UserFacingError) throw pageError(error.inLanguage(language));
      if (error instanceof LockTimeoutError && texts.busy) {
        throw pageError(texts.busy[language]);
      }
      if (!texts.unexpected) throw error;
      throw pageError(interpolate(texts.unexpected[language], { detail: detailOf(error) }));
    }
  };
}

/** The error the page receives; its name is the one the sidebar has always been sent. */
function pageError(message: string): Error {
  const error = new Error(message);
  error.name = 'CheckInError';
  return error;
}

// Errors from Apps Script services may come from another realm: read the message as is.
function detailOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
