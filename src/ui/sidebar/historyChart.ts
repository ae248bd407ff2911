// The chart of a KR's check-ins against the expected line.
import { chartGeometry } from '../../core/checkIn/chart';
import type { KeyResultView } from '../../core/checkIn/context';
import type { KeyResultHistory } from '../../core/checkIn/history';
import { formatValue } from '../../core/checkIn/numbers';
import { el, svg } from '../dom';
import { state } from './state';

const CHART_WIDTH = 268;
const CHART_HEIGHT = 90;

/** The chart, or null when the history has nothing to plot. */
export function historyChart(
  keyResult: KeyResultView,
  history: KeyResultHistory,
): HTMLElement | null {
  const { t, language } = state;
  const geometry = chartGeometry(history.series, CHART_WIDTH, CHART_HEIGHT);
  if (!geometry) return null;
  const drawing = svg(
    'svg',
    {
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      width: '100%',
      role: 'img',
      'aria-label': t.historyChart,
      class: 'chart',
    },
    svg('title', {}, t.historyChart),
    svg('polyline', { points: geometry.expectedPoints, class: 'expected-line' }),
    svg('polyline', { points: geometry.actualPoints, class: 'actual-line' }),
    ...geometry.dots.map((dot) => svg('circle', { cx: dot.x, cy: dot.y, r: 2.5, class: 'dot' })),
    // A yes/no KR has no scale to label.
    keyResult.kind === 'binary'
      ? null
      : svg(
          'text',
          { x: 4, y: 11, class: 'axis', 'aria-hidden': 'true' },
          formatValue(geometry.maxValue, keyResult.kind, language),
        ),
    keyResult.kind === 'binary'
      ? null
      : svg(
          'text',
          { x: 4, y: geometry.height - 4, class: 'axis', 'aria-hidden': 'true' },
          formatValue(geometry.minValue, keyResult.kind, language),
        ),
  );
  return el(
    'figure',
    { class: 'chart-box' },
    drawing as unknown as HTMLElement,
    el(
      'figcaption',
      { class: 'legend' },
      el('span', { class: 'key actual' }, t.actualLine),
      el('span', { class: 'key expected' }, t.expectedLine),
    ),
  );
}
