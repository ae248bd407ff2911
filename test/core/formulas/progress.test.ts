import fc from 'fast-check';
import { isDone } from '../../../src/core/cells';
import { FormulaInputError } from '../../../src/core/formulas/errors';
import {
  KEY_RESULT_TYPE_WORDS,
  keyResultProgress,
  parseKeyResultType,
} from '../../../src/core/formulas/progress';

describe('parseKeyResultType', () => {
  it.each([
    ['auto', 'auto'],
    ['increase', 'increase'],
    ['aumentar', 'increase'],
    ['decrease', 'decrease'],
    ['reducir', 'decrease'],
    ['at_least', 'at_least'],
    ['al_menos', 'at_least'],
    ['at_most', 'at_most'],
    ['como_maximo', 'at_most'],
    ['binary', 'binary'],
    ['binario', 'binary'],
    // Case, accents, spaces and hyphens as people type them.
    ['INCREASE', 'increase'],
    ['  Reducir ', 'decrease'],
    ['Cómo_Máximo', 'at_most'],
    ['como máximo', 'at_most'],
    ['Al Menos', 'at_least'],
    ['at-least', 'at_least'],
    ['BINARIO', 'binary'],
    ['Automático', 'auto'],
    // Blank means auto.
    ['', 'auto'],
    ['   ', 'auto'],
    [undefined, 'auto'],
    [null, 'auto'],
  ])('%p → %p', (word, type) => {
    expect(parseKeyResultType(word)).toBe(type);
  });

  it.each([['grow'], ['more'], ['constructor'], [42], [true]])('rejects %p', (word) => {
    expect(parseKeyResultType(word)).toBeUndefined();
  });

  it('lists every English and Spanish word', () => {
    expect(KEY_RESULT_TYPE_WORDS).toEqual(
      expect.arrayContaining(['increase', 'aumentar', 'como_maximo', 'binario', 'al_menos']),
    );
  });
});

describe('keyResultProgress: docs/functions.md examples', () => {
  it('KR_PROGRESS(12%, 7%, 9%) = 0.6 (lower is better, auto)', () => {
    expect(keyResultProgress(0.12, 0.07, 0.09)).toBe(0.6);
  });
  it('KR_PROGRESS(10, 25, 17.5) = 0.5', () => {
    expect(keyResultProgress(10, 25, 17.5)).toBe(0.5);
  });
  it('KR_PROGRESS(0, 10, -5) = 0', () => {
    expect(keyResultProgress(0, 10, -5)).toBe(0);
  });
  it('100 → 60 with current 50 and cap FALSE gives 1.25', () => {
    expect(keyResultProgress(100, 60, 50, 'decrease', false)).toBe(1.25);
    expect(keyResultProgress(100, 60, 50, 'auto', false)).toBe(1.25);
  });
});

describe('keyResultProgress: types', () => {
  it('increase: (current − start)/(target − start)', () => {
    expect(keyResultProgress(20, 120, 45, 'increase')).toBe(0.25);
    expect(keyResultProgress(20, 120, 120, 'increase')).toBe(1);
  });
  it('decrease: (start − current)/(start − target)', () => {
    expect(keyResultProgress(48, 24, 36, 'decrease')).toBe(0.5);
    expect(keyResultProgress(48, 24, 24, 'decrease')).toBe(1);
    expect(keyResultProgress(48, 24, 60, 'decrease')).toBe(0);
  });
  it('auto picks the direction from start and target', () => {
    expect(keyResultProgress(48, 24, 36)).toBe(0.5);
    expect(keyResultProgress(24, 48, 36)).toBe(0.5);
  });
  it('at_least: 1 when current ≥ target, whatever the start', () => {
    expect(keyResultProgress(null, 90, 90, 'at_least')).toBe(1);
    expect(keyResultProgress(null, 90, 95, 'at_least')).toBe(1);
    expect(keyResultProgress(0, 90, 89.9, 'at_least')).toBe(0);
  });
  it('at_most: 1 when current ≤ target', () => {
    expect(keyResultProgress(null, 5, 5, 'at_most')).toBe(1);
    expect(keyResultProgress(null, 5, 4, 'at_most')).toBe(1);
    expect(keyResultProgress(10, 5, 5.1, 'at_most')).toBe(0);
  });
  it.each([
    [true, 1],
    [1, 1],
    ['yes', 1],
    ['Sí', 1],
    ['si', 1],
    ['DONE', 1],
    ['hecho', 1],
    ['x', 1],
    [' X ', 1],
    [false, 0],
    [0, 0],
    ['no', 0],
    ['pending', 0],
    [0.99, 0],
  ])('binary: current %p → %p', (current, expected) => {
    expect(keyResultProgress(null, 0, current, 'binary')).toBe(expected);
    expect(isDone(current)).toBe(expected === 1);
  });
});

