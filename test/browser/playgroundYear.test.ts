// `npm start` in Chromium, a year of quarters as a person goes through it: the playground
// opens on 20 January 2027 with the example OKRs (inserted by the menu's own action) in
// 2027-Q1; check-ins through the sidebar; the clock set to the period's last day; OKRs ›
// Close period… answered in the page (close, start the proposed next period, carry the
// unfinished key results over); 2027-Q2 and 2027-Q3 the same way, into 2027-Q4. In every
// quarter the sidebar lists each current key result once and no closed one, and names the
// period; the Dashboard names the period and its status counts are the current key
// results' statuses; the closed rows say their period and each unfinished one goes on as
// one row that continues it; a carried key result's history shows its predecessors'
// check-ins; OKRs › Show/hide past periods leaves only the current rows in sight.
// Screenshots: test-artifacts/playground-{es,en}-{q1,q3}-{dashboard,sidebar}.png.
import type { Browser, Frame, Page } from 'playwright-core';
import { STATUS_LABELS } from '../../src/core/formulas/status';
import type { Language } from '../../src/core/i18n/language';
import { inCurrentPeriod } from '../../src/core/workbook/periods';
import {
  DASHBOARD_SHEET,
  KEY_RESULTS_SHEET,
  PEOPLE_SHEET,
  type SheetSpec,
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
  shownSidebar,
  showSheet,
} from './playgroundHarness';

/** A day in 2027-Q1, so the example OKRs (made for today's quarter) are in 2027-Q1. */
const START = new Date('2027-01-20T10:00:00Z');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Row = Record<string, string>;

/** The shown rows of a sheet made from `spec`, by column key (the header in `language`). */
async function rowsOf(page: Page, spec: SheetSpec, language: Language): Promise<Row[]> {
  await showSheet(page, sheetName(spec, language));
  const [header = [], ...rows] = await gridText(page);
  const keys = header.map(
    (label) => spec.columns.find((column) => column.header[language] === label)?.key ?? '',
  );
  return rows
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => Object.fromEntries(keys.map((key, index) => [key, cells[index] ?? ''])));
}

/** The sidebar the menu opens (a new one each time). */
async function openSidebar(page: Page): Promise<Frame> {
  const previous = (await page.getAttribute('#sidebar-frame', 'src').catch(() => null)) ?? '';
  await openMenuItem(page, 'showCheckInSidebar');
  return shownSidebar(page, previous);
}

/** The IDs of the cards in the sidebar's tab `tab` (My key results or My team). */
async function cardsIn(frame: Frame, tab: 'mine' | 'team'): Promise<string[]> {
  await frame.click(`#tab-${tab}`);
  await frame.waitForSelector(`#tab-${tab}[aria-selected="true"]`);
  return frame.$$eval('#panel .kr-card', (cards) =>
    cards.map((card) => card.getAttribute('data-id') ?? ''),
  );
}

/** Selects the tab (My key results or My team) whose list has KR `id`'s card. */
async function showCardOf(frame: Frame, id: string): Promise<void> {
  if (!(await cardsIn(frame, 'mine')).includes(id)) await cardsIn(frame, 'team');
}

/** Clicks `button` in the add-on's question, the one after `previous`; returns its id. */
async function answer(
  page: Page,
  previous: string | null,
  expected: { buttons: readonly string[]; says: RegExp },
  button: string,
): Promise<string> {
  await page.waitForFunction((before) => {
    const dialog = document.getElementById('question') as HTMLDialogElement;
    return dialog.open && dialog.dataset.question !== before;
  }, previous);
  const asked = (await page.getAttribute('#question', 'data-question'))!;
  const shown = `${await page.textContent('#question-title')}\n${await page.textContent('#question-prompt')}`;
  const buttons = await page.$$eval('#question-buttons button', (all) =>
    all.map((item) => item.getAttribute('data-button')),
  );
  expect([buttons, expected.says.test(shown) ? 'as expected' : shown]).toEqual([
    expected.buttons,
    'as expected',
  ]);
  await page.click(`#question-buttons button[data-button="${button}"]`);
  return asked;
}

/** The first column of the grid's rows a person sees (hidden rows left out), blanks dropped. */
function shownIds(page: Page): Promise<string[]> {
  return page.$$eval('table.grid tbody tr:not([hidden])', (rows) =>
    rows.map((row) => row.querySelector('td')?.textContent ?? '').filter((id) => id !== ''),
  );
}

