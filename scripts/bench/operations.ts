// The add-on's operations on workbooks of 100 / 1,000 / 10,000 KRs with 20 check-ins each,
// run through the emulator on the built bundle: spreadsheet calls, emails and CPU, beside
// a naive per-row version of the same reads or writes where that makes sense.
import { createEmulator, type Emulator } from '../../emulator/index';
import { mapColumns } from '../../src/core/workbook/headers';
import { CHECK_INS_SHEET, KEY_RESULTS_SHEET, type SheetSpec } from '../../src/core/workbook/schema';
import { medianMs } from './measure';
import type { BenchRow } from './types';

const CHECK_INS_PER_KR = 20;
const MANAGER = 'laura@example.com';
const REPORTS = [
  'martin@example.com',
  'sofia@example.com',
  'diego@example.com',
  'lucia@example.com',
  'ana@example.com',
];
// Two days before Ana's 1:1 with Sofía (the 15th): the reminder run has a manager to email.
const TODAY = new Date('2026-02-13T09:00:00Z');
const SECTION = 'operations';

type Counters = Emulator['counters'];

function calls(counters: Counters): string {
  return `${counters.spreadsheetReads} reads, ${counters.spreadsheetWrites} writes, ${counters.spreadsheetOther} other spreadsheet calls`;
}

/** Writes rows by column key into the sheet's own columns, leaving computed columns alone. */
function appendRows(
  emulator: Emulator,
  spec: SheetSpec,
  rows: readonly Record<string, unknown>[],
): void {
  const sheetName = spec.name.en;
  const values = emulator.sheetValues(sheetName);
  const { indexByKey } = mapColumns(values[0] ?? [], spec);
  const typed = spec.columns.filter(
    (column) => !column.computed && indexByKey[column.key] !== undefined,
  );
  // Below the last typed row (array formulas fill the rows under it with "").
  let lastTyped = values.length;
  const blank = (row: readonly unknown[]) =>
    typed.every((column) => row[indexByKey[column.key]] === '');
  while (lastTyped > 1 && blank(values[lastTyped - 1])) lastTyped--;
  const firstRow = lastTyped + 1;
  // Contiguous runs of typed columns, so array formulas in computed columns can still spill.
  const runs: { start: number; keys: string[] }[] = [];
  for (const column of [...typed].sort((a, b) => indexByKey[a.key] - indexByKey[b.key])) {
    const index = indexByKey[column.key];
    const last = runs[runs.length - 1];
    if (last && last.start + last.keys.length === index) last.keys.push(column.key);
    else runs.push({ start: index, keys: [column.key] });
  }
  for (let offset = 0; offset < rows.length; offset += 10_000) {
    const chunk = rows.slice(offset, offset + 10_000);
    for (const run of runs) {
      emulator.writeSheet(
        sheetName,
        chunk.map((row) => run.keys.map((key) => row[key] ?? '')),
        firstRow + offset,
        run.start + 1,
      );
    }
  }
}

function workbookWith(keyResults: number): Emulator {
  const emulator = createEmulator({
    locale: 'en_US',
    now: TODAY,
    user: { email: MANAGER, locale: 'en' },
  });
  emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
  emulator.run('createOrUpgradeWorkbook');
  emulator.run('insertExampleOkrs');
  const krs = Array.from({ length: keyResults }, (_, index) => ({
    id: `B-${index + 1}`,
    objectiveId: `O${2 + (index % 4)}`,
    keyResult: `Benchmark key result ${index + 1}`,
    owner: REPORTS[index % REPORTS.length],
    type: index % 3 === 0 ? 'decrease' : 'increase',
    start: index % 3 === 0 ? 100 : 0,
    target: index % 3 === 0 ? 50 : 100,
    current: index % 3 === 0 ? 100 - ((index * 7) % 50) : (index * 37) % 100,
    weight: 1,
  }));
  appendRows(emulator, KEY_RESULTS_SHEET, krs);
  const checkIns: Record<string, unknown>[] = [];
  for (const [index, kr] of krs.entries()) {
    for (let step = 0; step < CHECK_INS_PER_KR; step++) {
      checkIns.push({
        timestamp: new Date(Date.UTC(2026, 0, 1 + step, 10)),
        keyResultId: kr.id,
        value: (index + step) % 100,
        confidence: step % 3 === 0 ? 'Off track' : 'On track',
        comment: `Check-in ${step + 1}`,
        author: kr.owner,
      });
    }
  }
  appendRows(emulator, CHECK_INS_SHEET, checkIns);
  // Reminders go only to the managers approved by setting them up.
  emulator.run('setUpReminders');
  return emulator;
}

