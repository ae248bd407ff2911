// The check-in nudge email as a mail client shows it: rendered by Chromium from the HTML
// body alone, in English and Spanish, at desktop and phone widths; screenshots are kept in
// test-artifacts/ for a person to look at.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../src/core/i18n/language';
import { renderNudgeEmail } from '../../src/core/nudges/email';
import type { OwnerNudge } from '../../src/core/nudges/plan';
import { launchBrowser, saveScreenshot } from './browser';

const HOSTILE_COMMENT =
  '<img src=x onerror="window.__pwned=1">Waiting on legal\nsee www.evil.example';

const nudge: OwnerNudge = {
  due: '2026-03-02',
  order: 3,
  email: 'ana@example.com',
  name: 'Ana <Ruiz>',
  keyResults: [
    {
      id: 'KR-1',
      keyResult: 'Sign 5 new partners <script>window.__pwned=1</script>',
      objective: 'Grow recurring revenue & margin',
      values: { en: '2 → 5 partners', es: '2 → 5 partners' },
      lastCheckInDay: '2026-02-16',
      lastComment: HOSTILE_COMMENT,
      quietDays: 14,
    },
    {
      id: 'KR-4',
      keyResult: 'Raise NPS from 30 to 50',
      objective: 'Happy customers',
      values: { en: '41 → 50 NPS', es: '41 → 50 NPS' },
      lastCheckInDay: null,
      lastComment: '',
      quietDays: 56,
    },
  ],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function show(
  language: Language,
  width: number,
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const email = renderNudgeEmail(nudge, {
    language,
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc123/edit',
    spreadsheetName: 'OKRs 2026 <Q1>',
    frequency: 'weekly',
    weekday: 1,
    afterDays: 7,
  });
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(email.htmlBody, { waitUntil: 'load' });
  return { page, requests, errors };
}

describe.each([
  [
    'en',
    'Hello Ana <Ruiz>,',
    'To check in, open “OKRs 2026 <Q1>” and choose OKRs › Check-in…',
    'no check-in yet',
    'You get this every week, on Monday',
  ],
  [
    'es',
    'Hola, Ana <Ruiz>:',
    'Para registrar el avance, abre «OKRs 2026 <Q1>» y elige OKRs › Registrar avance…',
    'todavía sin avance',
    'Recibes este correo cada semana, los lunes',
  ],
] as const)('the check-in nudge in %s', (language, greeting, howTo, never, footer) => {
  it.each([
    ['desktop', 800],
    ['phone', 375],
  ])(
    'renders on a %s width: every KR with its last value and comment, the way to the sidebar, nothing run or fetched',
    async (label, width) => {
      const { page, requests, errors } = await show(language, width);
      const text = (await page.evaluate(() => document.body.textContent ?? '')).replace(
        /\u200b/g,
        '',
      );
      expect(text).toContain(greeting);
      expect(text).toContain('KR-1 · Sign 5 new partners <script>window.__pwned=1</script>');
      expect(text).toContain('2 → 5 partners');
      expect(text).toContain('<img src=x onerror="window.__pwned=1">Waiting on legal');
      expect(text).toContain(never);
      expect(text).toContain(howTo);
      expect(text).toContain(footer);
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      ).toBeUndefined();
      expect(await page.locator('img, script, iframe, link, style').count()).toBe(0);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      // Nothing wider than the screen: a phone shows it without sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // One card per key result; the only link is the workbook.
      expect(await page.locator('table[style*="border-left"]').count()).toBe(2);
      const hrefs = await page.$$eval('a', (links) => links.map((link) => link.href));
      expect(hrefs).toEqual(['https://docs.google.com/spreadsheets/d/abc123/edit']);
      expect(existsSync(await saveScreenshot(page, `nudge-email-${language}-${label}`))).toBe(true);
      await page.context().close();
    },
  );
});
