// `npm start` in Chromium: the example workbook, the real sidebar, alerts, typing and
// toasts, in both languages. Screenshots go to test-artifacts/ (playground-es.png,
// playground-en.png). The clock, questions, language switch and cycle: playgroundFlows.
import type { Browser, Frame } from 'playwright-core';
import { LOCALES } from '../../playground/engine';
import { STATUS_LABELS } from '../../src/core/formulas/status';
import { HELP_TEXT } from '../../src/core/helpText';
import { interpolate, type Language } from '../../src/core/i18n/language';
import { menuIn, menuItemsOf } from '../../src/core/menu';
import { dayInLocale } from '../../src/core/workbook/dateFormats';
import { WORKBOOK_MESSAGES } from '../../src/core/workbook/messages';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  SETTINGS_SHEET,
  sheetName,
} from '../../src/core/workbook/schema';
import { launchBrowser, saveScreenshot } from './browser';
import {
  checkInThroughSidebar,
  closePlayground,
  gridText,
  idle,
  type Opened,
  openMenuItem,
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

describe.each<Language>(['es', 'en'])('the playground in %s', (language) => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPlayground(browser, language);
  });
  afterAll(async () => {
    await closePlayground(opened);
  });

  it('shows the OKRs menu exactly as the add-on built it, in the workbook language', async () => {
    const { page } = opened;
    // The Help submenu's items as the playground lists them, in place.
    const expected = menuItemsOf(menuIn(language));
    const shown = await page.$$eval('[role="menuitem"]', (items) =>
      items.map((item) => ({
        functionName: item.getAttribute('data-function'),
        label: item.textContent,
      })),
    );
    expect(shown).toEqual(expected);
    expect(await page.textContent('.menu > button')).toContain('OKRs');
  });

  it('shows the example workbook the menu actions created, computed and coloured by status', async () => {
    const { page, pageErrors } = opened;
    const tabs = await page.$$eval('.tabs button', (buttons) =>
      buttons.map((button) => button.getAttribute('data-sheet')),
    );
    for (const spec of [OBJECTIVES_SHEET, KEY_RESULTS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET]) {
      expect(tabs).toContain(sheetName(spec, language));
    }

    await showSheet(page, sheetName(KEY_RESULTS_SHEET, language));
    await idle(page);
    // Text, colours and the frozen row's position read from one state of the page.
    const { rows, backgrounds, firstCellPosition } = await readGrid(page);
    const header = rows[0];
    const statusColumn = header.indexOf(
      KEY_RESULTS_SHEET.columns.find((c) => c.key === 'status')!.header[language],
    );
    const idColumn = header.indexOf('ID');
    expect(statusColumn).toBeGreaterThan(0);
    const examples = rows.slice(1).filter((row) => row[idColumn] !== '');
    expect(examples.length).toBeGreaterThanOrEqual(3);

    // Every example KR has a computed status label, and the status colours follow the label.
    const labels = Object.values(STATUS_LABELS[language]);
    const colourOf = new Map<string, string>();
    examples.forEach((row) => {
      const status = row[statusColumn];
      expect(labels).toContain(status);
      const background = backgrounds[rows.indexOf(row)][statusColumn];
      expect(background).not.toBe('rgb(255, 255, 255)');
      if (colourOf.has(status)) expect(background).toBe(colourOf.get(status));
      colourOf.set(status, background);
    });
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);

    // The frozen header row stays in view.
    expect(firstCellPosition).toBe('sticky');
    expect(pageErrors).toEqual([]);
    await saveScreenshot(page, `playground-${language}`);
  });

  it('draws nothing again while nothing changes, and keeps an open menu open', async () => {
    const { page } = opened;
    await showSheet(page, sheetName(KEY_RESULTS_SHEET, language));
    await idle(page);
    await page.click('.menu > button');
    const before = await page.getAttribute('body', 'data-redraws');
    // A state update that changes nothing shown (the server's echo of the shown tab) reaches
    // the page as a new revision and is drawn from, but replaces nothing.
    const revision = Number(await page.getAttribute('body', 'data-revision'));
    await page.evaluate(
      async (name) => {
        await fetch('/api/active-sheet', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name }),
        });
      },
      sheetName(KEY_RESULTS_SHEET, language),
    );
    await page.waitForFunction(
      (previous) => Number(document.body.dataset.revision) > previous,
      revision,
    );
    // Not a settle wait: this second is the window in which no redraw may happen.
    await page.waitForTimeout(1000);
    expect(await page.getAttribute('body', 'data-redraws')).toBe(before);
    expect(await page.getAttribute('.menu > button', 'aria-expanded')).toBe('true');
    expect(await page.isVisible('.menu-list')).toBe(true);
    await page.click('.menu > button');
  });

  it('records a check-in through the real sidebar, and the grid shows the new Current', async () => {
    const { page, pageErrors } = opened;
    await openMenuItem(page, 'showCheckInSidebar');
    await page.waitForSelector('#sidebar:not([hidden]) iframe');
    const frame = (await (await page.$('#sidebar-frame'))!.contentFrame()) as Frame;
    await frame.waitForSelector('#app[aria-busy="false"] .kr-card');
    expect(
      await page.$eval('#sidebar-frame', (iframe) => iframe.getBoundingClientRect().width),
    ).toBe(300);

    // KR1.2 (active customers, 1,000 → 1,200): the first card, KR1.1, is live (its Current
    // is a formula over the Sales sheet), which playgroundLiveKeyResult.test.ts covers.
    const keyResultId = 'KR1.2';
    await checkInThroughSidebar(page, frame, {
      keyResultId,
      value: '1150',
      comment: 'Playground <b>check-in</b>',
    });

    await showSheet(page, sheetName(KEY_RESULTS_SHEET, language));
    const rows = await gridText(page);
    const current = rows[0].indexOf(
      KEY_RESULTS_SHEET.columns.find((column) => column.key === 'current')!.header[language],
    );
    const row = rows.find((cells) => cells[rows[0].indexOf('ID')] === keyResultId)!;
    expect(row[current]).toContain(language === 'es' ? '1.150' : '1,150');

    await showSheet(page, sheetName(CHECK_INS_SHEET, language));
    const checkIns = await gridText(page);
    expect(
      checkIns.some(
        (cells) => cells.includes(keyResultId) && cells.includes('Playground <b>check-in</b>'),
      ),
    ).toBe(true);

    // The counters panel teaches what the save cost: a handful of batched calls. It is for
    // developers: the Developer toggle shows its tab.
    expect(await page.$('.panel-tabs button[data-panel="counters"]')).toBeNull();
    await page.check('#developer');
    await page.click('.panel-tabs button[data-panel="counters"]');
    expect(await page.textContent('#panel')).toContain('saveCheckIn');
    const total = Number(await page.textContent('[data-counter="total"]'));
    expect(total).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await saveScreenshot(page, `playground-${language}-check-in`);
  });

  it('asks the add-on’s alert in the page and lets the add-on go on once answered', async () => {
    const { page } = opened;
    await openMenuItem(page, 'showHelp');
    await page.waitForSelector('#question[open]');
    expect(await page.textContent('#question-title')).toBe(HELP_TEXT[language].title);
    expect(await page.textContent('#question-prompt')).toBe(HELP_TEXT[language].body);
    await page.click('#question-buttons button[data-button="OK"]');
    await idle(page);
    expect(await page.$('#question[open]')).toBeNull();
    expect(await page.textContent('#status')).toBe('');
  });

  it('lets a person type into a cell: formulas with the add-on’s functions compute, text stays text', async () => {
    const { page } = opened;
    const sheet = (await page.getAttribute('.tabs button:last-child', 'data-sheet'))!;
    await showSheet(page, sheet);
    const typeInto = async (cell: string, text: string) => {
      await page.dblclick(`td[data-cell="${cell}"]`);
      await page.fill('td input.cell-editor', text);
      await page.press('td input.cell-editor', 'Enter');
      await idle(page);
    };
    // In the locale's syntax, as a person types it in Sheets (playgroundFormulas.test.ts).
    await typeInto(
      'H2',
      language === 'es' ? '=KR_PROGRESS(10; 20; 15)' : '=KR_PROGRESS(10, 20, 15)',
    );
    expect(await page.textContent('td[data-cell="H2"]')).toBe(language === 'es' ? '0,5' : '0.5');
    const markup = '<img src=x onerror="document.body.dataset.injected=1">';
    await typeInto('H3', markup);
    expect(await page.textContent('td[data-cell="H3"]')).toBe(markup);
    expect(await page.getAttribute('body', 'data-injected')).toBeNull();
    expect(await page.textContent('#status')).toBe('');
  });

  it('shows the toasts the add-on raises', async () => {
    const { page } = opened;
    await openMenuItem(page, 'refreshAsOfDate');
    await idle(page);
    // The emulated clock says 2026-11-20: the add-on's own message, in the workbook language,
    // the day as the spreadsheet's locale writes it.
    const date = dayInLocale('2026-11-20', LOCALES[language].locale);
    const expected = interpolate(WORKBOOK_MESSAGES[language].asOfUpdated, { date });
    const shown = await page.waitForFunction(
      (message) =>
        Array.from(document.querySelectorAll('.toast'), (toast) => toast.textContent ?? '').find(
          (text) => text.includes(message),
        ) ?? false,
      expected,
    );
    expect(await shown.jsonValue()).toContain(expected);
  });
});
