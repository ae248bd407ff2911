// Creates or upgrades the workbook: reads a snapshot (header rows, row-2 formulas,
// Settings), asks core for a plan, and applies it in a number of calls that depends on the
// number of columns, never on the number of rows.
import { STATUS_LABELS } from '../core/formulas/status';
import { isBlank } from '../core/text';
import {
  DASHBOARD_CHART_TITLES,
  DASHBOARD_TABLE_ROW,
  DASHBOARD_WIDTH,
  dashboardLayout,
  isAddonDashboard,
} from '../core/workbook/dashboard';
import { localeDateFormat } from '../core/workbook/dateFormats';
import { formulaCells } from '../core/workbook/formulaCells';
import { isSheetNamed, requiredIndex } from '../core/workbook/headers';
import {
  type ColumnLook,
  columnLooks,
  type Dropdown,
  HEADER_BACKGROUND,
  HEADER_TEXT,
  PERCENT_FORMAT,
  STATUS_COLOURS,
  settingLooks,
} from '../core/workbook/layout';
import {
  type ExistingSettings,
  type ExistingSheet,
  planWorkbook,
  type TablePlan,
  type WorkbookPlan,
} from '../core/workbook/plan';
import {
  DASHBOARD_SHEET,
  KEY_RESULTS_SHEET,
  KPIS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
  WORKBOOK_SHEETS,
} from '../core/workbook/schema';
import { KPI_HEALTH_LABELS } from '../core/workbook/vocabulary';
import { readHeaderNotes } from '../services/assets';
import { recordDashboardSheetId, recordedDashboardSheetId } from '../services/dashboardRecord';
import { timeZoneOf } from './settings';
import { cell, readSheetTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Description of the protections the add-on puts on computed columns. */
const PROTECTION_DESCRIPTION = 'OKR Sheets: computed column';

/** What an upgrade did, for the toast. */
export interface UpgradeReport {
  readonly plan: WorkbookPlan;
  readonly createdSheets: readonly string[];
  readonly addedColumns: readonly { sheet: string; header: string }[];
  readonly restoredFormulas: readonly { sheet: string; header: string }[];
  /** Computed cells whose row 2 holds a person's formula or value: left as they are. */
  readonly keptFormulas: readonly { sheet: string; header: string }[];
}

/** The template's sheets found in the workbook, by spec key (either language's name). */
function findTemplateSheets(spreadsheet: Spreadsheet): Map<string, Sheet> {
  const found = new Map<string, Sheet>();
  const sheets = spreadsheet.getSheets();
  for (const spec of [...WORKBOOK_SHEETS]) {
    const sheet = sheets.find((candidate) => isSheetNamed(spec, candidate.getName()));
    if (sheet) found.set(spec.key, sheet);
  }
  return found;
}

function readExistingSheet(sheet: Sheet): ExistingSheet {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn === 0) {
    return { name: sheet.getName(), lastColumn, header: [], row2Values: [], row2Formulas: [] };
  }
  const top = sheet.getRange(1, 1, 2, lastColumn);
  // A two-row range reads as two rows: the defaults never apply.
  const [header = [], row2Values = []] = top.getValues();
  const [, row2Formulas = []] = top.getFormulas();
  const [headerNotes = []] = top.getNotes();
  return { name: sheet.getName(), lastColumn, header, row2Values, row2Formulas, headerNotes };
}

function readExistingSettings(sheet: Sheet): ExistingSettings {
  const lastRow = sheet.getLastRow();
  if (lastRow === 0) return { name: sheet.getName(), rows: [], valueFormulas: [] };
  const range = sheet.getRange(1, 1, lastRow, 2);
  const rows = range.getValues();
  const valueFormulas = range.getFormulas().map((row) => row[1] ?? '');
  const labelNotes = range.getNotes().map((row) => row[0] ?? '');
  return { name: sheet.getName(), rows, valueFormulas, labelNotes };
}

