// The formula-engine bridge itself, with test-only custom functions; the add-on's own
// functions are tested through it in the other files of this folder.
import {
  createFormulaEngine,
  customFunctionExecutions,
  translateOpenRanges,
} from '../../emulator/customFunctionPlugin';

const DOUBLE = {
  name: 'TEST_DOUBLE',
  params: [{}],
  resultShape: { from: 'broadcast' as const },
  implementation: (value: unknown) =>
    Array.isArray(value)
      ? (value as unknown[][]).map((row) =>
          row.map((cell) => (cell === '' ? '' : Number(cell) * 2)),
        )
      : Number(value) * 2,
};
const DESCRIBE = {
  name: 'TEST_DESCRIBE',
  params: [{}, { optional: true }],
  implementation: (value: unknown, extra?: unknown) =>
    `${value instanceof Date ? 'date' : typeof value}:${extra === undefined ? 'none' : String(extra)}`,
};
const FAIL = {
  name: 'TEST_FAIL',
  params: [{}],
  implementation: () => {
    throw new Error('#VALUE! start must be a number (got "abc")');
  },
};
const FUNCTIONS = [DOUBLE, DESCRIBE, FAIL];

describe('custom functions in HyperFormula', () => {
  it('spills a range result over the rows of its arguments and recalculates on edits', () => {
    const engine = createFormulaEngine({ Data: [[1, '=TEST_DOUBLE(A1:A3)'], [2], [3]] }, FUNCTIONS);
    const sheet = engine.getSheetId('Data')!;
    expect(engine.getSheetValues(sheet).map((row) => row[1])).toEqual([2, 4, 6]);
    engine.setCellContents({ sheet, row: 1, col: 0 }, 10);
    expect(engine.getCellValue({ sheet, row: 1, col: 1 })).toBe(20);
  });

  it('runs once per formula, not once per row', () => {
    const rows = Array.from({ length: 500 }, (_, index) => [index]);
    rows[0].push('=TEST_DOUBLE(A1:A500)' as never);
    const engine = createFormulaEngine({ Data: rows }, FUNCTIONS);
    expect(customFunctionExecutions(engine)).toEqual({ TEST_DOUBLE: 1 });
  });

  it('hands empty cells as "" and omitted arguments as undefined', () => {
    const engine = createFormulaEngine(
      { Data: [[null, '=TEST_DESCRIBE(A1)', '=TEST_DESCRIBE(5, "x")']] },
      FUNCTIONS,
    );
    const sheet = engine.getSheetId('Data')!;
    expect(engine.getCellValue({ sheet, row: 0, col: 1 })).toBe('string:none');
    expect(engine.getCellValue({ sheet, row: 0, col: 2 })).toBe('number:x');
  });

  it('hands date cells as Date objects', () => {
    const engine = createFormulaEngine(
      { Data: [['=DATE(2026,1,15)', '=TEST_DESCRIBE(A1)']] },
      FUNCTIONS,
    );
    expect(engine.getCellValue({ sheet: engine.getSheetId('Data')!, row: 0, col: 1 })).toBe(
      'date:none',
    );
  });

  it('turns a thrown error into a #VALUE! cell carrying its message', () => {
    const engine = createFormulaEngine({ Data: [['=TEST_FAIL(1)']] }, FUNCTIONS);
    const value = engine.getCellValue({ sheet: engine.getSheetId('Data')!, row: 0, col: 0 }) as {
      type: string;
      message: string;
    };
    expect(value.type).toBe('VALUE');
    expect(value.message).toContain('start must be a number');
  });

  it('keeps engines apart: each sees only the functions it was given', () => {
    const withDouble = createFormulaEngine({ S: [['=TEST_DOUBLE(2)']] }, [DOUBLE]);
    const without = createFormulaEngine({ S: [['=TEST_DOUBLE(2)']] }, [DESCRIBE]);
    expect(withDouble.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(4);
    expect((without.getCellValue({ sheet: 0, row: 0, col: 0 }) as { type: string }).type).toBe(
      'NAME',
    );
  });
});

describe('translateOpenRanges', () => {
  const lastRow = (sheet: string | undefined) => (sheet === 'Key Results' ? 40 : 12);

  it('ends open ranges at the sheet’s last row, per sheet', () => {
    expect(translateOpenRanges('=OKR_ROLLUP(\'Key Results\'!K2:K, J2:J, "O-1")', lastRow)).toBe(
      '=OKR_ROLLUP(\'Key Results\'!K2:K40, J2:J12, "O-1")',
    );
  });

  it('leaves closed ranges, absolute markers and quoted text alone', () => {
    expect(translateOpenRanges('=SUM(A1:B2) & "C2:C" & SUM($C$2:$C)', lastRow)).toBe(
      '=SUM(A1:B2) & "C2:C" & SUM($C$2:$C12)',
    );
  });

  it('never ends before the start row', () => {
    expect(translateOpenRanges('=SUM(C20:C)', lastRow)).toBe('=SUM(C20:C20)');
  });
});

describe('result shapes', () => {
  const LIST = {
    name: 'TEST_LIST',
    params: [{}, { optional: true }],
    resultShape: { from: 'broadcast' as const, indexes: [0] },
    implementation: (value: unknown) =>
      Array.isArray(value) ? value.map((row) => [row.length]) : 1,
  };

  it('lets a list argument (like holidays) leave the result a single cell', () => {
    const engine = createFormulaEngine({ S: [[1, '=TEST_LIST(5, A1:A3)'], [2], [3]] }, [LIST]);
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(1);
    expect(engine.getCellValue({ sheet: 0, row: 1, col: 1 })).toBeNull();
  });
});
