import type { Language } from '../i18n/language';
import { localeDateFormat, localeDateTimeFormat } from './dateFormats';
import {
  CONFIDENCE_CHOICES,
  KEY_RESULT_TYPE_CHOICES,
  LANGUAGE_NAMES,
  LEVEL_WORDS,
} from './vocabulary';

/**
 * How each column of the template looks and what it accepts: width, number format and
 * dropdown. Pure data; src/sheets applies it.
 */

export const PERCENT_FORMAT = '0%';
const NUMBER_FORMAT = '#,##0.##';
const CURRENCY_FORMAT = '$#,##0';

/** A dropdown: fixed words, or the values of another sheet's column. */
export type Dropdown =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'column'; readonly sheetKey: string; readonly columnKey: string };

export interface ColumnLook {
  readonly width: number;
  readonly numberFormat?: string;
  readonly dropdown?: Dropdown;
}

const list = (values: readonly string[]): Dropdown => ({ kind: 'list', values });
const objectiveIds: Dropdown = { kind: 'column', sheetKey: 'objectives', columnKey: 'id' };
const peopleEmails: Dropdown = { kind: 'column', sheetKey: 'people', columnKey: 'email' };

/**
 * The look of every column of `sheetKey`, by column key; date columns show dates in the
 * spreadsheet `locale`'s order.
 */
export function columnLooks(
  sheetKey: string,
  language: Language,
  locale: string,
): Readonly<Record<string, ColumnLook>> {
  const dateFormat = localeDateFormat(locale);
  const dateTimeFormat = localeDateTimeFormat(locale);
  switch (sheetKey) {
    case 'objectives':
      return {
        id: { width: 70 },
        objective: { width: 340 },
        level: { width: 110, dropdown: list(LEVEL_WORDS[language]) },
        team: { width: 140 },
        owner: { width: 210, dropdown: peopleEmails },
        parentId: { width: 90, dropdown: objectiveIds },
        weight: { width: 70, numberFormat: NUMBER_FORMAT },
        progress: { width: 90, numberFormat: PERCENT_FORMAT },
        status: { width: 110 },
      };
    case 'keyResults':
      return {
        id: { width: 70 },
        objectiveId: { width: 100, dropdown: objectiveIds },
        keyResult: { width: 340 },
        owner: { width: 210, dropdown: peopleEmails },
        type: { width: 110, dropdown: list(KEY_RESULT_TYPE_CHOICES[language]) },
        start: { width: 90, numberFormat: NUMBER_FORMAT },
        target: { width: 90, numberFormat: NUMBER_FORMAT },
        current: { width: 90, numberFormat: NUMBER_FORMAT },
        unit: { width: 80 },
        weight: { width: 70, numberFormat: NUMBER_FORMAT },
        progress: { width: 90, numberFormat: PERCENT_FORMAT },
        expected: { width: 90, numberFormat: PERCENT_FORMAT },
        status: { width: 110 },
        confidence: { width: 100, dropdown: list(CONFIDENCE_CHOICES[language]) },
        lastCheckIn: { width: 120, numberFormat: dateFormat },
        lastComment: { width: 280 },
      };
    case 'checkIns':
      return {
        timestamp: { width: 150, numberFormat: dateTimeFormat },
        keyResultId: { width: 80 },
        value: { width: 90, numberFormat: NUMBER_FORMAT },
        confidence: { width: 100 },
        comment: { width: 360 },
        author: { width: 210 },
        corrects: { width: 150, numberFormat: dateTimeFormat },
      };
    case 'people':
      return {
        name: { width: 180 },
        email: { width: 230 },
        team: { width: 140 },
        managerEmail: { width: 230, dropdown: peopleEmails },
        oneOnOneSchedule: { width: 150 },
        nextOneOnOne: { width: 110, numberFormat: dateFormat },
      };
    case 'kpis':
      return {
        kpi: { width: 260 },
        team: { width: 140 },
        owner: { width: 210, dropdown: peopleEmails },
        current: { width: 90, numberFormat: NUMBER_FORMAT },
        healthyMin: { width: 110, numberFormat: NUMBER_FORMAT },
        healthyMax: { width: 110, numberFormat: NUMBER_FORMAT },
        status: { width: 120 },
        relatedObjective: { width: 130, dropdown: objectiveIds },
      };
    case 'reminderLog':
      return {
        sentAt: { width: 150, numberFormat: dateTimeFormat },
        manager: { width: 230 },
        oneOnOneDate: { width: 110, numberFormat: dateFormat },
        keyResultIds: { width: 200 },
        result: { width: 360 },
      };
    default:
      return {};
  }
}

/** Number format and dropdown of each setting's value cell (Settings column B). */
export function settingLooks(locale: string): Readonly<Record<string, ColumnLook>> {
  const dateFormat = localeDateFormat(locale);
  return {
    language: { width: 0, dropdown: list([LANGUAGE_NAMES.en, LANGUAGE_NAMES.es]) },
    periodStart: { width: 0, numberFormat: dateFormat },
    periodEnd: { width: 0, numberFormat: dateFormat },
    asOf: { width: 0, numberFormat: dateFormat },
    reminderDaysBefore: { width: 0, numberFormat: '0' },
    reminderHour: { width: 0, numberFormat: '0' },
    greenAt: { width: 0, numberFormat: PERCENT_FORMAT },
    yellowAt: { width: 0, numberFormat: PERCENT_FORMAT },
    elapsed: { width: 0, numberFormat: PERCENT_FORMAT },
  };
}

/** Units that mean money or a percentage, for the start/target/current formats. */
export function numberFormatForUnit(unit: unknown): string {
  const text = typeof unit === 'string' ? unit.trim().toLowerCase() : '';
  if (text === '%') return PERCENT_FORMAT;
  if (['$', 'usd', 'eur', '€', 'ars', 'mxn', 'clp', 'cop', 'pen'].includes(text))
    return CURRENCY_FORMAT;
  return NUMBER_FORMAT;
}

/** Status colours (background, text) used by conditional formatting. */
export const STATUS_COLOURS = {
  green: { background: '#d9ead3', text: '#274e13' },
  yellow: { background: '#fff2cc', text: '#7f6000' },
  red: { background: '#f4cccc', text: '#990000' },
} as const;

export const HEADER_BACKGROUND = '#1f3864';
export const HEADER_TEXT = '#ffffff';
