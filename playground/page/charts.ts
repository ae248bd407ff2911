// The add-on's embedded charts, drawn where Sheets puts them: over the grid, the top-left
// corner at the anchor cell plus the offsets, scrolling with the cells, with chart.js. The
// chart specs are what the add-on built (EmbeddedChartBuilder), recorded by the emulator;
// values read as their cells show them (the workbook's number format and locale).
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  type ChartType,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  type Plugin,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import { interpolate } from '../../src/core/i18n/language';
import type { PlaygroundMessages } from '../messages';
import type { ChartView } from '../state';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  Title,
  Tooltip,
);

export interface ChartContext {
  readonly text: PlaygroundMessages;
  /** The workbook's locale (`es_ES`), for the axis numbers. */
  readonly locale: string;
  /** Called for every chart drawn or drawn again (the page's `data-redraws`). */
  readonly onRedraw: () => void;
}

/** A chart's readable name: its title option, else its type in the page's language. */
export function chartTitle(chart: ChartView, text: PlaygroundMessages): string {
  return chart.title || (text.chartTypes[chart.type] ?? text.chartTypes['']);
}

/** Axis numbers in the workbook's locale; a percent axis as its cells show one (`41%`). */
function numberFormat(chart: ChartView, locale: string): (value: number) => string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale.replace('_', '-'), { maximumFractionDigits: 1 });
  } catch {
    format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  }
  return chart.axis.percent
    ? (value) => `${format.format(value * 100)}%`
    : (value) => format.format(value);
}

/** Long labels (objective titles) on at most two lines, so the bars keep their room. */
function wrapLabel(label: string, width = 32): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length <= 2) return lines;
  return [lines[0], `${lines[1].slice(0, width - 1)}…`];
}

/** The value of each point as its cell shows it, next to the bar or point. */
function valueLabels(view: () => ChartView): Plugin {
  return {
    id: 'okrValueLabels',
    afterDatasetsDraw(chart) {
      const current = view();
      if (current.type === 'PIE') return;
      const { ctx, chartArea } = chart;
      const horizontal = current.type === 'BAR';
      ctx.save();
      ctx.font = '12px sans-serif';
      ctx.fillStyle = '#3c4043';
      current.series.forEach((series, index) => {
        chart.getDatasetMeta(index).data.forEach((point, row) => {
          const shown = series.display[row];
          if (!shown) return;
          const { x, y } = point.tooltipPosition(true);
          if (x === null || y === null) return;
          if (horizontal) {
            const width = ctx.measureText(shown).width;
            ctx.textBaseline = 'middle';
            ctx.textAlign = 'left';
            ctx.fillText(shown, Math.min(x + 4, chartArea.right - width), y);
          } else {
            ctx.textBaseline = 'bottom';
            ctx.textAlign = 'center';
            ctx.fillText(shown, x, Math.max(y - 4, chartArea.top + 12));
          }
        });
      });
      ctx.restore();
    },
  };
}

