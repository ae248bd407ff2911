import { carryOver, newKeyResultIds } from '../../../src/core/cycle/carryOver';
import { closedDialog, planClose } from '../../../src/core/cycle/close';
import {
  historyRowValues,
  keyResultIdsOfOtherPeriods,
  periodScoreTable,
} from '../../../src/core/cycle/history';
import { readOkrs, type SheetRow } from '../../../src/core/cycle/okrs';
import { summarizeScores, sweetSpotVerdict } from '../../../src/core/cycle/scores';
import { mapColumns } from '../../../src/core/workbook/headers';
import { HISTORY_SHEET } from '../../../src/core/workbook/schema';
import { Q4, row, settingsOf } from './fixtures';

const period = { name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };
const settings = settingsOf(Q4);
const objectives = [
  row({ id: 'O-1', objective: 'Grow revenue', team: 'Sales', owner: 'ana@example.com' }, 2),
  row({ id: 'O-2', objective: 'Delight customers', team: 'Service', owner: 'bo@example.com' }, 3),
];
const keyResults = [
  row(
    {
      id: 'KR-1',
      objectiveId: 'O-1',
      keyResult: 'Deals',
      owner: 'ana@example.com',
      progress: 1,
      status: 'On track',
      weight: 2,
      lastComment: 'Done!',
    },
    2,
  ),
  row(
    {
      id: 'KR-2',
      objectiveId: 'O-1',
      keyResult: 'Pipeline',
      owner: 'cy@example.com',
      progress: 0.4,
      status: 'At risk',
      type: 'increase',
      start: 0,
      target: 100,
      current: 40,
      unit: '$',
      confidence: 'Low',
    },
    3,
  ),
  row(
    {
      id: 'KR-3',
      objectiveId: 'O-2',
      keyResult: '+NPS',
      owner: 'bo@example.com',
      progress: 0.5,
      status: 'At risk',
      lastComment: '=SUM(1)',
    },
    4,
  ),
];
const okrs = readOkrs(objectives, keyResults, settings, '2026-12-31');

function historyRow(cells: Record<string, unknown>): SheetRow {
  return row({
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    closedOn: '2026-09-30',
    ...cells,
  });
}

describe('scores', () => {
  it('averages final progress per team and company with KR weights, beside the sweet spot', () => {
    const scores = summarizeScores(okrs.keyResults);
    // Sales: (1×2 + 0.4×1) / 3 = 0.8; Service 0.5; company (2 + 0.4 + 0.5) / 4 = 0.725.
    expect(scores.teams).toEqual([
      { team: 'Sales', score: 0.8, keyResults: 2 },
      { team: 'Service', score: 0.5, keyResults: 1 },
    ]);
    expect(scores.company).toBeCloseTo(0.725, 12);
    expect(sweetSpotVerdict(0.59)).toBe('below');
    expect(sweetSpotVerdict(0.6)).toBe('within');
    expect(sweetSpotVerdict(0.7)).toBe('within');
    expect(sweetSpotVerdict(0.704)).toBe('within');
    expect(sweetSpotVerdict(0.71)).toBe('above');
  });

  it('leaves unmeasured key results out and counts over-achievement as 1', () => {
    const scores = summarizeScores([
      { team: 'A', progress: null, weight: 1 },
      { team: 'A', progress: 1.5, weight: 1 },
      { team: 'A', progress: 0.5, weight: 1 },
    ]);
    expect(scores.company).toBe(0.75);
    expect(summarizeScores([{ team: 'A', progress: null, weight: 1 }]).company).toBeNull();
  });
});

