import type { Language, Translations } from '../i18n/language';
import { foldText } from '../text';
import { describeValue, FormulaInputError } from './errors';
import { lookup } from './lookup';

/** The traffic light of a key result. */
export type Status = 'green' | 'yellow' | 'red';

const DEFAULT_GREEN_AT = 0.7;
const DEFAULT_YELLOW_AT = 0.4;

// Ratios a hair under a boundary only through binary noise (0.28 / 0.4) count as on it.
const BOUNDARY_TOLERANCE = 1e-9;

/**
 * Green when the KR is done (progress ≥ 1) or nothing is expected yet (expected ≤ 0);
 * otherwise by progress / expected against `greenAt` (default 0.7) and `yellowAt`
 * (default 0.4), boundaries included.
 */
export function keyResultStatus(
  progress: number,
  expected: number,
  thresholds: { greenAt?: number; yellowAt?: number } = {},
): Status {
  const greenAt = thresholds.greenAt ?? DEFAULT_GREEN_AT;
  const yellowAt = thresholds.yellowAt ?? DEFAULT_YELLOW_AT;
  if (!Number.isFinite(progress)) {
    throw new FormulaInputError(`progress is ${describeValue(progress)}, not a number`);
  }
  if (!Number.isFinite(expected)) {
    throw new FormulaInputError(`expected is ${describeValue(expected)}, not a number`);
  }
  if (!Number.isFinite(greenAt) || !Number.isFinite(yellowAt) || yellowAt > greenAt) {
    throw new FormulaInputError(
      `green_at ${describeValue(greenAt)} and yellow_at ${describeValue(yellowAt)}: yellow_at must not exceed green_at`,
    );
  }
  if (progress >= 1 || expected <= 0) return 'green';
  const ratio = progress / expected;
  if (ratio >= greenAt - BOUNDARY_TOLERANCE) return 'green';
  if (ratio >= yellowAt - BOUNDARY_TOLERANCE) return 'yellow';
  return 'red';
}

/** keyResultStatus, or null when a number is missing or the thresholds are refused. */
export function statusOrNull(
  progress: number | null,
  expected: number | null,
  thresholds: { greenAt?: number; yellowAt?: number },
): Status | null {
  if (progress === null || expected === null) return null;
  try {
    return keyResultStatus(progress, expected, thresholds);
  } catch {
    return null;
  }
}

export const STATUS_LABELS: Translations<Readonly<Record<Status, string>>> = {
  en: { green: 'On track', yellow: 'At risk', red: 'Off track' },
  es: { green: 'En camino', yellow: 'En riesgo', red: 'Desviado' },
};

/** The label people read in the Status columns. */
export function statusLabel(status: Status, language: Language): string {
  return STATUS_LABELS[language][status];
}

const STATUS_WORDS: Readonly<Record<string, Status>> = {
  'on track': 'green',
  'en camino': 'green',
  green: 'green',
  verde: 'green',
  'at risk': 'yellow',
  'en riesgo': 'yellow',
  yellow: 'yellow',
  amarillo: 'yellow',
  'off track': 'red',
  desviado: 'red',
  red: 'red',
  rojo: 'red',
};

/** Reads a status label (either language, any case or accents, or a colour name) back. */
export function statusFromLabel(label: unknown): Status | undefined {
  if (typeof label !== 'string') return undefined;
  const folded = foldText(label).replace(/[_-]+/g, ' ');
  return lookup(STATUS_WORDS, folded);
}
