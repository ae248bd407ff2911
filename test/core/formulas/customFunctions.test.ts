// The custom-function layer called as Sheets calls it: single values, 2D ranges with ""
// for empty cells, Date objects, serial numbers, booleans and numeric text.
import fc from 'fast-check';
import { customFunctions } from '../../../src/server/customFunctions';

const call = (name: string, ...args: unknown[]): unknown => {
  const entry = customFunctions.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no ${name}`);
  return entry.implementation(...args);
};
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const day = (year: number, month: number, date: number) => new Date(year, month - 1, date);

describe('the registry', () => {
  it('lists the five functions with docs and result shapes', () => {
    expect(customFunctions.map((entry) => entry.name)).toEqual([
      'KR_PROGRESS',
      'OKR_ROLLUP',
      'OKR_CASCADE',
      'KR_EXPECTED',
      'KR_STATUS',
    ]);
    for (const entry of customFunctions) {
      expect(entry.kind).toBe('customFunction');
      expect(entry.summary).not.toContain('\n');
      expect(entry.examples?.length).toBeGreaterThan(0);
      expect(entry.resultShape).toBeDefined();
    }
    const expected = customFunctions.find((entry) => entry.name === 'KR_EXPECTED')!;
    expect(expected.details?.join(' ')).toContain('start_date ≤ d < as_of');
  });
});

describe('KR_PROGRESS', () => {
  it('computes the docs/functions.md examples on single values', () => {
    expect(call('KR_PROGRESS', 0.12, 0.07, 0.09)).toBe(0.6);
    expect(call('KR_PROGRESS', 10, 25, 17.5)).toBe(0.5);
    expect(call('KR_PROGRESS', 0, 10, -5)).toBe(0);
    expect(call('KR_PROGRESS', 100, 60, 50, 'decrease', false)).toBe(1.25);
  });

  it('reads percentages and numbers typed as text', () => {
    expect(call('KR_PROGRESS', '12%', '7%', ' 9% ')).toBe(0.6);
    expect(call('KR_PROGRESS', '10', '25', '17.5')).toBe(0.5);
  });

  it('gives "" for a blank current or an all-blank call', () => {
    expect(call('KR_PROGRESS', 10, 25, '')).toBe('');
    expect(call('KR_PROGRESS', '', '', '')).toBe('');
  });

  it('throws the #VALUE! message for invalid single values', () => {
    expect(() => call('KR_PROGRESS', 0, 10, 'lots')).toThrow(
      '#VALUE! current is "lots", not a number',
    );
    expect(() => call('KR_PROGRESS', 0, 10, 5, 'grow')).toThrow(/^#VALUE! type is "grow"/);
    expect(() => call('KR_PROGRESS', 0, '', 5)).toThrow('#VALUE! target is blank');
    expect(() => call('KR_PROGRESS', 0, 10, 5, '', 'maybe')).toThrow(/^#VALUE! cap is "maybe"/);
  });

  it('reads cap as a boolean, 1/0 or a word', () => {
    expect(call('KR_PROGRESS', 0, 10, 15, '', false)).toBe(1.5);
    expect(call('KR_PROGRESS', 0, 10, 15, '', 0)).toBe(1.5);
    expect(call('KR_PROGRESS', 0, 10, 15, '', 'FALSO')).toBe(1.5);
    expect(call('KR_PROGRESS', 0, 10, 15, '', '')).toBe(1);
  });

  it('broadcasts a mixed-type column: one result per row, bad rows named, others computed', () => {
    const result = call(
      'KR_PROGRESS',
      column(0, '', 100, 0, 0, '', 0.12, 0, 5),
      column(10, 200, 60, 1, 10, '', 0.07, '', 5),
      column(5, 50, 50, true, 'n/a', '', '9%', 3, 4),
      column('', 'Aumentar', 'reducir', 'binario', '', '', '', '', 'Cómo máximo'),
    );
    expect(result).toEqual(
      column(
        0.5,
        0.25,
        1,
        1,
        '#VALUE! current is "n/a", not a number',
        '',
        0.6,
        '#VALUE! target is blank',
        1,
      ),
    );
  });

  it('applies a single value to every row and leaves empty rows blank', () => {
    expect(call('KR_PROGRESS', 0, column(10, 20, ''), column(5, 5, ''), 'increase')).toEqual(
      column(0.5, 0.25, ''),
    );
  });

  it('reads a 1×1 array as a single value', () => {
    expect(call('KR_PROGRESS', [[0]], [[10]], [[5]])).toBe(0.5);
  });

  it('rejects ranges of different sizes', () => {
    expect(() => call('KR_PROGRESS', column(0, 0), column(1, 1, 1), column(1, 1))).toThrow(
      '#VALUE! target is 3×1 but start is 2×1; ranges must have the same size',
    );
  });

  it('passes on a #VALUE! text from another formula unchanged', () => {
    expect(
      call('KR_PROGRESS', column(0, 0), column(10, 10), column('#VALUE! upstream', 5)),
    ).toEqual(column('#VALUE! upstream', 0.5));
    expect(call('KR_PROGRESS', column(0, 0), column(10, 10), column('#N/A', 5))).toEqual(
      column('#VALUE! current is "#N/A", not a number', 0.5),
    );
  });
});

describe('KR_EXPECTED', () => {
  it('takes Date objects and serial numbers alike', () => {
    expect(call('KR_EXPECTED', day(2026, 1, 1), day(2026, 4, 1), day(2026, 2, 15))).toBe(0.5);
    expect(call('KR_EXPECTED', 46023, 46113, 46068)).toBe(0.5);
    expect(call('KR_EXPECTED', '2026-01-01', '2026-04-01', '2026-02-15')).toBe(0.5);
  });

  it('switches to working days with holidays or weekend', () => {
    expect(call('KR_EXPECTED', day(2026, 1, 5), day(2026, 1, 19), day(2026, 1, 12), '', 1)).toBe(
      0.5,
    );
    expect(
      call(
        'KR_EXPECTED',
        day(2026, 1, 5),
        day(2026, 1, 19),
        day(2026, 1, 12),
        column(day(2026, 1, 6), ''),
      ),
    ).toBeCloseTo(4 / 9, 12);
    // An empty holidays range still means working days: the 10th is a Saturday.
    expect(
      call('KR_EXPECTED', day(2026, 1, 5), day(2026, 1, 19), day(2026, 1, 10), column('', '')),
    ).toBe(0.5);
    expect(call('KR_EXPECTED', day(2026, 1, 5), day(2026, 1, 19), day(2026, 1, 10))).toBeCloseTo(
      5 / 14,
      12,
    );
  });

  it('broadcasts start and end ranges against a single as_of; empty rows stay blank', () => {
    expect(
      call(
        'KR_EXPECTED',
        column(day(2026, 1, 1), day(2026, 2, 1), '', 'soon'),
        column(day(2026, 4, 1), day(2026, 2, 11), '', day(2026, 4, 1)),
        day(2026, 2, 15),
      ),
    ).toEqual(column(0.5, 1, '', '#VALUE! start_date is "soon", not a date'));
  });

  it('throws for invalid single values', () => {
    expect(() => call('KR_EXPECTED', day(2026, 4, 1), day(2026, 1, 1), day(2026, 2, 1))).toThrow(
      '#VALUE! end_date 2026-01-01 is not after start_date 2026-04-01',
    );
    expect(() => call('KR_EXPECTED', day(2026, 1, 1), '', day(2026, 2, 1))).toThrow(
      '#VALUE! end_date is blank',
    );
    expect(() =>
      call('KR_EXPECTED', day(2026, 1, 1), day(2026, 4, 1), day(2026, 2, 1), 'x'),
    ).toThrow('#VALUE! holidays is "x", not a date');
    expect(() =>
      call('KR_EXPECTED', day(2026, 1, 1), day(2026, 4, 1), day(2026, 2, 1), '', 9),
    ).toThrow(/^#VALUE! weekend is 9/);
  });
});

describe('KR_STATUS', () => {
  it('labels in English by default and in Spanish for any es tag', () => {
    expect(call('KR_STATUS', 0.35, 0.5)).toBe('On track');
    expect(call('KR_STATUS', 0.3, 0.5, 'es')).toBe('En riesgo');
    expect(call('KR_STATUS', 0.1, 0.5, 'es-AR')).toBe('Desviado');
    expect(call('KR_STATUS', 0.1, 0.5, 'es_ES')).toBe('Desviado');
    expect(call('KR_STATUS', 0.5, 1)).toBe('At risk');
    expect(call('KR_STATUS', 0.1, 1, 'en')).toBe('Off track');
  });

  it('reads Settings › Language as written there, and a blank language as the locale (English without a spreadsheet)', () => {
    // What Settings!B1 holds in a Spanish workbook: the reference's suggested argument.
    expect(call('KR_STATUS', 0.3, 0.5, 'Español')).toBe('En riesgo');
    expect(call('KR_STATUS', 0.3, 0.5, 'English')).toBe('At risk');
    // Here there is no spreadsheet to read the locale of (the emulator tests have one).
    expect(call('KR_STATUS', 0.3, 0.5, '')).toBe('At risk');
  });

  it('reads thresholds as numbers or percentages', () => {
    expect(call('KR_STATUS', 0.6, 1, '', '60%')).toBe('On track');
    expect(call('KR_STATUS', 0.5, 1, '', 0.9, 0.6)).toBe('Off track');
  });

  it('broadcasts over a column: blank progress gives "", bad rows are named', () => {
    expect(
      call('KR_STATUS', column(1, 0.2, '', 'abc', '50%'), column(0.5, 0.5, 0.5, 0.5, ''), 'es'),
    ).toEqual(
      column(
        'En camino',
        'En riesgo',
        '',
        '#VALUE! progress is "abc", not a number',
        '#VALUE! expected is blank',
      ),
    );
  });
});

describe('OKR_ROLLUP', () => {
  it('docs/functions.md: 1, 0, 0 weighted 100000, 20000, 1000 gives 0.8264…', () => {
    expect(call('OKR_ROLLUP', column(1, 0, 0), column(100000, 20000, 1000))).toBeCloseTo(
      0.826446280991736,
      14,
    );
  });

  it('skips blank progress; blank weight counts 1; weight 0 excludes', () => {
    expect(call('OKR_ROLLUP', column(1, '', 0, 0.5), column('', 5, 1, 0))).toBe(0.5);
    expect(call('OKR_ROLLUP', column(0.2, 0.4))).toBeCloseTo(0.3, 14);
    expect(call('OKR_ROLLUP', column('', ''))).toBe('');
  });

  it('throws for a negative weight when the result is one cell', () => {
    expect(() => call('OKR_ROLLUP', column(1, 0), column(1, -1))).toThrow(
      '#VALUE! weight is -1; weights must be 0 or more (row 2 of progress)',
    );
  });

  it('filters by one group, trimmed and in any case', () => {
    expect(
      call('OKR_ROLLUP', column(1, 0.5, 0), column(1, 1, 1), column('O-1', ' o-1 ', 'O-2'), 'O-1'),
    ).toBe(0.75);
    expect(call('OKR_ROLLUP', column(1), '', column('O-1'), 'O-9')).toBe('');
  });

  it('gives one result per group when groups is a range; errors stay in their group', () => {
    const progress = column(1, 0.5, 0, 'oops', 0.2);
    const weights = column(3, 1, 1, 1, '');
    const groupIds = column('Sales', 'sales', 'Support', 'Marketing', '');
    expect(
      call(
        'OKR_ROLLUP',
        progress,
        weights,
        groupIds,
        column('Sales', 'Support', 'Marketing', 'Ops', ''),
      ),
    ).toEqual(
      column(0.875, 0, '#VALUE! progress is "oops", not a number (row 4 of progress)', '', ''),
    );
  });

  it('needs group_ids with groups and ranges of one size', () => {
    expect(() => call('OKR_ROLLUP', column(1, 0), '', undefined, 'O-1')).toThrow(
      /^#VALUE! groups needs group_ids/,
    );
    expect(() => call('OKR_ROLLUP', column(1, 0), column(1, 1, 1))).toThrow(
      '#VALUE! weights has 3 cells but progress has 2; ranges must have the same size',
    );
  });
});

describe('OKR_CASCADE', () => {
  const ids = column('O', 'KR1', 'KR2', 'O2', 'KR3');
  const parents = column('', 'O', 'O', 'O', 'O2');
  const progress = column('', 0.27, 0.18, '', 0.73);

  it('docs/functions.md: O = 0.3933…, one value per id by default', () => {
    const result = call('OKR_CASCADE', ids, parents, progress) as number[][];
    expect(result[0][0]).toBeCloseTo(0.393333333333333, 14);
    expect(result.slice(1)).toEqual(column(0.27, 0.18, 0.73, 0.73));
  });

  it('returns the output_ids only, blank for blank ids', () => {
    const result = call(
      'OKR_CASCADE',
      ids,
      parents,
      progress,
      '',
      column('O2', '', 'kr1'),
    ) as unknown;
    expect(result).toEqual(column(0.73, '', 0.27));
    expect(call('OKR_CASCADE', ids, parents, progress, '', 'O2')).toBe(0.73);
  });

  it('weights siblings', () => {
    expect(call('OKR_CASCADE', ids, parents, progress, column('', 2, 1, 0, ''), 'O')).toBeCloseTo(
      0.24,
      14,
    );
  });

  it('names a cycle and an unknown output id; the rest still computes', () => {
    const cyclic = call(
      'OKR_CASCADE',
      column('A', 'B', 'C', 'D'),
      column('B', 'A', '', 'C'),
      column('', '', '', 0.4),
      '',
      column('A', 'C', 'Z'),
    );
    expect(cyclic).toEqual(
      column(
        '#VALUE! parent_ids form a cycle: A → B → A',
        0.4,
        '#VALUE! output id "Z" is not in ids',
      ),
    );
    expect(() =>
      call('OKR_CASCADE', column('A', 'B'), column('B', 'A'), column(1, 1), '', 'A'),
    ).toThrow(/cycle: A → B → A/);
  });
});

describe('OKR_ROLLUP properties', () => {
  const rows = fc.array(
    fc.record({
      progress: fc.oneof(fc.constant(''), fc.double({ min: 0, max: 1.5, noNaN: true })),
      weight: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 50 })),
      group: fc.constantFrom('O-1', 'o-1 ', 'O-2', 'O-3', ''),
    }),
    { minLength: 2, maxLength: 40 },
  );

  it('a groups range gives, cell by cell, what each single group gives', () => {
    fc.assert(
      fc.property(rows, (generated) => {
        const progress = generated.map((row) => [row.progress]);
        const weights = generated.map((row) => [row.weight]);
        const ids = generated.map((row) => [row.group]);
        const groups = column('O-1', 'O-2', 'O-3', 'O-4');
        const together = call('OKR_ROLLUP', progress, weights, ids, groups) as unknown[][];
        groups.forEach(([group], index) => {
          expect(together[index][0]).toBe(call('OKR_ROLLUP', progress, weights, ids, group));
        });
      }),
    );
  });

  it('lies between the smallest and largest counted progress', () => {
    fc.assert(
      fc.property(rows, (generated) => {
        const counted = generated
          .filter((row) => row.progress !== '' && row.weight !== 0)
          .map((row) => row.progress as number);
        const result = call(
          'OKR_ROLLUP',
          generated.map((row) => [row.progress]),
          generated.map((row) => [row.weight]),
        );
        if (counted.length === 0) return expect(result).toBe('');
        expect(result).toBeGreaterThanOrEqual(Math.min(...counted) - 1e-12);
        expect(result).toBeLessThanOrEqual(Math.max(...counted) + 1e-12);
      }),
    );
  });
});
