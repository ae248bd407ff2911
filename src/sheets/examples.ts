// Appends the example OKRs below whatever each sheet already holds: one read per sheet,
// one write per run of adjacent plain columns, never a cell a person typed.

import { dateOfDay, knownTimeZone, localMidnight, sameWallClockIn } from '../core/dates';
import {
  buildExamples,
  type ExampleRecord,
  exampleIds,
  liveExampleFormula,
} from '../core/examples/buildExamples';
import type { Language } from '../core/i18n/language';
import { idKey } from '../core/keyResults/identity';
import { foldText } from '../core/text';
import { asPlainText } from '../core/workbook/safeText';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  KPIS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  type SheetSpec,
} from '../core/workbook/schema';
import { asOfDay, periodCalendar, type Settings } from '../core/workbook/settings';
import { insertReportSheet } from './reportSheets';
import { readTable, type Table } from './tables';
import { ensureRows, lastUsedRow } from './writes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const EXAMPLE_SHEETS = [
  OBJECTIVES_SHEET,
  KEY_RESULTS_SHEET,
  CHECK_INS_SHEET,
  PEOPLE_SHEET,
  KPIS_SHEET,
] as const;

interface ExampleTables {
  readonly spreadsheet: Spreadsheet;
  readonly tables: ReadonlyMap<string, Table>;
  /** True when any of the sheets the examples go to holds a row already. */
  readonly hasData: boolean;
  /** Example IDs already used as objective or KR IDs. */
  readonly takenIds: readonly string[];
}

/** Reads the sheets the examples go to (one batch read each). */
export function readExampleTables(spreadsheet: Spreadsheet): ExampleTables {
  const read = readPresentExampleTables(spreadsheet);
  const missing = EXAMPLE_SHEETS.find((spec) => !read.tables.has(spec.key));
  if (missing) throw new Error(`Missing sheet ${missing.name.en}`);
  return read;
}

/**
 * The same from whichever of those sheets exist, without writing anything: what the
 * question before inserting needs, asked before taking the document lock.
 */
export function readPresentExampleTables(spreadsheet: Spreadsheet): ExampleTables {
  const tables = new Map<string, Table>();
  for (const spec of EXAMPLE_SHEETS) {
    const table = readTable(spreadsheet, spec);
    if (table) tables.set(spec.key, table);
  }
  const existingIds = new Set<string>();
  for (const key of [OBJECTIVES_SHEET.key, KEY_RESULTS_SHEET.key]) {
    const table = tables.get(key);
    if (!table) continue;
    // A sheet without an ID column holds no IDs an example could clash with.
    const index = table.indexByKey.id;
    if (index === undefined) continue;
    for (const row of table.rows) existingIds.add(foldText(row.cells[index]));
  }
  return {
    spreadsheet,
    tables,
    hasData: [...tables.values()].some((table) => table.rows.length > 0),
    takenIds: exampleIds().filter((id) => existingIds.has(idKey(id))),
  };
}

/** The prefix example IDs get when the plain ones are taken (`EX-O1`, `EJ-O1`). */
export function exampleIdPrefix(language: Language, taken: readonly string[]): string {
  if (taken.length === 0) return '';
  return language === 'es' ? 'EJ-' : 'EX-';
}

interface InsertedExamples {
  readonly objectives: number;
  readonly keyResults: number;
  readonly people: number;
  readonly kpis: number;
}

/**
 * Appends the examples; Settings supplies the period their values are placed against.
 * `today` is local midnight of the spreadsheet's day; `timeZone` is the spreadsheet's.
 */
