import {
  refuseUnconfirmed,
  type SanityKeyResult,
  sanityConcerns,
  sanityQuestion,
} from '../../../src/core/checkIn/sanity';
import { UserFacingError } from '../../../src/core/i18n/userFacingError';

const kr = (fields: Partial<SanityKeyResult>): SanityKeyResult => ({
  type: 'auto',
  kind: 'number',
  start: 0,
  target: 100,
  current: null,
  ...fields,
});

const increase = kr({ type: 'increase', start: 0, target: 100, current: 50 });
const decrease = kr({ type: 'decrease', start: 100, target: 50, current: 80 });
const atLeast = kr({ type: 'at_least', start: 90, target: 95, current: 92 });
const atMost = kr({ type: 'at_most', start: 10, target: 5, current: 7 });
const binary = kr({ type: 'binary', kind: 'binary', start: null, target: null, current: 'No' });
const revenue = kr({ type: 'auto', start: 0, target: 10_000_000, current: null });
const churn = kr({ type: 'auto', kind: 'percent', start: 0.12, target: 0.07, current: 0.115 });

describe('sanityConcerns', () => {
  it.each<[string, SanityKeyResult, unknown, string[]]>([
    ['increase: a step forward', increase, 60, []],
    ['increase: back to the start', increase, 0, []],
    [
      'increase: back by more than the whole distance, below zero',
      increase,
      -60,
      ['wrongWay', 'negative'],
    ],
    ['increase: slightly negative', increase, -10, ['negative']],
    ['increase: exactly 10 times the target', increase, 1000, []],
    ['increase: over 10 times the target', increase, 1000.5, ['farBeyondTarget']],
    ['decrease: a step forward', decrease, 60, []],
    ['decrease: up by the whole distance', decrease, 130, []],
    ['decrease: up by more than the whole distance', decrease, 131, ['wrongWay']],
    ['decrease: far below the target is not "beyond" it', decrease, 1, []],
    ['decrease: negative', decrease, -1, ['negative']],
    ['at least: down by more than start→target', atLeast, 80, ['wrongWay']],
    ['at least: over 10 times the target', atLeast, 951, ['farBeyondTarget']],
    ['at least: reached', atLeast, 96, []],
    ['at most: up by more than start→target', atMost, 13, ['wrongWay']],
    ['at most: up by the distance', atMost, 12, []],
    ['at most: negative', atMost, -1, ['negative']],
    ['binary: done', binary, 'Sí', []],
    ['binary: not done', binary, 'No', []],
    ['revenue from 0: a trillion on a 10-million target', revenue, 1e13, ['farBeyondTarget']],
    ['revenue from 0: −500', revenue, -500, ['negative']],
    ['percent churn: back up by more than the distance', churn, 0.5, ['wrongWay']],
    ['percent churn: a step forward', churn, 0.1, []],
  ])('%s', (_name, keyResult, value, expected) => {
    expect(sanityConcerns(value, keyResult)).toEqual(expected);
  });

  it('measures from the start when the KR has no current value yet, and skips a KR without target', () => {
    expect(sanityConcerns(-101, kr({ start: 0, target: 100, current: null }))).toEqual([
      'wrongWay',
      'negative',
    ]);
    expect(sanityConcerns(-5, kr({ start: -10, target: 10 }))).toEqual([]);
    expect(sanityConcerns(1e9, kr({ target: null }))).toEqual([]);
  });
});

describe('sanityQuestion and refuseUnconfirmed', () => {
  it('words each concern with the numbers in the workbook language', () => {
    expect(sanityQuestion(['farBeyondTarget'], 1e13, revenue, 'es')).toBe(
      '10.000.000.000.000 es más de 10 veces la meta, 10.000.000.',
    );
    expect(sanityQuestion(['wrongWay', 'negative'], -60, increase, 'en')).toBe(
      '-60 moves away from the target by more than the whole way from 0 to 100. -60 is negative, but this key result runs from 0 to 100.',
    );
    expect(sanityQuestion(['wrongWay'], 0.5, churn, 'es')).toBe(
      '50 % se aleja de la meta más que todo el camino de 12 % a 7 %.',
    );
  });

  it('refuses an unconfirmed implausible value, and lets a confirmed or plausible one through', () => {
    expect(() => refuseUnconfirmed(60, increase, undefined)).not.toThrow();
    expect(() => refuseUnconfirmed(-500, revenue, true)).not.toThrow();
    let refusal: unknown;
    try {
      refuseUnconfirmed(-500, revenue, false);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect((refusal as UserFacingError).inLanguage('en')).toBe(
      'Nothing was saved: -500 is negative, but this key result runs from 0 to 10,000,000. Confirm in the sidebar to save it anyway.',
    );
  });
});
