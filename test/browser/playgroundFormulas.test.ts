// `npm start` in Chromium: formulas typed into a cell in the spreadsheet locale's syntax
// (`;` and `,` in es_ES), shown that way again when the cell is edited, and the add-on's
// functions offered with their help in the workbook language as `=KR` is typed.
import type { Browser, Page } from 'playwright-core';
import { CUSTOM_FUNCTIONS_SPANISH } from '../../src/core/i18n/customFunctionsSpanish';
import { customFunctions } from '../../src/server/customFunctions';
import { launchBrowser, saveScreenshot } from './browser';
import {
  closePlayground,
  idle,
  type Opened,
  openPlayground,
  readGrid,
  showSheet,
} from './playgroundHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EDITOR = 'td input.cell-editor';

async function startEditing(page: Page, cell: string): Promise<void> {
  await page.dblclick(`td[data-cell="${cell}"]`);
  await page.waitForSelector(EDITOR);
}

async function typeInto(page: Page, cell: string, text: string): Promise<void> {
  await startEditing(page, cell);
  await page.fill(EDITOR, text);
  await page.press(EDITOR, 'Enter');
  await idle(page);
}

/** What a cell shows, read from the grid as drawn (row 1 is the first body row). */
async function shown(page: Page, cell: string): Promise<string> {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const { rows } = await readGrid(page);
  return rows[Number(digits) - 1][letters.charCodeAt(0) - 65];
}

async function lastSheet(page: Page): Promise<void> {
  await showSheet(page, (await page.getAttribute('.tabs button:last-child', 'data-sheet'))!);
}

describe('formulas in a Spanish-locale playground', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPlayground(browser, 'es');
    await lastSheet(opened.page);
  });
  afterAll(async () => {
    await closePlayground(opened);
  });

  it('computes formulas typed with ; between arguments and , for decimals', async () => {
    const { page } = opened;
    await typeInto(page, 'H2', '=KR_PROGRESS(0;100;50)');
    expect(await shown(page, 'H2')).toBe('0,5');
    await typeInto(page, 'H3', '=KR_STATUS(0,3; 0,5; "es")');
    expect(await shown(page, 'H3')).toBe('En riesgo');
    await typeInto(page, 'H4', '=YEAR(DATE(2027;1;1))');
    expect(await shown(page, 'H4')).toBe('2027');
    expect(await page.textContent('#status')).toBe('');
  });

  it('shows a formula in the locale’s syntax when the cell is edited again', async () => {
    const { page } = opened;
    await startEditing(page, 'H3');
    expect(await page.inputValue(EDITOR)).toBe('=KR_STATUS(0,3; 0,5; "es")');
    await page.press(EDITOR, 'Escape');
    await page.waitForSelector(EDITOR, { state: 'detached' });
    expect(await shown(page, 'H3')).toBe('En riesgo');
  });

  it('offers the add-on’s functions with their Spanish help as =KR is typed', async () => {
    const { page, pageErrors } = opened;
    await startEditing(page, 'H5');
    await page.fill(EDITOR, '');
    await page.type(EDITOR, '=KR');
    const option = page.locator('[role="listbox"] [role="option"][data-function="KR_PROGRESS"]');
    await option.waitFor();
    expect(await page.getAttribute(EDITOR, 'aria-expanded')).toBe('true');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    const text = await option.textContent();
    expect(text).toContain('KR_PROGRESS(start; target; current; [type]; [cap])');
    expect(text).toContain(CUSTOM_FUNCTIONS_SPANISH.KR_PROGRESS.summary);
    expect(text).toContain(CUSTOM_FUNCTIONS_SPANISH.KR_PROGRESS.params.target);
    // Only the functions starting with KR, in the registry's order.
    const offered = await page.$$eval('[role="listbox"] [role="option"]', (options) =>
      options.map((element) => element.getAttribute('data-function')),
    );
    expect(offered).toEqual(
      customFunctions.map((entry) => entry.name).filter((name) => name.startsWith('KR')),
    );
    await saveScreenshot(page, 'playground-es-autocomplete');

    // Arrow down and Enter accept the next function; the editor stays open.
    await page.press(EDITOR, 'ArrowDown');
    await page.press(EDITOR, 'Enter');
    expect(await page.inputValue(EDITOR)).toBe(`=${offered[1]}(`);
    await page.waitForSelector('[role="listbox"]', { state: 'hidden' });
    // Escape closes the list first, then leaves the cell.
    await page.type(EDITOR, '; KR_S');
    await page.waitForSelector('[role="option"][data-function="KR_STATUS"]');
    await page.press(EDITOR, 'Escape');
    await page.waitForSelector('[role="listbox"]', { state: 'hidden' });
    expect(await page.$(EDITOR)).not.toBeNull();
    await page.press(EDITOR, 'Escape');
    await page.waitForSelector(EDITOR, { state: 'detached' });
    expect(await page.$$('[role="listbox"]')).toHaveLength(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('formulas in an English-locale playground', () => {
  it('computes formulas typed with , between arguments', async () => {
    const opened = await openPlayground(browser, 'en');
    try {
      const { page } = opened;
      await lastSheet(page);
      await typeInto(page, 'H2', '=KR_PROGRESS(0,100,50)');
      expect(await shown(page, 'H2')).toBe('0.5');
      await startEditing(page, 'H2');
      expect(await page.inputValue(EDITOR)).toBe('=KR_PROGRESS(0,100,50)');
      await page.press(EDITOR, 'Escape');
      expect(opened.pageErrors).toEqual([]);
    } finally {
      await closePlayground(opened);
    }
  });
});
