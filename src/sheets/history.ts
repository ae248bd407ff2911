// The writes of Close period, each one batch whatever the number of rows: History rows
// appended, the next period in Settings, carried-over key results appended to Key
// Results, and the per-period scores with their chart (also placed on the Dashboard).

import { inertText } from '../core/checkIn/inertText';
import type { CarriedKeyResult } from '../core/cycle/carryOver';
import type { PeriodScoreTable } from '../core/cycle/history';
import type { Period } from '../core/cycle/period';
import { dateOfDay } from '../core/dates';
import { LANGUAGES, type Language, type Translations } from '../core/i18n/language';
import { foldText, isBlank } from '../core/text';
import { DASHBOARD_WIDTH, freeDashboardName } from '../core/workbook/dashboard';
import { localeDateFormat, showsDate } from '../core/workbook/dateFormats';
import type { SkippedCell } from '../core/workbook/formulaCells';
import { isSheetNamed } from '../core/workbook/headers';
import {
  HISTORY_SHEET,
  KEY_RESULTS_SHEET,
  PERIOD_SCORES_SHEET,
  SETTINGS_SHEET,
} from '../core/workbook/schema';
import { insertReportSheet, reportSheets, startsWithHeader } from './reportSheets';
import { settingsNow } from './settings';
import { findSheet, readSheetTable, type Table } from './tables';
import { addonDashboardSheet } from './workbook';
import {
  a1,
  adjacentRuns,
  ensureRows,
  lastUsedRow,
  Verbatim,
  writeColumnCells,
  writeRows,
} from './writes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#1f3864';
const HEADER_TEXT = '#ffffff';

const HISTORY_HEADERS = LANGUAGES.map((language) =>
  HISTORY_SHEET.columns.map((column) => column.header[language]),
);

/** The add-on's History (a person's sheet named History is not it), or null. */
export function readHistory(spreadsheet: Spreadsheet): Table | null {
  const [sheet] = reportSheets(
    spreadsheet.getSheets(),
    'history',
    (name) => isSheetNamed(HISTORY_SHEET, name),
    (candidate) => startsWithHeader(candidate, HISTORY_HEADERS),
  );
  return sheet ? readSheetTable(sheet, HISTORY_SHEET) : null;
}

/** The name History will have: its own, or the one a first close will give it. */
export function historyName(spreadsheet: Spreadsheet, history: Table | null, language: Language) {
  if (history) return history.sheet.getName();
  const taken = spreadsheet.getSheets().map((sheet) => sheet.getName());
  return freeDashboardName(HISTORY_SHEET.name[language], taken);
}

/**
 * History as read, creating it (header row only) on the first close. The add-on's History
 * left empty (a close that failed right after making it) gets its header row now.
 */
export function readOrCreateHistory(
  spreadsheet: Spreadsheet,
  language: Language,
  existing: Table | null = readHistory(spreadsheet),
): Table {
  if (existing && (existing.height > 1 || existing.header.some((value) => !isBlank(value))))
    return existing;
  const sheet =
    existing?.sheet ?? insertReportSheet(spreadsheet, 'history', HISTORY_SHEET.name[language]);
  const header = HISTORY_SHEET.columns.map((column) => column.header[language]);
  sheet
    .getRange(1, 1, 1, header.length)
    .setValues([header])
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setFontColor(HEADER_TEXT);
  sheet.setFrozenRows(1);
  const indexByKey: Record<string, number> = {};
  HISTORY_SHEET.columns.forEach((column, index) => {
    indexByKey[column.key] = index;
  });
  return {
    sheet,
    header,
    indexByKey,
    missing: [],
    rows: [],
    grid: [header],
    lastRow: 1,
    width: header.length,
    height: 1,
  };
}

/**
 * Appends the closed period's rows below History's last row, in one write; the period and
 * closing days show as dates in the spreadsheet `locale`'s order (with no time of day).
 */
