import { isDone } from '../cells';
import type { Language } from '../i18n/language';
import { foldText } from '../text';

/**
 * How a key result's value is typed and shown:
 * - `number`: a plain quantity (`1.234,5` in Spanish, `1,234.5` in English);
 * - `percent`: stored as a fraction (0.12) and typed as `12%` or `12`;
 * - `percentPoints`: stored as points (12) with unit `%`, typed the same way;
 * - `binary`: done or not, chosen with a yes/no control.
 */
export type ValueKind = 'number' | 'percent' | 'percentPoints' | 'binary';

type NumberError = 'valueRequired' | 'valueNotNumber' | 'valueTooLarge';

type ParsedNumber =
  | { readonly ok: true; readonly value: number; readonly percentSign: boolean }
  | { readonly ok: false; readonly error: NumberError };

const SEPARATORS: Readonly<Record<Language, { decimal: string; group: string }>> = {
  en: { decimal: '.', group: ',' },
  es: { decimal: ',', group: '.' },
};

/** Beyond this a spreadsheet loses whole units; nobody tracks a KR there. */
const LARGEST_VALUE = 1e15;

function escapeForPattern(character: string): string {
  return character === '.' ? '\\.' : character;
}

/**
 * Reads a number the way the workbook's language writes it: `1.234,5` in Spanish and
 * `1,234.5` in English. Thousands separators, when used, must group by three, so that
 * `12.5` in Spanish (or `12,5` in English) is an error the person can see rather than
 * a silent 125. Spaces (including non-breaking ones), a leading sign and a trailing `%`
 * are allowed; NaN, Infinity and hex never parse; negative zero becomes 0.
 */
