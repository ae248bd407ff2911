// The sidebar shows dates on the spreadsheet's calendar, whatever the browser's time zone:
// a check-in made on 30 November (in the spreadsheet's zone) says 30 November in a browser
// set to UTC or to Mexico City.
import type { Browser } from 'playwright-core';
import { createEmulator, type EmulatedUser } from '../../emulator';
import { launchBrowser } from './browser';
import { openSidebar } from './sidebarHarness';

const LAURA: EmulatedUser = { email: 'laura@example.com', locale: 'es' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  // The spreadsheet's zone and locale, and 00:30 on 30 November there.
  ['America/Argentina/Buenos_Aires', 'es_AR', '2026-11-30T03:30:00Z'],
  ['Europe/Madrid', 'es_ES', '2026-11-29T23:30:00Z'],
])('a spreadsheet in %s', (timeZone, locale, checkedInAt) => {
  it.each(['UTC', 'America/Mexico_City'])(
    'shows a check-in made on 30 November as 30 nov in a browser in %s',
    async (browserZone) => {
      const emulator = createEmulator({
        now: new Date(checkedInAt),
        locale,
        timeZone,
        user: LAURA,
      });
      emulator.run('insertExampleOkrs');
      const saved = emulator.callFromClient(
        'saveCheckIn',
        [{ keyResultId: 'KR1.1', value: '5.000.000', confidence: 'green', comment: '' }],
        { user: LAURA },
      ) as { entry: { at: string } };
      expect(saved.entry.at).toBe(new Date(checkedInAt).toISOString());

      const { page, pageErrors } = await openSidebar(
        browser,
        emulator,
        LAURA,
        'es-AR',
        async () => undefined,
        browserZone,
      );
      // The browser's own calendar is on 29 November at that moment (in Madrid's case, UTC too).
      expect(
        await page.evaluate(
          (at) => new Date(at).toLocaleDateString('es-ES', { day: 'numeric' }),
          checkedInAt,
        ),
      ).toBe(browserZone === 'UTC' && timeZone === 'America/Argentina/Buenos_Aires' ? '30' : '29');
      const card = await page.textContent('.kr-card[data-id="KR1.1"]');
      expect(card).toContain('Último seguimiento 30 nov');

      // The history in the detail view: the same day, at the spreadsheet's time.
      await page.click('.kr-card[data-id="KR1.1"]');
      await page.waitForSelector('#history-body .entries li');
      expect(await page.textContent('#history-body .entries li time')).toMatch(/^30 nov.*00:30/);
      expect(pageErrors).toEqual([]);
    },
  );
});
