import { readOkrs } from '../../../src/core/cycle/okrs';
import { buildMidPeriodReview, previousReviewDay } from '../../../src/core/cycle/review';
import {
  keyResultLink,
  reviewBlock,
  statusesFromReview,
} from '../../../src/core/cycle/reviewLayout';
import { midPeriodReviewDay, midPeriodReviewSheetName } from '../../../src/core/workbook/schema';
import { Q4, row, settingsOf } from './fixtures';

const period = { name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };
const settings = settingsOf(Q4);

const objectives = [
  row({ id: 'O-1', objective: 'Grow revenue', team: 'Sales', parentId: '' }, 2),
  row({ id: 'O-2', objective: 'Delight customers', team: 'Service', parentId: '' }, 3),
  row({ id: 'O-3', objective: 'Upsell', team: '', parentId: 'O-1' }, 4),
];

// Progress and status from the sheet's computed columns where present; KR-4 has none
// (its status is computed from its numbers: 0.2 of the way with 58% of the period gone).
const keyResults = [
  row(
    {
      id: 'KR-1',
      objectiveId: 'O-1',
      keyResult: 'Close 40 deals',
      progress: 0.8,
      status: 'On track',
      lastCheckIn: '2026-11-20',
    },
    2,
  ),
  row(
    {
      id: 'KR-2',
      objectiveId: 'O-1',
      keyResult: 'Pipeline',
      progress: 0.3,
      status: 'At risk',
      lastCheckIn: '2026-11-01',
    },
    3,
  ),
  row(
    { id: 'KR-3', objectiveId: 'O-2', keyResult: '=NPS 60', progress: 0.1, status: 'Off track' },
    4,
  ),
  row(
    {
      id: 'KR-4',
      objectiveId: 'O-3',
      keyResult: 'Upsell 10',
      start: 0,
      target: 10,
      current: 2,
      lastCheckIn: '2026-11-08',
    },
    5,
  ),
  row(
    {
      id: 'KR-5',
      objectiveId: 'O-2',
      keyResult: 'Not measured',
      start: 0,
      target: 10,
      current: '',
    },
    6,
  ),
];

describe('readOkrs', () => {
  it('takes progress and status from the sheet, else computes them from the numbers', () => {
    const okrs = readOkrs(objectives, keyResults, settings, '2026-11-22');
    const byId = new Map(okrs.keyResults.map((keyResult) => [keyResult.id, keyResult]));
    expect(byId.get('KR-1')).toMatchObject({ progress: 0.8, status: 'green', team: 'Sales' });
    expect(byId.get('KR-4')).toMatchObject({ progress: 0.2, status: 'red', team: 'Sales' });
    expect(byId.get('KR-5')).toMatchObject({ progress: null, status: null, team: 'Service' });
    // O-1 = mean(KR-1, KR-2, O-3 = KR-4) when the sheet has no objective progress.
    const objective = okrs.objectives.find((item) => item.id === 'O-1');
    expect(objective?.progress).toBeCloseTo((0.8 + 0.3 + 0.2) / 3, 10);
  });

  it('fills the last check-in and comment from Check-ins when the KR row has none', () => {
    const checkIns = new Map([['kr-3', { day: '2026-11-21', comment: 'Survey sent' }]]);
    const okrs = readOkrs(objectives, keyResults, settings, '2026-11-22', checkIns);
    expect(okrs.keyResults[2]).toMatchObject({
      lastCheckIn: '2026-11-21',
      lastComment: 'Survey sent',
    });
  });
});

describe('buildMidPeriodReview', () => {
  const okrs = readOkrs(objectives, keyResults, settings, '2026-11-22');

  it('counts statuses per team and per objective, and the time elapsed', () => {
    const review = buildMidPeriodReview(okrs, period, '2026-11-22', null);
    expect(review.byTeam).toEqual([
      { team: 'Sales', counts: { green: 1, yellow: 1, red: 1, none: 0, total: 3 } },
      { team: 'Service', counts: { green: 0, yellow: 0, red: 1, none: 1, total: 2 } },
    ]);
    expect(
      review.byObjective.map((objective) => [objective.objectiveId, objective.counts.total]),
    ).toEqual([
      ['O-1', 2],
      ['O-2', 2],
      ['O-3', 1],
    ]);
    expect(review.elapsedDays).toBe(52);
    expect(review.totalDays).toBe(91);
    expect(review.elapsed).toBeCloseTo(52 / 91, 12);
    expect(review.totals).toEqual({ green: 1, yellow: 1, red: 2, none: 1, total: 5 });
  });

  it('lists key results without a check-in in the last 14 days, never-checked first', () => {
    const review = buildMidPeriodReview(okrs, period, '2026-11-22', null);
    expect(review.stale.map((stale) => [stale.keyResult.id, stale.days])).toEqual([
      ['KR-3', null],
      ['KR-5', null],
      ['KR-2', 21],
    ]);
    // 14 days ago still counts as within the last 14 days.
    const onTheEdge = buildMidPeriodReview(okrs, period, '2026-11-22', null).stale.some(
      (stale) => stale.keyResult.id === 'KR-4',
    );
    expect(onTheEdge).toBe(false);
  });

  it('reports status changes against the previous review, ignoring key results new since', () => {
    const previous = new Map([
      ['kr-1', 'yellow' as const],
      ['kr-2', 'yellow' as const],
      ['kr-3', null],
    ]);
    const review = buildMidPeriodReview(okrs, period, '2026-11-22', {
      day: '2026-11-08',
      statuses: previous,
    });
    expect(
      review.changes.map((change) => [change.keyResult.id, change.before, change.now]),
    ).toEqual([
      ['KR-1', 'yellow', 'green'],
      ['KR-3', null, 'red'],
    ]);
    expect(review.previousDay).toBe('2026-11-08');
  });
});