export function parseLocaleNumber(text: string, language: Language): ParsedNumber {
  let body = text.replace(/[\s\u00a0\u202f]+/g, '');
  if (body === '') return { ok: false, error: 'valueRequired' };
  const percentSign = body.endsWith('%');
  if (percentSign) body = body.slice(0, -1);
  let sign = 1;
  if (/^[-\u2212+]/.test(body)) {
    if (body[0] !== '+') sign = -1;
    body = body.slice(1);
  }
  const { decimal, group } = SEPARATORS[language];
  const d = escapeForPattern(decimal);
  const g = escapeForPattern(group);
  const grouped = new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  const plain = new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)$`);
  if (!grouped.test(body) && !plain.test(body)) return { ok: false, error: 'valueNotNumber' };
  const normalized = body.split(group).join('').replace(decimal, '.');
  const magnitude = Number(normalized);
  if (!Number.isFinite(magnitude)) return { ok: false, error: 'valueNotNumber' };
  if (magnitude > LARGEST_VALUE) return { ok: false, error: 'valueTooLarge' };
  // `-0` is a number a person never means.
  const value = magnitude === 0 ? 0 : sign * magnitude;
  return { ok: true, value, percentSign };
}

/**
 * Writes a number for a person: grouping by thousands and at most `maxDecimals`
 * decimals, trailing zeros dropped. Done by hand so the sidebar and the server agree
 * whatever Intl data the runtime carries.
 */
export function formatNumber(value: number, language: Language, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const { decimal, group } = SEPARATORS[language];
  const rounded = Number(value.toFixed(maxDecimals));
  const negative = rounded < 0;
  const [whole = '', fraction = ''] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const groupedWhole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmedFraction = fraction.replace(/0+$/, '');
  return (negative ? '-' : '') + groupedWhole + (trimmedFraction ? decimal + trimmedFraction : '');
}

/** A fraction as a percentage: 0.125 → `12.5%` (en) or `12,5 %` (es). */
export function formatPercent(fraction: number, language: Language, maxDecimals = 0): string {
  const number = formatNumber(fraction * 100, language, maxDecimals);
  return language === 'es' ? `${number} %` : `${number}%`;
}

/** Decides how a key result's value is typed: by its Type, its Unit and its start/target. */
export function valueKindOf(keyResult: {
  readonly type: string;
  readonly unit: string;
  readonly start: number | null;
  readonly target: number | null;
}): ValueKind {
  if (keyResult.type === 'binary') return 'binary';
  if (keyResult.unit.trim() !== '%') return 'number';
  // Sheets stores 12% as 0.12; a target above 1 means the sheet holds percentage points.
  const magnitudes = [keyResult.start, keyResult.target].filter(
    (value): value is number => value !== null,
  );
  return magnitudes.every((value) => Math.abs(value) <= 1) ? 'percent' : 'percentPoints';
}

/** Shows a stored value of this kind: `12%`, `1.234,5`, `Sí`. */
export function formatValue(
  value: number | string | boolean | null,
  kind: ValueKind,
  language: Language,
): string {
  if (value === null || value === '') return '–';
  if (kind === 'binary') return YES_NO[language][isDone(value) ? 'yes' : 'no'];
  if (typeof value !== 'number') return String(value);
  if (kind === 'percent') return formatPercent(value, language, 2);
  if (kind === 'percentPoints') return formatPercent(value / 100, language, 2);
  return formatNumber(value, language);
}

const YES_NO = {
  en: { yes: 'Yes', no: 'No' },
  es: { yes: 'Sí', no: 'No' },
} as const;

const NO_WORDS = new Set(['no', 'false', 'falso', '0']);

type ValueError = NumberError | 'valuePercentNotAllowed' | 'valueNotYesNo';

/** A check-in value ready to store: a number, or the localized yes/no word of a binary KR. */
type ParsedValue =
  | { readonly ok: true; readonly value: number | string; readonly done?: boolean }
  | { readonly ok: false; readonly error: ValueError };

/**
 * Reads what a person entered as a key result's new value. Accepts the typed text (in
 * the workbook language) or, from other callers, a finite number or a boolean.
 */
export function parseCheckInValue(raw: unknown, kind: ValueKind, language: Language): ParsedValue {
  if (kind === 'binary') {
    if (typeof raw === 'boolean') return yesNo(raw, language);
    if (typeof raw === 'string') {
      const folded = foldText(raw);
      if (folded === '') return { ok: false, error: 'valueNotYesNo' };
      if (isDone(folded)) return yesNo(true, language);
      if (NO_WORDS.has(folded)) return yesNo(false, language);
    }
    if (raw === 0 || raw === 1) return yesNo(raw === 1, language);
    return { ok: false, error: 'valueNotYesNo' };
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, error: 'valueNotNumber' };
    if (Math.abs(raw) > LARGEST_VALUE) return { ok: false, error: 'valueTooLarge' };
    return { ok: true, value: raw === 0 ? 0 : raw };
  }
  if (typeof raw !== 'string') return { ok: false, error: 'valueNotNumber' };
  const parsed = parseLocaleNumber(raw, language);
  if (!parsed.ok) return parsed;
  if (kind === 'number') {
    return parsed.percentSign
      ? { ok: false, error: 'valuePercentNotAllowed' }
      : { ok: true, value: parsed.value };
  }
  // A percentage KR reads `12` and `12%` alike: the person types what the sheet shows.
  const value = kind === 'percent' ? Number((parsed.value / 100).toPrecision(15)) : parsed.value;
  return { ok: true, value: value === 0 ? 0 : value };
}

function yesNo(done: boolean, language: Language): ParsedValue {
  return { ok: true, value: YES_NO[language][done ? 'yes' : 'no'], done };
}

/** What a stored value looks like in the value field, ready to edit. */
export function editableValue(
  value: number | string | boolean | null,
  kind: ValueKind,
  language: Language,
): string {
  if (value === null || value === '' || kind === 'binary') return '';
  if (typeof value !== 'number') return String(value);
  if (kind === 'percent') return formatNumber(value * 100, language, 4);
  return formatNumber(value, language, 6);
}