describe('planClose', () => {
  it('plans one History row per objective and key result, with a confirmation that says so', () => {
    const plan = planClose(okrs, period, [], '2026-12-31', 'en', 'History');
    if (plan.kind !== 'ready') throw new Error('expected a plan');
    expect(plan.entries.map((entry) => [entry.kind, entry.id])).toEqual([
      ['objective', 'O-1'],
      ['objective', 'O-2'],
      ['keyResult', 'KR-1'],
      ['keyResult', 'KR-2'],
      ['keyResult', 'KR-3'],
    ]);
    expect(plan.confirmation.title).toBe('Close period Q4 2026?');
    expect(plan.confirmation.body).toContain('add 5 rows to the “History” sheet in one step');
    expect(plan.confirmation.body).toContain(
      '2 objectives and 3 key results of Q4 2026 (2026-10-01 – 2026-12-31)',
    );
    expect(plan.confirmation.body).toContain('Average score: 0.73 for the company');
    expect(plan.confirmation.body).toContain('Nothing will be deleted');
    expect(plan.unfinished.map((keyResult) => keyResult.id)).toEqual(['KR-2', 'KR-3']);
  });

  it('refuses a period History already holds, in the workbook language', () => {
    const history = [
      historyRow({
        period: 'q4 2026',
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        closedOn: '2026-12-30',
        kind: 'Objetivo',
        id: 'O-1',
      }),
      historyRow({
        period: 'Q4 2026',
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        closedOn: '2026-12-30',
        kind: 'Resultado clave',
        id: 'KR-1',
      }),
    ];
    const english = planClose(okrs, period, history, '2026-12-31', 'en', 'History');
    expect(english.kind).toBe('alreadyClosed');
    if (english.kind !== 'alreadyClosed') return;
    expect(english.dialog.body).toContain('The period Q4 2026 was already closed on 2026-12-30');
    expect(english.dialog.body).toContain('holds its 2 rows. Nothing was changed.');
    const spanish = planClose(okrs, period, history, '2026-12-31', 'es', 'Historial');
    if (spanish.kind !== 'alreadyClosed') throw new Error('expected a refusal');
    expect(spanish.dialog.title).toBe('Período ya cerrado');
    expect(spanish.dialog.body).toContain('El período Q4 2026 ya se cerró el 2026-12-30');
  });

  it('leaves out key results History recorded for an earlier period, and recomputes their objectives', () => {
    const history = [
      historyRow({ period: 'Q3 2026', kind: 'Key result', id: 'kr-1', progress: 1 }),
    ];
    const closedIds = keyResultIdsOfOtherPeriods(history, period);
    expect(closedIds).toEqual(new Set(['kr-1']));
    const objectivesWithProgress = [
      row({ ...objectives[0].cells, progress: 0.8, status: 'On track' }, 2),
      objectives[1],
    ];
    const current = readOkrs(
      objectivesWithProgress,
      keyResults,
      settings,
      '2026-12-31',
      new Map(),
      '',
      closedIds,
    );
    const plan = planClose(current, period, history, '2026-12-31', 'en', 'History');
    if (plan.kind !== 'ready') throw new Error('expected a plan');
    expect(
      plan.entries.filter((entry) => entry.kind === 'keyResult').map((entry) => entry.id),
    ).toEqual(['KR-2', 'KR-3']);
    // O-1's 0.8 in the sheet counted KR-1; without it O-1 is KR-2's 0.4 (At risk at the end).
    expect(plan.entries[0]).toMatchObject({ id: 'O-1', progress: 0.4, status: 'yellow' });
  });

  it('reports each score beside the sweet spot once closed', () => {
    const plan = planClose(okrs, period, [], '2026-12-31', 'es', 'Historial');
    if (plan.kind !== 'ready') throw new Error('expected a plan');
    const dialog = closedDialog(period, 5, plan.scores, 'es', 'Historial');
    expect(dialog.title).toBe('Período Q4 2026 cerrado');
    expect(dialog.body).toContain('• Empresa: 0,73 — encima de la zona ideal');
    expect(dialog.body).toContain('• Sales: 0,80 — encima de la zona ideal');
    expect(dialog.body).toContain('• Service: 0,50 — debajo de la zona ideal');
  });
});

