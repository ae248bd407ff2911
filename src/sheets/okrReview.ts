// Review OKRs (the lint of the OKRs themselves, not the mid-period review) and Assign
// missing IDs: one batch read per sheet, one batch write for the
// report (or per ID column), whatever the number of rows.

import { inertText } from '../core/checkIn/inertText';
import { LIVE_STOPPED, stoppedSources } from '../core/checkIn/live';
import { kpisNeedingAnOkr } from '../core/cycle/kpi';
import { interpolate, LANGUAGES, type Language } from '../core/i18n/language';
import { textsOf } from '../core/i18n/userFacingError';
import { parseOneOnOneSchedule } from '../core/reminders/schedule';
import {
  type AssignedId,
  assignKeyResultIds,
  assignObjectiveIds,
  type RowToIdentify,
  takenIds,
} from '../core/review/assignIds';
import { describeFinding, OKR_REVIEW_TEXTS } from '../core/review/messages';
import { type ReviewSheet, reviewOkrs } from '../core/review/rules';
import type { SkippedCell } from '../core/workbook/formulaCells';
import { columnLetter } from '../core/workbook/formulas';
import { isSheetNamed, requiredIndex } from '../core/workbook/headers';
import { HEADER_BACKGROUND, HEADER_TEXT } from '../core/workbook/layout';
import { inCurrentPeriod } from '../core/workbook/periods';
import { asPlainText } from '../core/workbook/safeText';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  KPIS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  REVIEW_SHEET,
} from '../core/workbook/schema';
import type { Settings } from '../core/workbook/settings';
import { liveSource } from './liveCheckIns';
import { insertReportSheet, reportSheets, startsWithHeader } from './reportSheets';
import {
  cell,
  displayedRecords,
  openTables,
  records,
  type Spreadsheet,
  sheetRows,
  type Table,
  type WorkbookTables,
} from './tables';
import { a1, KEEP, writeRows } from './writes';

function okrTables(spreadsheet: Spreadsheet): WorkbookTables {
  return openTables(spreadsheet, {
    missingSheet: textsOf(OKR_REVIEW_TEXTS, 'missingSheets'),
  });
}

interface OkrReviewResult {
  /** Lines of the report (OKR findings and KPIs needing an OKR). */
  readonly count: number;
  readonly reportName: string;
}

