// Each custom function called through the built dist/Code.js the way Sheets calls it: in
// a fresh global scope where every service throws when touched (the emulator tests cover
// the Spreadsheet reads Sheets does allow a custom function).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type vm from 'node:vm';
import { loadBundle } from '../../emulator/bundle';
import { recordServices } from '../../emulator/serviceRecorder';

let context: vm.Context;
let touched: string[];

beforeAll(() => {
  const recorder = recordServices({ refuse: true });
  touched = recorder.touched;
  context = loadBundle(recorder.globals);
});

afterEach(() => {
  // Custom functions run without authorisation: none but KR_STATUS/KPI_STATUS with a blank
  // language looks at a service (see below), and each such test empties the record.
  expect(touched).toEqual([]);
});

// Results come from another realm: compare them as plain data.
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const day = (year: number, month: number, date: number) => new Date(year, month - 1, date);

describe('custom functions in dist/Code.js', () => {
  it('KR_PROGRESS: single values, percentages, a broadcast column and a thrown error', () => {
    expect(context.KR_PROGRESS(0.12, 0.07, 0.09)).toBe(0.6);
    expect(context.KR_PROGRESS(10, 25, 17.5)).toBe(0.5);
    expect(context.KR_PROGRESS(0, 10, -5)).toBe(0);
    expect(context.KR_PROGRESS('12%', '7%', '9%')).toBe(0.6);
    expect(
      plain(
        context.KR_PROGRESS(
          column(100, 0, 0, ''),
          column(60, 1, 10, ''),
          column(50, 'Sí', 'x', ''),
          column('reducir', 'binario', '', ''),
          false,
        ),
      ),
    ).toEqual(column(1.25, 1, '#VALUE! current is "x", not a number', ''));
    expect(() => context.KR_PROGRESS(0, 10, 5, 'sideways')).toThrow(/^#VALUE! type is "sideways"/);
  });

  it('OKR_ROLLUP: weights and groups, as one value and as a range', () => {
    expect(context.OKR_ROLLUP(column(1, 0, 0), column(100000, 20000, 1000))).toBeCloseTo(
      0.826446280991736,
      14,
    );
    const progress = column(1, 0.5, '', 0);
    const ids = column('O-1', 'o-1', 'O-1', 'O-2');
    expect(context.OKR_ROLLUP(progress, '', ids, 'O-1')).toBe(0.75);
    expect(
      plain(context.OKR_ROLLUP(progress, column(1, 3, 1, 1), ids, column('O-1', 'O-2', 'O-3'))),
    ).toEqual(column(0.625, 0, ''));
    expect(() => context.OKR_ROLLUP(progress, column(1, -2, 1, 1))).toThrow(
      /^#VALUE! weight is -2; weights must be 0 or more/,
    );
  });

  it('OKR_CASCADE: the alignment tree, and a cycle named', () => {
    const result = context.OKR_CASCADE(
      column('O', 'KR1', 'KR2', 'O2', 'KR3'),
      column('', 'O', 'O', 'O', 'O2'),
      column('', 0.27, 0.18, '', 0.73),
      '',
      column('O', 'O2'),
    );
    expect(result[0][0]).toBeCloseTo(0.393333333333333, 14);
    expect(result[1][0]).toBe(0.73);
    expect(() =>
      context.OKR_CASCADE(column('A', 'B'), column('B', 'A'), column(0.1, 0.2), '', 'A'),
    ).toThrow(/cycle: A → B → A/);
  });

  it('KR_EXPECTED: Date objects from Sheets, serial numbers, working days', () => {
    expect(context.KR_EXPECTED(day(2026, 1, 1), day(2026, 4, 1), day(2026, 2, 15))).toBe(0.5);
    expect(context.KR_EXPECTED(46023, 46113, 46068)).toBe(0.5);
    expect(
      context.KR_EXPECTED(
        day(2026, 1, 5),
        day(2026, 1, 19),
        day(2026, 1, 12),
        column(day(2026, 1, 6)),
        1,
      ),
    ).toBeCloseTo(4 / 9, 14);
    expect(() => context.KR_EXPECTED(day(2026, 4, 1), day(2026, 1, 1), day(2026, 2, 1))).toThrow(
      /^#VALUE! end_date 2026-01-01 is not after start_date 2026-04-01/,
    );
  });

  it('KR_STATUS: labels in both languages over a column', () => {
    expect(context.KR_STATUS(0.35, 0.5, 'en')).toBe('On track');
    expect(plain(context.KR_STATUS(column(0.35, 0.3, 0.1, ''), 0.5, 'es-AR'))).toEqual(
      column('En camino', 'En riesgo', 'Desviado', ''),
    );
  });

  it('KR_STATUS/KPI_STATUS: a blank language asks for the locale once per call, and English when it cannot be read', () => {
    expect(plain(context.KR_STATUS(column(0.35, 0.3, 0.1), 0.5))).toEqual(
      column('On track', 'At risk', 'Off track'),
    );
    expect(touched.splice(0)).toEqual(['SpreadsheetApp.getActiveSpreadsheet']);
    expect(context.KPI_STATUS(5, 1, 10)).toBe('Healthy');
    expect(touched.splice(0)).toEqual(['SpreadsheetApp.getActiveSpreadsheet']);
    // A language given: no service looked at.
    expect(context.KR_STATUS(0.3, 0.5, 'Español')).toBe('En riesgo');
  });
});

describe('functions reference', () => {
  it('docs/functions.md and docs/funciones.md match the registry', () => {
    // Throws (exit 1) naming the stale page; regenerate with `node scripts/docs.mjs`.
    expect(() =>
      execFileSync(
        process.execPath,
        [join(__dirname, '..', '..', 'scripts', 'docs.mjs'), '--check'],
        {
          stdio: 'pipe',
        },
      ),
    ).not.toThrow();
  });
});
