// The sidebar writes a key result's values as its cells show them (percent as %, money
// with its symbol, the unit), in Spanish and English: on the cards, in the detail after a
// save, and in the history. dist/Sidebar.html in Chromium over the emulator.
import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../src/core/i18n/language';
import { formattedTeam, REPORT } from '../emulator/fixtures/formattedKeyResults';
import { launchBrowser, saveScreenshot } from './browser';
import { openSidebar } from './sidebarHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cardValues = (page: Page) =>
  page.$$eval('.kr-card', (cards) =>
    cards.map(
      (card) => `${card.getAttribute('data-id')}: ${card.querySelector('.values')?.textContent}`,
    ),
  );

const CASES: Record<Language, { cards: string[]; typed: string; saved: string; entry: string }> = {
  en: {
    cards: ['KR-P: 11% → 7%', 'KR-M: $3,700,000 → $10,000,000', 'KR-U: 12.5 → 40 users'],
    typed: '4000000',
    saved: '$4,000,000 → $10,000,000',
    entry: '$4,000,000',
  },
  es: {
    cards: ['KR-P: 11% → 7%', 'KR-M: $3.700.000 → $10.000.000', 'KR-U: 12,5 → 40 usuarios'],
    typed: '4.000.000',
    saved: '$4.000.000 → $10.000.000',
    entry: '$4.000.000',
  },
};

describe.each(['en', 'es'] as const)('sidebar numbers in the KR’s own format (%s)', (language) => {
  it('shows the cards, a saved value and its history as the cells show them', async () => {
    const emulator = formattedTeam(language);
    const { page, pageErrors } = await openSidebar(
      browser,
      emulator,
      { email: REPORT, locale: language },
      language === 'es' ? 'es-ES' : 'en-US',
    );
    expect(await cardValues(page)).toEqual(CASES[language].cards);
    await saveScreenshot(page, `sidebar-numbers-${language}`);

    await page.click('.kr-card[data-id="KR-M"]');
    await page.waitForSelector('#kr-title');
    await page.fill('#value', CASES[language].typed);
    await page.focus('#confidence-yellow');
    await page.keyboard.press('Space');
    await page.click('#save');
    await page.waitForFunction(
      () =>
        document.getElementById('form-status')?.textContent !== '' &&
        !document.getElementById('save')?.hasAttribute('aria-disabled'),
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.textContent('#summary .values')).toBe(CASES[language].saved);
    await page.waitForSelector('#history-body .entries li');
    expect(await page.textContent('#history-body .entries li .entry-value')).toBe(
      CASES[language].entry,
    );
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
