import { dateOfDay } from '../dates';
import type { Language } from '../i18n/language';
import { isBlank } from '../text';
import { freeDashboardName } from './dashboard';
import { type ComputedFormulas, computedFormulas, sameFormula } from './formulas';
import { plannedHeaderNotes, plannedNotes } from './headerNotes';
import type { HeaderNoteCatalogue } from './headerNoteTexts';
import { mapColumns, requiredIndex } from './headers';
import {
  DASHBOARD_SHEET,
  KEY_RESULTS_SHEET,
  KPIS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
  WORKBOOK_SHEETS,
} from './schema';
import { parseSettings } from './settings';
import { LANGUAGE_NAMES } from './vocabulary';

/**
 * Create-or-upgrade as a pure plan: from what the workbook holds now (header rows, the
 * formulas of row 2, the Settings rows) to what must be added. The plan only ever adds
 * sheets, adds columns after the last used one, adds missing settings rows and (re)writes
 * the row-2 formulas of computed columns; user cells are never in it.
 */

/** One existing sheet of the template, as read (header row and row 2 only). */
export interface ExistingSheet {
  readonly name: string;
  /** 1-based number of the last column holding anything (0 for an empty sheet). */
  readonly lastColumn: number;
  readonly header: readonly unknown[];
  readonly row2Values: readonly unknown[];
  readonly row2Formulas: readonly string[];
  /** The header row's notes (absent: none read). */
  readonly headerNotes?: readonly unknown[];
}

/** The Settings sheet as read: every row's label (A) and value (B), and B's formulas. */
export interface ExistingSettings {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
  readonly valueFormulas: readonly string[];
  /** The notes of column A (the labels), by row (absent: none read). */
  readonly labelNotes?: readonly unknown[];
}

export interface WorkbookSnapshot {
  /** Existing sheets of the template by spec key (Settings and Dashboard excluded). */
  readonly tables: Readonly<Record<string, ExistingSheet | undefined>>;
  readonly settings?: ExistingSettings;
  /** The add-on's own Dashboard, when it exists (see `isAddonDashboard`). */
  readonly dashboardName?: string;
  /** A person's sheet bearing the Dashboard's name: left alone, the Dashboard goes elsewhere. */
  readonly foreignDashboardName?: string;
  /** Every sheet name in the workbook, so a new Dashboard gets a name no sheet uses. */
  readonly sheetNames?: readonly string[];
  readonly locale: string;
  /**
   * The spreadsheet's time zone, whose midnight the default dates are written at ('' =
   * the runtime's zone).
   */
  readonly timeZone?: string;
  readonly today: Date;
  /** The header notes to place (absent: none, every existing note stays). */
  readonly headerNotes?: HeaderNoteCatalogue;
}

export interface TablePlan {
  readonly spec: SheetSpec;
  readonly name: string;
  readonly create: boolean;
  /** 0-based column where the missing headers go (after the last used column). */
  readonly appendAt: number;
  readonly appendedKeys: readonly string[];
  readonly appendedHeaders: readonly string[];
  /** 0-based index of every spec column after the upgrade. */
  readonly indexByKey: Readonly<Record<string, number>>;
  /**
   * The workbook language changed since the status formula was written: its colours and
   * the dropdown words must follow the new labels.
   */
  readonly relabel: boolean;
  /**
   * The header row's notes from column A, to write in one call; null when none changes.
   * Only blank notes and the add-on's own are replaced.
   */
  readonly headerNotes: readonly string[] | null;
}

interface SettingsPlan {
  readonly name: string;
  readonly create: boolean;
  /** 1-based row where `appendedRows` go. */
  readonly appendAtRow: number;
  readonly appendedRows: readonly (readonly unknown[])[];
  readonly rowByKey: Readonly<Record<string, number>>;
  /** Column A's notes from row 1, as for a table's header notes; null when none changes. */
  readonly labelNotes: readonly string[] | null;
}

interface FormulaWrite {
  readonly sheetKey: string;
  readonly sheetName: string;
  readonly columnKey: string;
  /** 1-based cell of the formula. */
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  /** True when a person had typed over (or cleared) the formula: worth telling them. */
  readonly restored: boolean;
}

/** A computed column whose array result cannot spill: something is typed below row 2. */
interface BlockedColumn {
  readonly sheetKey: string;
  readonly sheetName: string;
  readonly columnKey: string;
}

export interface WorkbookPlan {
  readonly language: Language;
  /** The spreadsheet locale, whose order the date formats follow. */
  readonly locale: string;
  readonly blocked: readonly BlockedColumn[];
  readonly tables: readonly TablePlan[];
  readonly settings: SettingsPlan;
  readonly dashboard: {
    readonly name: string;
    readonly create: boolean;
    /** The person's sheet named like the Dashboard, left untouched (for the toast). */
    readonly keptSheet?: string;
  };
  readonly formulas: readonly FormulaWrite[];
  readonly allFormulas: ComputedFormulas;
}

