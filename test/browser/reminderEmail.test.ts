// The reminder email as a mail client shows it: rendered by Chromium from the HTML body
// alone, in English and Spanish, at desktop and phone widths; screenshots are kept in
// test-artifacts/ for a person to look at.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../src/core/i18n/language';
import { renderReminderEmail } from '../../src/core/reminders/email';
import type { ManagerDigest } from '../../src/core/reminders/plan';
import { launchBrowser, saveScreenshot } from './browser';

const HOSTILE_COMMENT =
  '<img src=x onerror="window.__pwned=1">Lost two deals\n=IMPORTXML("http://x")';

const digest: ManagerDigest = {
  due: '2026-03-03',
  order: 2,
  managerEmail: 'laura@example.com',
  managerName: 'Laura <Gómez>',
  oneOnOnes: [
    {
      date: '2026-03-03',
      reports: [
        {
          name: 'Ana Ruiz',
          email: 'ana@example.com',
          redKeyResults: [
            {
              id: 'KR-1',
              keyResult: 'Raise repeat purchases from 12% to 20% <script>window.__pwned=1</script>',
              objective: 'Grow recurring revenue & margin',
              current: 13,
              target: 20,
              unit: '%',
              values: { en: '13 → 20 %', es: '13 → 20 %' },
              progress: 0.125,
              expected: 0.66,
              redByNumbers: true,
              redByConfidence: false,
              lastCheckInDay: '2026-02-25',
              lastComment: HOSTILE_COMMENT,
            },
            {
              id: 'KR-4',
              keyResult: '=HYPERLINK("http://evil.example","Click")',
              objective: 'Happy customers',
              current: 41,
              target: 50,
              unit: 'NPS',
              values: { en: '41 → 50 NPS', es: '41 → 50 NPS' },
              progress: 0.55,
              expected: 0.66,
              redByNumbers: false,
              redByConfidence: true,
              lastCheckInDay: null,
              lastComment: '',
            },
          ],
        },
        {
          name: 'Bruno "B" Díaz',
          email: 'bruno@example.com',
          redKeyResults: [
            {
              id: 'KR-7',
              keyResult: 'Cut average response time from 48 h to 12 h',
              objective: 'Service customers love',
              current: 40.5,
              target: 12,
              unit: 'h',
              values: { en: '40.5 → 12 h', es: '40,5 → 12 h' },
              progress: 0.2083,
              expected: 0.66,
              redByNumbers: true,
              redByConfidence: true,
              lastCheckInDay: '2026-02-27',
              lastComment: 'Two agents on leave; hiring starts next week.',
            },
          ],
        },
      ],
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
  const email = renderReminderEmail(digest, {
    language,
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc123/edit',
    spreadsheetName: 'OKRs 2026 <Q1>',
  });
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(email.htmlBody, { waitUntil: 'load' });
  return { page, requests, errors };
}

describe.each([
  ['en', 'Hello Laura <Gómez>,', 'Why red', 'latest confidence: off track'],
  ['es', 'Hola, Laura <Gómez>:', 'Por qué en rojo', 'última confianza: desviado'],
] as const)('the reminder email in %s', (language, greeting, whyRed, byConfidence) => {
  it.each([
    ['desktop', 800],
    ['phone', 375],
  ])(
    'renders on a %s width with sheet text shown as text, nothing run, nothing fetched',
    async (label, width) => {
      const { page, requests, errors } = await show(language, width);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text).toContain(greeting);
      expect(text).toContain('<script>window.__pwned=1</script>');
      expect(text).toContain('<img src=x onerror="window.__pwned=1">Lost two deals');
      // Shown as typed, but with zero-width spaces that keep mail clients from linking it.
      expect(text.replace(/\u200b/g, '')).toContain('=HYPERLINK("http://evil.example","Click")');
      expect(text).not.toContain('http://evil.example');
      expect(text).toContain(whyRed);
      expect(text).toContain(byConfidence);
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
      // Three red KR cards, each with the red left border.
      const borders = await page.$$eval('table[style*="border-left"]', (tables) =>
        tables.map((table) => getComputedStyle(table).borderLeftColor),
      );
      expect(borders).toEqual(['rgb(197, 34, 31)', 'rgb(197, 34, 31)', 'rgb(197, 34, 31)']);
      const link = page.locator('a');
      expect(await link.getAttribute('href')).toBe(
        'https://docs.google.com/spreadsheets/d/abc123/edit',
      );
      expect(existsSync(await saveScreenshot(page, `reminder-email-${language}-${label}`))).toBe(
        true,
      );
      await page.context().close();
    },
  );
});

// What a mail client's auto-linker looks for in text: a scheme, www., an email address or a
// dotted host name with a top-level domain.
const AUTOLINK =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;

describe('link-looking sheet text in the email', () => {
  const PHISHING = 'Your mailbox is full: sign in at https://evil.example/login';
  const phishing: ManagerDigest = {
    ...digest,
    oneOnOnes: [
      {
        date: '2026-03-03',
        reports: [
          {
            name: 'Mallory (mallory@evil.example)',
            email: 'mallory@example.com',
            redKeyResults: [
              {
                id: 'KR-9',
                keyResult: PHISHING,
                objective: 'Visit www.evil.example today',
                current: 0,
                target: 1,
                unit: '',
                values: { en: '0 → 1 evil.example', es: '0 → 1 evil.example' },
                progress: 0,
                expected: 0.5,
                redByNumbers: true,
                redByConfidence: false,
                lastCheckInDay: null,
                lastComment: 'Details at evil.example/help or admin@evil.example',
              },
            ],
          },
        ],
      },
    ],
  };

  it('is plain text that no auto-linker sees as an address; the only link is the workbook', async () => {
    const email = renderReminderEmail(phishing, {
      language: 'en',
      spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc123/edit',
      spreadsheetName: 'OKRs',
      owner: 'owner@example.com',
    });
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.setContent(email.htmlBody, { waitUntil: 'load' });
    // Reads as typed…
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text.replace(/\u200b/g, '')).toContain(PHISHING);
    // …is inside no link, and has nothing an auto-linker would turn into one.
    const title = page.getByText(/Your mailbox is full/);
    expect(await title.evaluate((element) => element.closest('a'))).toBeNull();
    const hrefs = await page.$$eval('a', (links) => links.map((link) => link.href));
    expect(hrefs).toEqual(['https://docs.google.com/spreadsheets/d/abc123/edit']);
    const linkText = await page.$$eval('a', (links) => links.map((link) => link.textContent ?? ''));
    const outsideLinks = linkText.reduce((rest, label) => rest.replace(label, ''), text);
    expect(outsideLinks.match(AUTOLINK)).toBeNull();
    expect(
      email.body.match(AUTOLINK)?.filter((match) => !match.startsWith('https://docs.google.com')),
    ).toEqual([]);
    // Who sent it, from where.
    expect(text.replace(/\u200b/g, '')).toContain(
      'the workbook “OKRs”, where owner@example.com set up these reminders',
    );
    expect(existsSync(await saveScreenshot(page, 'reminder-email-link-looking-text'))).toBe(true);
    await context.close();
  });
});
