// Periods in a workbook made before Objectives and Key Results had a Period column: the
// upgrade that adds the column fills it for the rows History holds for a closed period
// (core/cycle/history.ts, periodsFromHistory), so they leave the current period's views.
import { closedPeriodNames, periodsFromHistory } from '../core/cycle/history';
import { inCurrentPeriod } from '../core/workbook/periods';
import { KEY_RESULTS_SHEET, OBJECTIVES_SHEET } from '../core/workbook/schema';
import { readHistory, setPeriodDropdowns } from './history';
import { readSettings, timeZoneOf } from './settings';
import { cell, readTable, sheetRows } from './tables';
import { createOrUpgradeWorkbook, type UpgradeReport } from './workbook';
import { adjacentRuns, writeColumnCells } from './writes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Create or upgrade, then the Period of closed rows when this upgrade added the column. */
export function upgradeWorkbook(spreadsheet: Spreadsheet, today: Date): UpgradeReport {
  const report = createOrUpgradeWorkbook(spreadsheet, today);
  const added = report.plan.tables.some(
    (table) =>
      !table.create &&
      table.appendedKeys.includes('period') &&
      (table.spec.key === OBJECTIVES_SHEET.key || table.spec.key === KEY_RESULTS_SHEET.key),
  );
  if (!added) return report;
  const history = readHistory(spreadsheet);
  if (!history || history.rows.length === 0) return report;
  const objectives = readTable(spreadsheet, OBJECTIVES_SHEET);
  const keyResults = readTable(spreadsheet, KEY_RESULTS_SHEET);
  const filled = periodsFromHistory(
    sheetRows(history),
    sheetRows(objectives),
    sheetRows(keyResults),
    timeZoneOf(spreadsheet),
  );
  if (objectives) writeColumnCells(objectives, 'period', filled.objectives);
  if (keyResults) writeColumnCells(keyResults, 'period', filled.keyResults);
  const current = readSettings(spreadsheet).period;
  setPeriodDropdowns(
    [objectives, keyResults],
    [...closedPeriodNames(sheetRows(history), timeZoneOf(spreadsheet)), current],
  );
  return report;
}

/**
 * OKRs › Show/hide past periods: hides the rows of Objectives and Key Results that belong
 * to another period than the current one, or shows them again when they are hidden (the
 * first one tells). Nothing is moved or deleted; one call per run of adjacent rows (the
 * closed rows sit above the current ones, so one run per sheet as the add-on lays them).
 */
export function togglePastPeriods(spreadsheet: Spreadsheet): {
  readonly done: 'hidden' | 'shown' | 'none';
  readonly rows: number;
} {
  const current = readSettings(spreadsheet).period;
  const sheets = [
    readTable(spreadsheet, OBJECTIVES_SHEET),
    readTable(spreadsheet, KEY_RESULTS_SHEET),
  ]
    .flatMap((table) => (table ? [table] : []))
    .map((table) => ({
      sheet: table.sheet,
      runs: adjacentRuns(
        table.rows
          .filter((row) => !inCurrentPeriod(cell(table, row, 'period'), current))
          .map((row) => row.rowNumber),
      ),
    }))
    .filter((entry) => entry.runs.length > 0);
  const first = sheets[0];
  if (!first) return { done: 'none', rows: 0 };
  const show = first.sheet.isRowHiddenByUser(first.runs[0]![0]);
  let rows = 0;
  for (const { sheet, runs } of sheets) {
    for (const run of runs) {
      if (show) sheet.showRows(run[0], run.length);
      else sheet.hideRows(run[0], run.length);
      rows += run.length;
    }
  }
  return { done: show ? 'shown' : 'hidden', rows };
}