/** Creates the missing sheets and columns, restores computed formulas, refreshes the Dashboard. */
export function createOrUpgradeWorkbook(spreadsheet: Spreadsheet, today: Date): UpgradeReport {
  const found = findTemplateSheets(spreadsheet);
  const tables: Record<string, ExistingSheet | undefined> = {};
  for (const [key, sheet] of found) {
    if (key !== SETTINGS_SHEET.key && key !== DASHBOARD_SHEET.key)
      tables[key] = readExistingSheet(sheet);
  }
  const settingsSheet = found.get(SETTINGS_SHEET.key);
  const dashboardLookup = findAddonDashboard(spreadsheet, found.get(DASHBOARD_SHEET.key));
  if (dashboardLookup.dashboard) found.set(DASHBOARD_SHEET.key, dashboardLookup.dashboard);
  else found.delete(DASHBOARD_SHEET.key);
  const plan = planWorkbook({
    tables,
    settings: settingsSheet ? readExistingSettings(settingsSheet) : undefined,
    dashboardName: dashboardLookup.dashboard?.getName(),
    foreignDashboardName: dashboardLookup.foreign?.getName(),
    sheetNames: spreadsheet.getSheets().map((sheet) => sheet.getName()),
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: timeZoneOf(spreadsheet),
    today,
    headerNotes: readHeaderNotes(),
  });

  const createdSheets: string[] = [];
  const addedColumns: { sheet: string; header: string }[] = [];
  const sheetOf = (spec: SheetSpec, name: string, create: boolean): Sheet => {
    const existing = found.get(spec.key);
    if (existing && !create) return existing;
    const sheet = spreadsheet.insertSheet(name, WORKBOOK_SHEETS.indexOf(spec));
    createdSheets.push(name);
    found.set(spec.key, sheet);
    return sheet;
  };

  // Dashboard first so that it sits left-most in a new workbook.
  const dashboard = sheetOf(DASHBOARD_SHEET, plan.dashboard.name, plan.dashboard.create);
  if (dashboardLookup.recordedId !== dashboard.getSheetId()) {
    recordDashboardSheetId(dashboard.getSheetId());
  }
  // Every sheet exists before any column is set up: dropdowns point at other sheets.
  const tableSheets = plan.tables.map((table) => ({
    table,
    sheet: sheetOf(table.spec, table.name, table.create),
  }));
  const settings = sheetOf(SETTINGS_SHEET, plan.settings.name, plan.settings.create);
  for (const { table, sheet } of tableSheets) {
    if (table.relabel) relabelColumns(sheet, table, plan);
    if (table.appendedKeys.length > 0) {
      appendColumns(sheet, table, plan, found);
      if (!table.create) {
        for (const header of table.appendedHeaders)
          addedColumns.push({ sheet: table.name, header });
      }
    }
    // One call per sheet; a person's own notes come back as they were.
    const notes = table.headerNotes;
    if (notes) sheet.getRange(1, 1, 1, notes.length).setNotes([[...notes]]);
  }
  appendSettings(settings, plan);
  const labelNotes = plan.settings.labelNotes;
  if (labelNotes) {
    settings.getRange(1, 1, labelNotes.length, 1).setNotes(labelNotes.map((note) => [note]));
  }

  const restoredFormulas: { sheet: string; header: string }[] = [];
  const keptFormulas: { sheet: string; header: string }[] = [];
  const settingsRead = settingsSheet ? readExistingSettings(settingsSheet) : undefined;
  for (const write of plan.formulas) {
    const sheet = found.get(write.sheetKey)!;
    const spec = [...WORKBOOK_SHEETS].find((candidate) => candidate.key === write.sheetKey)!;
    const header = spec.columns.find((column) => column.key === write.columnKey)!.header;
    const item = { sheet: write.sheetName, header: header[plan.language] };
    // A restore goes only into an empty cell: a formula or a value there is the person's.
    if (write.restored && holdsSomething(write, sheet, tables[write.sheetKey], settingsRead)) {
      keptFormulas.push(item);
      continue;
    }
    sheet.getRange(write.row, write.column).setFormula(write.formula);
    if (write.restored) restoredFormulas.push(item);
  }

  refreshDashboard(dashboard, found.get(OBJECTIVES_SHEET.key)!, plan);
  if (createdSheets.length === WORKBOOK_SHEETS.length) removeBlankStarterSheet(spreadsheet, found);
  return { plan, createdSheets, addedColumns, restoredFormulas, keptFormulas };
}

