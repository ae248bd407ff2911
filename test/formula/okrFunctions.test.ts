// The add-on's custom functions in a real spreadsheet engine, in formulas written the way
// people write them in the template and in their own dashboards.
import type { HyperFormula } from 'hyperformula';
import {
  createFormulaEngine,
  customFunctionExecutions,
  translateOpenRanges,
} from '../../emulator/customFunctionPlugin';
import { customFunctions } from '../../src/server/customFunctions';

type Row = unknown[];

const KR_HEADER = [
  'ID',
  'Objective ID',
  'Type',
  'Start',
  'Target',
  'Current',
  'Weight',
  'Progress',
];
// Columns: A ID, B Objective ID, C Type, D Start, E Target, F Current, G Weight, H Progress.
const PROGRESS_FORMULA = '=KR_PROGRESS(D2:D, E2:E, F2:F, C2:C)';
const ROLLUP_FORMULA =
  "=OKR_ROLLUP('Key Results'!H2:H, 'Key Results'!G2:G, 'Key Results'!B2:B, \"O-1\")";

/** Builds a workbook, writing formulas with Sheets' open-ended ranges. */
function workbook(sheets: Record<string, Row[]>): HyperFormula {
  const lastRowOf = (name: string | undefined) => sheets[name ?? ''].length;
  const translated: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(sheets)) {
    translated[name] = rows.map((row) =>
      row.map((cell) =>
        typeof cell === 'string' && cell.startsWith('=')
          ? translateOpenRanges(cell, (sheet) => lastRowOf(sheet ?? name))
          : cell,
      ),
    );
  }
  return createFormulaEngine(translated, customFunctions);
}

function columnValues(engine: HyperFormula, sheetName: string, column: number): unknown[] {
  const sheet = engine.getSheetId(sheetName)!;
  return engine
    .getSheetValues(sheet)
    .slice(1)
    .map((row) => row[column] ?? '');
}

function cell(engine: HyperFormula, sheetName: string, a1: string): unknown {
  return engine.getCellValue(
    engine.simpleCellAddressFromString(a1, engine.getSheetId(sheetName)!)!,
  );
}

function keyResults(rows: Row[]): Row[] {
  const sheet: Row[] = [[...KR_HEADER], ...rows.map((row) => [...row])];
  sheet[1][7] = PROGRESS_FORMULA;
  return sheet;
}

describe('KR_PROGRESS over a whole column', () => {
  const rows: Row[] = [
    ['KR-1', 'O-1', 'increase', 0, 100, 45, 2],
    // Percentages typed as numbers and one typed as text (a leading apostrophe).
    ['KR-2', 'O-1', 'Reducir', '12%', '7%', "'9%", 1],
    ['KR-3', 'O-1', 'binario', '', '', true, 1],
    ['KR-4', 'O-2', 'at_least', '', 90, 95, ''],
    ['KR-5', 'O-2', '', '', 10, '', 1],
    ['KR-6', 'O-2', 'increase', 0, 10, 'pending', 1],
    ['KR-7', 'O-2', 'Al Menos', 0, '80%', 0.5, 1],
    ['', '', '', '', '', '', ''],
  ];

  it('spills one result per row from the formula in row 2, on a mixed-type column', () => {
    const engine = workbook({ 'Key Results': keyResults(rows) });
    expect(columnValues(engine, 'Key Results', 7)).toEqual([
      0.45,
      0.6,
      1,
      1,
      '',
      '#VALUE! current is "pending", not a number',
      0,
      '',
    ]);
    expect(customFunctionExecutions(engine)).toEqual({ KR_PROGRESS: 1 });
  });

  it('recalculates the spilled column and a dashboard rollup when a current value changes', () => {
    const engine = workbook({
      'Key Results': keyResults(rows.slice(0, 4)),
      Dashboard: [
        ['Objective', 'Progress'],
        ['O-1', ROLLUP_FORMULA],
      ],
    });
    // O-1: (0.45·2 + 0.6 + 1) / 4.
    expect(cell(engine, 'Dashboard', 'B2')).toBeCloseTo(0.625, 12);
    const sheet = engine.getSheetId('Key Results')!;
    engine.setCellContents({ sheet, row: 1, col: 5 }, [[100]]);
    expect(cell(engine, 'Key Results', 'H2')).toBe(1);
    expect(cell(engine, 'Dashboard', 'B2')).toBeCloseTo(0.9, 12);
  });
});