/** The first day of today's quarter and the last day of it, as local dates. */
export function currentQuarter(today: Date): { start: Date; end: Date; name: string } {
  const quarter = Math.floor(today.getMonth() / 3);
  const start = new Date(today.getFullYear(), quarter * 3, 1);
  const end = new Date(today.getFullYear(), quarter * 3 + 3, 0);
  return { start, end, name: `${today.getFullYear()}-Q${quarter + 1}` };
}

/** The calendar day of a local date (by its local fields) as `yyyy-mm-dd` text. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The value a new Settings row starts with. Dates are real dates, shown in the locale's
 * order (never `yyyy-mm-dd` text): midnight of the day in the spreadsheet's time zone,
 * the instant Sheets stores for that date.
 */
function defaultSettingValue(
  key: string,
  language: Language,
  today: Date,
  timeZone: string,
): unknown {
  const quarter = currentQuarter(today);
  const date = (day: Date) => dateOfDay(isoDay(day), timeZone);
  const defaults: Record<string, unknown> = {
    language: LANGUAGE_NAMES[language],
    period: quarter.name,
    periodStart: date(quarter.start),
    periodEnd: date(quarter.end),
    asOf: date(today),
    reminderDaysBefore: 2,
    reminderHour: 8,
    greenAt: 0.7,
    yellowAt: 0.4,
    holidays: '',
    elapsed: '',
    liveStaleDays: 14,
    nudgeFrequency: language === 'es' ? 'Semanal' : 'Weekly',
    nudgeWeekday: language === 'es' ? 'lunes' : 'Monday',
    nudgeAfterDays: 7,
    nudgeGraceDays: 14,
  };
  return defaults[key] ?? '';
}

const TABLE_SPECS = WORKBOOK_SHEETS.filter(
  (spec) => spec.columns.length > 0 && spec.key !== SETTINGS_SHEET.key,
);

function planTable(
  spec: SheetSpec,
  existing: ExistingSheet | undefined,
  language: Language,
  notes: HeaderNoteCatalogue,
) {
  if (!existing) {
    const indexByKey: Record<string, number> = {};
    spec.columns.forEach((column, index) => {
      indexByKey[column.key] = index;
    });
    return {
      spec,
      name: spec.name[language],
      create: true,
      appendAt: 0,
      appendedKeys: spec.columns.map((column) => column.key),
      appendedHeaders: spec.columns.map((column) => column.header[language]),
      indexByKey,
      relabel: false,
      headerNotes: plannedHeaderNotes(notes, spec, indexByKey, [], language),
    };
  }
  // Row 2 tells a person's column from the add-on's when it is named in the other
  // language: the add-on's own formula, or values of the kind the add-on writes.
  const { indexByKey, missing } = mapColumns(
    existing.header,
    spec,
    (index) => {
      const formula = existing.row2Formulas[index] ?? '';
      if (formula) return /\b(KR|OKR|KPI)_[A-Z_]+\(/.test(formula) ? [] : [formula];
      return [existing.row2Values[index]];
    },
    language,
  );
  const appendAt = Math.max(existing.lastColumn, lastNonBlank(existing.header) + 1);
  const finalIndex: Record<string, number> = { ...indexByKey };
  const statusIndex = indexByKey.status;
  missing.forEach((key, offset) => {
    finalIndex[key] = appendAt + offset;
  });
  const headerOf = (key: string) =>
    spec.columns.find((column) => column.key === key)?.header[language] ?? key;
  return {
    spec,
    name: existing.name,
    create: false,
    appendAt,
    appendedKeys: missing,
    appendedHeaders: missing.map(headerOf),
    indexByKey: finalIndex,
    headerNotes: plannedHeaderNotes(notes, spec, finalIndex, existing.headerNotes ?? [], language),
    relabel:
      statusIndex !== undefined &&
      statusLanguage(existing.row2Formulas[statusIndex] ?? '') === otherLanguage(language),
  };
}

/** The language literal a status formula was written with (`"es"` in KR_STATUS), if any. */
export function statusLanguage(formula: string): Language | null {
  const match = /"(en|es)"\s*\)\s*$|"(en|es)"\s*,/i.exec(formula);
  const tag = (match?.[1] ?? match?.[2] ?? '').toLowerCase();
  return tag === 'en' || tag === 'es' ? tag : null;
}

function otherLanguage(language: Language): Language {
  return language === 'en' ? 'es' : 'en';
}

function lastNonBlank(cells: readonly unknown[]): number {
  for (let index = cells.length - 1; index >= 0; index--) if (!isBlank(cells[index])) return index;
  return -1;
}

