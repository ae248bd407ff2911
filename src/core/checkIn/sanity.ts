// The "are you sure?" rules of a check-in value, shared by the sidebar (it asks before
// sending) and the server (it records nothing it would have asked about unless the
// request says the person confirmed).
import type { KeyResultType } from '../formulas/progress';
import { interpolate, type Language } from '../i18n/language';
import { inEachLanguage, textsOf, UserFacingError } from '../i18n/userFacingError';
import { CHECK_IN_MESSAGES, CORRECTION_MESSAGES } from './messages';
import { formatValue, type ValueKind } from './numbers';

/** Why a value looks like a typo. */
export type SanityConcern = 'wrongWay' | 'farBeyondTarget' | 'negative';

/** What the rules read of a key result (a KeyResultView has it all). */
export interface SanityKeyResult {
  readonly type: KeyResultType | 'auto';
  readonly kind: ValueKind;
  readonly start: number | null;
  readonly target: number | null;
  readonly current: number | string | null;
}

/**
 * The concerns about recording `value` on `keyResult`, none for a plausible value:
 * - `wrongWay`: it moves from the current value (the start when there is none) away from
 *   the target by more than the whole start→target distance;
 * - `farBeyondTarget`: where more is better (increase, at least), it is over 10 times a
 *   positive target;
 * - `negative`: it is below 0 while start (blank counts 0) and target are both ≥ 0.
 * Yes/no key results and a KR without a numeric target raise none.
 */
export function sanityConcerns(value: unknown, keyResult: SanityKeyResult): SanityConcern[] {
  const { target, kind, type } = keyResult;
  if (kind === 'binary' || type === 'binary' || typeof value !== 'number' || target === null) {
    return [];
  }
  const start = keyResult.start ?? 0;
  const previous = typeof keyResult.current === 'number' ? keyResult.current : start;
  const upIsBetter =
    type === 'increase' || type === 'at_least' || (type === 'auto' && target >= start);
  const concerns: SanityConcern[] = [];
  const distance = Math.abs(target - start);
  const wrongMove = upIsBetter ? previous - value : value - previous;
  if (distance > 0 && wrongMove > distance) concerns.push('wrongWay');
  if (upIsBetter && target > 0 && value > 10 * target) concerns.push('farBeyondTarget');
  if (value < 0 && start >= 0 && target >= 0) concerns.push('negative');
  return concerns;
}

/** The question the sidebar asks and the server's refusal quotes, in `language`. */
export function sanityQuestion(
  concerns: readonly SanityConcern[],
  value: number | string,
  keyResult: SanityKeyResult,
  language: Language,
): string {
  const messages = CHECK_IN_MESSAGES[language];
  const shown = (number: number | string | null) => formatValue(number, keyResult.kind, language);
  const values = {
    value: shown(value),
    start: shown(keyResult.start ?? 0),
    target: shown(keyResult.target),
    current: shown(
      typeof keyResult.current === 'number' ? keyResult.current : (keyResult.start ?? 0),
    ),
  };
  return concerns.map((concern) => interpolate(messages[concern], values)).join(' ');
}

/**
 * The server's side of the rule: a value the sidebar would have asked about is refused
 * (nothing recorded) unless the request says the person confirmed it.
 */
export function refuseUnconfirmed(
  value: unknown,
  keyResult: SanityKeyResult,
  confirmed: boolean | undefined,
): void {
  const concerns = sanityConcerns(value, keyResult);
  if (concerns.length === 0 || confirmed === true) return;
  const shown = value as number;
  throw new UserFacingError('unconfirmed', textsOf(CORRECTION_MESSAGES, 'unconfirmed'), {
    question: inEachLanguage((language) => sanityQuestion(concerns, shown, keyResult, language)),
  });
}