describe('review sheet', () => {
  const okrs = readOkrs(objectives, keyResults, settings, '2026-11-22');
  const review = buildMidPeriodReview(okrs, period, '2026-11-22', null);
  const links = { sheetId: 777, idColumn: 'C' };

  it('is named with its date in the workbook language and recognised in either', () => {
    expect(midPeriodReviewSheetName('2026-11-22', 'en')).toBe('Review 2026-11-22');
    expect(midPeriodReviewSheetName('2026-11-22', 'es')).toBe('Revisión 2026-11-22');
    expect(midPeriodReviewDay('revision 2026-11-22')).toBe('2026-11-22');
    expect(midPeriodReviewDay('Review 2026-11-22')).toBe('2026-11-22');
    expect(midPeriodReviewDay('OKR review')).toBeNull();
    expect(midPeriodReviewDay('Revisión de OKRs')).toBeNull();
  });

  it('links each key result to its row and escapes quotes in the label', () => {
    expect(keyResultLink(okrs.keyResults[0], links)).toBe(
      '=HYPERLINK("#gid=777&range=C2", "KR-1")',
    );
    expect(keyResultLink({ ...okrs.keyResults[0], id: 'K"1' }, links)).toBe(
      '=HYPERLINK("#gid=777&range=C2", "K""1")',
    );
  });

  it.each(['en', 'es'] as const)(
    'is one rectangular block that round-trips statuses (%s)',
    (language) => {
      const block = reviewBlock(review, language, links);
      const width = block.width;
      for (const grid of [
        block.values,
        block.numberFormats,
        block.fontWeights,
        block.backgrounds,
      ]) {
        expect(grid.length).toBe(block.values.length);
        for (const cells of grid) expect(cells.length).toBe(width);
      }
      // Typed text that looks like a formula is written as text.
      expect(block.values.flat()).toContain("'=NPS 60");
      // As Sheets reads it back: HYPERLINK shows its label.
      const shown = block.values.map((cells) =>
        cells.map((cell) => {
          const match = typeof cell === 'string' ? /^=HYPERLINK\(".*", "(.*)"\)$/.exec(cell) : null;
          return match ? match[1] : cell;
        }),
      );
      expect(statusesFromReview(shown)).toEqual(
        new Map([
          ['kr-1', 'green'],
          ['kr-2', 'yellow'],
          ['kr-3', 'red'],
          ['kr-4', 'red'],
          ['kr-5', null],
        ]),
      );
    },
  );

  it('formats percentages and writes dates as midnight in the spreadsheet time zone', () => {
    const block = reviewBlock(review, 'en', links, 'America/Argentina/Buenos_Aires');
    const elapsedRow = block.values.findIndex((cells) => cells[0] === 'Time elapsed');
    expect(block.values[elapsedRow][1]).toBeCloseTo(52 / 91, 12);
    expect(block.numberFormats[elapsedRow][1]).toBe('0%');
    expect((block.values[1][1] as Date).toISOString()).toBe('2026-11-22T03:00:00.000Z');
    expect(block.numberFormats[1][1]).toBe('yyyy-mm-dd');
    const kr1 = block.values.findIndex(
      (cells) => String(cells[0]).endsWith('"KR-1")') && cells[5] === 0.8,
    );
    expect(block.numberFormats[kr1][5]).toBe('0%');
    expect(block.backgrounds[kr1][6]).toBe('#d9ead3');
    expect(block.fontWeights[0][0]).toBe('bold');
  });

  it('speaks the workbook language', () => {
    const english = reviewBlock(review, 'en', links).values.flat();
    const spanish = reviewBlock(review, 'es', links).values.flat();
    expect(english).toContain('Key results by team');
    expect(english).toContain('Off track');
    expect(spanish).toContain('Resultados clave por equipo');
    expect(spanish).toContain('Desviado');
    expect(spanish).not.toContain('Off track');
  });

  it('compares with the latest earlier review of the same period', () => {
    const days = ['2026-09-20', '2026-10-15', '2026-11-08', '2026-11-22', '2026-12-01'];
    expect(previousReviewDay(days, '2026-11-22', '2026-10-01')).toBe('2026-11-08');
    expect(previousReviewDay(days, '2026-10-10', '2026-10-01')).toBeNull();
  });
});
