// Live key results: Current is a formula over the business's own data (its own, or filled
// by an array formula). A check-in on one records the value the formula shows without
// touching the cell, and the daily run records one automatic check-in per live key result
// whose value changed, so history, charts and stale rules work without anyone typing.
import { idKey, newestCheckIns, type SheetRecord } from '../cells';
import type { Translations } from '../i18n/language';
import { isBlank } from '../text';

/** Who signs an automatic check-in. */
export const AUTOMATIC_AUTHOR: Translations<string> = {
  en: 'OKR Sheets (automatic)',
  es: 'OKR Sheets (automático)',
};

/** A value a formula shows when its source broke (#REF!, #N/A, #VALUE!…). */
export function isSourceError(value: unknown): boolean {
  return typeof value === 'string' && /^#[A-Z0-9/!?]+/.test(value.trim());
}

export interface LiveValue {
  readonly id: string;
  readonly value: unknown;
}

/**
 * The automatic check-ins of a daily run: each live key result whose value is a value
 * (not blank, not an error) and differs from its last check-in's.
 */
export function automaticCheckIns(
  live: readonly LiveValue[],
  lastValueById: ReadonlyMap<string, unknown>,
): LiveValue[] {
  return live.filter(({ id, value }) => {
    if (isBlank(value) || isSourceError(value) || isBlank(id)) return false;
    const last = lastValueById.get(idKey(id));
    return last === undefined || String(last) !== String(value);
  });
}

/** The value of each key result's newest check-in, by ID key. */
export function lastValues(rows: Iterable<SheetRecord>): Map<string, unknown> {
  const newest = newestCheckIns(rows, (row) => row);
  return new Map([...newest].map(([key, { cells }]) => [key, cells.value]));
}

/** What a save on a live key result says, `{value}` being the value recorded. */
export const LIVE_SAVED: Translations<string> = {
  en: 'Live key result: recorded the value its formula shows, {value}; the formula stays.',
  es: 'Resultado clave en vivo: se registró el valor que muestra su fórmula, {value}; la fórmula queda.',
};

/** How the sidebar names the source of a live key result's value. */
export const LIVE_SOURCE: Translations<string> = {
  en: 'Live value, from {formula}',
  es: 'Valor en vivo, de {formula}',
};

const DAY_MS = 86_400_000;

/**
 * Live key results whose source stopped updating: the value shows an error, or no
 * check-in (automatic ones come with every change) in `days` days (Settings).
 */
export function stoppedSources(
  live: readonly LiveValue[],
  checkIns: Iterable<SheetRecord>,
  asOf: Date,
  days: number,
): { id: string; error: string | null }[] {
  const newest = newestCheckIns(checkIns, (row) => row);
  const stopped: { id: string; error: string | null }[] = [];
  for (const { id, value } of live) {
    if (isSourceError(value)) {
      stopped.push({ id, error: String(value) });
      continue;
    }
    const last = newest.get(idKey(id));
    if (last && last.order < asOf.getTime() - days * DAY_MS) {
      stopped.push({ id, error: null });
    }
  }
  return stopped;
}

export const LIVE_STOPPED: Translations<{ error: string; stale: string; advice: string }> = {
  en: {
    error: 'The source of key result {id} stopped updating: its formula shows {error}.',
    stale:
      'The source of key result {id} stopped updating: its value has not changed in {days} days.',
    advice: 'Check the formula in Current and the data it reads.',
  },
  es: {
    error: 'La fuente del resultado clave {id} dejó de actualizarse: su fórmula muestra {error}.',
    stale:
      'La fuente del resultado clave {id} dejó de actualizarse: su valor no cambió en {days} días.',
    advice: 'Revisa la fórmula de Actual y los datos que lee.',
  },
};
