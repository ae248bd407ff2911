import { isDone } from '../cells';
import { isDate } from '../dates';
import { expectedProgress } from '../formulas/expected';
import { type Status, statusFromLabel } from '../formulas/status';
import { idKey } from '../keyResults/identity';
import { isBlank } from '../text';
import type { Settings } from '../workbook/settings';
import { effectiveCheckIns } from './corrections';
import type { ValueKind } from './numbers';

/** One check-in as the sidebar lists it. */
export interface HistoryEntry {
  /** ISO date-time. */
  readonly at: string;
  readonly value: number | string | null;
  readonly confidence: Status | null;
  readonly comment: string;
  readonly author: string;
  /** ISO date-time of the Check-ins row a correction of this entry names. */
  readonly ref: string;
  /** A correction replaced what was first recorded. */
  readonly corrected?: boolean;
}

export interface ChartPoint {
  /** ISO date-time. */
  readonly at: string;
  readonly value: number;
}

/** A key result's values over time and the line it was expected to follow. */
export interface HistorySeries {
  readonly actual: readonly ChartPoint[];
  readonly expected: readonly ChartPoint[];
}

export interface KeyResultHistory {
  readonly keyResultId: string;
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
  readonly series: HistorySeries;
  /** Check-ins older than the ones listed (the list is capped). */
  readonly omitted: number;
  /**
   * How many Check-ins rows the KR has, corrections included: with the latest entry's
   * `ref`, what a correction is checked against ("still the latest").
   */
  readonly rows: number;
  /**
   * The check-ins of the key results this one continues (carried over from earlier
   * periods), newest first, each naming its KR: the trend before the quarter changed.
   */
  readonly earlier?: readonly (HistoryEntry & { readonly keyResultId: string })[];
}

export const HISTORY_LIMIT = 100;

/**
 * The check-ins of one key result as corrected (corrections.ts), newest first. Rows come
 * in sheet order (oldest first, as appended); rows with the same timestamp keep their
 * sheet order reversed.
 */
export function historyEntries(
  rows: readonly Readonly<Record<string, unknown>>[],
  keyResultId: string,
): HistoryEntry[] {
  const wanted = idKey(keyResultId);
  const found: { entry: HistoryEntry; time: number; order: number }[] = [];
  const own = rows.filter((row) => idKey(row.keyResultId) === wanted);
  for (const { cells: row, time, index, corrected, ref } of effectiveCheckIns(own, (row) => row)) {
    if (!isDate(row.timestamp) || !Number.isFinite(time)) continue;
    found.push({
      time,
      order: index,
      entry: {
        at: row.timestamp.toISOString(),
        value:
          typeof row.value === 'number' || typeof row.value === 'string'
            ? row.value
            : typeof row.value === 'boolean'
              ? String(row.value)
              : null,
        confidence: statusFromLabel(row.confidence) ?? null,
        comment: isBlank(row.comment) ? '' : String(row.comment),
        author: isBlank(row.author) ? '' : String(row.author),
        ref: isDate(ref) ? ref.toISOString() : row.timestamp.toISOString(),
        ...(corrected ? { corrected } : {}),
      },
    });
  }
  found.sort((a, b) => b.time - a.time || b.order - a.order);
  return found.map((item) => item.entry);
}

/** The history the sidebar shows of `keyResult`: its entries (capped), chart and row count. */
export function keyResultHistory(
  rows: readonly Readonly<Record<string, unknown>>[],
  keyResult: Parameters<typeof historySeries>[1] & { readonly id: string },
  settings: Parameters<typeof historySeries>[2],
  earlierIds: readonly string[] = [],
): KeyResultHistory {
  const all = historyEntries(rows, keyResult.id);
  const entries = all.slice(0, HISTORY_LIMIT);
  const wanted = idKey(keyResult.id);
  // Oldest predecessor last, as the list runs newest first.
  const earlier = [...earlierIds]
    .reverse()
    .flatMap((id) => historyEntries(rows, id).map((entry) => ({ ...entry, keyResultId: id })))
    .slice(0, HISTORY_LIMIT);
  return {
    keyResultId: keyResult.id,
    entries,
    series: historySeries([...entries, ...earlier], keyResult, settings),
    omitted: all.length - entries.length,
    rows: rows.filter((row) => idKey(row.keyResultId) === wanted).length,
    ...(earlier.length > 0 ? { earlier } : {}),
  };
}

/** The number a chart plots for a stored value (yes/no as 1/0), or null. */
function plottedValue(value: unknown, kind: ValueKind): number | null {
  if (kind === 'binary') return value === null || value === '' ? null : isDone(value) ? 1 : 0;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const EXPECTED_SAMPLES = 12;

/**
 * Points of the chart: the check-in values oldest first, and the expected path from
 * the start value at the period start to the target at its end (following the working
 * day calendar when the workbook lists holidays).
 */
export function historySeries(
  entries: readonly HistoryEntry[],
  keyResult: {
    readonly kind: ValueKind;
    readonly start: number | null;
    readonly target: number | null;
  },
  settings: Pick<Settings, 'periodStart' | 'periodEnd' | 'holidays'>,
): HistorySeries {
  const actual: ChartPoint[] = [];
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!; // index is in range
    const value = plottedValue(entry.value, keyResult.kind);
    if (value !== null) actual.push({ at: entry.at, value });
  }
  const expected: ChartPoint[] = [];
  const { periodStart, periodEnd } = settings;
  const target = keyResult.kind === 'binary' ? 1 : keyResult.target;
  const start = keyResult.kind === 'binary' ? 0 : (keyResult.start ?? 0);
  if (periodStart && periodEnd && target !== null && periodEnd > periodStart) {
    const calendar = settings.holidays.length ? { holidays: settings.holidays } : undefined;
    const span = periodEnd.getTime() - periodStart.getTime();
    for (let sample = 0; sample <= EXPECTED_SAMPLES; sample++) {
      const at = new Date(periodStart.getTime() + (span * sample) / EXPECTED_SAMPLES);
      let share: number;
      try {
        share = expectedProgress(periodStart, periodEnd, at, calendar);
      } catch {
        share = sample / EXPECTED_SAMPLES;
      }
      expected.push({ at: at.toISOString(), value: start + (target - start) * share });
    }
  }
  return { actual, expected };
}
