// `npm start` in Chromium, as the people who use OKR Sheets: "Viewing as" a sales rep (her
// sidebar, her check-in), the confirmation before the workbook is built again, a clock that
// fires the daily trigger, and a page that keeps the sheet tabs in view.
// Screenshot: test-artifacts/playground-es-viewing-as.png.
import type { Browser, Frame, Page } from 'playwright-core';
import { PLAYGROUND_MESSAGES } from '../../playground/messages';
import { OUTSIDE_EDITOR_EMAIL } from '../../playground/people';
import { SIDEBAR_MESSAGES } from '../../src/core/checkIn/sidebarMessages';
import { CHECK_INS_SHEET, KEY_RESULTS_SHEET, sheetName } from '../../src/core/workbook/schema';
import { launchBrowser, saveScreenshot } from './browser';
import {
  checkInThroughSidebar,
  closePlayground,
  gridText,
  idle,
  type Opened,
  openMenuItem,
  openPlayground,
  shownSidebar,
  showSheet,
} from './playgroundHarness';

const ANA = 'ana@example.com';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function columnOf(header: readonly string[], spec: typeof KEY_RESULTS_SHEET, key: string): number {
  return header.indexOf(spec.columns.find((column) => column.key === key)!.header.es);
}

/** The sidebar's frame once the given shown page has loaded its list. */
async function sidebarList(page: Page, previousKey?: string): Promise<Frame> {
  return shownSidebar(page, previousKey ?? '');
}

describe('the playground as a sales rep (es)', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPlayground(browser, 'es');
  });
  afterAll(async () => {
    await closePlayground(opened);
  });

  it('offers the People of the workbook and an outside editor, starting as the top manager', async () => {
    const { page } = opened;
    expect(await page.textContent('#viewing-as-label')).toBe(PLAYGROUND_MESSAGES.es.viewingAs);
    const options = await page.$$eval('#viewing-as option', (all) =>
      all.map((option) => ({ value: option.getAttribute('value'), text: option.textContent })),
    );
    expect(options).toContainEqual({ value: ANA, text: `Ana Pérez (${ANA})` });
    expect(options.at(-1)?.value).toBe(OUTSIDE_EDITOR_EMAIL);
    expect(await page.inputValue('#viewing-as')).toBe('laura@example.com');
    expect(await page.textContent('#subtitle')).toBe(PLAYGROUND_MESSAGES.es.subtitle);
  });

  it('shows only her key results in My KRs, and her check-in is signed with her email', async () => {
    const { page, pageErrors } = opened;
    await page.selectOption('#viewing-as', ANA);
    await idle(page);
    expect(await page.textContent('#status')).toBe('');

    await showSheet(page, sheetName(KEY_RESULTS_SHEET, 'es'));
    const keyResults = await gridText(page);
    const id = keyResults[0].indexOf('ID');
    const owner = columnOf(keyResults[0], KEY_RESULTS_SHEET, 'owner');
    const hers = keyResults
      .slice(1)
      .filter((row) => row[owner] === ANA && row[id] !== '')
      .map((row) => row[id]);
    expect(hers.length).toBeGreaterThan(0);

    await openMenuItem(page, 'showCheckInSidebar');
    const frame = await sidebarList(page);
    // Not a manager: one list, My KRs, with no My team tab.
    expect(await frame.textContent('h2')).toBe(SIDEBAR_MESSAGES.es.myKeyResults);
    expect(await frame.$('[role="tab"]')).toBeNull();
    const shown = await frame.$$eval('.kr-card', (cards) =>
      cards.map((card) => card.getAttribute('data-id')),
    );
    expect([...shown].sort()).toEqual([...hers].sort());

    // Her first KR runs 55 % → 100 %: 90 % is a plausible step (7 % would be asked about).
    await checkInThroughSidebar(page, frame, {
      keyResultId: hers[0]!,
      value: '90',
      comment: 'Avance de Ana',
    });

    await showSheet(page, sheetName(CHECK_INS_SHEET, 'es'));
    const checkIns = await gridText(page);
    const author = columnOf(checkIns[0], CHECK_INS_SHEET, 'author');
    const saved = checkIns.find((row) => row.includes(hers[0]) && row.includes('Avance de Ana'));
    expect(saved?.[author]).toBe(ANA);
    expect(pageErrors).toEqual([]);
    await saveScreenshot(page, 'playground-es-viewing-as');
  });

  it('opens the sidebar again for the next person chosen, with their context', async () => {
    const { page } = opened;
    const before = (await page.getAttribute('#sidebar-frame', 'src')) ?? '';
    await page.selectOption('#viewing-as', 'laura@example.com');
    await idle(page);
    const frame = await sidebarList(page, before);
    // The top manager has My KRs and My team.
    expect(await frame.$$eval('[role="tab"]', (tabs) => tabs.length)).toBe(2);
  });
});