export function appendHistory(history: Table, values: readonly unknown[][], locale: string): void {
  if (values.length === 0) return;
  const first = lastUsedRow(history) + 1;
  ensureRows(history.sheet, first + values.length - 1);
  const format = (key: string, numberFormat: string) => {
    const index = history.indexByKey[key];
    if (index === undefined || index >= history.width) return;
    history.sheet.getRange(first, index + 1, values.length, 1).setNumberFormat(numberFormat);
  };
  // Formatted before the write: Sheets gives a date in an unformatted cell a time too.
  for (const key of ['periodStart', 'periodEnd', 'closedOn']) format(key, localeDateFormat(locale));
  history.sheet.getRange(first, 1, values.length, history.width).setValues(values as unknown[][]);
  format('progress', '0%');
}

/**
 * Puts the next period into Settings (Period, Period start, Period end: one cell each,
 * the only Settings cells that change); a setting Settings lacks is added below.
 */
export function writePeriodSettings({
  spreadsheet,
  period,
  language,
  timeZone,
}: {
  readonly spreadsheet: Spreadsheet;
  readonly period: Period;
  readonly language: Language;
  readonly timeZone: string;
}): SkippedCell[] {
  const sheet = findSheet(spreadsheet, SETTINGS_SHEET);
  if (!sheet) return [];
  const dateFormat = localeDateFormat(spreadsheet.getSpreadsheetLocale());
  // The rows as they are now, under the lock, read last before the writes: Settings may
  // have changed while the questions were open (a row inserted would send the period
  // into another setting).
  const now = settingsNow(sheet, spreadsheet.getSpreadsheetLocale());
  const values: Record<string, unknown> = {
    period: inertText(period.name),
    periodStart: dateOfDay(period.start, timeZone),
    periodEnd: dateOfDay(period.end, timeZone),
  };
  const skipped: SkippedCell[] = [];
  const missing: unknown[][] = [];
  const missingDates: number[] = [];
  const writes: { row: number; value: unknown; format: string }[] = [];
  for (const key of ['period', 'periodStart', 'periodEnd']) {
    const row = now.settings.rowByKey[key];
    const isDate = key !== 'period';
    const blocked = row ? now.blocked(row) : null;
    if (row && blocked) {
      // A person's formula computes this setting: it is theirs to change.
      const source = a1(blocked.row, blocked.column);
      skipped.push({ sheet: sheet.getName(), cell: a1(row, 2), reason: blocked.reason, source });
    } else if (row) {
      const format = now.formats[row - 1] ?? '';
      // A date in a cell without a date format would show a time of day too.
      writes.push({
        row,
        value: values[key],
        format: isDate && !showsDate(format) ? dateFormat : format,
      });
    } else {
      const column = SETTINGS_SHEET.columns.find((spec) => spec.key === key)!;
      if (isDate) missingDates.push(missing.length);
      missing.push([column.header[language], values[key]]);
    }
  }
  writeSettingCells(sheet, writes, now.formats);
  if (missing.length > 0) {
    const first = sheet.getLastRow() + 1;
    ensureRows(sheet, first + missing.length - 1);
    for (const offset of missingDates)
      sheet.getRange(first + offset, 2).setNumberFormat(dateFormat);
    sheet.getRange(first, 1, missing.length, 2).setValues(missing);
  }
  return skipped;
}

/**
 * The Settings value cells in as few calls as their rows allow: adjacent rows (Period,
 * Period start, Period end, as the template has them) in one setValues, with their number
 * formats set first only where they change.
 */
function writeSettingCells(
  sheet: Sheet,
  writes: readonly { row: number; value: unknown; format: string }[],
  formats: readonly string[],
): void {
  const byRow = new Map(writes.map((write) => [write.row, write]));
  for (const run of adjacentRuns(byRow.keys())) {
    const range = sheet.getRange(run[0], 2, run.length, 1);
    const cells = run.map((row) => byRow.get(row)!);
    if (cells.some((cell) => cell.format !== (formats[cell.row - 1] ?? ''))) {
      range.setNumberFormats(cells.map((cell) => [cell.format]));
    }
    range.setValues(cells.map((cell) => [cell.value]));
  }
}

/**
 * Appends carried-over key results below the last row of Key Results. Computed columns
 * (filled by their row-2 formula) are never written, so each run of adjacent other
 * columns is one write: a handful of calls for any number of rows. A carried formula is
 * written as the formula; each copy takes the number formats and dropdowns of the row it
 * continues (one read and one write of each for all the rows).
 */
