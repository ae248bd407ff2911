import { keyResultStatus, statusFromLabel, statusLabel } from '../../../src/core/formulas/status';

describe('keyResultStatus', () => {
  it('is green once done or when nothing is expected yet', () => {
    expect(keyResultStatus(1, 0.5)).toBe('green');
    expect(keyResultStatus(1.3, 1)).toBe('green');
    expect(keyResultStatus(0, 0)).toBe('green');
    expect(keyResultStatus(0, -0.1)).toBe('green');
  });

  it('grades progress/expected at 0.7 and 0.4 by default, boundaries included', () => {
    expect(keyResultStatus(0.7, 1)).toBe('green');
    expect(keyResultStatus(0.69, 1)).toBe('yellow');
    expect(keyResultStatus(0.4, 1)).toBe('yellow');
    expect(keyResultStatus(0.39, 1)).toBe('red');
    expect(keyResultStatus(0, 1)).toBe('red');
  });

  it('scales with time during the period', () => {
    // 0.28 / 0.4 is 0.7000000000000001 in binary, 0.7 for a person.
    expect(keyResultStatus(0.28, 0.4)).toBe('green');
    expect(keyResultStatus(0.35, 0.5)).toBe('green');
    expect(keyResultStatus(0.3, 0.5)).toBe('yellow');
    expect(keyResultStatus(0.19, 0.5)).toBe('red');
    expect(keyResultStatus(0.2, 0.5)).toBe('yellow');
  });

  it('takes other thresholds', () => {
    expect(keyResultStatus(0.6, 1, { greenAt: 0.6 })).toBe('green');
    expect(keyResultStatus(0.5, 1, { greenAt: 0.9, yellowAt: 0.6 })).toBe('red');
    expect(keyResultStatus(0.6, 1, { greenAt: 0.9, yellowAt: 0.6 })).toBe('yellow');
  });

  it('rejects yellow_at above green_at and non-numbers', () => {
    expect(() => keyResultStatus(0.5, 1, { greenAt: 0.3, yellowAt: 0.6 })).toThrow(
      /^#VALUE! green_at 0.3 and yellow_at 0.6/,
    );
    expect(() => keyResultStatus(Number.NaN, 1)).toThrow(/^#VALUE! progress/);
  });
});

describe('status labels', () => {
  it.each([
    ['green', 'en', 'On track'],
    ['yellow', 'en', 'At risk'],
    ['red', 'en', 'Off track'],
    ['green', 'es', 'En camino'],
    ['yellow', 'es', 'En riesgo'],
    ['red', 'es', 'Desviado'],
  ] as const)('%s in %s is %s, and reads back', (status, language, label) => {
    expect(statusLabel(status, language)).toBe(label);
    expect(statusFromLabel(label)).toBe(status);
    expect(statusFromLabel(`  ${label.toUpperCase()} `)).toBe(status);
  });

  it('reads colour names and rejects anything else', () => {
    expect(statusFromLabel('Verde')).toBe('green');
    expect(statusFromLabel('red')).toBe('red');
    expect(statusFromLabel('on_track')).toBe('green');
    expect(statusFromLabel('late')).toBeUndefined();
    expect(statusFromLabel(3)).toBeUndefined();
    expect(statusFromLabel('')).toBeUndefined();
  });
});
