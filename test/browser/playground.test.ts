// `npm start` in Chromium: the playground server started in-process on a free port, with
// the built add-on (dist/) creating its example workbook through its own menu actions.
// Screenshots go to test-artifacts/ (playground-es.png, playground-en.png).
import type { Browser, Frame, Page } from 'playwright-core';
import { type RunningPlayground, startPlayground } from '../../playground/server';
import { STATUS_LABELS } from '../../src/core/formulas/status';
import { interpolate, type Language } from '../../src/core/i18n/language';
import { HELP_TEXT, menuIn } from '../../src/core/menu';
import { REMINDER_MESSAGES } from '../../src/core/reminders/messages';
import { WORKBOOK_MESSAGES } from '../../src/core/workbook/messages';
import {
  CHECK_INS_SHEET,
  DASHBOARD_SHEET,
  HISTORY_SHEET,
  KEY_RESULTS_SHEET,
  midPeriodReviewSheetName,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  SETTINGS_SHEET,
  sheetName,
} from '../../src/core/workbook/schema';
import { launchBrowser, saveScreenshot } from './browser';

/** A fixed clock, so the example's statuses and the screenshots are repeatable. */
const NOW = new Date('2026-11-20T10:00:00Z');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly playground: RunningPlayground;
  readonly page: Page;
  readonly pageErrors: string[];
}

async function open(language: Language): Promise<Opened> {
  const playground = await startPlayground({ port: 0, language, now: NOW });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1000 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(playground.url);
  await page.waitForSelector('table.grid');
  return { playground, page, pageErrors };
}

async function showSheet(page: Page, name: string): Promise<void> {
  await page.click(`.tabs button[data-sheet="${name}"]`);
  await page.waitForSelector(`table.grid[data-sheet="${name}"]`);
}

/** The grid as text, row by row (header row of letters excluded). */
function gridText(page: Page): Promise<string[][]> {
  return page.$$eval('table.grid tbody tr', (rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')),
  );
}

function gridTextAndBackgrounds(
  page: Page,
): Promise<{ rows: string[][]; backgrounds: string[][] }> {
  return page.$$eval('table.grid tbody tr', (trs) => ({
    rows: trs.map((row) =>
      Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? ''),
    ),
    backgrounds: trs.map((row) =>
      Array.from(row.querySelectorAll('td'), (cell) => getComputedStyle(cell).backgroundColor),
    ),
  }));
}

async function openMenuItem(page: Page, functionName: string): Promise<void> {
  await page.click('.menu > button');
  await page.click(`[role="menuitem"][data-function="${functionName}"]`);
}

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy !== 'true');
}

describe.each<Language>(['es', 'en'])('the playground in %s', (language) => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(language);
  });
  afterAll(async () => {
    await opened?.page.context().close();
    await opened?.playground.close();
  });

  it('shows the OKRs menu exactly as the add-on built it, in the workbook language', async () => {
    const { page } = opened;
    const expected = menuIn(language).flatMap((item) => (item === 'separator' ? [] : [item]));
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
    // Text and colours read in one go, so a re-render cannot fall between them.
    const { rows, backgrounds } = await gridTextAndBackgrounds(page);
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
    expect(
      await page.$eval('table.grid tbody tr td', (cell) => getComputedStyle(cell).position),
    ).toBe('sticky');
    expect(pageErrors).toEqual([]);
    await saveScreenshot(page, `playground-${language}`);
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

    const keyResultId = (await frame.getAttribute('.kr-card', 'data-id'))!;
    await frame.click(`.kr-card[data-id="${keyResultId}"]`);
    await frame.waitForSelector('#value');
    await frame.fill('#value', '3500000');
    await frame.check('#confidence-green');
    await frame.fill('#comment', 'Playground <b>check-in</b>');
    const revision = Number(await page.getAttribute('body', 'data-revision'));
    await frame.click('#save');
    await frame.waitForFunction(() =>
      /^(Guardado|Saved)/.test(document.getElementById('live')?.textContent ?? ''),
    );
    // The page follows the add-on's change without a reload.
    await page.waitForFunction(
      (before) => Number(document.body.dataset.revision) > before,
      revision,
    );

    await showSheet(page, sheetName(KEY_RESULTS_SHEET, language));
    const rows = await gridText(page);
    const current = rows[0].indexOf(
      KEY_RESULTS_SHEET.columns.find((column) => column.key === 'current')!.header[language],
    );
    const row = rows.find((cells) => cells[rows[0].indexOf('ID')] === keyResultId)!;
    expect(row[current]).toContain(language === 'es' ? '3.500.000' : '3,500,000');

    await showSheet(page, sheetName(CHECK_INS_SHEET, language));
    const checkIns = await gridText(page);
    expect(
      checkIns.some(
        (cells) => cells.includes(keyResultId) && cells.includes('Playground <b>check-in</b>'),
      ),
    ).toBe(true);

    // The counters panel teaches what the save cost: a handful of batched calls.
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
    await typeInto('H2', '=KR_PROGRESS(10, 20, 15)');
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
    const toast = await page.waitForSelector('.toast');
    // The emulated clock says 2026-11-20: the add-on's own message, in the workbook language.
    expect(await toast.textContent()).toContain(
      interpolate(WORKBOOK_MESSAGES[language].asOfUpdated, { date: '2026-11-20' }),
    );
  });
});