describe('History rows', () => {
  it('follow History’s own column order and keep typed text as text', () => {
    const header = [
      'Notes',
      'ID',
      'Period',
      'Final status',
      'Final progress',
      'Type',
      'Last comment',
      'Team',
      'Closed on',
    ];
    const { indexByKey } = mapColumns(header, HISTORY_SHEET);
    const plan = planClose(okrs, period, [], '2026-12-31', 'en', 'History');
    if (plan.kind !== 'ready') throw new Error('expected a plan');
    const rows = historyRowValues(
      plan.entries,
      period,
      '2026-12-31',
      indexByKey,
      header.length,
      'en',
    );
    expect(rows).toHaveLength(5);
    const [notes, id, name, status, progress, kind, comment, team, closedOn] = rows[4];
    expect([notes, id, name, status, progress, kind, comment, team]).toEqual([
      '',
      'KR-3',
      'Q4 2026',
      'At risk',
      0.5,
      'Key result',
      "'=SUM(1)",
      'Service',
    ]);
    expect(closedOn).toEqual(new Date(2026, 11, 31));
    // O-1 has no Progress in the sheet: the cascade of KR-1 (weight 2) and KR-2 gives 0.8.
    expect(rows[0].slice(1, 6)).toEqual(['O-1', 'Q4 2026', 'On track', 0.8, 'Objective']);
  });

  it('give a score per team per period, oldest period first', () => {
    const history = [
      row({
        period: 'Q4 2026',
        periodStart: '2026-10-01',
        kind: 'Key result',
        team: 'Sales',
        progress: 0.6,
        weight: 1,
      }),
      row({
        period: 'Q3 2026',
        periodStart: '2026-07-01',
        kind: 'Resultado clave',
        team: 'Sales',
        progress: 0.9,
        weight: 1,
      }),
      row({
        period: 'Q3 2026',
        periodStart: '2026-07-01',
        kind: 'Key result',
        team: 'Sales',
        progress: 0.3,
        weight: 2,
      }),
      row({
        period: 'Q4 2026',
        periodStart: '2026-10-01',
        kind: 'Key result',
        team: 'Service',
        progress: 0.8,
        weight: 1,
      }),
      row({
        period: 'Q4 2026',
        periodStart: '2026-10-01',
        kind: 'Objective',
        team: 'Service',
        progress: 0.1,
        weight: 1,
      }),
    ];
    const table = periodScoreTable(history);
    expect(table.periods.map((period) => period.name)).toEqual(['Q3 2026', 'Q4 2026']);
    expect(table.teams).toEqual(['Sales', 'Service']);
    expect(table.byTeam).toEqual([
      [0.5, null],
      [0.6, 0.8],
    ]);
    expect(table.company[1]).toBeCloseTo(0.7, 12);
  });
});

describe('carry-over', () => {
  it('gives new ids after the highest in use, keeping prefix and padding', () => {
    expect(newKeyResultIds(['KR-1', 'KR-12', 'kr-7', 'O-99'], ['KR-7', 'KR-1'], 'en')).toEqual([
      'KR-13',
      'KR-14',
    ]);
    expect(newKeyResultIds(['RC-001', 'RC-009'], ['RC-001'], 'es')).toEqual(['RC-010']);
    expect(newKeyResultIds(['Deals'], ['Deals', ''], 'es')).toEqual(['RC-1', 'RC-2']);
  });

  it('copies objective, owner, type, numbers, unit, weight and confidence, not the computed or check-in columns', () => {
    const unfinished = okrs.keyResults.filter((keyResult) => keyResult.id !== 'KR-1');
    const carried = carryOver(
      unfinished,
      keyResults.map((item) => item.cells.id),
      'en',
    );
    expect(carried.map((item) => [item.fromId, item.id])).toEqual([
      ['KR-2', 'KR-4'],
      ['KR-3', 'KR-5'],
    ]);
    expect(carried[0].cells).toEqual({
      id: 'KR-4',
      objectiveId: 'O-1',
      keyResult: 'Pipeline',
      owner: 'cy@example.com',
      type: 'increase',
      start: 0,
      target: 100,
      current: 40,
      unit: "'$",
      weight: '',
      confidence: 'Low',
      // The KR it continues, for the sidebar's history and for people.
      continues: 'KR-2',
    });
    expect(carried[1].cells.keyResult).toBe("'+NPS");
    expect(carried[1].cells).not.toHaveProperty('progress');
    expect(carried[1].cells).not.toHaveProperty('lastComment');
  });

  it('writes a carried id whose prefix looks like a formula or a number as inert text', () => {
    const template = okrs.keyResults.find((keyResult) => keyResult.id === 'KR-2')!;
    const formula = { ...template, id: '=HYPERLINK("https://evil"&1)&1' };
    const numeric = { ...template, id: '1.10' };
    const carried = carryOver([formula, numeric], [formula.id, numeric.id], 'en');
    expect(carried[0].id).toBe('=HYPERLINK("https://evil"&1)&2');
    expect(carried[0].cells.id).toBe(`'=HYPERLINK("https://evil"&1)&2`);
    expect(carried[1].cells.id).toBe("'1.11");
    for (const item of carried) {
      for (const value of Object.values(item.cells)) {
        if (typeof value === 'string') expect(value).not.toMatch(/^[=+\-@]/);
      }
    }
  });
});
