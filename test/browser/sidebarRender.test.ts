import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST_DIR } from '../../emulator/bundle';
import { launchBrowser, saveScreenshot, sidebarPage } from './browser';

const SIDEBAR = join(DIST_DIR, 'Sidebar.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('dist/Sidebar.html', () => {
  it('fits the 60 KB budget', () => {
    expect(statSync(SIDEBAR).size).toBeLessThanOrEqual(60 * 1024);
  });

  it('never builds HTML from strings: sheet text can only arrive through textContent', () => {
    const script = readFileSync(SIDEBAR, 'utf8');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('renders its heading and a readable error without google.script.run, inside 300 px', async () => {
    const page = await sidebarPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(readFileSync(SIDEBAR, 'utf8'));
    await page.waitForSelector('#app[aria-busy="false"]');
    expect(await page.textContent('h1')).toBe('OKR check-in');
    expect(await page.textContent('[role="alert"]')).toContain('google.script.run');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    expect(errors).toEqual([]);
    expect(existsSync(await saveScreenshot(page, 'sidebar-render'))).toBe(true);
  });
});