describe('the playground keeps what a person did unless they say so (es)', () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPlayground(browser, 'es');
  });
  afterAll(async () => {
    await closePlayground(opened);
  });

  it('asks before Start over and before the language switch; Cancel keeps what was typed', async () => {
    const { page } = opened;
    await showSheet(page, sheetName(KEY_RESULTS_SHEET, 'es'));
    await page.dblclick('td[data-cell="C2"]');
    await page.fill('td input.cell-editor', 'Escrito por una persona');
    await page.press('td input.cell-editor', 'Enter');
    await idle(page);

    await page.click('#start-over');
    await page.waitForSelector('#confirm[open]');
    expect(await page.textContent('#confirm-message')).toBe(
      PLAYGROUND_MESSAGES.es.confirmStartOver,
    );
    await page.click('#confirm-cancel');
    await page.waitForSelector('#confirm:not([open])', { state: 'attached' });
    await idle(page);
    expect(await page.textContent('td[data-cell="C2"]')).toBe('Escrito por una persona');

    await page.selectOption('#language', 'en');
    await page.waitForSelector('#confirm[open]');
    expect(await page.textContent('#confirm-message')).toContain('inglés');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#confirm:not([open])', { state: 'attached' });
    await idle(page);
    expect(await page.inputValue('#language')).toBe('es');
    expect(await page.textContent('td[data-cell="C2"]')).toBe('Escrito por una persona');
  });

  it('says “Running Close period…” with one ellipsis while the add-on waits on its question', async () => {
    const { page } = opened;
    await openMenuItem(page, 'closePeriod');
    await page.waitForSelector('#question[open]');
    expect(await page.textContent('#status')).toBe('Ejecutando Cerrar período…');
    await page.click('#question-buttons button[data-button="NO"]');
    await idle(page);
  });

  it('fires the daily trigger as the days go by, and keeps the sheet tabs in view', async () => {
    const { page } = opened;
    await openMenuItem(page, 'setUpReminders');
    await page.waitForSelector('#question[open]');
    await page.click('#question-buttons button[data-button="OK"]');
    await idle(page);
    await page.click('.panel-tabs button[data-panel="clock"]');
    for (let day = 0; day < 3; day += 1) {
      await page.click('#clock-next-day');
      await idle(page);
    }
    expect(await page.textContent('#status')).toBe('');
    await page.click('.panel-tabs button[data-panel="log"]');
    const log = (await page.textContent('#panel')) ?? '';
    expect(log.match(/runDailyReminders/g)).toHaveLength(3);

    // The log is longer than the panel: it scrolls inside it, below the sheet tabs.
    const box = await page.evaluate(() => {
      const tabs = document.getElementById('tabs')!.getBoundingClientRect();
      const panels = document.querySelector('.panels')!.getBoundingClientRect();
      return { tabsBottom: tabs.bottom, panelsTop: panels.top, panelsBottom: panels.bottom };
    });
    expect(box.tabsBottom).toBeLessThanOrEqual(box.panelsTop);
    expect(box.panelsBottom).toBeLessThanOrEqual(page.viewportSize()!.height);
    // The counters are for developers: their tab shows only with the toggle on.
    expect(await page.$('.panel-tabs button[data-panel="counters"]')).toBeNull();
    await page.check('#developer');
    await page.click('.panel-tabs button[data-panel="counters"]');
    expect(Number(await page.textContent('[data-counter="total"]'))).toBeGreaterThan(0);
  });
});
