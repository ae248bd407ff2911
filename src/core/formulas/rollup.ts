import { describeValue, FormulaInputError } from './errors';
import { withoutNoise } from './numbers';

/** A weight must be a finite number ≥ 0; 0 leaves the item out. */
export function checkWeight(weight: number): void {
  if (!Number.isFinite(weight) || weight < 0) {
    throw new FormulaInputError(`weight is ${describeValue(weight)}; weights must be 0 or more`);
  }
}

/**
 * Σ value·weight / Σ weight over the items with a positive weight; `null` when no item
 * counts. A negative weight is invalid.
 */
export function weightedMean(items: readonly { value: number; weight: number }[]): number | null {
  // Weights relative to the largest: a tiny weight (5e-324) times a small value would
  // underflow to 0 and pull the mean out of the values' range.
  let largest = 0;
  for (const item of items) {
    checkWeight(item.weight);
    if (item.weight > largest) largest = item.weight;
  }
  if (largest === 0) return null;
  let weightedSum = 0;
  let totalWeight = 0;
  for (const item of items) {
    if (item.weight === 0) continue;
    const weight = item.weight / largest;
    weightedSum += item.value * weight;
    totalWeight += weight;
  }
  return withoutNoise(weightedSum / totalWeight);
}