function configuration(
  chart: ChartView,
  context: ChartContext,
  view: () => ChartView,
): ChartConfiguration {
  const format = numberFormat(chart, context.locale);
  const pie = chart.type === 'PIE';
  const type: ChartType = pie
    ? 'pie'
    : ['LINE', 'AREA', 'SCATTER'].includes(chart.type)
      ? 'line'
      : 'bar';
  const datasets = chart.series.map((series, index): ChartDataset => {
    const color = chart.colors[index % chart.colors.length];
    return {
      label: series.name,
      data: [...series.values],
      backgroundColor: pie
        ? chart.labels.map((_, row) => chart.colors[row % chart.colors.length])
        : color,
      borderColor: pie ? '#fff' : color,
      fill: chart.type === 'AREA' ? 'origin' : false,
      showLine: chart.type !== 'SCATTER',
      maxBarThickness: 36,
    } as ChartDataset;
  });
  const shown = (index: number, row: number) =>
    chart.series[index]?.display[row] || format(chart.series[index]?.values[row] ?? 0);
  const legend = ['top', 'bottom', 'left', 'right'].includes(chart.legend)
    ? (chart.legend as 'top' | 'bottom' | 'left' | 'right')
    : 'right';
  const valueAxis = {
    min: chart.axis.min,
    max: chart.axis.max,
    beginAtZero: true,
    ticks: { callback: (value: number | string) => format(Number(value)) },
  };
  const categoryAxis = {
    ticks: {
      autoSkip: false,
      callback(this: { getLabelForValue(value: number): string }, value: number | string) {
        return wrapLabel(this.getLabelForValue(Number(value)));
      },
    },
  };
  const horizontal = chart.type === 'BAR';
  return {
    type,
    data: { labels: [...chart.labels], datasets },
    options: {
      // Drawn at once and at its own size: no animation frames, no resize observers.
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: 1,
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: 4, right: 16, bottom: 8, left: 8 } },
      scales: pie
        ? {}
        : horizontal
          ? { x: valueAxis, y: categoryAxis }
          : { x: categoryAxis, y: valueAxis },
      plugins: {
        title: {
          display: true,
          text: chartTitle(chart, context.text),
          align: 'start',
          color: '#202124',
          font: { size: 16, weight: 'normal' },
        },
        legend: {
          display: chart.legend !== 'none' && (pie || chart.series.length > 1),
          position: legend,
        },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${chart.series.length > 1 || pie ? `${item.dataset.label}: ` : ''}${shown(item.datasetIndex, item.dataIndex)}`,
          },
        },
      },
    },
    plugins: [valueLabels(view)],
  } as ChartConfiguration;
}

/** What the canvas says to a reader and a test: the title and each label's value. */
function describe(canvas: HTMLCanvasElement, chart: ChartView, context: ChartContext): void {
  const values = chart.labels.map(
    (label, row) =>
      `${label}: ${chart.series.map((series) => series.display[row] ?? '').join(', ')}`,
  );
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${chartTitle(chart, context.text)}. ${values.join('; ')}`);
  canvas.dataset.chartId = String(chart.id);
  canvas.dataset.chartAnchor = chart.anchor;
  canvas.dataset.chartRanges = JSON.stringify(chart.ranges);
  canvas.dataset.chartLabels = JSON.stringify(chart.labels);
  canvas.dataset.chartValues = JSON.stringify(chart.series.map((series) => series.values));
  canvas.dataset.chartDisplay = JSON.stringify(chart.series.map((series) => series.display));
}

interface Drawn {
  view: ChartView;
  key: string;
  readonly figure: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  instance: Chart;
}

const drawn = new Map<number, Drawn>();
let layer: HTMLElement | undefined;

/** What a chart's pixels depend on: everything but where it sits. */
function keyOf(chart: ChartView, context: ChartContext): string {
  const { position: _position, anchor: _anchor, ...shown } = chart;
  return JSON.stringify([shown, context.locale, context.text.chartTypes]);
}

function remove(entry: Drawn): void {
  entry.instance.destroy();
  entry.figure.remove();
  drawn.delete(entry.view.id);
}

function create(chart: ChartView, context: ChartContext): Drawn {
  const canvas = document.createElement('canvas');
  canvas.width = chart.width;
  canvas.height = chart.height;
  canvas.style.width = `${chart.width}px`;
  canvas.style.height = `${chart.height}px`;
  const figure = document.createElement('figure');
  figure.className = 'chart-float';
  figure.append(canvas);
  layer?.append(figure);
  const entry = { view: chart, key: keyOf(chart, context), figure, canvas } as Drawn;
  entry.instance = new Chart(
    canvas,
    configuration(chart, context, () => entry.view),
  );
  describe(canvas, chart, context);
  return entry;
}