describe('dashboard formulas', () => {
  const rows: Row[] = [
    ['KR-1', 'O-1', '', 0, 10, 5, 3],
    ['KR-2', 'o-1 ', '', 0, 10, 10, 1],
    ['KR-3', 'O-2', '', 100, 60, 80, ''],
    ['KR-4', 'O-2', '', 0, 10, '', 5],
    ['KR-5', 'O-3', '', 0, 10, 2, 0],
  ];
  const engine = () =>
    workbook({
      'Key Results': keyResults(rows),
      Objectives: [
        ['ID', 'Parent ID', 'Progress', 'Rollup', 'Cascade'],
        [
          'O-1',
          '',
          '',
          "=OKR_ROLLUP('Key Results'!H2:H, 'Key Results'!G2:G, 'Key Results'!B2:B, A2:A)",
          '=OKR_CASCADE(Tree!A2:A, Tree!B2:B, Tree!C2:C, Tree!D2:D, A2:A)',
        ],
        ['O-2', 'O-1'],
        ['O-3', ''],
        ['O-4', ''],
      ],
      Tree: [
        ['ID', 'Parent', 'Progress', 'Weight'],
        ['O-1', '', '', ''],
        ['O-2', 'O-1', '', ''],
        ['KR-1', 'O-1', 0.27, ''],
        ['KR-2', 'O-1', 0.18, ''],
        ['KR-3', 'O-2', 0.73, ''],
        ['O-3', '', '', ''],
        ['O-4', '', '', ''],
        ['KR-9', 'O-4', '=1/0', ''],
      ],
      Dashboard: [
        ['Objective', 'Progress'],
        ['O-1', ROLLUP_FORMULA],
        ['All', "=OKR_ROLLUP('Key Results'!H2:H, 'Key Results'!G2:G)"],
        ['Status', '=KR_STATUS(B2, 0.5, "es")'],
        ['Expected', '=KR_EXPECTED(DATE(2026,1,1), DATE(2026,4,1), DATE(2026,2,15))'],
        ['Working', '=KR_EXPECTED(DATE(2026,1,5), DATE(2026,1,19), DATE(2026,1,12), , 1)'],
        ['Expected %', '=ROUND(B5 * 100, 0) & "%"'],
      ],
    });

  it('rolls up one objective, as written in a dashboard', () => {
    // O-1 with its id written "o-1 " in one row: (0.5·3 + 1·1) / 4.
    expect(cell(engine(), 'Dashboard', 'B2')).toBe(0.625);
  });

  it('rolls up everything, skipping not-yet-measured KRs and weight 0', () => {
    // 0.5·3 + 1·1 + 0.5·1 over 5.
    expect(cell(engine(), 'Dashboard', 'B3')).toBe(0.6);
  });

  it('spills one rollup per objective from a groups range; an objective without KRs gives ""', () => {
    expect(columnValues(engine(), 'Objectives', 3)).toEqual([0.625, 0.5, '', '']);
  });

  it('cascades through the tree for the Objectives column, an error staying in its branch', () => {
    const values = columnValues(engine(), 'Objectives', 4);
    // HyperFormula rounds what it shows to 10 significant digits.
    expect(values[0]).toBeCloseTo(0.393333333333333, 9);
    expect(values.slice(1, 3)).toEqual([0.73, '']);
    expect(values[3]).toBe('#VALUE! progress is "#DIV/0!", not a number (id KR-9)');
  });

  it('chains KR_STATUS and KR_EXPECTED in other formulas', () => {
    const book = engine();
    expect(cell(book, 'Dashboard', 'B4')).toBe('En camino');
    expect(cell(book, 'Dashboard', 'B5')).toBe(0.5);
    expect(cell(book, 'Dashboard', 'B6')).toBe(0.5);
    expect(cell(book, 'Dashboard', 'B7')).toBe('50%');
  });

  it('evaluates every example of docs/functions.md typed as a formula', () => {
    const book = workbook({
      Examples: [
        ['=KR_PROGRESS(12%, 7%, 9%)'],
        ['=KR_PROGRESS(10, 25, 17.5)'],
        ['=KR_PROGRESS(0, 10, -5)'],
        // HyperFormula spells the FALSE literal as a function call.
        ['=KR_PROGRESS(100, 60, 50, "decrease", FALSE())'],
        ['=OKR_ROLLUP({1;0;0}, {100000;20000;1000})'],
        ['=KR_STATUS(0.7, 1)'],
        ['=KR_STATUS(0.4, 1, "es-AR")'],
        ['=KR_STATUS(0.39, 1, "en")'],
      ],
    });
    const values = book.getSheetValues(book.getSheetId('Examples')!).map((row) => row[0]);
    expect(values.slice(0, 4)).toEqual([0.6, 0.5, 0, 1.25]);
    expect(values[4]).toBeCloseTo(0.826446280991736, 9);
    expect(values.slice(5)).toEqual(['On track', 'En riesgo', 'Off track']);
  });

  it('evaluates every example of the functions reference to the result it promises', () => {
    const examples = customFunctions.flatMap((entry) =>
      (entry.examples ?? [])
        .filter((example) => example.includes(' → '))
        .map((example) => example.split(' → ')),
    );
    expect(examples.length).toBeGreaterThanOrEqual(10);
    const book = workbook({
      // HyperFormula spells the FALSE literal as a function call.
      Examples: examples.map(([formula]) => [formula.replace(/\bFALSE\b(?!\()/g, 'FALSE()')]),
    });
    const values = book.getSheetValues(book.getSheetId('Examples')!).map((row) => row[0]);
    examples.forEach(([formula, promised], index) => {
      const value = values[index];
      if (promised.endsWith('…')) {
        expect([formula, String(value).startsWith(promised.slice(0, -1))]).toEqual([formula, true]);
      } else if (/^-?[\d.]+$/.test(promised)) {
        expect([formula, value]).toEqual([formula, Number(promised)]);
      } else {
        expect([formula, value]).toEqual([formula, promised]);
      }
    });
  });

  it('shows the #VALUE! message of a call on single values', () => {
    const book = workbook({ S: [['=KR_PROGRESS(0, 10, "lots")', '=KR_EXPECTED(1, 1, 1)']] });
    const progress = cell(book, 'S', 'A1') as { type: string; message: string };
    expect(progress.type).toBe('VALUE');
    expect(progress.message).toBe('#VALUE! current is "lots", not a number');
    expect((cell(book, 'S', 'B1') as { message: string }).message).toMatch(
      /end_date .* is not after/,
    );
  });
});

describe('the template’s formulas cost a constant number of executions', () => {
  function template(count: number): HyperFormula {
    const rows: Row[] = Array.from({ length: count }, (_, index) => [
      `KR-${index + 1}`,
      `O-${(index % 7) + 1}`,
      index % 3 === 0 ? 'decrease' : 'increase',
      index % 3 === 0 ? 100 : 0,
      index % 3 === 0 ? 50 : 100,
      index % 5 === 0 ? '' : (index * 37) % 100,
      (index % 4) + 1,
    ]);
    const sheet = keyResults(rows);
    sheet[0].push('Expected', 'Status');
    sheet[1].push(
      '=KR_EXPECTED(Settings!A2, Settings!B2, Settings!C2)',
      '=KR_STATUS(H2:H, I2, "es")',
    );
    const objectives: Row[] = [['ID', 'Progress']];
    for (let index = 1; index <= 7; index++) objectives.push([`O-${index}`]);
    objectives[1][1] =
      "=OKR_ROLLUP('Key Results'!H2:H, 'Key Results'!G2:G, 'Key Results'!B2:B, A2:A)";
    return workbook({
      'Key Results': sheet,
      Objectives: objectives,
      Settings: [
        ['Start', 'End', 'As of'],
        ['=DATE(2026,1,1)', '=DATE(2026,4,1)', '=DATE(2026,2,15)'],
      ],
    });
  }

  it('is the same for 10 and 2,000 key results, and after an edit', () => {
    const small = template(10);
    const large = template(2000);
    const expected = { KR_PROGRESS: 1, KR_EXPECTED: 1, KR_STATUS: 1, OKR_ROLLUP: 1 };
    expect(customFunctionExecutions(small)).toEqual(expected);
    expect(customFunctionExecutions(large)).toEqual(expected);
    expect(columnValues(large, 'Key Results', 9).filter((status) => status !== '')).toHaveLength(
      1600,
    );

    for (const book of [small, large]) {
      const sheet = book.getSheetId('Key Results')!;
      book.setCellContents({ sheet, row: 2, col: 5 }, [[99]]);
      expect(customFunctionExecutions(book)).toEqual({
        KR_PROGRESS: 2,
        KR_EXPECTED: 1,
        KR_STATUS: 2,
        OKR_ROLLUP: 2,
      });
    }
  });
});
