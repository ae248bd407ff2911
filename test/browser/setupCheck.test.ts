// OKRs › Help › Check setup as a person sees it: the real dist/SetupCheck.html in Chromium,
// its one server call bridged to the emulator, in Spanish and English, after a trigger run
// that had no document lock. Also the sidebar's footer: when the reminders last ran.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import { DIST_DIR } from '../../emulator/bundle';
import { DEFAULT_TRANSPORT, googleScriptRunSource } from '../../emulator/googleScriptRun';
import { PUBLIC_FUNCTIONS } from '../../src/server/registry';
import { onDay, threeManagerTeam } from '../emulator/fixtures/remindersWorkbook';
import { launchBrowser, saveScreenshot } from './browser';
import { openSidebar } from './sidebarHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openSetupCheck(emulator: Emulator): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 640, height: 560 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.exposeFunction(DEFAULT_TRANSPORT, async (name: string, args: unknown[]) =>
    emulator.callFromClient(name, args),
  );
  const bridge = googleScriptRunSource({
    functionNames: PUBLIC_FUNCTIONS.filter((entry) => entry.kind === 'clientCall').map(
      (entry) => entry.name,
    ),
  });
  const html = readFileSync(join(DIST_DIR, 'SetupCheck.html'), 'utf8').replace(
    '<head>',
    () => `<head><script>${bridge}</script>`,
  );
  await page.setContent(html);
  await page.waitForSelector('#check[aria-busy="false"]');
  return { page, errors };
}

const rowsOf = (page: Page) =>
  page.$$eval('tr', (rows) =>
    rows.map((row) => ({
      label: row.querySelector('th')?.textContent ?? '',
      value: row.querySelector('td')?.textContent ?? '',
      state: row.className,
    })),
  );

/** A team whose reminders ran once, then fired once without a document lock. */
function teamAfterALocklessRun(language: 'English' | 'Español'): Emulator {
  const emulator = threeManagerTeam({ language });
  onDay(emulator, '2026-01-13');
  emulator.faults.setTriggerContext('noDocumentLock');
  onDay(emulator, '2026-01-14');
  emulator.faults.setTriggerContext('document');
  return emulator;
}

describe.each([
  ['en', 'English', 'Authorization', 'Mail quota left today', 'gave them no document lock'],
  ['es', 'Español', 'Autorización', 'Cuota de correo que queda hoy', 'no les dio el bloqueo'],
] as const)('the setup check dialog (%s)', (language, workbookLanguage, auth, quota, problem) => {
  it('lists every fact in the workbook language, marks the problem, escapes everything', async () => {
    const emulator = teamAfterALocklessRun(workbookLanguage);
    // A stop reason comes from sheets and services: it must arrive as text.
    emulator.execute(({ PropertiesService }) => {
      const properties = PropertiesService.getDocumentProperties();
      const record = JSON.parse(properties.getProperty('okrSheets.reminderRuns')!);
      record.lastRun = {
        at: '2026-01-14 09:00',
        ok: false,
        detail: '<img src=x onerror="window.__pwned=1">',
      };
      properties.setProperty('okrSheets.reminderRuns', JSON.stringify(record));
    });
    const { page, errors } = await openSetupCheck(emulator);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    const rows = await rowsOf(page);
    const labels = rows.map((row) => row.label);
    expect(labels[0]).toBe(auth);
    expect(labels).toContain(quota);
    // A new day: the quota the run of the 13th spent is back.
    expect(rows.find((row) => row.label === quota)?.value).toMatch(/^100 /);
    const bad = rows.filter((row) => row.state === 'bad').map((row) => row.value);
    expect(bad.some((value) => value.includes(problem))).toBe(true);
    expect(bad.some((value) => value.includes('<img src=x'))).toBe(true);
    expect(await page.$('img')).toBeNull();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await saveScreenshot(page, `setup-check-${language}`);
    await page.context().close();
  }, 60_000);
});

describe('the sidebar footer', () => {
  it.each([
    ['English', 'en-US', 'Reminders last ran on 13 January 2026, 08:00'],
    ['Español', 'es-ES', 'Los avisos se ejecutaron por última vez el 13 de enero de 2026, 08:00'],
  ] as const)(
    'says when the reminders last ran (%s)',
    async (workbookLanguage, locale, line) => {
      const emulator = teamAfterALocklessRun(workbookLanguage);
      const { page } = await openSidebar(
        browser,
        emulator,
        { email: 'lead1@example.com', locale: locale.slice(0, 2) },
        locale,
      );
      expect(await page.textContent('#footer')).toBe(line);
      await saveScreenshot(page, `sidebar-footer-${locale.slice(0, 2)}`);
      await page.context().close();
    },
    60_000,
  );
});
