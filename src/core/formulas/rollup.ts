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
  let weightedSum = 0;
  let totalWeight = 0;
  for (const item of items) {
    checkWeight(item.weight);
    if (item.weight === 0) continue;
    weightedSum += item.value * item.weight;
    totalWeight += item.weight;
  }
  return totalWeight === 0 ? null : withoutNoise(weightedSum / totalWeight);
}
