import type { Status } from '../formulas/status';
import { interpolate, type Language } from '../i18n/language';
import { cleanComment } from './inertText';
import { CHECK_IN_MESSAGES, type CheckInMessages } from './messages';
import { parseCheckInValue, type ValueKind } from './numbers';

export const COMMENT_MAX_LENGTH = 2000;
export const CONFIDENCES: readonly Status[] = ['green', 'yellow', 'red'];

export type CheckInField = 'value' | 'confidence' | 'comment';

/** The three fields of the check-in form, as entered (any type: they are checked here). */
export interface CheckInFields {
  readonly value: unknown;
  readonly confidence: unknown;
  readonly comment?: unknown;
}

interface ValidCheckIn {
  readonly value: number | string;
  readonly confidence: Status;
  readonly comment: string;
}

type CheckInValidation =
  | { readonly ok: true; readonly checkIn: ValidCheckIn }
  | { readonly ok: false; readonly errors: Partial<Record<CheckInField, string>> };

/**
 * The rules of a check-in, shared by the sidebar (inline, before anything is sent) and
 * the server (again, on whatever arrives): the value parses for the KR's kind in the
 * workbook language, a confidence is chosen, and the comment fits 2,000 characters.
 */
export function validateCheckIn(
  fields: CheckInFields,
  kind: ValueKind,
  language: Language,
): CheckInValidation {
  // Read only when there is something to say: the server's catalogue is read on first use.
  const messages = (): CheckInMessages => CHECK_IN_MESSAGES[language];
  const errors: Partial<Record<CheckInField, string>> = {};
  const value = parseCheckInValue(fields.value, kind, language);
  if (!value.ok) errors.value = messages()[value.error];
  const confidence = CONFIDENCES.find((candidate) => candidate === fields.confidence);
  if (!confidence) errors.confidence = messages().confidenceRequired;
  let comment = '';
  if (typeof fields.comment === 'string') {
    comment = cleanComment(fields.comment);
    if (comment.length > COMMENT_MAX_LENGTH) {
      errors.comment = interpolate(messages().commentTooLong, {
        length: comment.length,
        max: COMMENT_MAX_LENGTH,
      });
    }
  } else if (fields.comment !== undefined && fields.comment !== null) {
    errors.comment = interpolate(messages().badRequest, { detail: messages().comment });
  }
  if (!value.ok || !confidence || errors.comment) return { ok: false, errors };
  return { ok: true, checkIn: { value: value.value, confidence, comment } };
}
