// `npm start` in Chromium, the examples' live key result: KR1.1's Current sums the Ventas
// sheet. A check-in through the sidebar records the value the formula shows and leaves the
// formula; the Ventas sheet edited in the grid; the next day's trigger records an automatic
// check-in, and the sidebar's history chart shows both points.
// Screenshot: test-artifacts/playground-es-live-key-result.png.
import type { Browser, Frame, Page } from 'playwright-core';
import { CHECK_INS_SHEET, KEY_RESULTS_SHEET, sheetName } from '../../src/core/workbook/schema';
import { launchBrowser, saveScreenshot } from './browser';
import {
  closePlayground,
  gridText,
  idle,
  type Opened,
  openMenuItem,
  openPlayground,
  shownSidebar,
  showSheet,
} from './playgroundHarness';

const EDITOR = 'td input.cell-editor';
const AUTOMATIC = 'OKR Sheets (automático)';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function columnOf(header: readonly string[], spec: typeof CHECK_INS_SHEET, key: string): number {
  return header.indexOf(spec.columns.find((column) => column.key === key)!.header.es);
}

/** A number as the grid shows it in Spanish (1.234.567 or $ 1.234.567): its digits. */
function wholeNumber(text: string): number {
  return Number(text.replace(/[^\d-]/g, ''));
}

async function sidebar(page: Page, previous = ''): Promise<Frame> {
  return shownSidebar(page, previous);
}

async function revisionAfter(page: Page, act: () => Promise<void>): Promise<void> {
  const revision = Number(await page.getAttribute('body', 'data-revision'));
  await act();
  await page.waitForFunction((before) => Number(document.body.dataset.revision) > before, revision);
}

describe('the examples’ live key result in the playground (es)', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPlayground(browser, 'es');
  });
  afterAll(async () => {
    await closePlayground(opened);
  });

  it('checks in the formula’s value, follows the Ventas sheet, and records the next day automatically', async () => {
    const { page, pageErrors } = opened;
    await showSheet(page, 'Ventas');
    const ventas = await gridText(page);
    expect(ventas[0]!.slice(0, 2)).toEqual(['Mes', 'Facturación']);
    const months = ventas.slice(1, 4).map((row) => wholeNumber(row[1]!));
    const sum = months.reduce((total, value) => total + value, 0);
    expect(sum).toBeGreaterThan(0);

    // The daily trigger, installed as a person would.
    await openMenuItem(page, 'setUpReminders');
    await page.waitForSelector('#question[open]');
    await page.click('#question-buttons button[data-button="OK"]');
    await idle(page);

    // A check-in through the sidebar: the value field is read-only, the formula's value is saved.
    await openMenuItem(page, 'showCheckInSidebar');
    const frame = await sidebar(page);
    await frame.click('.kr-card[data-id="KR1.1"]');
    await frame.waitForSelector('#value');
    expect(await frame.getAttribute('#value', 'readonly')).not.toBeNull();
    await frame.check('#confidence-green');
    await frame.fill('#comment', 'Según la hoja Ventas');
    await revisionAfter(page, async () => {
      await frame.click('#save');
      await frame.waitForFunction(() =>
        /^Guardado/.test(document.getElementById('live')?.textContent ?? ''),
      );
    });

    await showSheet(page, sheetName(KEY_RESULTS_SHEET, 'es'));
    await page.dblclick('td[data-cell="H2"]');
    await page.waitForSelector(EDITOR);
    expect(await page.inputValue(EDITOR)).toMatch(/^=[A-Z]+\(Ventas!B2:B4\)$/);
    await page.keyboard.press('Escape');
    await idle(page);
    expect(wholeNumber((await gridText(page))[1]![7]!)).toBe(sum);

    await showSheet(page, sheetName(CHECK_INS_SHEET, 'es'));
    let checkIns = await gridText(page);
    const header = checkIns[0]!;
    const id = columnOf(header, CHECK_INS_SHEET, 'keyResultId');
    const value = columnOf(header, CHECK_INS_SHEET, 'value');
    const author = columnOf(header, CHECK_INS_SHEET, 'author');
    const comment = columnOf(header, CHECK_INS_SHEET, 'comment');
    const saved = checkIns.find((row) => row[comment] === 'Según la hoja Ventas');
    expect(saved?.[id]).toBe('KR1.1');
    expect(wholeNumber(saved![value]!)).toBe(sum);

    // The Ventas sheet edited in the grid: month 3 sells 500.000 more.
    await showSheet(page, 'Ventas');
    await page.dblclick('td[data-cell="B4"]');
    await page.fill(EDITOR, String(months[2]! + 500_000));
    await page.press(EDITOR, 'Enter');
    await idle(page);

    // The next day fires the daily trigger: one automatic check-in with the new value.
    await page.click('.panel-tabs button[data-panel="clock"]');
    const before = await page.textContent('#clock-now');
    await page.click('#clock-next-day');
    await page.waitForFunction(
      (text) => document.getElementById('clock-now')?.textContent !== text,
      before,
    );
    await idle(page);
    expect(await page.textContent('#status')).toBe('');
    await showSheet(page, sheetName(CHECK_INS_SHEET, 'es'));
    checkIns = await gridText(page);
    const automatic = checkIns.filter((row) => row[author] === AUTOMATIC);
    expect(automatic).toHaveLength(1);
    expect(automatic[0]![id]).toBe('KR1.1');
    expect(wholeNumber(automatic[0]![value]!)).toBe(sum + 500_000);

    // The sidebar's history chart for KR1.1 has the person's point and the automatic one.
    const src = (await page.getAttribute('#sidebar-frame', 'src')) ?? '';
    await openMenuItem(page, 'showCheckInSidebar');
    const again = await sidebar(page, src);
    await again.click('.kr-card[data-id="KR1.1"]');
    await again.waitForSelector('#history-body .entries');
    const entries = await again.$$eval('#history-body .entries li', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    expect(entries[0]).toContain(AUTOMATIC);
    expect(entries[1]).toContain('Según la hoja Ventas');
    // Three example check-ins, the person's and the automatic one.
    expect(await again.$$eval('svg.chart circle.dot', (dots) => dots.length)).toBe(5);
    await again.locator('svg.chart').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'playground-es-live-key-result');
    expect(pageErrors).toEqual([]);
  });
});