/** Runs every review rule and rewrites the report sheet. */
export function runOkrReview(
  spreadsheet: Spreadsheet,
  settings: Settings,
  today: Date,
): OkrReviewResult {
  const language = settings.language;
  const tables = okrTables(spreadsheet);
  const objectives = tables.required(OBJECTIVES_SHEET);
  const keyResults = tables.required(KEY_RESULTS_SHEET);
  const people = tables.required(PEOPLE_SHEET);
  const checkInRows = records<'keyResultId' | 'timestamp'>(tables.optional(CHECK_INS_SHEET));
  // The review is of the current period: a closed period's rows are History's.
  const current = <Row>(rows: Row[]): Row[] =>
    rows.filter((row) => inCurrentPeriod((row as { period?: unknown }).period, settings.period));
  const findings = reviewOkrs({
    objectives: current(records(objectives)),
    // With what the cells show: a finding quotes a value as the sheet writes it.
    keyResults: current(displayedRecords(keyResults, ['start', 'target', 'current'])),
    people: records(people),
    checkIns: checkInRows,
    asOf: settings.asOf ?? today,
    periodStart: settings.periodStart,
    isValidSchedule: (text) => parseOneOnOneSchedule(text) !== null,
  });
  const kpis = tables.optional(KPIS_SHEET);
  // Names and ids of every sheet a line may point at, read once whatever the findings.
  const placed = (table: Table) => ({ name: table.sheet.getName(), id: table.sheet.getSheetId() });
  const sheets: Record<ReviewSheet, { name: string; id: number }> = {
    objectives: placed(objectives),
    keyResults: placed(keyResults),
    people: placed(people),
  };
  const kpiSheet = kpis && placed(kpis);
  const sheetNames: Record<string, string> = {};
  for (const [key, sheet] of Object.entries(sheets)) sheetNames[key] = sheet.name;
  if (kpiSheet) sheetNames.kpis = kpiSheet.name;
  const lines: ReportLine[] = findings.map((finding) => ({
    sheet: sheets[finding.sheet],
    rowNumber: finding.rowNumber,
    ...describeFinding(finding, language, sheetNames),
  }));
  // Unhealthy KPIs that no objective works on: each is a candidate for a new OKR.
  if (kpis && kpiSheet) {
    const objectiveIds = objectives.rows.map((row) => cell(objectives, row, 'id'));
    for (const finding of kpisNeedingAnOkr(sheetRows(kpis), objectiveIds, language)) {
      lines.push({
        sheet: kpiSheet,
        rowNumber: finding.rowNumber,
        problem: finding.problem,
        advice: finding.advice,
      });
    }
  }
  // Columns named like the add-on's in the other language that hold a person's values.
  const texts = OKR_REVIEW_TEXTS[language];
  const tablesBySpec = [
    [OBJECTIVES_SHEET, objectives],
    [KEY_RESULTS_SHEET, keyResults],
    [PEOPLE_SHEET, people],
    [KPIS_SHEET, kpis],
  ] as const;
  for (const [spec, table] of tablesBySpec) {
    for (const { key, index } of table?.foreign ?? []) {
      if (!table) continue;
      const column = spec.columns.find((candidate) => candidate.key === key)!;
      const values = {
        column: columnLetter(index),
        header: String(table.header[index]),
        name: column.header[language],
      };
      lines.push({
        sheet: placed(table),
        rowNumber: 1,
        problem: interpolate(texts.foreignColumn, values),
        advice: interpolate(texts.foreignColumnAdvice, values),
      });
    }
  }
  // Live key results whose source stopped updating (core/checkIn/live.ts).
  const live = keyResults.rows.flatMap((row) =>
    liveSource(keyResults, row.rowNumber)
      ? [{ id: String(cell(keyResults, row, 'id')), value: cell(keyResults, row, 'current'), row }]
      : [],
  );
  if (live.length > 0) {
    const rowById = new Map(live.map((item) => [item.id, item.row.rowNumber]));
    const stopped = stoppedSources(
      live,
      checkInRows,
      settings.asOf ?? today,
      settings.liveStaleDays,
    );
    const words = LIVE_STOPPED[language];
    for (const { id, error } of stopped) {
      lines.push({
        sheet: placed(keyResults),
        rowNumber: rowById.get(id) ?? 1,
        problem: interpolate(error ? words.error : words.stale, {
          id,
          error: error ?? '',
          days: settings.liveStaleDays,
        }),
        advice: words.advice,
      });
    }
  }
  const reportName = writeReport(spreadsheet, language, lines);
  return { count: lines.length, reportName };
}

/** One line of the report: the row it is about, the problem and what to do. */
interface ReportLine {
  readonly sheet: { readonly name: string; readonly id: number };
  readonly rowNumber: number;
  readonly problem: string;
  readonly advice: string;
}

