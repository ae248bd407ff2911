// Kept apart from history.ts so the sidebar bundle does not carry the formulas.
import type { ChartPoint, HistorySeries } from './history';

interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  /** `x,y x,y …` for an SVG polyline. */
  readonly actualPoints: string;
  readonly expectedPoints: string;
  readonly dots: readonly { readonly x: number; readonly y: number }[];
  readonly minValue: number;
  readonly maxValue: number;
}

/** Scales a series into an SVG box; null when there is nothing to draw. */
export function chartGeometry(
  series: HistorySeries,
  width: number,
  height: number,
  padding = 6,
): ChartGeometry | null {
  const all = [...series.actual, ...series.expected];
  if (series.actual.length === 0 || all.length < 2) return null;
  const times = all.map((point) => Date.parse(point.at));
  const values = all.map((point) => point.value);
  let minTime = Math.min(...times);
  let maxTime = Math.max(...times);
  let minValue = Math.min(...values);
  let maxValue = Math.max(...values);
  if (maxTime === minTime) {
    minTime -= 86_400_000;
    maxTime += 86_400_000;
  }
  if (maxValue === minValue) {
    minValue -= 1;
    maxValue += 1;
  }
  const x = (time: number) =>
    round(padding + ((time - minTime) / (maxTime - minTime)) * (width - 2 * padding));
  const y = (value: number) =>
    round(height - padding - ((value - minValue) / (maxValue - minValue)) * (height - 2 * padding));
  const toPoints = (points: readonly ChartPoint[]) =>
    points.map((point) => `${x(Date.parse(point.at))},${y(point.value)}`).join(' ');
  return {
    width,
    height,
    actualPoints: toPoints(series.actual),
    expectedPoints: toPoints(series.expected),
    dots: series.actual.map((point) => ({ x: x(Date.parse(point.at)), y: y(point.value) })),
    minValue,
    maxValue,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