/** Whether the cell a formula write targets holds a formula, a value, or an array's fill. */
function holdsSomething(
  write: WorkbookPlan['formulas'][number],
  sheet: Sheet,
  table: ExistingSheet | undefined,
  settings: ExistingSettings | undefined,
): boolean {
  if (write.sheetKey === SETTINGS_SHEET.key) {
    const index = write.row - 1;
    return !!settings?.valueFormulas[index] || !isBlank(settings?.rows[index]?.[1]);
  }
  if (!table) return false;
  const index = write.column - 1;
  if (table.row2Formulas[index] || !isBlank(table.row2Values[index])) return true;
  // An array formula further left in row 2 may fill this cell.
  if (formulaCells([[], table.row2Formulas]).blockedAt(2, write.column) !== null) return true;
  // Per-row formulas or typed values below row 2 would block the array (#REF!): they are
  // the person's. One read of that column, only for a formula about to be restored.
  const below = sheet.getLastRow() - 2;
  if (below <= 0) return false;
  const range = sheet.getRange(3, write.column, below, 1);
  return (
    range.getValues().some((cells) => !isBlank(cells[0])) ||
    range.getFormulas().some((cells) => cells[0] !== '')
  );
}

interface DashboardLookup {
  /** The add-on's own Dashboard, when there is one. */
  readonly dashboard?: Sheet;
  /** A person's sheet bearing the Dashboard's name: never written to. */
  readonly foreign?: Sheet;
  readonly recordedId: number | null;
}

/**
 * The add-on's Dashboard: the sheet recorded when it was created (even if renamed since),
 * else the sheet bearing the Dashboard's name when it is blank or titled like one the
 * add-on made (workbooks from before the record). Anything else is a person's sheet.
 */
function findAddonDashboard(spreadsheet: Spreadsheet, named: Sheet | undefined): DashboardLookup {
  const recordedId = recordedDashboardSheetId();
  if (recordedId !== null) {
    const recorded = spreadsheet.getSheets().find((sheet) => sheet.getSheetId() === recordedId);
    if (recorded) {
      return { dashboard: recorded, foreign: named === recorded ? undefined : named, recordedId };
    }
  }
  if (!named) return { recordedId };
  const empty = named.getLastRow() === 0 && named.getCharts().length === 0;
  const candidate = {
    sheetId: named.getSheetId(),
    empty,
    a1: empty ? '' : named.getRange(1, 1).getValue(),
  };
  return isAddonDashboard(candidate, null)
    ? { dashboard: named, recordedId }
    : { foreign: named, recordedId };
}

/** The add-on's Dashboard sheet, or null (a person's own sheet of that name is not it). */
export function addonDashboardSheet(spreadsheet: Spreadsheet): Sheet | null {
  return (
    findAddonDashboard(spreadsheet, findTemplateSheets(spreadsheet).get(DASHBOARD_SHEET.key))
      .dashboard ?? null
  );
}

/**
 * A brand-new spreadsheet comes with an empty "Sheet1"; once the template exists it is only
 * clutter. It goes only when it holds nothing at all.
 */