async function setClock(page: Page, day: string): Promise<void> {
  await page.click('.panel-tabs button[data-panel="clock"]');
  const before = await page.textContent('#clock-now');
  await page.fill('#clock-date', day);
  await page.click('#clock-set');
  await page.waitForFunction(
    (text) => document.getElementById('clock-now')?.textContent !== text,
    before,
  );
  await idle(page);
  // The person refreshes the as-of date from the menu, so the statuses are about today.
  await openMenuItem(page, 'refreshAsOfDate');
  await idle(page);
}

describe.each<Language>(['es', 'en'])('a year of quarters in the playground (%s)', (language) => {
  const labels = STATUS_LABELS[language];
  let opened: Opened;
  let frame: Frame;
  /** The comments of the check-ins on the active-customers KR and its copies, in order. */
  const comments: string[] = [];
  /** That KR's ID in each quarter. */
  const chain = ['KR1.2'];
  /** The Key Results sheet's rows as last shown. */
  let keyResults: Row[] = [];
  /** The current key results of the quarter before the one being closed. */
  let quarter: Row[] = [];

  beforeAll(async () => {
    opened = await openPlayground(browser, language, START);
  });
  afterAll(async () => {
    await closePlayground(opened);
  });

  /** Each current KR once in the sidebar, none closed; the period named; the Dashboard's counts. */
  async function expectViewsOf(period: string, shot?: string): Promise<Row[]> {
    const { page } = opened;
    // The playground acts as the top manager (People's row without a manager): My key
    // results are theirs, My team their direct reports'.
    const people = await rowsOf(page, PEOPLE_SHEET, language);
    const user = people.find((person) => person.managerEmail === '')!.email!;
    const reports = people.filter((person) => person.managerEmail === user).map((p) => p.email);
    expect(reports.length).toBeGreaterThan(0);
    const idsOf = (rows: Row[]) => rows.map((row) => row.id).sort();
    // Key Results stays shown next to the sidebar.
    const all = await rowsOf(page, KEY_RESULTS_SHEET, language);
    const current = all.filter((row) => inCurrentPeriod(row.period, period));
    const closed = all.filter((row) => !inCurrentPeriod(row.period, period));
    expect(current.length).toBeGreaterThan(0);
    keyResults = all;

    frame = await openSidebar(page);
    expect(await frame.textContent('p.period')).toContain(period);
    const mine = await cardsIn(frame, 'mine');
    const team = await cardsIn(frame, 'team');
    const listed = [...mine, ...team];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...mine].sort()).toEqual(idsOf(current.filter((row) => row.owner === user)));
    expect([...team].sort()).toEqual(idsOf(current.filter((row) => reports.includes(row.owner))));
    expect(listed.filter((id) => closed.some((row) => row.id === id))).toEqual([]);
    if (shot) await saveScreenshot(page, `playground-${language}-${shot}-sidebar`);

    if (shot) {
      // The whole Dashboard, as a person sees it once the sidebar is closed.
      await page.click('#sidebar-close');
      await page.waitForSelector('#sidebar', { state: 'hidden' });
    }
    await showSheet(page, sheetName(DASHBOARD_SHEET, language));
    const dashboard = await gridText(page);
    expect(dashboard[2]![1]).toBe(period);
    const counts = [labels.green, labels.yellow, labels.red].map((word) =>
      String(current.filter((row) => row.status === word).length),
    );
    expect([dashboard[3]![4], dashboard[4]![4], dashboard[5]![4]]).toEqual(counts);
    expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(current.length);
    if (shot) await saveScreenshot(page, `playground-${language}-${shot}-dashboard`);
    return current;
  }

  /** OKRs › Close period… on `day`: close, start the proposed next period, carry over. */
  async function closeWithCarryOver(closing: string, next: string, day: string): Promise<void> {
    const { page } = opened;
    await setClock(page, day);
    await openMenuItem(page, 'closePeriod');
    const yes = ['YES', 'NO'];
    let asked = await answer(page, null, { buttons: yes, says: new RegExp(closing) }, 'YES');
    asked = await answer(page, asked, { buttons: ['OK'], says: new RegExp(closing) }, 'OK');
    asked = await answer(page, asked, { buttons: yes, says: new RegExp(next) }, 'YES');
    // The prompt: OK with nothing typed starts the proposed period.
    asked = await answer(page, asked, { buttons: ['OK', 'CANCEL'], says: new RegExp(next) }, 'OK');
    asked = await answer(page, asked, { buttons: yes, says: new RegExp(next) }, 'YES');
    await answer(page, asked, { buttons: ['OK'], says: /KR\d/ }, 'OK');
    await idle(page);
    expect(await page.textContent('#status')).toBe('');
  }

  /** A check-in on the current link of the chain, through the sidebar. */
  async function checkIn(value: string): Promise<void> {
    const id = chain.at(-1)!;
    const comment = `${id} → ${value}`;
    await showCardOf(frame, id);
    await checkInThroughSidebar(opened.page, frame, {
      keyResultId: id,
      value,
      comment,
    });
    comments.push(comment);
    await frame.click('button.back');
  }

  /**
   * After closing `closing`, whose key results were `before`: their rows now say
   * `closing`, and each one that did not reach its target goes on as one current row that
   * continues it.
   */
  function expectCarried(closing: string, before: Row[], current: Row[]): void {
    const ids = (rows: Row[]) => rows.map((row) => row.id);
    expect(ids(keyResults.filter((row) => row.period === closing))).toEqual(ids(before));
    const percent = (text: string) => Number(text.replace(/[^\d,.]/g, '').replace(',', '.'));
    const unfinished = before.filter((row) => percent(row.progress!) < 100);
    expect(unfinished.length).toBeGreaterThan(0);
    expect(current.map((row) => row.continues)).toEqual(ids(unfinished));
  }

  /** After a close: the chain's KR went on as a new row that continues it. */
  async function followCarry(current: Row[]): Promise<void> {
    const copy = current.find((row) => row.continues === chain.at(-1));
    expect(copy).toBeDefined();
    chain.push(copy!.id!);
  }

  it('2027-Q1: the examples, a check-in, the sidebar and the Dashboard', async () => {
    await expectViewsOf('2027-Q1');
    await checkIn('1100');
    await setClock(opened.page, '2027-03-10');
    quarter = await expectViewsOf('2027-Q1', 'q1');
  }, 90_000);

  it('closes 2027-Q1 with carry-over; 2027-Q2 shows only its own key results', async () => {
    await closeWithCarryOver('2027-Q1', '2027-Q2', '2027-03-31');
    await setClock(opened.page, '2027-05-12');
    const current = await expectViewsOf('2027-Q2');
    expectCarried('2027-Q1', quarter, current);
    await followCarry(current);
    await checkIn('1150');
    quarter = current;
  }, 90_000);

  it('closes 2027-Q2; in 2027-Q3 the carried KR’s history shows its predecessors’ check-ins', async () => {
    await closeWithCarryOver('2027-Q2', '2027-Q3', '2027-06-30');
    await setClock(opened.page, '2027-08-16');
    // OKRs › Show/hide past periods: Key Results shows only this period's rows.
    await openMenuItem(opened.page, 'togglePastPeriods');
    await idle(opened.page);
    const current = await expectViewsOf('2027-Q3', 'q3');
    expectCarried('2027-Q2', quarter, current);
    await showSheet(opened.page, sheetName(KEY_RESULTS_SHEET, language));
    expect(await shownIds(opened.page)).toEqual(['ID', ...current.map((row) => row.id)]);
    await openMenuItem(opened.page, 'togglePastPeriods');
    await idle(opened.page);
    expect(await shownIds(opened.page)).toEqual(['ID', ...keyResults.map((row) => row.id)]);
    await followCarry(current);
    quarter = current;

    frame = await openSidebar(opened.page);
    await expectEarlierCheckIns();
    await checkIn('1180');
  }, 90_000);

  it('closes 2027-Q3 into 2027-Q4 the same way', async () => {
    await closeWithCarryOver('2027-Q3', '2027-Q4', '2027-09-30');
    await setClock(opened.page, '2027-11-08');
    const current = await expectViewsOf('2027-Q4');
    expectCarried('2027-Q3', quarter, current);
    await followCarry(current);
    await expectEarlierCheckIns();
    expect(opened.pageErrors).toEqual([]);
  }, 90_000);

  /** The chain's current KR's history: every earlier check-in, under its own KR's ID. */
  async function expectEarlierCheckIns(): Promise<void> {
    const id = chain.at(-1)!;
    await showCardOf(frame, id);
    await frame.click(`.kr-card[data-id="${id}"]`);
    await frame.waitForSelector('#history-body .earlier-entries');
    const earlier = await frame.$$eval('#history-body .earlier-entries li', (items) =>
      items.map((item) => item.textContent ?? ''),
    );
    for (const comment of comments)
      expect([comment, earlier.some((text) => text.includes(comment))]).toEqual([comment, true]);
    for (const predecessor of chain.slice(0, -1))
      expect([predecessor, earlier.some((text) => text.includes(predecessor))]).toEqual([
        predecessor,
        true,
      ]);
    await frame.click('button.back');
  }
});