export function appendKeyResults(
  keyResults: Table,
  carried: readonly CarriedKeyResult[],
): SkippedCell[] {
  if (carried.length === 0) return [];
  const first = lastUsedRow(keyResults) + 1;
  ensureRows(keyResults.sheet, first + carried.length - 1);
  const computed = new Set(
    KEY_RESULTS_SHEET.columns.filter((column) => column.computed).map((column) => column.key),
  );
  const valuesByIndex = new Map<number, unknown[]>();
  for (const [key, index] of Object.entries(keyResults.indexByKey)) {
    if (!computed.has(key))
      valuesByIndex.set(
        index,
        // Core made the cells inert already (carryOver): written as they are.
        carried.map((item) => new Verbatim(item.formulas[key] || (item.cells[key] ?? ''))),
      );
  }
  // Below the last row there may still be formulas (copied down) or an array's area.
  const skipped = writeRows(keyResults, first, carried.length, valuesByIndex);
  copyRowLooks(keyResults, carried, first);
  return skipped;
}

/** The number formats and dropdowns of each carried row's predecessor, onto the copies. */
function copyRowLooks(keyResults: Table, carried: readonly CarriedKeyResult[], first: number) {
  const rows = carried.map((item) => item.fromRow).filter((row) => row >= 2);
  if (rows.length !== carried.length || keyResults.width === 0) return;
  const top = Math.min(...rows);
  const source = keyResults.sheet.getRange(top, 1, Math.max(...rows) - top + 1, keyResults.width);
  const formats = source.getNumberFormats();
  const rules = source.getDataValidations();
  const target = keyResults.sheet.getRange(first, 1, carried.length, keyResults.width);
  target.setNumberFormats(rows.map((row) => formats[row - top]!));
  target.setDataValidations(rows.map((row) => rules[row - top]!));
}

/**
 * Writes `name` into the Period cell of each row of `rowNumbers` that is blank or names
 * `replacing` (the rows of the period being closed; the objectives a carry-over moves on):
 * one write over the block they span, every other cell of it written back as read, and
 * none that holds a formula.
 */
export function stampPeriod(
  table: Table,
  rowNumbers: readonly number[],
  name: string,
  replacing = '',
): SkippedCell[] {
  const index = table.indexByKey.period;
  if (index === undefined) return [];
  const valueByRow = new Map<number, unknown>();
  for (const row of rowNumbers) {
    const cell = table.grid[row - 1]?.[index];
    if (isBlank(cell) || (replacing !== '' && foldText(cell) === foldText(replacing)))
      valueByRow.set(row, inertText(name));
  }
  return writeColumnCells(table, 'period', valueByRow);
}

/**
 * The Period column's dropdown on each table: the periods known (History's and the
 * current one), any other text still accepted with a warning. One rule per sheet.
 */
export function setPeriodDropdowns(tables: readonly (Table | null)[], names: readonly string[]) {
  const choices = [...new Set(names.filter((name) => name.trim() !== ''))];
  if (choices.length === 0) return;
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(choices, true)
    .setAllowInvalid(true)
    .build();
  for (const table of tables) {
    const index = table?.indexByKey.period;
    if (!table || index === undefined) continue;
    const rows = Math.max(table.sheet.getMaxRows() - 1, 1);
    table.sheet.getRange(2, index + 1, rows, 1).setDataValidation(rule);
  }
}

/**
 * The rows of a period just closed, greyed and protected with a warning only (like the
 * computed columns): they are History's record now. One block, the rows they span.
 */
export function markClosedRows(table: Table, rowNumbers: readonly number[]): void {
  if (rowNumbers.length === 0 || table.width === 0) return;
  const first = Math.min(...rowNumbers);
  const range = table.sheet.getRange(first, 1, Math.max(...rowNumbers) - first + 1, table.width);
  range.setFontColor(CLOSED_TEXT);
  range.protect().setDescription(CLOSED_DESCRIPTION).setWarningOnly(true);
}

