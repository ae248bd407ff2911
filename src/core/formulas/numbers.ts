/**
 * Removes the binary noise left by decimal inputs (0.03 / 0.05 = 0.6000000000000001):
 * a result within 1e-13 of a number with 12 decimals is that number. Spreadsheets show
 * and compare 15 significant digits, so the noise would make `=KR_PROGRESS(…)=0.6` false.
 */
export function withoutNoise(value: number): number {
  const rounded = Math.round(value * 1e12) / 1e12;
  return Math.abs(value - rounded) < 1e-13 * Math.max(1, Math.abs(value)) ? rounded : value;
}
