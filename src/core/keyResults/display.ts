// A key result's values as its cells show them. The sheets layer reads the Key Results
// range once more with getDisplayValues and hands the texts over beside the values
// (`displayed`), so every feature writes 11 %, $3,700,000 or 12 users exactly as the sheet
// does, under whatever number format and locale the workbook has; the value is formatted
// here only where no display text came (a blank cell's text, a test without a sheet).
import type { SheetRecord } from '../cells';
import { formatValue, type ValueKind } from '../checkIn/numbers';
import type { Language } from '../i18n/language';
import { foldText } from '../text';

/** What the cell of `key` shows, or '' when the row carries no display text for it. */
export function displayedText(
  row: SheetRecord | { readonly displayed?: unknown },
  key: string,
): string {
  const displayed = row.displayed;
  if (typeof displayed !== 'object' || displayed === null) return '';
  const text = (displayed as Record<string, unknown>)[key];
  return typeof text === 'string' ? text.trim() : '';
}

/**
 * One value: the cell's own text, else the value formatted for its kind and language. A
 * percent KR whose cell is formatted as a plain number (0,07) is written as a percent: a
 * raw fraction is never what the person means.
 */
export function shownValue(
  display: string,
  value: number | string | boolean | null,
  kind: ValueKind,
  language: Language,
): string {
  if (display !== '' && (kind !== 'percent' || display.includes('%'))) return display;
  return value === null || value === '' ? '—' : formatValue(value, kind, language);
}

/**
 * "current → target" with the unit after it only when neither text already shows it: a
 * money cell formatted `$#,##0` reads `$3,700,000 → $10,000,000`, not `… $`, and a
 * percent cell `11 % → 7 %`; a plain number with unit `users` reads `12 → 40 users`.
 */
export function valuePair(current: string, target: string, unit: string): string {
  const folded = foldText(unit);
  const pair = `${current} → ${target}`;
  return folded !== '' && foldText(current).includes(folded) ? pair : withUnit(pair, unit);
}

/** `text unit`, unless the text already shows the unit. */
export function withUnit(text: string, unit: string): string {
  const folded = foldText(unit);
  return folded === '' || foldText(text).includes(folded) ? text : `${text} ${unit.trim()}`;
}

/** How a sample display writes its number, learnt from the sample and the value it shows. */
interface DisplayShape {
  readonly prefix: string;
  readonly suffix: string;
  readonly scale: number;
  readonly decimal: string;
  readonly group: string;
  /** Decimals the sample shows: the least a new value shows (at most two more digits). */
  readonly decimals: number;
}

const SEPARATORS: readonly (readonly [string, string])[] = [
  ['.', ','],
  [',', '.'],
  [',', '\u00a0'],
  [',', ' '],
  ['.', ' '],
  [',', '\u202f'],
];

function shapeOf(sample: string, sampleValue: number): DisplayShape | null {
  const match = /^(.*?)(\d(?:[\d.,\u00a0\u202f ]*\d)?)(\D*)$/.exec(sample);
  if (!match) return null;
  const [, rawPrefix = '', digits = '', suffix = ''] = match;
  const prefix = rawPrefix.replace(/[-\u2212]\s*$/, '');
  const scale = /%/.test(prefix + suffix) ? 100 : 1;
  for (const [decimal, group] of SEPARATORS) {
    const parts = digits.split(decimal);
    if (parts.length > 2) continue;
    const whole = parts[0] ?? '';
    const fraction = parts[1] ?? '';
    if (/\D/.test(fraction) || (whole.includes(group) && !/^\d{1,3}(?:.\d{3})*$/u.test(whole)))
      continue;
    const integer = whole.split(group).join('');
    if (/\D/.test(integer)) continue;
    const parsed = Number(`${integer}.${fraction || '0'}`);
    const tolerance = 0.5 * 10 ** -fraction.length + 1e-9;
    if (Math.abs(parsed - Math.abs(sampleValue) * scale) > tolerance) continue;
    return {
      prefix,
      suffix,
      scale,
      decimal,
      group,
      decimals: fraction.length,
    };
  }
  return null;
}

function digitsIn(value: number, shape: DisplayShape): string {
  const [whole = '', fraction = ''] = Math.abs(value * shape.scale)
    .toFixed(Math.max(shape.decimals, 2))
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, shape.group);
  const shown =
    fraction.slice(0, shape.decimals) + fraction.slice(shape.decimals).replace(/0+$/, '');
  return shown ? `${grouped}${shape.decimal}${shown}` : grouped;
}

/**
 * A new value written the way `sample` writes `sampleValue` (same symbol, unit, separators,
 * percent scale, at least its decimals), or null when the sample's number cannot be read back
 * to its value: the sidebar's text for a value it just saved, until the sheet is read again.
 */
export function displayLike(sample: string, sampleValue: unknown, value: unknown): string | null {
  if (typeof sampleValue !== 'number' || typeof value !== 'number') return null;
  if (!Number.isFinite(sampleValue) || !Number.isFinite(value) || sample.trim() === '') return null;
  const shape = shapeOf(sample.trim(), sampleValue);
  if (!shape) return null;
  const sign = value < 0 && Number(digitsIn(value, shape).replace(/\D/g, '')) !== 0 ? '-' : '';
  return `${sign}${shape.prefix}${digitsIn(value, shape)}${shape.suffix}`;
}
