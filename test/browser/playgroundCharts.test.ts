// The add-on's charts in the playground, where Sheets puts them: over the Dashboard's grid
// at their anchor cells, drawn by chart.js from the chart specs the add-on built, with the
// values of the cells in their ranges as those cells show them. Screenshots:
// playground-es-dashboard-charts.png, playground-en-dashboard-charts.png.
import type { Browser } from 'playwright-core';
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
    expect(pageErrors).toEqual([]);
    await saveScreenshot(page, `playground-${language}-dashboard-charts`);
  });

  it('draws the charts again only when their data changes', async () => {
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

    // Its button goes to the chart's sheet from another one.
    await showSheet(page, (await page.getAttribute('.tabs button:last-child', 'data-sheet'))!);
    await page.waitForFunction(() => document.body.dataset.chartsDrawn === '0');
    await page.click('#panel .chart-list li button');
    await page.waitForSelector(`table.grid[data-sheet="${dashboard}"]`);
    await page.waitForFunction(() => Number(document.body.dataset.chartsDrawn) > 0);
    await idle(page);
  });
});
