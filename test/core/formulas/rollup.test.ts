import fc from 'fast-check';
import { weightedMean } from '../../../src/core/formulas/rollup';

describe('weightedMean', () => {
  it('docs/functions.md: 1, 0, 0 weighted 100000, 20000, 1000 gives 0.8264…', () => {
    const result = weightedMean([
      { value: 1, weight: 100000 },
      { value: 0, weight: 20000 },
      { value: 0, weight: 1000 },
    ]);
    expect(result).toBeCloseTo(0.8264462809917, 12);
  });

  it('weight 0 leaves an item out; null when nothing counts', () => {
    expect(
      weightedMean([
        { value: 0.5, weight: 1 },
        { value: 0, weight: 0 },
      ]),
    ).toBe(0.5);
    expect(weightedMean([{ value: 0.5, weight: 0 }])).toBeNull();
    expect(weightedMean([])).toBeNull();
  });

  it('rejects a negative weight', () => {
    expect(() => weightedMean([{ value: 0.5, weight: -1 }])).toThrow(
      '#VALUE! weight is -1; weights must be 0 or more',
    );
  });

  it('keeps a tiny weight from underflowing the mean to 0 (a case the property found)', () => {
    expect(weightedMean([{ value: 1.0000000000000003e-9, weight: 5e-324 }])).toBeCloseTo(1e-9, 20);
    expect(
      weightedMean([
        { value: 0.5, weight: 5e-324 },
        { value: 0.25, weight: 5e-324 },
      ]),
    ).toBeCloseTo(0.375, 12);
  });

  it('lies between the smallest and largest counted value', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.double({ min: -10, max: 10, noNaN: true }),
            weight: fc.double({ min: 0, max: 1e6, noNaN: true }),
          }),
          { minLength: 1 },
        ),
        (items) => {
          const counted = items.filter((item) => item.weight > 0).map((item) => item.value);
          const result = weightedMean(items);
          if (counted.length === 0) {
            expect(result).toBeNull();
            return;
          }
          expect(result).toBeGreaterThanOrEqual(Math.min(...counted) - 1e-9);
          expect(result).toBeLessThanOrEqual(Math.max(...counted) + 1e-9);
        },
      ),
    );
  });
});
