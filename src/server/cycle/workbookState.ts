// What both cycle actions read first: Settings, the period, today on the spreadsheet's
// calendar, and the Objectives / Key Results / Check-ins / History tables (one batch read
// each; Check-ins only when Key Results has no Last check-in column to go by).

import { keyResultIdsOfOtherPeriods } from '../../core/cycle/history';
import { CYCLE_DIALOGS } from '../../core/cycle/messages';
import { type CycleOkrs, latestCheckIns, readOkrs } from '../../core/cycle/okrs';
import { type Period, periodFromSettings } from '../../core/cycle/period';
import { dayOf, type IsoDay, knownTimeZone } from '../../core/dates';
import { interpolate } from '../../core/i18n/language';
import {
  CHECK_INS_SHEET,
  HISTORY_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../../core/workbook/schema';
import type { Settings } from '../../core/workbook/settings';
import { sheetRows } from '../../sheets/history';
import { readSettings } from '../../sheets/settings';
import { readTable, type Table } from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A problem the person can fix, already worded in the workbook language. */
export class CycleProblem extends Error {}

export interface CycleState {
  readonly spreadsheet: Spreadsheet;
  readonly settings: Settings;
  readonly timeZone: string;
  readonly today: IsoDay;
  readonly period: Period;
  readonly keyResults: Table;
  readonly history: Table | null;
  /** This period's objectives and key results (those of closed periods left out). */
  readonly okrs: CycleOkrs;
}

export function readCycleState(spreadsheet: Spreadsheet): CycleState {
  const settings = readSettings(spreadsheet);
  const language = settings.language;
  const texts = CYCLE_DIALOGS[language];
  const timeZone = knownTimeZone(spreadsheet.getSpreadsheetTimeZone());
  const today = dayOf(new Date(), timeZone)!;
  const period = periodFromSettings(settings, timeZone);
  if (!period) {
    const label = (key: string) =>
      SETTINGS_SHEET.columns.find((column) => column.key === key)!.header[language];
    throw new CycleProblem(
      interpolate(texts.missingDates, { start: label('periodStart'), end: label('periodEnd') }),
    );
  }
  const requireTable = (spec: SheetSpec): Table => {
    const table = readTable(spreadsheet, spec);
    if (table) return table;
    throw new CycleProblem(interpolate(texts.missingSheet, { sheet: spec.name[language] }));
  };
  const objectives = requireTable(OBJECTIVES_SHEET);
  const keyResults = requireTable(KEY_RESULTS_SHEET);
  const needsCheckIns = keyResults.indexByKey.lastCheckIn === undefined;
  const checkIns = needsCheckIns ? readTable(spreadsheet, CHECK_INS_SHEET) : null;
  const history = readTable(spreadsheet, HISTORY_SHEET);
  const okrs = readOkrs(
    sheetRows(objectives),
    sheetRows(keyResults),
    settings,
    today,
    latestCheckIns(sheetRows(checkIns), timeZone),
    timeZone,
    keyResultIdsOfOtherPeriods(sheetRows(history), period, timeZone),
  );
  return { spreadsheet, settings, timeZone, today, period, keyResults, history, okrs };
}