function removeBlankStarterSheet(spreadsheet: Spreadsheet, found: ReadonlyMap<string, Sheet>) {
  const template = new Set([...found.values()].map((sheet) => sheet.getSheetId()));
  for (const sheet of spreadsheet.getSheets()) {
    if (template.has(sheet.getSheetId()) || !/^(sheet|hoja) ?1$/i.test(sheet.getName())) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) spreadsheet.deleteSheet(sheet);
  }
}

function styleHeader(range: GoogleAppsScript.Spreadsheet.Range): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_TEXT);
}

/** Headers, widths, formats, dropdowns, colours and protections of the added columns. */
function appendColumns(
  sheet: Sheet,
  table: TablePlan,
  plan: WorkbookPlan,
  found: ReadonlyMap<string, Sheet>,
): void {
  const count = table.appendedKeys.length;
  const needed = table.appendAt + count - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  const headerRange = sheet.getRange(1, table.appendAt + 1, 1, count);
  headerRange.setValues([table.appendedHeaders as string[]]);
  styleHeader(headerRange);
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);

  const looks = columnLooks(table.spec.key, plan.language, plan.locale);
  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  const computedKeys = new Set(
    table.spec.columns.filter((column) => column.computed).map((column) => column.key),
  );
  for (const key of table.appendedKeys) {
    // A planned table has every column of its spec, existing or appended.
    const column = requiredIndex(table.indexByKey, key) + 1;
    const look: ColumnLook | undefined = looks[key];
    if (look) sheet.setColumnWidth(column, look.width);
    const body = sheet.getRange(2, column, dataRows, 1);
    if (look?.numberFormat) body.setNumberFormat(look.numberFormat);
    if (look?.dropdown) body.setDataValidation(dropdownRule(look.dropdown, plan, found));
    if (computedKeys.has(key)) {
      body.setBackground('#f3f3f3');
      body.protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
    }
  }
  addConditionalFormats(sheet, table, plan, dataRows, new Set(table.appendedKeys));
}

function dropdownRule(dropdown: Dropdown, plan: WorkbookPlan, found: ReadonlyMap<string, Sheet>) {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  if (dropdown.kind === 'list')
    return builder.requireValueInList([...dropdown.values], true).build();
  // A dropdown from another sheet's column: the whole open-ended column below the header.
  const source = plan.tables.find((table) => table.spec.key === dropdown.sheetKey)!;
  const sheet = found.get(dropdown.sheetKey)!;
  const column = requiredIndex(source.indexByKey, dropdown.columnKey) + 1;
  const range = sheet.getRange(2, column, Math.max(sheet.getMaxRows() - 1, 1), 1);
  return builder.requireValueInRange(range, true).build();
}

// Every label a status-like column can show, in both languages: how an upgrade knows
// which colour rules it made before.
const ALL_LABELS = new Set<string>(
  (['en', 'es'] as const).flatMap((language) => [
    ...Object.values(STATUS_LABELS[language]),
    ...Object.values(KPI_HEALTH_LABELS[language]),
  ]),
);

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A colour rule the add-on made: text equal to one of its labels, in one of `columns`. */
function isOwnColourRule(rule: Rule, columns: ReadonlySet<number>): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || String(condition.getCriteriaType()) !== 'TEXT_EQ') return false;
  if (!ALL_LABELS.has(String(condition.getCriteriaValues()[0]))) return false;
  return rule.getRanges().every((range) => columns.has(range.getColumn()));
}

/**
 * Status colours, confidence colours and the progress colour scale, on the columns in
 * `keys`. With `replace`, the add-on's earlier colour rules on those columns go first (the
 * labels changed language); the person's own rules always stay.
 */
