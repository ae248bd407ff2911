// Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by
// playwright-core (no browser download). Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = resolve(__dirname, '..', '..', 'test-artifacts');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/** A page the size of the Sheets sidebar (300 px wide), in the browser's `timezoneId`. */
export async function sidebarPage(
  browser: Browser,
  locale = 'en-US',
  timezoneId?: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 300, height: 700 },
    locale,
    ...(timezoneId === undefined ? {} : { timezoneId }),
  });
  return context.newPage();
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