function writeReport(
  spreadsheet: Spreadsheet,
  language: Language,
  lines: readonly ReportLine[],
): string {
  const headers = LANGUAGES.map((each) =>
    REVIEW_SHEET.columns.map((column) => column.header[each]),
  );
  const own = reportSheets(
    spreadsheet.getSheets(),
    'review',
    (name) => isSheetNamed(REVIEW_SHEET, name),
    (sheet) => startsWithHeader(sheet, headers),
  );
  let report = own[0] ?? null;
  const created = !report;
  if (!report) report = insertReportSheet(spreadsheet, 'review', REVIEW_SHEET.name[language]);
  const header = REVIEW_SHEET.columns.map((column) => column.header[language]);
  const rows: unknown[][] = lines.map((line) => {
    const sheet = line.sheet;
    const label = `${sheet.name} ${line.rowNumber}`.replace(/"/g, '""');
    return [
      asPlainText(sheet.name),
      `=HYPERLINK("#gid=${sheet.id}&range=A${line.rowNumber}", "${label}")`,
      asPlainText(line.problem),
      asPlainText(line.advice),
    ];
  });
  if (rows.length === 0) rows.push(['', '', OKR_REVIEW_TEXTS[language].noProblems, '']);

  const oldRows = report.getLastRow();
  if (oldRows > 0) report.getRange(1, 1, oldRows, header.length).clearContent();
  const maxRows = report.getMaxRows();
  if (rows.length + 1 > maxRows) report.insertRowsAfter(maxRows, rows.length + 1 - maxRows);
  report.getRange(1, 1, rows.length + 1, header.length).setValues([header, ...rows]);
  if (created) {
    report
      .getRange(1, 1, 1, header.length)
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND)
      .setFontColor(HEADER_TEXT);
    report.setFrozenRows(1);
    [140, 150, 480, 480].forEach((width, index) => {
      report.setColumnWidth(index + 1, width);
    });
  }
  spreadsheet.setActiveSheet(report);
  return report.getName();
}

/** Gives every objective and key result row without an ID a new, unused one. */
export function assignMissingIds(spreadsheet: Spreadsheet): {
  assigned: AssignedId[];
  skipped: SkippedCell[];
} {
  const tables = okrTables(spreadsheet);
  const objectives = tables.required(OBJECTIVES_SHEET);
  const keyResults = tables.required(KEY_RESULTS_SHEET);
  const identify = (table: Table): RowToIdentify[] =>
    table.rows.map((row) => ({
      rowNumber: row.rowNumber,
      id: cell(table, row, 'id'),
      objectiveId: cell(table, row, 'objectiveId'),
    }));
  const objectiveRows = identify(objectives);
  const keyResultRows = identify(keyResults);
  const taken = takenIds(objectiveRows, keyResultRows);
  const assignedObjectives = assignObjectiveIds(objectiveRows, taken);
  const assignedKeyResults = assignKeyResultIds(keyResultRows, taken);
  const skipped = [
    ...writeIds(objectives, assignedObjectives),
    ...writeIds(keyResults, assignedKeyResults),
  ];
  const left = new Set(skipped.map((item) => `${item.sheet}!${item.cell}`));
  const written = (table: Table, assigned: readonly AssignedId[]) => {
    const column = (table.indexByKey.id ?? 0) + 1;
    const name = table.sheet.getName();
    return assigned.filter((item) => !left.has(`${name}!${a1(item.rowNumber, column)}`));
  };
  return {
    assigned: [
      ...written(objectives, assignedObjectives),
      ...written(keyResults, assignedKeyResults),
    ],
    skipped,
  };
}

/**
 * Writes the new IDs with one write over the span of rows they cover (a fixed number of
 * calls however many rows); the plain cells between are written back as read (text kept
 * as text: `'1.10`, `'007`, `'2026-01` would otherwise come back as numbers or dates).
 * Cells holding a formula or filled by an array formula are never written: the span is
 * split around them, and an ID meant for one is not given (returned as skipped).
 */
function writeIds(table: Table, assigned: readonly AssignedId[]): SkippedCell[] {
  const [firstAssigned] = assigned;
  if (!firstAssigned) return [];
  // The review's sheets are opened without required columns: a sheet without an ID
  // column stops here, before any write to it.
  const index = requiredIndex(table.indexByKey, 'id');
  const first = firstAssigned.rowNumber;
  const last = (assigned[assigned.length - 1] ?? firstAssigned).rowNumber;
  const byRow = new Map(assigned.map((item) => [item.rowNumber, item.id]));
  const values: unknown[] = [];
  for (let row = first; row <= last; row++) {
    const id = byRow.get(row);
    values.push(id === undefined ? KEEP : inertText(id));
  }
  return writeRows(table, first, values.length, new Map([[index, values]]));
}