/** A KR half way down the sheet: where a per-row search pays for half the rows. */
const middleKeyResult = (size: number) => `B-${Math.ceil(size / 2)}`;

interface Operation {
  readonly name: string;
  readonly run: (emulator: Emulator, round: number, size: number) => unknown;
  /** The same reads/writes done a row (or cell) at a time, for comparison. */
  readonly naive?: {
    readonly name: string;
    readonly run: (emulator: Emulator, size: number) => unknown;
  };
}

/** Reads every row of a sheet one getRange().getValues() call at a time. */
function readPerRow(emulator: Emulator, sheetName: string): void {
  emulator.execute(({ SpreadsheetApp }) => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName)!;
    const lastColumn = sheet.getLastColumn();
    for (let row = 1; row <= sheet.getLastRow(); row++)
      sheet.getRange(row, 1, 1, lastColumn).getValues();
  });
}

const OPERATIONS: readonly Operation[] = [
  {
    name: 'open (onOpen, authorised)',
    run: (emulator) => emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' }),
  },
  { name: 'create/upgrade workbook', run: (emulator) => emulator.run('createOrUpgradeWorkbook') },
  {
    name: 'load sidebar context',
    run: (emulator) => emulator.callFromClient('getCheckInContext'),
    naive: {
      name: 'naive: read Key Results, Objectives, People row by row',
      run: (emulator) => {
        for (const sheet of ['Key Results', 'Objectives', 'People']) readPerRow(emulator, sheet);
      },
    },
  },
  {
    name: 'save a check-in',
    run: (emulator, round, size) =>
      emulator.callFromClient(
        'saveCheckIn',
        [
          {
            keyResultId: middleKeyResult(size),
            value: String(40 + (round % 50)),
            confidence: 'yellow',
            comment: 'Two deals slipped to next month',
          },
        ],
        { user: { email: 'martin@example.com' } },
      ),
    naive: {
      name: 'naive: find the KR row cell by cell, write 4 cells one by one',
      run: (emulator, size) =>
        emulator.execute(({ SpreadsheetApp }) => {
          const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
          const sheet = spreadsheet.getSheetByName('Key Results')!;
          let row = 2;
          while (
            row <= sheet.getLastRow() &&
            sheet.getRange(row, 1).getValue() !== middleKeyResult(size)
          )
            row++;
          for (const column of [8, 14, 15, 16])
            sheet.getRange(row, column).setValue(column === 8 ? 41 : 'x');
          spreadsheet
            .getSheetByName('Check-ins')!
            .appendRow([new Date(), middleKeyResult(size), 41, 'At risk', 'x', MANAGER]);
        }),
    },
  },
  {
    name: 'daily reminder run',
    run: (emulator) => emulator.run('runDailyReminders', [{}], { trigger: true }),
    naive: {
      name: 'naive: read Key Results and Check-ins row by row',
      run: (emulator) => {
        for (const sheet of ['Key Results', 'Check-ins']) readPerRow(emulator, sheet);
      },
    },
  },
];

export async function benchOperations(
  sizes: readonly number[] = [100, 1_000, 10_000],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const emulator = workbookWith(size);
    const runs = size >= 10_000 ? 3 : 5;
    for (const operation of OPERATIONS) {
      emulator.resetCounters();
      const sentBefore = emulator.outbox.length;
      operation.run(emulator, 0, size);
      const counted = `${calls(emulator.counters)}; ${emulator.outbox.length - sentBefore} emails`;
      let round = 1;
      const cpu = medianMs(() => operation.run(emulator, round++, size), runs);
      rows.push({
        section: SECTION,
        operation: operation.name,
        size,
        medianMs: cpu,
        note: counted,
      });
      if (operation.naive) {
        emulator.resetCounters();
        const naive = operation.naive;
        naive.run(emulator, size);
        const naiveCalls = calls(emulator.counters);
        rows.push({
          section: SECTION,
          operation: naive.name,
          size,
          medianMs: medianMs(() => naive.run(emulator, size), runs),
          note: naiveCalls,
        });
      }
    }
  }
  return rows;
}
