// Periods in a workbook made before Objectives and Key Results had a Period column: the
// upgrade that adds the column fills it for the rows History holds for a closed period
// (core/cycle/history.ts, periodsFromHistory), so they leave the current period's views.
import { closedPeriodNames, periodsFromHistory } from '../core/cycle/history';
import { KEY_RESULTS_SHEET, OBJECTIVES_SHEET } from '../core/workbook/schema';
import { readHistory, setPeriodDropdowns } from './history';
import { readSettings, timeZoneOf } from './settings';
import { readTable, sheetRows } from './tables';
import { createOrUpgradeWorkbook, type UpgradeReport } from './workbook';
import { writeColumnCells } from './writes';

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
