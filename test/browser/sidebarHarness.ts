// The real dist/Sidebar.html in Chromium, with google.script.run bridged to the
// emulator (emulator/googleScriptRun.ts over a Playwright binding).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { EmulatedUser, Emulator } from '../../emulator';
import { DIST_DIR } from '../../emulator/bundle';
import { DEFAULT_TRANSPORT, googleScriptRunSource } from '../../emulator/googleScriptRun';
import { PUBLIC_FUNCTIONS } from '../../src/server/registry';
import { sidebarPage } from './browser';

export interface OpenSidebar {
  readonly page: Page;
  /** Server calls made by the page, by name, in order. */
  readonly calls: string[];
  readonly pageErrors: string[];
}

/**
 * Where the page is served: an origin of its own, as Apps Script serves the sidebar's
 * frame, so web storage behaves as there (an about:blank page may not use it).
 */
const SIDEBAR_URL = 'https://sidebar.okr-sheets.test/';

export async function openSidebar(
  browser: Browser,
  emulator: Emulator,
  user: EmulatedUser,
  locale = 'en-US',
  /** Awaited before each server call runs (to hold a call in flight). */
  beforeCall: (name: string) => Promise<void> = async () => undefined,
  /** The browser's time zone (the machine's when absent). */
  timezoneId?: string,
): Promise<OpenSidebar> {
  return loadSidebar(await sidebarPage(browser, locale, timezoneId), emulator, user, beforeCall);
}

/** Closes the sidebar and opens it again in the same browser (its storage kept). */
export async function reopenSidebar(
  open: OpenSidebar,
  emulator: Emulator,
  user: EmulatedUser,
): Promise<OpenSidebar> {
  const context = open.page.context();
  await open.page.close();
  return loadSidebar(await context.newPage(), emulator, user, async () => undefined);
}

async function loadSidebar(
  page: Page,
  emulator: Emulator,
  user: EmulatedUser,
  beforeCall: (name: string) => Promise<void>,
): Promise<OpenSidebar> {
  const calls: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction(DEFAULT_TRANSPORT, async (name: string, args: unknown[]) => {
    calls.push(name);
    await beforeCall(name);
    return emulator.callFromClient(name, args, { user });
  });
  const bridge = googleScriptRunSource({
    functionNames: PUBLIC_FUNCTIONS.filter((entry) => entry.kind === 'clientCall').map(
      (entry) => entry.name,
    ),
  });
  // HtmlService serves the page as is; the bridge stands where Google's client script would.
  const html = readFileSync(join(DIST_DIR, 'Sidebar.html'), 'utf8').replace(
    '<head>',
    () => `<head><script>${bridge}</script>`,
  );
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(SIDEBAR_URL);
  await page.waitForSelector('#app[aria-busy="false"]');
  return { page, calls, pageErrors };
}

/**
 * The live region's text once no announcement is pending (the sidebar marks one with
 * `data-pending`) and something has been said: what a screen reader ends up reading.
 */
export async function settledAnnouncement(page: Page): Promise<string> {
  const said = await page.waitForFunction(() => {
    const region = document.getElementById('live');
    return region && region.dataset.pending !== 'true' && region.textContent !== ''
      ? region.textContent
      : false;
  });
  return String(await said.jsonValue());
}