function planSettings(snapshot: WorkbookSnapshot, language: Language): SettingsPlan {
  const existing = snapshot.settings;
  const parsed = parseSettings(existing?.rows ?? [], snapshot.locale);
  const rowByKey: Record<string, number> = { ...parsed.rowByKey };
  const appendAtRow = existing ? lastNonBlankRow(existing.rows) + 2 : 1;
  const appendedRows: unknown[][] = [];
  for (const setting of SETTINGS_SHEET.columns) {
    if (setting.key in rowByKey) continue;
    rowByKey[setting.key] = appendAtRow + appendedRows.length;
    appendedRows.push([
      setting.header[language],
      defaultSettingValue(setting.key, language, snapshot.today, snapshot.timeZone ?? ''),
    ]);
  }
  const keyByRow = new Map(Object.entries(rowByKey).map(([key, row]) => [row, key]));
  const lastRow = Math.max(0, ...Object.values(rowByKey));
  return {
    name: existing?.name ?? SETTINGS_SHEET.name[language],
    create: !existing,
    appendAtRow,
    appendedRows,
    rowByKey,
    labelNotes: plannedNotes(
      snapshot.headerNotes ?? {},
      SETTINGS_SHEET.key,
      existing?.labelNotes ?? [],
      lastRow,
      (index) => keyByRow.get(index + 1),
      language,
    ),
  };
}

function lastNonBlankRow(rows: readonly (readonly unknown[])[]): number {
  for (let index = rows.length - 1; index >= 0; index--) {
    if (rows[index]!.some((cell) => !isBlank(cell))) return index; // index is in range
  }
  return -1;
}

/** Plans create-or-upgrade; `language` comes from Settings, else the spreadsheet locale. */
export function planWorkbook(snapshot: WorkbookSnapshot): WorkbookPlan {
  const language = parseSettings(snapshot.settings?.rows ?? [], snapshot.locale).language;
  const tables = TABLE_SPECS.map((spec) =>
    planTable(spec, snapshot.tables[spec.key], language, snapshot.headerNotes ?? {}),
  );
  const settings = planSettings(snapshot, language);
  const placed = (spec: SheetSpec) => {
    const table = tables.find((plan) => plan.spec.key === spec.key)!;
    return { name: table.name, indexByKey: table.indexByKey };
  };
  const allFormulas = computedFormulas({
    language,
    objectives: placed(OBJECTIVES_SHEET),
    keyResults: placed(KEY_RESULTS_SHEET),
    kpis: placed(KPIS_SHEET),
    settings: { name: settings.name, rowByKey: settings.rowByKey },
  });

  const formulas: FormulaWrite[] = [];
  for (const table of tables) {
    const wanted = allFormulas[table.spec.key as keyof ComputedFormulas] ?? {};
    const existing = snapshot.tables[table.spec.key];
    for (const [columnKey, formula] of Object.entries(wanted)) {
      // A planned table has every column of its spec, existing or appended.
      const index = requiredIndex(table.indexByKey, columnKey);
      const isNew = table.create || table.appendedKeys.includes(columnKey);
      const current = isNew ? '' : (existing?.row2Formulas[index] ?? '');
      if (!isNew && sameFormula(current, formula)) continue;
      const former = allFormulas.former[table.spec.key]?.[columnKey];
      formulas.push({
        sheetKey: table.spec.key,
        sheetName: table.name,
        columnKey,
        row: 2,
        column: index + 1,
        formula,
        // A formula rewritten for the new language, or an earlier version's, was not typed
        // over: nothing to say, and it is replaced.
        restored:
          !isNew && !table.relabel && !(former !== undefined && sameFormula(current, former)),
      });
    }
  }
  for (const [key, formula] of Object.entries(allFormulas.settings)) {
    // The settings plan gives every setting a row, existing or appended.
    const row = requiredIndex(settings.rowByKey, key);
    const appended = settings.appendedRows.length > 0 && row >= settings.appendAtRow;
    const current = appended ? '' : (snapshot.settings?.valueFormulas[row - 1] ?? '');
    if (!appended && sameFormula(current, formula)) continue;
    formulas.push({
      sheetKey: SETTINGS_SHEET.key,
      sheetName: settings.name,
      columnKey: key,
      row,
      column: 2,
      formula,
      restored: !appended,
    });
  }

  // Sheets shows #REF! in row 2 when values typed below stop the array from spilling.
  const blocked: BlockedColumn[] = [];
  for (const table of tables) {
    const existing = snapshot.tables[table.spec.key];
    if (!existing) continue;
    for (const column of table.spec.columns) {
      const index = requiredIndex(table.indexByKey, column.key);
      const rewritten = formulas.some(
        (write) => write.sheetKey === table.spec.key && write.columnKey === column.key,
      );
      if (column.computed && !rewritten && existing.row2Values[index] === '#REF!')
        blocked.push({ sheetKey: table.spec.key, sheetName: table.name, columnKey: column.key });
    }
  }

  return {
    language,
    locale: snapshot.locale,
    blocked,
    tables,
    settings,
    dashboard: {
      name:
        snapshot.dashboardName ??
        freeDashboardName(DASHBOARD_SHEET.name[language], snapshot.sheetNames ?? []),
      create: snapshot.dashboardName === undefined,
      ...(snapshot.dashboardName === undefined && snapshot.foreignDashboardName !== undefined
        ? { keptSheet: snapshot.foreignDashboardName }
        : {}),
    },
    formulas,
    allFormulas,
  };
}
