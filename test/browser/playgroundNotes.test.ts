// The header notes in the playground, as Sheets shows them: every header the add-on made
// carries its note (its corner marked), and pointing at it opens the note beside the cell.
// Screenshots: test-artifacts/playground-<es|en>-header-note.png.
import type { Browser } from 'playwright-core';
import type { Language } from '../../src/core/i18n/language';
import { HEADER_NOTES } from '../../src/core/workbook/headerNoteTexts';
import { PEOPLE_SHEET, sheetName } from '../../src/core/workbook/schema';
import { launchBrowser, saveScreenshot } from './browser';
import { closePlayground, type Opened, openPlayground, showSheet } from './playgroundHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['es', 'en'] as const)(
  'header notes in the playground (%s)',
  (language: Language) => {
    let opened: Opened;
    beforeAll(async () => {
      opened = await openPlayground(browser, language);
    });
    afterAll(async () => {
      await closePlayground(opened);
    });

    it('show the People header note when the pointer is over the header', async () => {
      const { page, pageErrors } = opened;
      await showSheet(page, sheetName(PEOPLE_SHEET, language));
      const headers = await page.evaluate(() =>
        Array.from(document.querySelectorAll('table.grid tbody tr[data-row="1"] td'), (cell) => ({
          text: cell.textContent ?? '',
          note: cell.getAttribute('data-note'),
        })),
      );
      const expected = PEOPLE_SHEET.columns.map((column) => ({
        text: column.header[language],
        note: HEADER_NOTES.people?.[column.key]?.[language],
      }));
      expect(headers.slice(0, expected.length)).toEqual(expected);

      const nextOneOnOne = PEOPLE_SHEET.columns.findIndex(
        (column) => column.key === 'nextOneOnOne',
      );
      const cell = page.locator('table.grid tbody tr[data-row="1"] td').nth(nextOneOnOne);
      await cell.hover();
      const popup = page.locator('#note-popup');
      await popup.waitFor({ state: 'visible' });
      expect(await popup.textContent()).toBe(HEADER_NOTES.people?.nextOneOnOne?.[language]);
      // Beside the cell, as in Sheets, not over it.
      const [cellBox, popupBox] = [await cell.boundingBox(), await popup.boundingBox()];
      expect(popupBox!.x).toBeGreaterThanOrEqual(cellBox!.x + cellBox!.width);
      await saveScreenshot(page, `playground-${language}-header-note`);

      await page.mouse.move(5, 5);
      await popup.waitFor({ state: 'hidden' });
      expect(pageErrors).toEqual([]);
    });
  },
);