describe('the playground’s clock, daily trigger, outbox and dialogs', () => {
  it('sets up reminders from the menu, runs the daily trigger day by day, and shows the email sandboxed', async () => {
    const { page, playground, pageErrors } = await open('es');
    try {
      await openMenuItem(page, 'setUpReminders');
      // The add-on confirms with an alert: answered in the page, the execution finishes.
      await page.waitForSelector('#question[open]');
      await page.click('#question-buttons button[data-button="OK"]');
      await idle(page);
      await page.click('.panel-tabs button[data-panel="clock"]');
      expect(await page.textContent('#panel')).toContain('runDailyReminders');
      await page.fill('#clock-date', '2026-11-21');
      await page.click('#clock-set');
      await idle(page);
      expect(await page.textContent('#clock-now')).toContain('21 de noviembre de 2026');

      // Every person has a monthly 1:1, so within a month some manager gets a digest.
      let emails = 0;
      for (let day = 0; day < 31 && emails === 0; day += 1) {
        const before = await page.textContent('#clock-now');
        await page.click('#clock-next-day');
        await page.waitForFunction(
          (text) => document.getElementById('clock-now')?.textContent !== text,
          before,
        );
        await page.click('#run-daily-trigger');
        await idle(page);
        expect(await page.textContent('#status')).toBe('');
        emails = await page.evaluate(
          () => JSON.parse(document.body.dataset.outbox ?? '0') as number,
        );
      }
      expect(emails).toBeGreaterThan(0);

      await page.click('.panel-tabs button[data-panel="outbox"]');
      const frameElement = (await page.$('#panel .email iframe'))!;
      expect(await frameElement.getAttribute('sandbox')).toBe('');
      const email = (await frameElement.contentFrame())!;
      await email.waitForLoadState();
      expect(await email.textContent('body')).toContain(STATUS_LABELS.es.red);
      await saveScreenshot(page, 'playground-es-outbox');

      // A modal dialog from the add-on (the reminder preview) with its own server calls.
      await openMenuItem(page, 'previewReminders');
      await page.waitForSelector('#html-dialog[open]');
      expect(await page.textContent('#html-dialog-title')).toBe(REMINDER_MESSAGES.es.previewTitle);
      const dialog = (await (await page.$('#html-dialog-frame'))!.contentFrame())!;
      await dialog.waitForSelector('#emails[aria-busy="false"]');
      expect(await dialog.inputValue('#day')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await page.click('#html-dialog-close');
      await page.waitForFunction(
        () => !(document.getElementById('html-dialog') as HTMLDialogElement).open,
      );
      expect(pageErrors).toEqual([]);
    } finally {
      await page.context().close();
      await playground.close();
    }
  }, 180_000);
});

describe('the playground’s questions', () => {
  it('waits on the add-on’s Yes/No confirmation: No changes nothing, Yes goes on to the next question', async () => {
    const { page, playground, pageErrors } = await open('es');
    const history = `.tabs button[data-sheet="${sheetName(HISTORY_SHEET, 'es')}"]`;
    const answer = async (button: string) => {
      await page.waitForSelector('#question[open]');
      await page.click(`#question-buttons button[data-button="${button}"]`);
    };
    try {
      await openMenuItem(page, 'closePeriod');
      await page.waitForSelector('#question[open]');
      expect(
        await page.$$eval('#question-buttons button', (buttons) =>
          buttons.map((button) => button.textContent),
        ),
      ).toEqual(['Sí', 'No']);
      await answer('NO');
      await idle(page);
      expect(await page.$(history)).toBeNull();

      await openMenuItem(page, 'closePeriod');
      await page.waitForSelector('#question[open]');
      let asked = await page.getAttribute('#question', 'data-question');
      await answer('YES');
      // Whatever the add-on asks next is answered in the page, one question at a time.
      for (;;) {
        const next = await page.waitForFunction((previous) => {
          const dialog = document.getElementById('question') as HTMLDialogElement;
          if (dialog.open && dialog.dataset.question !== previous) return 'question';
          return document.body.dataset.busy === 'true' ? false : 'done';
        }, asked);
        if ((await next.jsonValue()) === 'done') break;
        asked = await page.getAttribute('#question', 'data-question');
        const buttons = await page.$$eval('#question-buttons button', (all) =>
          all.map((button) => button.getAttribute('data-button')),
        );
        await answer(buttons.includes('NO') ? 'NO' : 'OK');
      }
      await page.waitForSelector(history);
      expect(await page.textContent('#status')).toBe('');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.context().close();
      await playground.close();
    }
  }, 120_000);
});

describe('the playground’s language switch', () => {
  it('recreates the example workbook in English through the same menu actions', async () => {
    const { page, playground } = await open('es');
    try {
      await page.selectOption('#language', 'en');
      // Rebuilding the workbook takes seconds, more on a loaded CI machine.
      await page.waitForSelector(
        `.tabs button[data-sheet="${sheetName(KEY_RESULTS_SHEET, 'en')}"]`,
        { timeout: 90_000 },
      );
      await idle(page);
      expect(
        await page.$(`.tabs button[data-sheet="${sheetName(KEY_RESULTS_SHEET, 'es')}"]`),
      ).toBeNull();
      const labels = await page.$$eval('[role="menuitem"]', (items) =>
        items.map((item) => item.textContent),
      );
      expect(labels).toEqual(
        menuIn('en').flatMap((item) => (item === 'separator' ? [] : [item.label])),
      );
      expect(await page.textContent('#title')).toBe('OKR Sheets — playground');

      // Start over: a fresh example workbook, the person's typing gone.
      await showSheet(page, sheetName(KEY_RESULTS_SHEET, 'en'));
      await page.dblclick('td[data-cell="C2"]');
      await page.fill('td input.cell-editor', 'Typed by a person');
      await page.press('td input.cell-editor', 'Enter');
      await idle(page);
      expect(await page.textContent('td[data-cell="C2"]')).toBe('Typed by a person');
      await page.click('#start-over');
      await idle(page);
      await showSheet(page, sheetName(KEY_RESULTS_SHEET, 'en'));
      expect(await page.textContent('td[data-cell="C2"]')).not.toBe('Typed by a person');
      expect(await page.textContent('td[data-cell="C2"]')).not.toBe('');
    } finally {
      await page.context().close();
      await playground.close();
    }
  }, 120_000);
});

describe.each<Language>(['es', 'en'])('the OKR cycle in the playground (%s)', (language) => {
  it('writes the mid-period review sheet and shows the dashboard', async () => {
    const { page, playground, pageErrors } = await open(language);
    try {
      await openMenuItem(page, 'midPeriodReview');
      await idle(page);
      // The review is named with the day it was made, in the spreadsheet's time zone.
      const review = midPeriodReviewSheetName('2026-11-20', language);
      await showSheet(page, review);
      const reviewText = (await gridText(page)).flat().join(' ');
      expect(reviewText).toContain('KR1.1');
      await saveScreenshot(page, `playground-${language}-review`);

      await showSheet(page, sheetName(DASHBOARD_SHEET, language));
      const dashboard = await gridText(page);
      // Every example objective is listed with a computed progress.
      expect(dashboard.flat().some((cell) => /^\d+(\.|,)?\d*\s?%$/.test(cell.trim()))).toBe(true);
      await saveScreenshot(page, `playground-${language}-dashboard`);
      expect(await page.textContent('#status')).toBe('');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.context().close();
      await playground.close();
    }
  }, 120_000);
});
