import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST_DIR } from '../../emulator/bundle';
import { launchBrowser, saveScreenshot, sidebarPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('dist/Sidebar.html in Chromium', () => {
  it('renders its heading with no page errors, inside the 300 px sidebar', async () => {
    const page = await sidebarPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(readFileSync(join(DIST_DIR, 'Sidebar.html'), 'utf8'));
    await page.waitForSelector('#app[aria-busy="false"]');
    expect(await page.textContent('h1')).toBe('OKR check-in');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'sidebar-render'))).toBe(true);
  });
});