const CLOSED_TEXT = '#999999';
const CLOSED_DESCRIPTION = 'OKR Sheets: closed period';

const SCORE_TEXTS: Translations<{ company: string; noTeam: string; chartTitle: string }> = {
  en: { company: 'Company', noTeam: '(no team)', chartTitle: 'Score per team per period' },
  es: { company: 'Empresa', noTeam: '(sin equipo)', chartTitle: 'Puntaje por equipo y período' },
};

/** The first two headers of Scores by period, in each language. */
const SCORE_HEADERS = LANGUAGES.map((language) => [
  PERIOD_SCORES_SHEET.columns[0]!.header[language],
  SCORE_TEXTS[language].company,
]);

/** Chart titles in both languages, so a later close finds the chart it made before. */
const CHART_TITLES = [SCORE_TEXTS.en.chartTitle, SCORE_TEXTS.es.chartTitle];

function findChart(sheet: Sheet): GoogleAppsScript.Spreadsheet.EmbeddedChart | undefined {
  return sheet.getCharts().find((chart) => {
    const title = chart.getOptions().get('title');
    return typeof title === 'string' && CHART_TITLES.includes(title);
  });
}

/**
 * Rewrites "Scores by period" (one row per closed period: company and each team) and
 * keeps one column chart of it there and one on the Dashboard, to the right of its tables.
 */
export function writePeriodScores(
  spreadsheet: Spreadsheet,
  table: PeriodScoreTable,
  language: Language,
): void {
  const texts = SCORE_TEXTS[language];
  const header = [
    PERIOD_SCORES_SHEET.columns[0]!.header[language], // the spec's one column, Period
    texts.company,
    ...table.teams.map((team) => inertText(team === '' ? texts.noTeam : team)),
  ];
  const rows = table.periods.map((period, index) => [
    inertText(period.name),
    table.company[index] ?? '',
    ...(table.byTeam[index] ?? []).map((score) => score ?? ''),
  ]);
  const values = [header, ...rows];
  let [sheet] = reportSheets(
    spreadsheet.getSheets(),
    'periodScores',
    (name) => isSheetNamed(PERIOD_SCORES_SHEET, name),
    (candidate) => startsWithHeader(candidate, SCORE_HEADERS),
  );
  if (sheet) sheet.clearContents();
  else sheet = insertReportSheet(spreadsheet, 'periodScores', PERIOD_SCORES_SHEET.name[language]);
  ensureRows(sheet, values.length);
  const maxColumns = sheet.getMaxColumns();
  if (header.length > maxColumns) sheet.insertColumnsAfter(maxColumns, header.length - maxColumns);
  const range = sheet.getRange(1, 1, values.length, header.length);
  range.setValues(values);
  sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
  if (rows.length > 0) sheet.getRange(2, 2, rows.length, header.length - 1).setNumberFormat('0.00');
  sheet.setFrozenRows(1);
  placeChart(sheet, { data: range, title: texts.chartTitle, row: 1, column: header.length + 2 });
  // Only the add-on's own Dashboard: a person's sheet named Dashboard gets no chart.
  const dashboard = addonDashboardSheet(spreadsheet);
  if (dashboard) {
    // Below the Dashboard's progress chart (anchored at row 2 of the same column, about 19
    // rows tall in Sheets' default size), never over it.
    placeChart(dashboard, {
      data: range,
      title: texts.chartTitle,
      row: 23,
      column: DASHBOARD_WIDTH + 2,
    });
  }
}

/** A chart of `data` titled `title`, its top-left corner at `row`, `column`. */
interface ChartPlacement {
  readonly data: GoogleAppsScript.Spreadsheet.Range;
  readonly title: string;
  readonly row: number;
  readonly column: number;
}

function placeChart(sheet: Sheet, { data, title, row, column }: ChartPlacement): void {
  const existing = findChart(sheet);
  const builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
    .asColumnChart()
    .addRange(data)
    .setNumHeaders(1)
    .setOption('title', title)
    .setOption('vAxis.viewWindow.min', 0)
    .setOption('vAxis.viewWindow.max', 1)
    .setPosition(row, column, 0, 0);
  if (existing) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}
