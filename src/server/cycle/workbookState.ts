// What both cycle actions read first: Settings, the period, today on the spreadsheet's
// calendar, and the Objectives / Key Results / Check-ins / History tables (one batch read
// each; Check-ins only when Key Results has no Last check-in column to go by).

import { keyResultIdsOfOtherPeriods } from '../../core/cycle/history';
import { CYCLE_DIALOGS } from '../../core/cycle/messages';
import { type CycleOkrs, latestCheckIns, readOkrs } from '../../core/cycle/okrs';
import { type Period, periodFromSettings } from '../../core/cycle/period';
import { dayOf, type IsoDay, knownTimeZone } from '../../core/dates';
import { textsOf, userFacingError } from '../../core/i18n/userFacingError';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
} from '../../core/workbook/schema';
import type { Settings } from '../../core/workbook/settings';
import { readHistory } from '../../sheets/history';
import { readSettings } from '../../sheets/settings';
import {
  openTables,
  type Spreadsheet,
  sheetRows,
  spreadsheetTimeZone,
  type Table,
} from '../../sheets/tables';

const CYCLE_TABLE_TEXTS = { missingSheet: textsOf(CYCLE_DIALOGS, 'missingSheet') };

export interface CycleState {
  readonly spreadsheet: Spreadsheet;
  readonly settings: Settings;
  readonly timeZone: string;
  readonly today: IsoDay;
  readonly period: Period;
  readonly objectives: Table;
  readonly keyResults: Table;
  readonly history: Table | null;
  /** This period's objectives and key results (those of closed periods left out). */
  readonly okrs: CycleOkrs;
}

export function readCycleState(spreadsheet: Spreadsheet): CycleState {
  const settings = readSettings(spreadsheet);
  const timeZone = knownTimeZone(spreadsheetTimeZone(spreadsheet));
  const today = dayOf(new Date(), timeZone)!;
  const period = periodFromSettings(settings, timeZone);
  if (!period) {
    const header = (key: string) =>
      SETTINGS_SHEET.columns.find((column) => column.key === key)!.header;
    throw userFacingError(CYCLE_DIALOGS, 'missingDates', {
      start: header('periodStart'),
      end: header('periodEnd'),
    });
  }
  const tables = openTables(spreadsheet, CYCLE_TABLE_TEXTS);
  const objectives = tables.required(OBJECTIVES_SHEET);
  const keyResults = tables.required(KEY_RESULTS_SHEET);
  const needsCheckIns = keyResults.indexByKey.lastCheckIn === undefined;
  const checkIns = needsCheckIns ? tables.optional(CHECK_INS_SHEET) : null;
  const history = readHistory(spreadsheet);
  const okrs = readOkrs(
    sheetRows(objectives),
    sheetRows(keyResults),
    settings,
    today,
    latestCheckIns(sheetRows(checkIns), timeZone),
    timeZone,
    keyResultIdsOfOtherPeriods(sheetRows(history), period, timeZone),
  );
  return {
    spreadsheet,
    settings,
    timeZone,
    today,
    period,
    objectives,
    keyResults,
    history,
    okrs,
  };
}