/** The anchor cell's top-left corner in the scrolled content of `container`. */
function place(container: HTMLElement, entry: Drawn): void {
  const chart = entry.view;
  const cell = container.querySelector<HTMLElement>(`td[data-cell="${chart.anchor}"]`);
  // Beyond the rows the grid shows: nothing under it to sit on.
  entry.figure.hidden = !cell;
  if (!cell) return;
  const box = container.getBoundingClientRect();
  const at = cell.getBoundingClientRect();
  const left = at.left - box.left - container.clientLeft + container.scrollLeft;
  const top = at.top - box.top - container.clientTop + container.scrollTop;
  entry.figure.style.left = `${Math.round(left + chart.position.offsetX)}px`;
  entry.figure.style.top = `${Math.round(top + chart.position.offsetY)}px`;
}

/**
 * Draws the shown sheet's charts over its grid in `container`. A chart.js instance is made
 * or updated only when its chart's data changed; one whose chart is gone is destroyed.
 */
export function drawCharts(
  container: HTMLElement,
  charts: readonly ChartView[],
  context: ChartContext,
): void {
  if (!layer) {
    layer = document.createElement('div');
    layer.className = 'chart-layer';
  }
  // The grid's redraw replaces the container's children: the layer (and its canvases, with
  // their pixels) goes back on top of the new table.
  if (layer.parentElement !== container) container.append(layer);
  const wanted = new Set(charts.map((chart) => chart.id));
  for (const entry of Array.from(drawn.values())) {
    if (!wanted.has(entry.view.id)) remove(entry);
  }
  for (const chart of charts) {
    let entry = drawn.get(chart.id);
    const key = keyOf(chart, context);
    if (!entry || entry.key !== key) {
      const sameShape =
        entry &&
        entry.view.type === chart.type &&
        entry.view.width === chart.width &&
        entry.view.height === chart.height;
      if (entry && sameShape) {
        const { data, options } = configuration(chart, context, () => entry?.view ?? chart);
        entry.view = chart;
        entry.key = key;
        entry.instance.data = data;
        entry.instance.options = options ?? {};
        entry.instance.update();
        describe(entry.canvas, chart, context);
      } else {
        if (entry) remove(entry);
        entry = create(chart, context);
        drawn.set(chart.id, entry);
      }
      context.onRedraw();
    }
    entry.view = chart;
    place(container, entry);
  }
  document.body.dataset.chartsDrawn = String(drawn.size);
}

/** The bottom panel: each chart of the workbook, its values as shown, and a way to it. */
export function chartList(
  charts: readonly ChartView[],
  context: ChartContext & { readonly show: (chart: ChartView) => void },
): Node {
  const { text } = context;
  if (charts.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'muted';
    empty.textContent = text.chartsEmpty;
    return empty;
  }
  const list = document.createElement('ul');
  list.className = 'chart-list';
  for (const chart of charts) {
    const item = document.createElement('li');
    item.dataset.chartId = String(chart.id);
    const title = document.createElement('strong');
    title.textContent = chartTitle(chart, text);
    const where = document.createElement('span');
    where.className = 'muted';
    where.textContent = `${interpolate(text.chartOn, {
      type: text.chartTypes[chart.type] ?? text.chartTypes[''],
      sheet: chart.sheet,
      cell: chart.anchor,
    })} · ${chart.ranges.join(', ')}`;
    const show = document.createElement('button');
    show.type = 'button';
    show.textContent = text.chartShow;
    show.addEventListener('click', () => context.show(chart));
    const values = document.createElement('table');
    chart.labels.forEach((label, row) => {
      const tr = values.insertRow();
      const name = tr.insertCell();
      name.textContent = label;
      for (const series of chart.series) {
        const value = tr.insertCell();
        value.className = 'number';
        value.textContent = series.display[row] ?? '';
      }
    });
    item.append(title, ' ', where, ' ', show, values);
    list.append(item);
  }
  return list;
}

/** Brings a drawn chart into view (after the list's "show on the sheet"). */
export function scrollToChart(id: number): void {
  drawn.get(id)?.figure.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
