// The playground (`npm start`) in Chromium, for the browser tests: the server started
// in-process on a free port, with the built add-on (dist/) creating its example workbook
// through its own menu actions.
import type { Browser, Frame, Page } from 'playwright-core';
import { type RunningPlayground, startPlayground } from '../../playground/server';
import type { Language } from '../../src/core/i18n/language';

/** A fixed clock, so the example's statuses and the screenshots are repeatable. */
const NOW = new Date('2026-11-20T10:00:00Z');

export interface Opened {
  readonly playground: RunningPlayground;
  readonly page: Page;
  readonly pageErrors: string[];
}

export async function openPlayground(
  browser: Browser,
  language: Language,
  now: Date = NOW,
): Promise<Opened> {
  const playground = await startPlayground({ port: 0, language, now });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1000 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(playground.url);
  await page.waitForSelector('table.grid');
  return { playground, page, pageErrors };
}

export async function closePlayground(opened: Opened | undefined): Promise<void> {
  await opened?.page.context().close();
  await opened?.playground.close();
}

export async function showSheet(page: Page, name: string): Promise<void> {
  await page.click(`.tabs button[data-sheet="${name}"]`);
  await page.waitForSelector(`table.grid[data-sheet="${name}"]`);
}

/**
 * The shown grid, read in one synchronous step inside the page: `$$eval` queries and then
 * evaluates in two round trips, between which a redraw could detach what it found.
 */
export function readGrid(page: Page): Promise<{
  rows: string[][];
  backgrounds: string[][];
  firstCellPosition: string;
}> {
  return page.evaluate(() => {
    const trs = Array.from(document.querySelectorAll('table.grid tbody tr'));
    const first = document.querySelector('table.grid tbody tr td');
    return {
      rows: trs.map((row) =>
        Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? ''),
      ),
      backgrounds: trs.map((row) =>
        Array.from(row.querySelectorAll('td'), (cell) => getComputedStyle(cell).backgroundColor),
      ),
      firstCellPosition: first ? getComputedStyle(first).position : 'no cell',
    };
  });
}

/** The grid as text, row by row (header row of letters excluded). */
export async function gridText(page: Page): Promise<string[][]> {
  return (await readGrid(page)).rows;
}

export async function openMenuItem(page: Page, functionName: string): Promise<void> {
  await page.click('.menu > button');
  await page.click(`[role="menuitem"][data-function="${functionName}"]`);
}

/**
 * The sidebar's frame once a new sidebar (its frame's address other than `previous`) has
 * loaded and drawn its list. The new address alone is not enough: until the frame has
 * navigated, its old document (with its old cards) is still the one a selector finds.
 */
export async function shownSidebar(page: Page, previous = ''): Promise<Frame> {
  await page.waitForFunction((before) => {
    const frame = document.getElementById('sidebar-frame') as HTMLIFrameElement | null;
    const src = frame?.getAttribute('src') ?? '';
    if (!src.startsWith('/html/sidebar') || src === before) return false;
    const shown = frame!.contentWindow?.location;
    if (!shown || `${shown.pathname}${shown.search}` !== src) return false;
    return frame!.contentDocument?.querySelector('#app[aria-busy="false"] .kr-card') != null;
  }, previous);
  return (await (await page.$('#sidebar-frame'))!.contentFrame()) as Frame;
}

/**
 * Until every action the page started has finished and been drawn. A click's handler marks
 * the page busy before the click returns, so this waits for that action, not for a guess.
 */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy !== 'true');
}

/**
 * Records a check-in through the playground's real sidebar (`frame`): opens the KR's card,
 * fills the form, saves, and waits for the sidebar's "Saved" and for the page to take the
 * workbook's new revision.
 */
export async function checkInThroughSidebar(
  page: Page,
  frame: Frame,
  checkIn: { keyResultId: string; value: string; comment: string },
): Promise<void> {
  await frame.click(`.kr-card[data-id="${checkIn.keyResultId}"]`);
  await frame.waitForSelector('#value');
  await frame.fill('#value', checkIn.value);
  await frame.check('#confidence-green');
  await frame.fill('#comment', checkIn.comment);
  const revision = Number(await page.getAttribute('body', 'data-revision'));
  await frame.click('#save');
  await frame.waitForFunction(() =>
    /^(Guardado|Saved)/.test(document.getElementById('live')?.textContent ?? ''),
  );
  // The page follows the add-on's change without a reload.
  await page.waitForFunction((before) => Number(document.body.dataset.revision) > before, revision);
}
