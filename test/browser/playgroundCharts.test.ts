// The add-on's charts in the playground, where Sheets puts them: over the Dashboard's grid
// at their anchor cells, drawn by chart.js from the chart specs the add-on built, with the
// values of the cells in their ranges as those cells show them. Screenshots:
// playground-{es,en}-dashboard-charts.png, playground-{es,en}-charts-panel.png.
import type { Browser } from 'playwright-core';
import { createEmulator } from '../../emulator/index';
import { chartView, sheetView } from '../../playground/gridView';
import type { Language } from '../../src/core/i18n/language';
import { DASHBOARD_SHEET, sheetName } from '../../src/core/workbook/schema';
import { launchBrowser, saveScreenshot } from './browser';
import { closePlayground, idle, type Opened, openPlayground, showSheet } from './playgroundHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** `'Sheet name'!A9:B13` → its sheet and the cells it covers, row by row. */
function cellsOf(range: string): { sheet: string; rows: string[][] } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!match) throw new Error(`not an A1 range: ${range}`);
  const number = (letters: string) =>
    [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  const letters = (column: number): string =>
    column > 26
      ? letters(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26))
      : String.fromCharCode(64 + column);
  const [firstColumn, lastColumn] = [number(match[3]), number(match[5])];
  const rows: string[][] = [];
  for (let row = Number(match[4]); row <= Number(match[6]); row += 1) {
    const cells: string[] = [];
    for (let column = firstColumn; column <= lastColumn; column += 1) {
      cells.push(`${letters(column)}${row}`);
    }
    rows.push(cells);
  }
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), rows };
}

describe('chartView', () => {
  const emulator = createEmulator({ locale: 'es_ES' });
  emulator.writeSheet('Datos', [
    ['Objetivo', 'Progreso'],
    ['uno', 0.5],
    ['dos', 0.125],
    ['', ''],
  ]);
  emulator.execute(({ SpreadsheetApp }) => {
    const sheet = SpreadsheetApp.getActive().getSheetByName('Datos')!;
    sheet.getRange('B2:B4').setNumberFormat('0.0%');
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A1:B4'))
        .setOption('width', 410)
        .setOption('colors', ['#0f9d58', 'url(javascript:1)'])
        .setOption('vAxis.viewWindow.max', 1)
        .setPosition(3, 5, 10, 4)
        .build(),
    );
  });
  const sheet = emulator.sheet('Datos');
  const view = chartView(emulator.workbook, sheet, sheet.charts[0]);

  it('keeps where Sheets puts the chart, its size, colours and value axis', () => {
    expect(view).toMatchObject({
      type: 'COLUMN',
      title: '',
      anchor: 'E3',
      position: { row: 3, column: 5, offsetX: 10, offsetY: 4 },
      width: 410,
      height: 371,
      ranges: ['Datos!A1:B4'],
      axis: { percent: true, max: 1 },
    });
    // Only safe colours, then Sheets' own for further series.
    expect(view.colors[0]).toBe('#0f9d58');
    expect(view.colors[1]).toBe('#4285f4');
  });

  it('reads labels and values from the range, each value as its cell shows it', () => {
    expect(view.labels).toEqual(['uno', 'dos']);
    expect(view.series).toEqual([
      { name: 'Progreso', values: [0.5, 0.125], display: ['50,0%', '12,5%'] },
    ]);
  });

  it('shows the grid under the whole chart', () => {
    // 10 px offset + 410 px from E: five 100 px columns, E to I.
    expect(sheetView(emulator.workbook, sheet).columnWidths).toHaveLength(9);
  });
});

interface DrawnChart {
  readonly id: number;
  readonly anchor: string;
  readonly ranges: string[];
  readonly labels: string[];
  readonly values: number[][];
  readonly display: string[][];
  readonly ariaLabel: string;
  readonly box: { left: number; top: number; right: number; bottom: number };
  readonly anchorBox: { left: number; top: number; right: number; bottom: number } | null;
  /** Pixels of the chart's first series colour: the bars themselves. */
  readonly barPixels: number;
}

