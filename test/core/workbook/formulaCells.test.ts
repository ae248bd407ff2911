import {
  arrayExtent,
  describeSkipped,
  formulaCells,
  mayFillArray,
} from '../../../src/core/workbook/formulaCells';

describe('formulaCells', () => {
  it('blocks a formula cell, and the area of an array formula down to the next formula', () => {
    // Column B: an open-ended array in B2, a person's formula in B6.
    const cells = formulaCells([
      ['ID', 'Current'],
      ['', '=ARRAYFORMULA(IF(A2:A<>"",1,""))'],
      ['', ''],
      ['', ''],
      ['', ''],
      ['', '=1+1'],
      ['', ''],
    ]);
    expect(cells.blockedAt(2, 2)).toEqual({ reason: 'formula', row: 2, column: 2 });
    expect(cells.blockedAt(3, 2)).toEqual({ reason: 'array', row: 2, column: 2 });
    expect(cells.blockedAt(5, 2)?.reason).toBe('array');
    expect(cells.blockedAt(6, 2)).toEqual({ reason: 'formula', row: 6, column: 2 });
    // Below the person's formula the array could not reach (it would show #REF!).
    expect(cells.blockedAt(7, 2)).toBeNull();
    expect(cells.blockedAt(3, 1)).toBeNull();
  });

  it('sizes an array over closed ranges by those ranges', () => {
    const cells = formulaCells([['=ARRAYFORMULA(Feed!A2:A5*1)']], 2, 8);
    expect(cells.blockedAt(5, 8)?.reason).toBe('array');
    expect(cells.blockedAt(6, 8)).toBeNull();
    expect(cells.blockedAt(3, 9)).toBeNull();
  });

  it('takes arrays of unknown size as reaching as far as they can', () => {
    expect(arrayExtent('=IMPORTRANGE("x","CRM!B2:B")')).toEqual({ rows: Infinity, columns: 1 });
    expect(arrayExtent('=SPLIT(A2," ")').columns).toBe(Infinity);
    expect(arrayExtent('={A2:A, B2:B}').columns).toBe(Infinity);
    expect(arrayExtent('=ARRAYFORMULA(Sales*2)').rows).toBe(Infinity);
    expect(arrayExtent('=TRANSPOSE(A1:A3)').rows).toBe(3);
  });

  it("counts the columns of an array literal by its own separators, not its functions' commas", () => {
    // Columns side by side: as wide as can be.
    expect(arrayExtent('={A2:A, B2:B}').columns).toBe(Infinity);
    expect(arrayExtent('={A2:A\\B2:B}').columns).toBe(Infinity);
    expect(arrayExtent('=ARRAYFORMULA(IF(A2:A>0, {1, 2}, ""))').columns).toBe(Infinity);
    expect(arrayExtent('={A2:A; SUM({1, 2})}').columns).toBe(Infinity);
    // Stacked one-column ranges, whatever the commas between the arguments around them.
    expect(arrayExtent('={A2:A; ARRAYFORMULA(IF(B2:B>0, C2:C, ""))}')).toEqual({
      rows: Infinity,
      columns: 1,
    });
    expect(arrayExtent('=OKR_CASCADE({A2:A; X!A2:A}, {F2:F; X!B2:B}, A2:A)').columns).toBe(1);
    // Commas in quotes and sheet names are text.
    expect(arrayExtent(`={"a,b"; 'Sales, 2026'!A2:A}`).columns).toBe(1);
  });

  it('tells scalar formulas from array ones', () => {
    expect(mayFillArray('=SUM(Ventas!D:D)')).toBe(false);
    expect(mayFillArray('=F2*2')).toBe(false);
    expect(mayFillArray('=FILTER(A:A, B:B>0)')).toBe(true);
    expect(mayFillArray('={1;2}')).toBe(true);
    expect(mayFillArray('=KR_PROGRESS(F2:F, G2:G, H2:H, E2:E)')).toBe(true);
    // The add-on's functions over single cells give one value.
    expect(arrayExtent('=KR_STATUS(K2,L2,"es")')).toEqual({ rows: 1, columns: 1 });
  });

  it('words the skipped cells per sheet, reason and source, in both languages', () => {
    const skipped = [
      { sheet: 'Key Results', cell: 'H3', reason: 'array' as const, source: 'H2' },
      { sheet: 'Key Results', cell: 'H4', reason: 'array' as const, source: 'H2' },
      { sheet: 'Key Results', cell: 'N3', reason: 'formula' as const, source: 'N3' },
    ];
    expect(describeSkipped(skipped, 'en')).toBe(
      "Left H3, H4 in 'Key Results' as they are: the array formula in H2 fills them. Left N3 in 'Key Results' as they are: they hold a formula.",
    );
    expect(describeSkipped(skipped.slice(2), 'es')).toBe(
      "Se dejaron N3 de 'Key Results' como estaban: tienen una fórmula.",
    );
  });
});
