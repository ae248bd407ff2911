// `npm start` in Chromium, the longer flows: the clock, daily trigger, outbox and dialogs;
// the add-on's questions; the language switch; the OKR cycle. Each opens its own playground.
import type { Browser } from 'playwright-core';
import { STATUS_LABELS } from '../../src/core/formulas/status';
import type { Language } from '../../src/core/i18n/language';
import { menuIn, menuItemsOf } from '../../src/core/menu';
import { REMINDER_MESSAGES } from '../../src/core/reminders/messages';
import {
  DASHBOARD_SHEET,
  HISTORY_SHEET,
  KEY_RESULTS_SHEET,
  midPeriodReviewSheetName,
  sheetName,
} from '../../src/core/workbook/schema';
import { launchBrowser, saveScreenshot } from './browser';
import { gridText, idle, openMenuItem, openPlayground, showSheet } from './playgroundHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the playground’s clock, daily trigger, outbox and dialogs', () => {
  it('sets up reminders from the menu, runs the daily trigger day by day, and shows the email sandboxed', async () => {
    const { page, playground, pageErrors } = await openPlayground(browser, 'es');
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
    const { page, playground, pageErrors } = await openPlayground(browser, 'es');
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
    const { page, playground } = await openPlayground(browser, 'es');
    try {
      await page.selectOption('#language', 'en');
      // The page asks first, since the workbook is built again.
      await page.waitForSelector('#confirm[open]');
      await page.click('#confirm-ok');
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
      expect(labels).toEqual(menuItemsOf(menuIn('en')).map((item) => item.label));
      expect(await page.textContent('#title')).toBe('OKR Sheets — playground');

      // Start over: a fresh example workbook, the person's typing gone.
      await showSheet(page, sheetName(KEY_RESULTS_SHEET, 'en'));
      await page.dblclick('td[data-cell="C2"]');
      await page.fill('td input.cell-editor', 'Typed by a person');
      await page.press('td input.cell-editor', 'Enter');
      await idle(page);
      expect(await page.textContent('td[data-cell="C2"]')).toBe('Typed by a person');
      await page.click('#start-over');
      await page.waitForSelector('#confirm[open]');
      await page.click('#confirm-ok');
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
    const { page, playground, pageErrors } = await openPlayground(browser, language);
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
