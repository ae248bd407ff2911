// The attack corpus: a workbook whose people put formulas and array formulas of many
// shapes in every column the add-on writes (ID, Current, Confidence, Last check-in, Last
// comment, the computed columns) and in Settings › Period, then every action that writes
// runs over it: check-ins on every key result, Assign missing IDs, create/upgrade, insert
// examples, the daily run, Review OKRs, the mid-period review and Close period with the
// next period and the carry-over. Whole-workbook snapshots before and after: no formula
// of a person's is gone or changed, and none turned into #REF! (a blocked array).
import type { Emulator } from '../../emulator';
import type { CheckInContext } from '../../src/core/checkIn/context';
import { templateWorkbook } from './fixtures/cycleFixture';

const USER = { email: 'owner@example.com', locale: 'en' };

/** Per-cell formulas of every kind: values, text, blanks, errors, dates, lookups. */
const CELL_SHAPES = [
  '=1+1',
  '=""',
  '=" "',
  '=TODAY()',
  '=NOW()',
  '="KR"&1',
  '=IF(1>2,1,"")',
  '=NA()',
  '=1/0',
  '=Ventas!B2',
  '=SUM(Ventas!B2:B4)',
  '=ROUND(3.14159,2)',
  '=UPPER("x")',
  '=CONCATENATE("a","b")',
  '=LEN("abc")',
  '=MAX(Ventas!B2:B4)',
  '=AVERAGE(Ventas!B2:B4)',
  '=INDEX(Ventas!B2:B4,2)',
  '=COUNTA(Ventas!A2:A4)',
  '=DATE(2026,12,1)',
];
/** Array formulas that fill the cells below them. */
const ARRAY_SHAPES = [
  '=ARRAYFORMULA(Ventas!B2:B4*1)',
  '={1;2;3}',
  '=FILTER(Ventas!B2:B4,Ventas!B2:B4>0)',
  '=SORT(Ventas!B2:B4)',
  '=ARRAYFORMULA(IF(Ventas!B2:B4>0,"x",""))',
];

/** Every formula cell of the workbook's sheets but the add-on's reports: `Sheet!row,col` → formula. */
function formulaCells(emulator: Emulator, skip: ReadonlySet<string>): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of emulator.spreadsheet.sheets) {
    if (skip.has(sheet.name)) continue;
    emulator.sheetFormulas(sheet.name).forEach((row, r) => {
      row.forEach((formula, c) => {
        if (formula) cells.set(`${sheet.name}!${r + 1},${c + 1}`, formula);
      });
    });
  }
  return cells;
}

function valueAt(emulator: Emulator, key: string): unknown {
  const [sheet, position] = key.split('!') as [string, string];
  const [row, column] = position.split(',').map(Number) as [number, number];
  return emulator.sheetValues(sheet)[row - 1]?.[column - 1];
}

describe('the attack corpus', () => {
  it('keeps every formula a person wrote, whatever the actions run over them', () => {
    const emulator = templateWorkbook('en');
    emulator.writeSheet('Ventas', [
      ['Mes', 'Ventas'],
      ['Oct', 10],
      ['Nov', 12],
      ['Dec', 8],
    ]);
    const values = emulator.sheetValues('Key Results');
    const header = values[0]!;
    const column = (name: string) => header.indexOf(name) + 1;
    const rows = values.length - 1;
    const shapes = [...CELL_SHAPES, ...ARRAY_SHAPES];
    expect(shapes.length).toBeGreaterThanOrEqual(25);
    // Each shape in each column the add-on writes, spread over the example rows.
    const targets = ['Current', 'Confidence', 'Last check-in', 'Last comment', 'Progress'];
    shapes.forEach((formula, index) => {
      const target = targets[index % targets.length]!;
      const row = 2 + (index % rows);
      emulator.writeSheet('Key Results', [[formula]], row, column(target));
    });
    // IDs from formulas on two extra rows with titles, and Settings › Period a formula.
    const below = rows + 3;
    emulator.writeSheet('Key Results', [['="KR-X"&1', 'O1', 'From a formula ID']], below, 1);
    emulator.writeSheet(
      'Key Results',
      [['=IF(1>2,"x","")', 'O1', 'Blank formula ID']],
      below + 1,
      1,
    );
    const period = emulator.sheetValues('Settings').findIndex((row) => row[0] === 'Period') + 1;
    emulator.writeSheet('Settings', [['="2026-"&"Q4"']], period, 2);

    const reports = new Set(['Dashboard']);
    const before = formulaCells(emulator, reports);
    const errorsBefore = new Map([...before.keys()].map((key) => [key, valueAt(emulator, key)]));

    // Every action that writes.
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: { email: 'ana@example.com', locale: 'en' },
    }) as CheckInContext;
    for (const keyResult of context.keyResults) {
      emulator.attempt(
        'saveCheckIn',
        [{ keyResultId: keyResult.id, value: '5', confidence: 'green', comment: 'TRUE' }],
        { user: { email: 'ana@example.com', locale: 'en' } },
      );
    }
    emulator.run('assignMissingIds', [], { user: USER });
    emulator.run('createOrUpgradeWorkbook', [], { user: USER });
    emulator.run('insertExampleOkrs', [], { user: USER });
    emulator.run('runDailyReminders', [], { user: USER, trigger: true });
    emulator.run('reviewOkrs', [], { user: USER });
    emulator.run('midPeriodReview', [], { user: USER });
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
      emulator.ui.queueResponse(answer);
    emulator.run('closePeriod', [], { user: USER });

    const after = formulaCells(emulator, reports);
    const lost = [...before].filter(([key, formula]) => after.get(key) !== formula);
    expect(lost).toEqual([]);
    const broken = [...before.keys()].filter(
      (key) => valueAt(emulator, key) === '#REF!' && errorsBefore.get(key) !== '#REF!',
    );
    expect(broken).toEqual([]);
    // The actions did run: check-ins recorded, the period closed into History.
    expect(emulator.sheetValues('Check-ins').length).toBeGreaterThan(20);
    expect(emulator.sheetValues('History').length).toBeGreaterThan(10);
  });
});
