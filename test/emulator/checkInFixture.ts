// A small OKR workbook for the check-in tests, written from the schema's headers (in
// the workbook's language) the way a person would type it. Progress and Status are
// row formulas with the add-on's own custom functions, so a save visibly recomputes.
import { createEmulator, type EmulatedUser, type Emulator } from '../../emulator';
import type { Language } from '../../src/core/i18n/language';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../../src/core/workbook/schema';

export const ANA: EmulatedUser = { email: 'ana@example.com', locale: 'es' };
export const BETO: EmulatedUser = { email: 'beto@example.com', locale: 'es' };
export const CARO: EmulatedUser = { email: 'caro@example.com', locale: 'en' };
/** A consumer account: Session gives the add-on no email. */
export const HIDDEN: EmulatedUser = { email: 'dani@example.com', locale: 'es', hideEmail: true };

export function headers(spec: SheetSpec, language: Language): string[] {
  return spec.columns.map((column) => column.header[language]);
}

export function sheetName(spec: SheetSpec, language: Language): string {
  return spec.name[language];
}

const letter = (spec: SheetSpec, key: string) =>
  String.fromCharCode(65 + spec.columns.findIndex((column) => column.key === key));

export interface FixtureOptions {
  readonly language?: Language;
  /** Extra key results owned by caro@example.com, to measure calls against row count. */
  readonly extraKeyResults?: number;
  readonly checkIns?: readonly (readonly unknown[])[];
  readonly withFormulas?: boolean;
}

export interface KeyResultValues {
  type?: string;
  start?: unknown;
  target?: unknown;
  current?: unknown;
  unit?: string;
}
export interface KeyResultExtra {
  confidence?: string;
  lastComment?: string;
  objectiveId?: string;
}

export function keyResultRow(
  id: string,
  owner: string,
  values: KeyResultValues,
  extra: KeyResultExtra = {},
  row = 0,
  withFormulas = true,
  language: Language = 'es',
): unknown[] {
  const col = (key: string) => `${letter(KEY_RESULTS_SHEET, key)}${row}`;
  const statusLanguage = language;
  return KEY_RESULTS_SHEET.columns.map((column) => {
    switch (column.key) {
      case 'id':
        return id;
      case 'objectiveId':
        return extra.objectiveId ?? 'O1';
      case 'keyResult':
        return `Resultado ${id}`;
      case 'owner':
        return owner;
      case 'type':
        return values.type ?? '';
      case 'start':
        return values.start ?? 0;
      case 'target':
        return values.target ?? 100;
      case 'current':
        return values.current ?? '';
      case 'unit':
        return values.unit ?? 'clientes';
      case 'weight':
        return 1;
      case 'progress':
        return withFormulas
          ? `=KR_PROGRESS(${col('start')},${col('target')},${col('current')},${col('type')})`
          : '';
      case 'expected':
        return 0.32;
      case 'status':
        return withFormulas
          ? `=KR_STATUS(${col('progress')},${col('expected')},"${statusLanguage}")`
          : '';
      case 'confidence':
        return extra.confidence ?? '';
      case 'lastComment':
        return extra.lastComment ?? '';
      default:
        return '';
    }
  });
}

/**
 * Ana manages Beto and Caro. Period 2026-04-01 → 2026-06-30, as of 2026-04-30; the
 * emulator's clock says 2026-05-01 15:00 UTC.
 */
export function createCheckInWorkbook(options: FixtureOptions = {}): Emulator {
  const language = options.language ?? 'es';
  const withFormulas = options.withFormulas ?? true;
  const emulator = createEmulator({
    now: new Date('2026-05-01T15:00:00Z'),
    locale: language === 'es' ? 'es_AR' : 'en_US',
    user: ANA,
    timeZone: 'UTC',
    scriptTimeZone: 'UTC',
  });
  const label = (key: string) =>
    SETTINGS_SHEET.columns.find((column) => column.key === key)!.header[language];
  emulator.writeSheet(sheetName(SETTINGS_SHEET, language), [
    [label('language'), language === 'es' ? 'Español' : 'English'],
    [label('period'), '2026-Q2'],
    [label('periodStart'), new Date(Date.UTC(2026, 3, 1))],
    [label('periodEnd'), new Date(Date.UTC(2026, 5, 30))],
    [label('asOf'), new Date(Date.UTC(2026, 3, 30))],
    [label('greenAt'), 0.7],
    [label('yellowAt'), 0.4],
  ]);
  emulator.writeSheet(sheetName(OBJECTIVES_SHEET, language), [
    headers(OBJECTIVES_SHEET, language),
    ['O1', 'Crecer en cuentas nuevas', 'team', 'Ventas', 'ana@example.com', '', 1, '', ''],
    ['O2', 'Clientes más contentos', 'team', 'Servicio', 'ana@example.com', '', 1, '', ''],
  ]);
  emulator.writeSheet(sheetName(PEOPLE_SHEET, language), [
    headers(PEOPLE_SHEET, language),
    ['Ana Jefa', 'ana@example.com', 'Ventas', '', 'primer martes', ''],
    ['Beto Vendedor', 'beto@example.com', 'Ventas', 'ana@example.com', '', ''],
    ['Caro Soporte', 'caro@example.com', 'Servicio', 'ana@example.com', '', ''],
    ['Dani Consumer', 'dani@example.com', 'Servicio', 'ana@example.com', '', ''],
  ]);
  type RowSpec = [string, string, KeyResultValues, KeyResultExtra?];
  const specs: RowSpec[] = [
    ['KR1', 'ana@example.com', { start: 10, target: 40, current: 20 }],
    [
      'KR2',
      'beto@example.com',
      { start: 0, target: 50, current: 20 },
      { lastComment: 'Buen ritmo' },
    ],
    [
      'KR3',
      'caro@example.com',
      { start: 0.12, target: 0.07, current: 0.115, unit: '%' },
      { lastComment: 'Falta personal', objectiveId: 'O2' },
    ],
    ['KR4', 'caro@example.com', { type: 'binario', target: '', current: 'No' }],
  ];
  for (let index = 0; index < (options.extraKeyResults ?? 0); index++) {
    specs.push([`KX${index + 1}`, 'caro@example.com', { current: index % 100 }]);
  }
  emulator.writeSheet(sheetName(KEY_RESULTS_SHEET, language), [
    headers(KEY_RESULTS_SHEET, language),
    ...specs.map(([id, owner, values, extra], index) =>
      keyResultRow(id, owner, values, extra, index + 2, withFormulas, language),
    ),
  ]);
  emulator.writeSheet(sheetName(CHECK_INS_SHEET, language), [
    headers(CHECK_INS_SHEET, language),
    ...(options.checkIns ?? []),
  ]);
  return emulator;
}