describe('keyResultProgress: start = target', () => {
  it('increase and auto: 1 once current ≥ target, else 0', () => {
    expect(keyResultProgress(50, 50, 50, 'increase')).toBe(1);
    expect(keyResultProgress(50, 50, 51, 'auto')).toBe(1);
    expect(keyResultProgress(50, 50, 49, 'auto')).toBe(0);
    expect(keyResultProgress(50, 50, 49.99, 'increase')).toBe(0);
  });
  it('decrease: 1 once current ≤ target, else 0', () => {
    expect(keyResultProgress(50, 50, 50, 'decrease')).toBe(1);
    expect(keyResultProgress(50, 50, 40, 'decrease')).toBe(1);
    expect(keyResultProgress(50, 50, 51, 'decrease')).toBe(0);
  });
});

describe('keyResultProgress: blanks and cap', () => {
  it('blank start counts as 0 for increase and auto', () => {
    expect(keyResultProgress(null, 200, 50, 'increase')).toBe(0.25);
    expect(keyResultProgress(null, 200, 50)).toBe(0.25);
  });
  it('blank start is invalid for decrease, naming the argument', () => {
    expect(() => keyResultProgress(null, 10, 5, 'decrease')).toThrow(FormulaInputError);
    expect(() => keyResultProgress(null, 10, 5, 'decrease')).toThrow(/^#VALUE! start is blank/);
  });
  it('cap TRUE clamps to [0, 1]; FALSE keeps over-achievement with floor 0', () => {
    expect(keyResultProgress(0, 10, 15)).toBe(1);
    expect(keyResultProgress(0, 10, 15, 'increase', false)).toBe(1.5);
    expect(keyResultProgress(0, 10, -15, 'increase', false)).toBe(0);
    expect(keyResultProgress(100, 60, 20, 'decrease', true)).toBe(1);
    expect(keyResultProgress(100, 60, 120, 'decrease', false)).toBe(0);
  });
  it('current must be a number unless binary; the message names it', () => {
    expect(() => keyResultProgress(0, 10, 'abc')).toThrow('#VALUE! current is "abc", not a number');
    expect(() => keyResultProgress(0, 10, true, 'increase')).toThrow(/current is TRUE/);
    expect(() => keyResultProgress(0, Number.NaN, 3)).toThrow(/target/);
  });
});

describe('keyResultProgress: properties', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

  it('is monotonic (non-decreasing) in current for increase KRs', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, fc.boolean(), (start, span, a, b, cap) => {
        const target = start + Math.abs(span) + 1;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(keyResultProgress(start, target, low, 'increase', cap)).toBeLessThanOrEqual(
          keyResultProgress(start, target, high, 'increase', cap),
        );
      }),
    );
  });

  it('is antitone (non-increasing) in current for decrease KRs', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, fc.boolean(), (start, span, a, b, cap) => {
        const target = start - Math.abs(span) - 1;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(keyResultProgress(start, target, low, 'decrease', cap)).toBeGreaterThanOrEqual(
          keyResultProgress(start, target, high, 'decrease', cap),
        );
      }),
    );
  });

  it('stays in [0, 1] with cap and ≥ 0 without', () => {
    fc.assert(
      fc.property(finite, finite, finite, (start, target, current) => {
        const capped = keyResultProgress(start, target, current);
        expect(capped).toBeGreaterThanOrEqual(0);
        expect(capped).toBeLessThanOrEqual(1);
        expect(keyResultProgress(start, target, current, 'auto', false)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('auto equals the explicit direction', () => {
    fc.assert(
      fc.property(finite, finite, finite, (start, target, current) => {
        const direction = target >= start ? 'increase' : 'decrease';
        expect(keyResultProgress(start, target, current)).toBe(
          keyResultProgress(start, target, current, direction),
        );
      }),
    );
  });
});
