// The custom functions over 100,000 rows, called as Sheets calls them: one execution with
// whole columns (2D arrays of cells), through the same layer that converts arguments.
import { customFunctions } from '../../src/server/customFunctions';
import { medianMs } from './measure';
import type { BenchRow } from './types';

const ROWS = 100_000;
const OBJECTIVES = 2_000;

function implementation(name: string): (...args: unknown[]) => unknown {
  const entry = customFunctions.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no custom function ${name}`);
  return entry.implementation;
}

const column = (cell: (index: number) => unknown): unknown[][] =>
  Array.from({ length: ROWS }, (_, index) => [cell(index)]);

export async function benchFormulas(): Promise<BenchRow[]> {
  const progress = implementation('KR_PROGRESS');
  const status = implementation('KR_STATUS');
  const rollup = implementation('OKR_ROLLUP');
  const expected = implementation('KR_EXPECTED');
  const cascade = implementation('OKR_CASCADE');

  // A realistic mix: increase and decrease KRs, percentages as text, binary KRs, blanks.
  const types = column((i) => ['', 'increase', 'Reducir', 'binario', 'at_least'][i % 5]);
  const starts = column((i) => (i % 5 === 2 ? 100 : i % 7 === 0 ? '' : 0));
  const targets = column((i) => (i % 5 === 2 ? 60 : i % 11 === 0 ? '80%' : 100));
  const currents = column((i) => (i % 13 === 0 ? '' : i % 5 === 3 ? i % 2 === 0 : (i * 37) % 120));
  const progressValues = progress(starts, targets, currents, types) as unknown[][];
  const weights = column((i) => (i % 9 === 0 ? '' : (i % 4) + 1));
  const groupIds = column((i) => `O-${i % OBJECTIVES}`);
  const groups = Array.from({ length: OBJECTIVES }, (_, index) => [`O-${index}`]);
  const startDates = column((i) => new Date(2026, (i % 4) * 3, 1));
  const endDates = column((i) => new Date(2026, (i % 4) * 3 + 3, 1));
  const holidays = [[new Date(2026, 0, 1)], [new Date(2026, 3, 3)], [new Date(2026, 4, 1)]];
  const kpiIds = [...groups, ...groupIds.map((_, index) => [`KR-${index}`])];
  const parents = [...groups.map(() => ['']), ...groupIds];
  const cascadeProgress = [...groups.map(() => ['']), ...progressValues];

  const asOf = new Date(2026, 4, 15);
  const section = 'custom functions';
  const note = `one call over ${ROWS.toLocaleString('en')} rows, median CPU of 7 runs`;
  return [
    {
      section,
      operation: 'KR_PROGRESS(start, target, current, type)',
      size: ROWS,
      medianMs: medianMs(() => progress(starts, targets, currents, types)),
      note,
    },
    {
      section,
      operation: 'KR_STATUS(progress, expected, "es")',
      size: ROWS,
      medianMs: medianMs(() => status(progressValues, 0.45, 'es')),
      note,
    },
    {
      section,
      operation: 'OKR_ROLLUP(progress, weights, group_ids, groups)',
      size: ROWS,
      medianMs: medianMs(() => rollup(progressValues, weights, groupIds, groups)),
      note: `${note}; ${OBJECTIVES.toLocaleString('en')} groups`,
    },
    {
      section,
      operation: 'KR_EXPECTED(start, end, as_of, holidays, 1)',
      size: ROWS,
      medianMs: medianMs(() => expected(startDates, endDates, asOf, holidays, 1)),
      note: `${note}; working days`,
    },
    {
      section,
      operation: 'OKR_CASCADE(ids, parent_ids, progress, , objectives)',
      size: ROWS + OBJECTIVES,
      medianMs: medianMs(() => cascade(kpiIds, parents, cascadeProgress, '', groups)),
      note: `${OBJECTIVES.toLocaleString('en')} objectives over ${ROWS.toLocaleString('en')} KRs`,
    },
    {
      section,
      operation: 'KR_PROGRESS per row (naive: one call per cell)',
      size: ROWS,
      medianMs: medianMs(() => {
        for (let index = 0; index < ROWS; index++) {
          progress(starts[index][0], targets[index][0], currents[index][0], types[index][0]);
        }
      }),
      note: 'layer cost only; in Sheets each call is also a separate execution',
    },
  ];
}

if (process.argv[1]?.endsWith('formulas.cjs')) {
  benchFormulas().then((rows) => {
    for (const row of rows) {
      console.log(
        `${row.operation.padEnd(52)} ${row.medianMs.toFixed(1).padStart(8)} ms  ${row.note ?? ''}`,
      );
    }
  });
}