export function insertExamples(
  read: ExampleTables,
  settings: Settings,
  today: Date,
  idPrefix: string,
  timeZone: string,
): InsertedExamples {
  const zone = knownTimeZone(timeZone);
  // The examples are worked out in local dates: the period's days as local midnights...
  const calendar = periodCalendar(settings, zone);
  const asOf = asOfDay(settings, zone);
  const built = buildExamples(
    settings.language,
    {
      start: calendar.start === null ? null : localMidnight(calendar.start),
      end: calendar.end === null ? null : localMidnight(calendar.end),
      asOf: asOf === null ? today : localMidnight(asOf),
    },
    idPrefix,
  );
  // ...and written as real dates of the spreadsheet's zone, at the same wall-clock time.
  const examples = {
    ...built,
    keyResults: built.keyResults.map((record) => ({
      ...record,
      lastCheckIn: dateOfDay(String(record.lastCheckIn), zone),
    })),
    checkIns: built.checkIns.map((record) => ({
      ...record,
      timestamp: sameWallClockIn(record.timestamp as Date, zone),
    })),
  };
  // In the order of EXAMPLE_SHEETS.
  const bySheet: readonly (readonly [SheetSpec, readonly ExampleRecord[]])[] = [
    [OBJECTIVES_SHEET, examples.objectives],
    [KEY_RESULTS_SHEET, examples.keyResults],
    [CHECK_INS_SHEET, examples.checkIns],
    [PEOPLE_SHEET, examples.people],
    [KPIS_SHEET, examples.kpis],
  ];
  for (const [spec, records] of bySheet) {
    const table = read.tables.get(spec.key)!;
    const firstRow = lastUsedRow(table) + 1;
    appendRecords(table, spec, records, firstRow);
    if (spec.key === KEY_RESULTS_SHEET.key) {
      for (const key of ['start', 'target', 'current']) {
        const column = table.indexByKey[key];
        if (column === undefined) continue;
        table.sheet
          .getRange(firstRow, column + 1, examples.keyResultFormats.length, 1)
          .setNumberFormats(examples.keyResultFormats.map((format) => [format]));
      }
      writeLiveExample(read.spreadsheet, table, firstRow, examples.live);
    }
  }
  return {
    objectives: examples.objectives.length,
    keyResults: examples.keyResults.length,
    people: examples.people.length,
    kpis: examples.kpis.length,
  };
}

/**
 * The live KR's sales sheet, a new sheet the add-on records as its own (another name when
 * a sheet has that one), and the KR's Current as a formula over it, in the row just written.
 */
function writeLiveExample(
  spreadsheet: Spreadsheet,
  table: Table,
  firstRow: number,
  live: ReturnType<typeof buildExamples>['live'],
): void {
  const column = table.indexByKey.current;
  if (column === undefined) return;
  const sheet = insertReportSheet(spreadsheet, 'exampleData', live.sheetName);
  sheet.getRange(1, 1, live.rows.length, 2).setValues(live.rows.map((row) => [...row]));
  table.sheet
    .getRange(firstRow + live.index, column + 1)
    .setFormula(liveExampleFormula(sheet.getName()));
}

/**
 * Writes the records' plain columns in runs of adjacent columns, skipping computed columns
 * (their row-2 formula fills them) and the person's own columns.
 */
function appendRecords(
  table: Table,
  spec: SheetSpec,
  records: readonly ExampleRecord[],
  firstRow: number,
): void {
  if (records.length === 0) return;
  const columns = spec.columns
    .flatMap((column) => {
      const index = table.indexByKey[column.key];
      return column.computed || index === undefined ? [] : [{ key: column.key, index }];
    })
    .sort((left, right) => left.index - right.index);
  ensureRows(table.sheet, firstRow + records.length - 1);
  let run: { key: string; index: number }[] = [];
  const flush = () => {
    const [first] = run;
    if (!first) return;
    const values = records.map((record) =>
      run.map((column) => asPlainText(record[column.key] ?? '')),
    );
    table.sheet.getRange(firstRow, first.index + 1, records.length, run.length).setValues(values);
    run = [];
  };
  for (const column of columns) {
    const last = run[run.length - 1];
    if (last && column.index !== last.index + 1) flush();
    run.push(column);
  }
  flush();
}