describe.each<Language>(['es', 'en'])('the add-on’s charts in the playground in %s', (language) => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPlayground(browser, language);
  });
  afterAll(async () => {
    await closePlayground(opened);
  });

  it('draws every Dashboard chart at its anchor cell, with the values of its ranges', async () => {
    const { page, pageErrors } = opened;
    const dashboard = sheetName(DASHBOARD_SHEET, language);
    await showSheet(page, dashboard);
    await idle(page);
    // The charts the add-on built on the Dashboard, as the emulator recorded them.
    const expected = (await page.evaluate(async () => {
      const state = await (await fetch('/api/state')).json();
      return state.charts;
    })) as { id: number; sheet: string; colors: string[] }[];
    const onDashboard = expected.filter((chart) => chart.sheet === dashboard);
    expect(onDashboard.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (count) => document.body.dataset.chartsDrawn === String(count),
      onDashboard.length,
    );

    const { charts, cells } = await page.evaluate(
      (colors) => {
        const rgb = (hex: string) =>
          [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
        const boxOf = (element: Element) => {
          const { left, top, right, bottom } = element.getBoundingClientRect();
          return { left, top, right, bottom };
        };
        const shown: Record<string, string> = {};
        for (const cell of Array.from(document.querySelectorAll('table.grid td[data-cell]'))) {
          shown[cell.getAttribute('data-cell') ?? ''] = cell.textContent ?? '';
        }
        const drawn = Array.from(
          document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]'),
          (canvas) => {
            const id = Number(canvas.dataset.chartId);
            const anchor = canvas.dataset.chartAnchor ?? '';
            const cell = document.querySelector(`table.grid td[data-cell="${anchor}"]`);
            const [red, green, blue] = rgb(colors[String(id)] ?? '#000000');
            const pixels = canvas
              .getContext('2d')
              ?.getImageData(0, 0, canvas.width, canvas.height).data;
            let barPixels = 0;
            for (let at = 0; pixels && at < pixels.length; at += 4) {
              const near = (value: number, wanted: number) => Math.abs(value - wanted) < 8;
              if (
                near(pixels[at], red) &&
                near(pixels[at + 1], green) &&
                near(pixels[at + 2], blue)
              )
                barPixels += 1;
            }
            return {
              id,
              anchor,
              ranges: JSON.parse(canvas.dataset.chartRanges ?? '[]'),
              labels: JSON.parse(canvas.dataset.chartLabels ?? '[]'),
              values: JSON.parse(canvas.dataset.chartValues ?? '[]'),
              display: JSON.parse(canvas.dataset.chartDisplay ?? '[]'),
              ariaLabel: canvas.getAttribute('aria-label') ?? '',
              box: boxOf(canvas),
              anchorBox: cell ? boxOf(cell) : null,
              barPixels,
            };
          },
        );
        return { charts: drawn, cells: shown };
      },
      Object.fromEntries(onDashboard.map((chart) => [String(chart.id), chart.colors[0]])),
    );

    expect(charts.map((chart) => chart.id).sort()).toEqual(
      onDashboard.map((chart) => chart.id).sort(),
    );
    for (const chart of charts as DrawnChart[]) {
      // The chart's top-left corner is in its anchor cell (no offsets in the add-on's charts).
      expect(chart.anchorBox).not.toBeNull();
      const anchor = chart.anchorBox!;
      expect(chart.box.left).toBeGreaterThanOrEqual(anchor.left - 2);
      expect(chart.box.left).toBeLessThan(anchor.right);
      expect(chart.box.top).toBeGreaterThanOrEqual(anchor.top - 2);
      expect(chart.box.top).toBeLessThan(anchor.bottom);
      expect(chart.box.right - chart.box.left).toBeGreaterThan(200);

      // Bars are drawn: a good number of pixels in the series colour.
      expect(chart.barPixels).toBeGreaterThan(500);

      // Labels and values are the cells of the chart's range, as the grid shows them
      // (the header row names the series).
      expect(chart.ranges).toHaveLength(1);
      const range = cellsOf(chart.ranges[0]);
      expect(range.sheet).toBe(dashboard);
      const rows = range.rows
        .slice(1)
        .map((row) => row.map((cell) => cells[cell]))
        .filter((row) => row[0] !== '');
      expect(chart.labels).toEqual(rows.map((row) => row[0]));
      expect(chart.display).toEqual([rows.map((row) => row[1])]);
      // The numbers plotted are the ones the cells show: a percentage, in the locale.
      const percent = language === 'es' ? /^\d+\s?%$/ : /^\d+%$/;
      chart.display[0].forEach((text, row) => {
        expect(text).toMatch(percent);
        expect(Math.round(chart.values[0][row] * 100)).toBe(Number.parseInt(text, 10));
      });

      // A reader hears the title and the values, never the API's type constant.
      expect(chart.ariaLabel).toContain(chart.display[0][0]);
      expect(chart.ariaLabel).toContain(chart.labels[0]);
      expect(chart.ariaLabel).not.toMatch(/\bBAR\b/);
    }
    // Scrolled to, the chart moves with the cells: still on its anchor, now in view.
    const scrolled = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-chart-id]');
      canvas?.closest('figure')?.scrollIntoView({ block: 'nearest', inline: 'end' });
      const cell = document.querySelector(
        `table.grid td[data-cell="${canvas?.dataset.chartAnchor}"]`,
      );
      const grid = document.getElementById('grid')?.getBoundingClientRect();
      const box = canvas?.getBoundingClientRect();
      return {
        scrollLeft: document.getElementById('grid')?.scrollLeft ?? 0,
        offset: box && cell ? box.left - cell.getBoundingClientRect().left : null,
        inView: Boolean(box && grid && box.right <= grid.right + 1),
      };
    });
    expect(scrolled.scrollLeft).toBeGreaterThan(0);
    expect(Math.abs(scrolled.offset ?? 99)).toBeLessThanOrEqual(2);
    expect(scrolled.inView).toBe(true);
    expect(pageErrors).toEqual([]);
    await saveScreenshot(page, `playground-${language}-dashboard-charts`);
  });

  it('draws no chart again while its data stays the same', async () => {
    const { page } = opened;
    const dashboard = sheetName(DASHBOARD_SHEET, language);
    // A mark on the canvas element: it survives only if the canvas is not made again.
    await page.evaluate(() => {
      for (const canvas of Array.from(document.querySelectorAll('canvas[data-chart-id]'))) {
        canvas.setAttribute('data-kept', 'yes');
      }
    });
    const before = await page.evaluate(() => ({
      redraws: document.body.dataset.redraws,
      revision: Number(document.body.dataset.revision),
    }));
    await page.evaluate(async (name) => {
      await fetch('/api/active-sheet', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
    }, dashboard);
    // The page draws a new revision in the same task that sets data-revision.
    await page.waitForFunction(
      (previous) => Number(document.body.dataset.revision) > previous,
      before.revision,
    );
    const after = await page.evaluate(() => ({
      redraws: document.body.dataset.redraws,
      kept: Array.from(document.querySelectorAll('canvas[data-chart-id]'), (canvas) =>
        canvas.getAttribute('data-kept'),
      ),
    }));
    expect(after.redraws).toBe(before.redraws);
    expect(after.kept.length).toBeGreaterThan(0);
    expect(after.kept.every((mark) => mark === 'yes')).toBe(true);
  });

  it('lists the charts in the Charts panel with their values as the cells show them', async () => {
    const { page } = opened;
    const dashboard = sheetName(DASHBOARD_SHEET, language);
    await page.click('.panel-tabs button[data-panel="charts"]');
    await page.waitForSelector('#panel .chart-list li');
    const { text, values, canvasLabel } = await page.evaluate(() => ({
      text: document.querySelector('#panel .chart-list li')?.textContent ?? '',
      values: Array.from(
        document.querySelectorAll('#panel .chart-list li td.number'),
        (cell) => cell.textContent ?? '',
      ),
      canvasLabel: document.querySelector('canvas[data-chart-id]')?.getAttribute('aria-label'),
    }));
    expect(text).toContain(dashboard);
    expect(text).not.toMatch(/\bBAR\b/);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(/^\d+\s?%$/);
    expect(canvasLabel).toBeTruthy();
    await saveScreenshot(page, `playground-${language}-charts-panel`);

    // Its button goes to the chart's sheet from another one.
    await showSheet(page, (await page.getAttribute('.tabs button:last-child', 'data-sheet'))!);
    await page.waitForFunction(() => document.body.dataset.chartsDrawn === '0');
    await page.click('#panel .chart-list li button');
    await page.waitForSelector(`table.grid[data-sheet="${dashboard}"]`);
    await page.waitForFunction(() => Number(document.body.dataset.chartsDrawn) > 0);
    await idle(page);
  });

  it('draws a chart again, in place, when the data in its range changes', async () => {
    const { page } = opened;
    const dashboard = sheetName(DASHBOARD_SHEET, language);
    await showSheet(page, dashboard);
    await page.waitForFunction(() => Number(document.body.dataset.chartsDrawn) > 0);
    const before = await page.evaluate(() => {
      document.querySelector('canvas[data-chart-id]')?.setAttribute('data-kept', 'yes');
      return { redraws: document.body.dataset.redraws };
    });
    // A new value in the chart's range: the same chart.js chart shows it.
    const ranges = JSON.parse(
      (await page.getAttribute('canvas[data-chart-id]', 'data-chart-ranges')) ?? '[]',
    ) as string[];
    const [, cell] = cellsOf(ranges[0]).rows[1];
    await page.evaluate(
      async (edit) => {
        await fetch('/api/edit', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(edit),
        });
      },
      { sheet: dashboard, cell, value: '=9/10' },
    );
    const changed = await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-chart-id]');
      const values = JSON.parse(canvas?.dataset.chartValues ?? '[[]]') as number[][];
      return values[0][0] === 0.9
        ? {
            kept: canvas?.getAttribute('data-kept'),
            display: JSON.parse(canvas?.dataset.chartDisplay ?? '[[]]')[0][0],
            redraws: Number(document.body.dataset.redraws),
          }
        : false;
    });
    const updated = (await changed.jsonValue()) as {
      kept: string;
      display: string;
      redraws: number;
    };
    expect(updated.kept).toBe('yes');
    expect(updated.display).toMatch(/^90\s?%$/);
    expect(updated.redraws).toBeGreaterThan(Number(before.redraws));
  });
});
