import { chartGeometry } from '../../../src/core/checkIn/chart';
import { historyEntries, historySeries } from '../../../src/core/checkIn/history';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 9, day, hour));

const rows = [
  {
    timestamp: at(2),
    keyResultId: 'KR1',
    value: 10,
    confidence: 'On track',
    comment: 'a',
    author: 'x@y',
  },
  { timestamp: at(3), keyResultId: 'KR2', value: 99, confidence: '', comment: '', author: '' },
  {
    timestamp: at(9),
    keyResultId: 'kr1',
    value: 25,
    confidence: 'Desviado',
    comment: 'b',
    author: 'z@y',
  },
  {
    timestamp: at(5),
    keyResultId: 'KR1',
    value: 'Sí',
    confidence: 'junk',
    comment: '',
    author: '',
  },
  {
    timestamp: 'not a date',
    keyResultId: 'KR1',
    value: 1,
    confidence: '',
    comment: '',
    author: '',
  },
];

describe('historyEntries', () => {
  it("lists one KR's check-ins newest first with ISO dates", () => {
    const entries = historyEntries(rows, 'KR1');
    expect(entries.map((entry) => entry.value)).toEqual([25, 'Sí', 10]);
    expect(entries[0]).toEqual({
      at: '2026-10-09T09:00:00.000Z',
      value: 25,
      confidence: 'red',
      comment: 'b',
      author: 'z@y',
      // Uncorrected: a correction would name this row itself.
      ref: '2026-10-09T09:00:00.000Z',
    });
    expect(entries[1].confidence).toBeNull();
  });
});

describe('historySeries and chartGeometry', () => {
  const settings = {
    periodStart: new Date(2026, 9, 1),
    periodEnd: new Date(2026, 11, 31),
    holidays: [],
  };

  it('plots values oldest first and the expected line from start to target', () => {
    const series = historySeries(
      historyEntries(rows, 'KR1'),
      { kind: 'number', start: 0, target: 100 },
      settings,
    );
    expect(series.actual.map((point) => point.value)).toEqual([10, 25]);
    expect(series.expected[0].value).toBe(0);
    expect(series.expected[series.expected.length - 1].value).toBe(100);
    const geometry = chartGeometry(series, 260, 80);
    expect(geometry).not.toBeNull();
    const dots = geometry!.dots;
    expect(dots[0].x).toBeLessThan(dots[1].x);
    expect(dots[0].y).toBeGreaterThan(dots[1].y);
    for (const dot of dots) {
      expect(dot.x).toBeGreaterThanOrEqual(0);
      expect(dot.x).toBeLessThanOrEqual(260);
    }
  });

  it('plots yes/no as 1/0 for binary KRs and draws nothing without values', () => {
    const series = historySeries(
      historyEntries(rows, 'KR1'),
      { kind: 'binary', start: null, target: null },
      settings,
    );
    expect(series.actual.map((point) => point.value)).toEqual([0, 1, 0]);
    expect(chartGeometry({ actual: [], expected: series.expected }, 260, 80)).toBeNull();
  });
});