function addConditionalFormats(
  sheet: Sheet,
  table: TablePlan,
  plan: WorkbookPlan,
  dataRows: number,
  keys: ReadonlySet<string>,
  replace = false,
): void {
  const rules: Rule[] = [];
  const touched = new Set<number>();
  const columnRange = (key: string) => {
    const index = table.indexByKey[key];
    if (!keys.has(key) || index === undefined) return null;
    touched.add(index + 1);
    return sheet.getRange(2, index + 1, dataRows, 1);
  };
  const labelRule = (
    range: GoogleAppsScript.Spreadsheet.Range,
    label: string,
    colour: { background: string; text: string },
    background: boolean,
  ) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(label)
      .setFontColor(colour.text);
    if (background) builder.setBackground(colour.background);
    return builder.setRanges([range]).build();
  };
  const status = columnRange('status');
  if (status) {
    if (table.spec.key === KPIS_SHEET.key) {
      const health = KPI_HEALTH_LABELS[plan.language];
      rules.push(labelRule(status, health.healthy, STATUS_COLOURS.green, true));
      rules.push(labelRule(status, health.unhealthy, STATUS_COLOURS.red, true));
    } else {
      for (const colour of ['green', 'yellow', 'red'] as const) {
        rules.push(
          labelRule(status, STATUS_LABELS[plan.language][colour], STATUS_COLOURS[colour], true),
        );
      }
    }
  }
  const confidence = columnRange('confidence');
  if (confidence) {
    for (const colour of ['green', 'yellow', 'red'] as const) {
      rules.push(
        labelRule(confidence, STATUS_LABELS[plan.language][colour], STATUS_COLOURS[colour], false),
      );
    }
  }
  const progress = replace ? null : columnRange('progress');
  if (progress) {
    const { NUMBER } = SpreadsheetApp.InterpolationType;
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .setGradientMinpointWithValue(STATUS_COLOURS.red.background, NUMBER, '0')
        .setGradientMidpointWithValue(STATUS_COLOURS.yellow.background, NUMBER, '0.5')
        .setGradientMaxpointWithValue(STATUS_COLOURS.green.background, NUMBER, '1')
        .setRanges([progress])
        .build(),
    );
  }
  if (rules.length === 0) return;
  const existing = sheet.getConditionalFormatRules();
  const kept = replace ? existing.filter((rule) => !isOwnColourRule(rule, touched)) : existing;
  sheet.setConditionalFormatRules([...kept, ...rules]);
}

/** The workbook language changed: status colours and word dropdowns follow it. */
function relabelColumns(sheet: Sheet, table: TablePlan, plan: WorkbookPlan): void {
  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  addConditionalFormats(sheet, table, plan, dataRows, new Set(['status', 'confidence']), true);
  const looks = columnLooks(table.spec.key, plan.language, plan.locale);
  for (const [key, look] of Object.entries(looks)) {
    const index = table.indexByKey[key];
    if (look.dropdown?.kind !== 'list' || index === undefined) continue;
    sheet.getRange(2, index + 1, dataRows, 1).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .setAllowInvalid(true)
        .requireValueInList([...look.dropdown.values], true)
        .build(),
    );
  }
}

/** Appends the missing settings rows with their defaults and formats. */
function appendSettings(sheet: Sheet, plan: WorkbookPlan): void {
  const { appendedRows, appendAtRow, create, rowByKey } = plan.settings;
  if (appendedRows.length === 0) return;
  sheet
    .getRange(appendAtRow, 1, appendedRows.length, 2)
    .setValues(appendedRows.map((row) => [...row]));
  if (create) {
    sheet.setColumnWidth(1, 230);
    sheet.setColumnWidth(2, 170);
    sheet.getRange(1, 1, appendedRows.length, 1).setFontWeight('bold');
  }
  const looks = settingLooks(plan.locale);
  for (const [key, look] of Object.entries(looks)) {
    const row = rowByKey[key];
    if (row === undefined || row < appendAtRow) continue;
    const cell = sheet.getRange(row, 2);
    if (look.numberFormat) cell.setNumberFormat(look.numberFormat);
    if (look.dropdown?.kind === 'list') {
      cell.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...look.dropdown.values], true)
          .setAllowInvalid(true)
          .build(),
      );
    }
  }
  const elapsedRow = rowByKey.elapsed;
  if (elapsedRow !== undefined && elapsedRow >= appendAtRow) {
    sheet
      .getRange(elapsedRow, 2)
      .setBackground('#f3f3f3')
      .protect()
      .setDescription(PROTECTION_DESCRIPTION)
      .setWarningOnly(true);
  }
}

