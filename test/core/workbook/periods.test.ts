import { periodsFromHistory } from '../../../src/core/cycle/history';
import {
  carriedCopyOf,
  elapsedForRow,
  inCurrentPeriod,
  predecessorIds,
} from '../../../src/core/workbook/periods';

describe('the period of a row', () => {
  it('is the current one when blank or named like Settings › Period in any case', () => {
    expect(inCurrentPeriod('', 'Q1 2027')).toBe(true);
    expect(inCurrentPeriod('  ', 'Q1 2027')).toBe(true);
    expect(inCurrentPeriod(' q1 2027 ', 'Q1 2027')).toBe(true);
    expect(inCurrentPeriod('Q4 2026', 'Q1 2027')).toBe(false);
    expect(inCurrentPeriod('Q4 2026', '')).toBe(false);
  });

  it('judges a closed row at its period’s end', () => {
    expect(elapsedForRow('', 'Q1', 0.2)).toBe(0.2);
    expect(elapsedForRow('Q4', 'Q1', 0.2)).toBe(1);
  });
});

describe('the carry-over chain', () => {
  const rows = [
    { id: 'KR-1', continues: '', period: 'Q3' },
    { id: 'KR-5', continues: 'KR-1', period: 'Q4' },
    { id: 'KR-9', continues: 'kr-5', period: '' },
    { id: 'KR-2', continues: '', period: 'Q3' },
  ];

  it('finds the current key result that carries a closed one on, through every carry', () => {
    expect(carriedCopyOf(rows, 'KR-1', 'Q1')?.id).toBe('KR-9');
    expect(carriedCopyOf(rows, 'KR-5', 'Q1')?.id).toBe('KR-9');
    expect(carriedCopyOf(rows, 'KR-2', 'Q1')).toBeNull();
  });

  it('lists the key results one continues, oldest first, and stops at a loop', () => {
    expect(predecessorIds(rows, 'KR-9')).toEqual(['KR-1', 'kr-5']);
    expect(predecessorIds(rows, 'KR-2')).toEqual([]);
    const loop = [
      { id: 'A', continues: 'B', period: '' },
      { id: 'B', continues: 'A', period: '' },
    ];
    expect(predecessorIds(loop, 'A')).toEqual(['B']);
  });
});

describe('periods from History (upgrade of an older workbook)', () => {
  const history = [
    { kind: 'Objective', id: 'O1', period: 'Q3', periodStart: '2026-07-01' },
    { kind: 'Objective', id: 'O2', period: 'Q3', periodStart: '2026-07-01' },
    { kind: 'Key result', id: 'KR-1', period: 'Q3', periodStart: '2026-07-01' },
    { kind: 'Key result', id: 'KR-2', period: 'Q3', periodStart: '2026-07-01' },
    { kind: 'Objective', id: 'O1', period: 'Q4', periodStart: '2026-10-01' },
    { kind: 'Key result', id: 'KR-2', period: 'Q4', periodStart: '2026-10-01' },
  ].map((cells, index) => ({ rowNumber: index + 2, cells }));
  const objectives = [
    { id: 'O1', period: '' },
    { id: 'O2', period: '' },
    { id: 'O3', period: '' },
  ].map((cells, index) => ({ rowNumber: index + 2, cells }));
  const keyResults = [
    { id: 'KR-1', objectiveId: 'O1', period: '' },
    { id: 'KR-2', objectiveId: 'O1', period: '' },
    { id: 'KR-3', objectiveId: 'O1', period: '' },
    { id: 'KR-4', objectiveId: 'O2', period: 'Q3' },
  ].map((cells, index) => ({ rowNumber: index + 2, cells }));

  it('gives each row History holds its latest closed period; the rest stay current', () => {
    const filled = periodsFromHistory(history, objectives, keyResults, 'UTC');
    expect([...filled.keyResults]).toEqual([
      [2, 'Q3'],
      [3, 'Q4'],
    ]);
    // O1 keeps KR-3 in the current period; O2 has none left; O3 is not in History.
    expect([...filled.objectives]).toEqual([[3, 'Q3']]);
  });
});
