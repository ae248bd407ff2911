// The check-in calls' input schemas (zod/mini). Loaded on first use only (see
// checkIn.ts): zod builds its classes and sets a global when its module loads.
import {
  boolean,
  maxLength,
  minLength,
  number,
  object,
  optional,
  string,
  union,
  enum as zodEnum,
} from 'zod/mini';

export function checkInPayloadSchema() {
  return object({
    keyResultId: string().check(minLength(1), maxLength(200)),
    value: union([string().check(maxLength(200)), number(), boolean()]),
    confidence: zodEnum(['green', 'yellow', 'red']),
    comment: optional(string()),
    /** The person answered the sidebar's "are you sure?" (core/checkIn/sanity.ts). */
    confirmed: optional(boolean()),
  });
}

/** A non-empty text of at most `max` characters (IDs, emails). */
export function shortTextSchema(max: number) {
  return string().check(minLength(1), maxLength(max));
}

/** A correction (new values) or a withdrawal of the latest check-in of a KR. */
export function correctionPayloadSchema() {
  return object({
    keyResultId: string().check(minLength(1), maxLength(200)),
    /** The `ref` of the history entry corrected (an ISO date-time). */
    corrects: string().check(minLength(1), maxLength(40)),
    /** The history's `rows` when it was shown. */
    rows: number(),
    withdraw: optional(boolean()),
    value: optional(union([string().check(maxLength(200)), number(), boolean()])),
    confidence: optional(zodEnum(['green', 'yellow', 'red'])),
    comment: optional(string()),
    confirmed: optional(boolean()),
  });
}