/** Rewrites the Dashboard's cells and its chart (the Dashboard belongs to the add-on). */
function refreshDashboard(dashboard: Sheet, objectives: Sheet, plan: WorkbookPlan): void {
  const placed = (spec: SheetSpec) => {
    const table = plan.tables.find((candidate) => candidate.spec.key === spec.key)!;
    return { name: table.name, indexByKey: table.indexByKey };
  };
  const objectivesPlaced = placed(OBJECTIVES_SHEET);
  // One read: the rows that hold an objective (array formulas fill the rest with blanks).
  const table = readSheetTable(objectives, OBJECTIVES_SHEET);
  const withId = table.rows.filter((row) => !isBlank(cell(table, row, 'id')));
  const lastWithId = withId[withId.length - 1];
  const objectiveRows = lastWithId ? lastWithId.rowNumber - 1 : 0;
  const objectiveTeams = withId.map((row) => cell(table, row, 'team'));
  const layout = dashboardLayout({
    language: plan.language,
    objectives: objectivesPlaced,
    keyResults: placed(KEY_RESULTS_SHEET),
    kpis: placed(KPIS_SHEET),
    settings: { name: plan.settings.name, rowByKey: plan.settings.rowByKey },
    objectiveTeams,
    objectiveCount: objectiveRows,
  });

  // The objective list spills one row per objective: Sheets will not add rows for it.
  const maxRows = dashboard.getMaxRows();
  const rowsNeeded = Math.max(layout.cells.length, DASHBOARD_TABLE_ROW + objectiveRows) + 1;
  if (rowsNeeded > maxRows) dashboard.insertRowsAfter(maxRows, rowsNeeded - maxRows);
  const oldRows = Math.min(dashboard.getLastRow(), Math.max(rowsNeeded, maxRows));
  if (oldRows > 0) dashboard.getRange(1, 1, oldRows, DASHBOARD_WIDTH).clearContent();
  dashboard
    .getRange(1, 1, layout.cells.length, DASHBOARD_WIDTH)
    .setValues(layout.cells.map((row) => [...row]));
  dashboard.getRange(1, 1).setFontWeight('bold').setFontSize(16);
  for (const cells of layout.percentCells) {
    dashboard.getRange(cells.row, cells.column, cells.rows, 1).setNumberFormat(PERCENT_FORMAT);
  }
  for (const cells of layout.dateCells) {
    dashboard
      .getRange(cells.row, cells.column, cells.rows, 1)
      .setNumberFormat(localeDateFormat(plan.locale));
  }
  styleHeader(dashboard.getRange(DASHBOARD_TABLE_ROW, 1, 1, DASHBOARD_WIDTH));
  dashboard.getRange(3, 1, 1, DASHBOARD_WIDTH).setFontWeight('bold');
  dashboard.getRange(layout.captionCell.row, layout.captionCell.column).setFontWeight('bold');
  dashboard.setColumnWidth(1, 320);

  for (const chart of dashboard.getCharts()) {
    const title = String(chart.getOptions().get('title') ?? '');
    if (DASHBOARD_CHART_TITLES.includes(title)) dashboard.removeChart(chart);
  }
  dashboard.insertChart(
    dashboard
      .newChart()
      .asBarChart()
      .addRange(dashboard.getRange(DASHBOARD_TABLE_ROW, 1, layout.chartRows, 2))
      .setOption('title', layout.chartTitle)
      .setOption('hAxis.format', 'percent')
      .setPosition(2, 11, 0, 0)
      .build(),
  );
}
