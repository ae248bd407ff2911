// The real dist/ReminderPreview.html in Chromium, google.script.run bridged to the
// emulator: the emails of a chosen day shown in sandboxed frames, nothing sent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createEmulator, type Emulator } from '../../emulator';
import { DIST_DIR } from '../../emulator/bundle';
import { DEFAULT_TRANSPORT, googleScriptRunSource } from '../../emulator/googleScriptRun';
import { PUBLIC_FUNCTIONS } from '../../src/server/registry';
import { reminderLog, writeWorkbook } from '../emulator/fixtures/remindersWorkbook';
import type { Row } from '../emulator/fixtures/tables';
import { launchBrowser, saveScreenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function teamEmulator(locale: string): Emulator {
  const emulator = createEmulator({
    timeZone: 'UTC',
    now: new Date('2026-01-13T09:00:00Z'),
    user: { email: 'owner@example.com', locale },
  });
  const people: Row[] = [
    { name: 'Laura', email: 'lead1@example.com' },
    {
      name: 'Ana <Ruiz>',
      email: 'ana@example.com',
      managerEmail: 'lead1@example.com',
      oneOnOneSchedule: '15',
    },
    { name: 'Marcos', email: 'lead2@example.com' },
    {
      name: 'Bruno',
      email: 'bruno@example.com',
      managerEmail: 'lead2@example.com',
      oneOnOneSchedule: 'tercer jueves',
    },
  ];
  writeWorkbook(emulator, {
    settings: { language: locale, periodStart: '2026-01-01', periodEnd: '2026-04-01' },
    people,
    objectives: [{ id: 'O-1', objective: 'Crecer <ventas>' }],
    keyResults: [
      {
        id: 'KR-1',
        objectiveId: 'O-1',
        keyResult: '<img src=x onerror=alert(1)> Leads',
        owner: 'ana@example.com',
        start: 0,
        target: 100,
        current: 0,
      },
      {
        id: 'KR-2',
        objectiveId: 'O-1',
        keyResult: 'NPS',
        owner: 'bruno@example.com',
        start: 0,
        target: 100,
        current: 0,
      },
    ],
    checkIns: [],
  });
  return emulator;
}

describe.each([
  ['en', 'Reminders that would go out on', 'No reminder would go out on this day.', 'To'],
  ['es', 'Avisos que se enviarían el', 'Ese día no se enviaría ningún aviso.', 'Para'],
])('dist/ReminderPreview.html in %s', (locale, dateLabel, none, to) => {
  it('shows the emails of the chosen day without sending or logging anything', async () => {
    const emulator = teamEmulator(locale);
    const logBefore = reminderLog(emulator);
    const context = await browser.newContext({ viewport: { width: 760, height: 640 }, locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.exposeFunction(DEFAULT_TRANSPORT, (name: string, args: unknown[]) =>
      emulator.callFromClient(name, args),
    );
    const bridge = googleScriptRunSource({
      functionNames: PUBLIC_FUNCTIONS.filter((entry) => entry.kind === 'clientCall').map(
        (entry) => entry.name,
      ),
    });
    const html = readFileSync(join(DIST_DIR, 'ReminderPreview.html'), 'utf8').replace(
      '<head>',
      () => `<head><script>${bridge}</script>`,
    );
    await page.setContent(html);
    await page.waitForSelector('#emails[aria-busy="false"]');

    expect(await page.textContent('#dayLabel')).toBe(dateLabel);
    expect(await page.inputValue('#day')).toBe('2026-01-13');
    // Ana's 1:1 is on the 15th, and so is Bruno's (third Thursday): both managers, two days before.
    expect(await page.locator('.email .to').allTextContents()).toEqual([
      `${to}: lead1@example.com`,
      `${to}: lead2@example.com`,
    ]);
    const frame = page.frameLocator('.email iframe').first();
    expect(await frame.locator('body').textContent()).toContain(
      '<img src=x onerror=alert(1)> Leads',
    );
    expect(await page.locator('.email iframe').first().getAttribute('sandbox')).toBe('');
    expect(existsSync(await saveScreenshot(page, `reminder-preview-${locale}`))).toBe(true);

    await page.fill('#day', '2026-01-14');
    await page.click('#show');
    await page.waitForFunction(() => document.querySelector('#emails .note') !== null);
    expect(await page.textContent('#emails .note')).toBe(none);

    expect(errors).toEqual([]);
    expect(emulator.outbox).toHaveLength(0);
    expect(reminderLog(emulator)).toEqual(logBefore);
    await context.close();
  });
});
