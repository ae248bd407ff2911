// Corrections, withdrawals, the "are you sure?" question and the kept draft, through the
// real dist/Sidebar.html in Chromium with its server calls run by the emulator.
import type { Browser, Page } from 'playwright-core';
import type { Emulator } from '../../emulator';
import type { Language } from '../../src/core/i18n/language';
import { KEY_RESULTS_SHEET } from '../../src/core/workbook/schema';
import {
  ANA,
  createCheckInWorkbook,
  headers,
  sanityWorkbook,
  save,
  sheetName,
} from '../emulator/fixtures/checkInFixture';
import { launchBrowser, saveScreenshot } from './browser';
import { openSidebar, reopenSidebar, settledAnnouncement } from './sidebarHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DAY = 86_400_000;

/** Waits for the form's status line to say how a save ended. */
async function formStatus(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      document.getElementById('form-status')?.textContent !== '' &&
      !document.getElementById('save')?.hasAttribute('aria-disabled'),
    undefined,
    { timeout: 60_000 },
  );
  return (await page.textContent('#form-status')) ?? '';
}

function krRow(emulator: Emulator, language: Language, id: string) {
  const values = emulator.sheetValues(sheetName(KEY_RESULTS_SHEET, language));
  const header = headers(KEY_RESULTS_SHEET, language);
  const row = values.find((cells) => cells[0] === id)!;
  const at = (key: string) =>
    row[values[0].indexOf(header[KEY_RESULTS_SHEET.columns.findIndex((c) => c.key === key)])];
  return { current: at('current'), confidence: at('confidence'), lastComment: at('lastComment') };
}

const TEXTS = {
  es: {
    locale: 'es-AR',
    checkIns: 'Seguimiento',
    wrong: '35',
    fixed: '25',
    last: 'Último seguimiento',
    lastLine: '35 clientes',
    by: 'por Ana Jefa',
    corrected: 'Corrección guardada.',
    withdrawn: 'Seguimiento retirado.',
    question: '¿Retirar este seguimiento? El resultado clave vuelve al anterior.',
    labels: { green: 'En camino', yellow: 'En riesgo', red: 'Desviado' },
    mark: 'por ana@example.com · corregido',
  },
  en: {
    locale: 'en-US',
    checkIns: 'Check-ins',
    wrong: '35',
    fixed: '25',
    last: 'Last check-in',
    lastLine: '35 clientes',
    by: 'by Ana Jefa',
    corrected: 'Correction saved.',
    withdrawn: 'Check-in withdrawn.',
    question: 'Withdraw this check-in? The key result goes back to the one before it.',
    labels: { green: 'On track', yellow: 'At risk', red: 'Off track' },
    mark: 'by ana@example.com · corrected',
  },
} as const;

describe.each(['es', 'en'] as const)(
  'correcting and withdrawing in the sidebar (%s)',
  (language) => {
    const text = TEXTS[language];

    it('corrects the latest check-in, then withdraws it: one row each, naming the row it corrects', async () => {
      const emulator = createCheckInWorkbook({ language });
      save(emulator, { keyResultId: 'KR1', value: '22', confidence: 'green', comment: 'Arranque' });
      emulator.clock.advance(DAY);
      save(emulator, {
        keyResultId: 'KR1',
        value: text.wrong,
        confidence: 'yellow',
        comment: 'Typo',
      });
      emulator.clock.advance(DAY);
      const [, first, second] = emulator.sheetValues(text.checkIns);
      const { page, pageErrors } = await openSidebar(browser, emulator, ANA, text.locale);
      await page.click('.kr-card[data-id="KR1"]');
      await page.waitForSelector('#history-body .entries');
      // The last check-in above the fields: value, confidence, comment, who and when.
      await page.waitForSelector('#last #correct');
      const last = await page.textContent('#last');
      for (const part of [text.last, text.lastLine, text.labels.yellow, 'Typo', text.by]) {
        expect(last).toContain(part);
      }
      expect(await page.$$eval('svg.chart circle', (dots) => dots.length)).toBe(2);

      // Correct: the form takes the check-in's values, the person fixes the number.
      await page.click('#correct');
      expect(await page.inputValue('#value')).toBe(text.wrong);
      expect(await page.isChecked('#confidence-yellow')).toBe(true);
      expect(await page.inputValue('#comment')).toBe('Typo');
      await page.fill('#value', text.fixed);
      await page.check('#confidence-red');
      await page.fill('#comment', 'Era 25');
      await page.click('#save');
      expect(await formStatus(page)).toBe(text.corrected);
      expect(await settledAnnouncement(page)).toBe(text.corrected);
      let rows = emulator.sheetValues(text.checkIns);
      expect(rows).toHaveLength(4);
      expect(rows[3].slice(1)).toEqual([
        'KR1',
        25,
        text.labels.red,
        'Era 25',
        ANA.email,
        second[0],
      ]);
      expect(krRow(emulator, language, 'KR1')).toEqual({
        current: 25,
        confidence: text.labels.red,
        lastComment: 'Era 25',
      });
      expect(await page.textContent('#history-body .entries li .entry-value')).toBe('25 clientes');
      expect(await page.textContent('#history-body .entries li .meta')).toBe(text.mark);
      expect(await page.textContent('#summary .values')).toContain('25');
      await saveScreenshot(page, `sidebar-${language}-corrected`);

      // Withdraw the corrected check-in: asked first, then one more row naming the correction.
      await page.click('#withdraw');
      expect(await page.textContent('#last [role="alert"]')).toBe(text.question);
      await page.click('#withdraw-yes');
      expect(await formStatus(page)).toBe(text.withdrawn);
      rows = emulator.sheetValues(text.checkIns);
      expect(rows).toHaveLength(5);
      expect(rows[4].slice(1)).toEqual(['KR1', '', '', '', ANA.email, rows[3][0]]);
      // The KR row is back to the first check-in, and the chart drops the withdrawn point.
      expect(krRow(emulator, language, 'KR1')).toEqual({
        current: 22,
        confidence: text.labels.green,
        lastComment: 'Arranque',
      });
      expect(await page.$$eval('#history-body .entries li', (items) => items.length)).toBe(1);
      expect(await page.$$eval('svg.chart circle', (dots) => dots.length)).toBe(1);
      expect(await page.textContent('#last')).toContain('Arranque');
      expect(await page.textContent('#summary .values')).toContain('22');
      expect(first[1]).toBe('KR1');
      await saveScreenshot(page, `sidebar-${language}-withdrawn`);
      expect(pageErrors).toEqual([]);
    });
  },
);

describe('who may correct', () => {
  it('lets me correct a check-in I just saved, without reopening', async () => {
    const emulator = createCheckInWorkbook({ language: 'en' });
    const { page, calls } = await openSidebar(browser, emulator, ANA, 'en-US');
    await page.click('.kr-card[data-id="KR1"]');
    await page.waitForSelector('#history-body .empty');
    await page.fill('#value', '33');
    await page.check('#confidence-green');
    await page.click('#save');
    expect(await formStatus(page)).toMatch(/^Saved\./);
    await page.click('#correct');
    expect(await page.inputValue('#value')).toBe('33');
    await page.fill('#value', '23');
    await page.click('#save');
    expect(await formStatus(page)).toBe('Correction saved.');
    const rows = emulator.sheetValues('Check-ins');
    expect(rows.map((row) => row[2])).toEqual(['Value', 33, 23]);
    expect(rows[2][6]).toEqual(rows[1][0]);
    expect(calls.filter((name) => name === 'getKeyResultHistory')).toHaveLength(1);
  });

  it('offers Correct and Withdraw only on my own latest check-in', async () => {
    const emulator = createCheckInWorkbook({ language: 'en' });
    save(
      emulator,
      { keyResultId: 'KR2', value: '30', confidence: 'green', comment: 'Beto' },
      {
        email: 'beto@example.com',
      },
    );
    const { page } = await openSidebar(browser, emulator, ANA, 'en-US');
    await page.click('#tab-team');
    await page.click('.kr-card[data-id="KR2"]');
    await page.waitForSelector('#history-body .entries');
    expect(await page.textContent('#last')).toContain('by Beto Vendedor');
    expect(await page.$('#correct')).toBeNull();
    expect(await page.$('#withdraw')).toBeNull();
  });
});

async function checkIn(page: Page, id: string, value: string): Promise<void> {
  await page.click(`.kr-card[data-id="${id}"]`);
  await page.waitForSelector('#kr-title');
  if (value === 'yes' || value === 'no') await page.check(`#value-${value}`);
  else await page.fill('#value', value);
  await page.check('#confidence-green');
  await page.click('#save');
}

// [KR, value typed, the question, or null when none is asked]
const SANITY_CASES: [string, string, string | null][] = [
  ['UP', '-60', '-60 moves away from the target by more than the whole way from 0 to 100.'],
  ['DOWN', '131', '131 moves away from the target by more than the whole way from 100 to 50.'],
  ['MIN', '80', '80 moves away from the target by more than the whole way from 90 to 95.'],
  ['MAX', '12', null],
  ['YESNO', 'yes', null],
  ['REV', '10,000,000,000,000', '10,000,000,000,000 is more than 10 times the target, 10,000,000.'],
];

describe('are you sure? before an implausible value', () => {
  it('asks for exactly the values the rule names (increase, decrease, at least, at most, yes/no), and saves on "Save anyway"', async () => {
    const emulator = sanityWorkbook('en');
    const { page, calls, pageErrors } = await openSidebar(browser, emulator, ANA, 'en-US');
    let saved = 0;
    for (const [id, value, question] of SANITY_CASES) {
      await checkIn(page, id, value);
      if (question === null) {
        expect([id, await formStatus(page)]).toEqual([id, expect.stringMatching(/^Saved\./)]);
        expect(await page.textContent('#sure')).toBe('');
      } else {
        await page.waitForSelector('#save-anyway');
        expect([id, await page.textContent('#sure p')]).toEqual([
          id,
          expect.stringContaining(`Are you sure? ${question}`),
        ]);
        // Nothing sent until the person answers.
        expect(calls.filter((name) => name === 'saveCheckIn')).toHaveLength(saved);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('save-anyway');
        if (id === 'UP') await saveScreenshot(page, 'sidebar-en-are-you-sure');
        await page.click('#save-anyway');
        expect(await formStatus(page)).toMatch(/^Saved\./);
      }
      saved++;
      expect(calls.filter((name) => name === 'saveCheckIn')).toHaveLength(saved);
      expect(emulator.sheetValues('Check-ins')).toHaveLength(saved + 1);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.kr-list');
    }
    expect(pageErrors).toEqual([]);
  });

  it('asks in Spanish, and a changed value takes the question away', async () => {
    const emulator = sanityWorkbook('es');
    const { page } = await openSidebar(browser, emulator, ANA, 'es-AR');
    await checkIn(page, 'REV', '-500');
    await page.waitForSelector('#save-anyway');
    expect(await page.textContent('#sure p')).toBe(
      '¿Seguro? -500 es negativo, pero este resultado clave va de 0 a 10.000.000.',
    );
    expect(await page.textContent('#save-anyway')).toBe('Guardar igual');
    await saveScreenshot(page, 'sidebar-es-are-you-sure');
    await page.fill('#value', '2.500.000');
    expect(await page.textContent('#sure')).toBe('');
    await page.click('#save');
    expect(await formStatus(page)).toMatch(/^Guardado\./);
  });

  it('shows the server’s refusal when the sheet changed since the sidebar opened, and nothing is saved', async () => {
    const emulator = sanityWorkbook('en');
    const { page } = await openSidebar(browser, emulator, ANA, 'en-US');
    // DOWN showed 80; someone types 40 into its Current meanwhile: 95 is then a step
    // back of 55, more than the whole 100 → 50, which the server asks about.
    const header = emulator.sheetValues('Key Results')[0];
    emulator.userEdit('Key Results', `${String.fromCharCode(65 + header.indexOf('Current'))}3`, 40);
    await checkIn(page, 'DOWN', '95');
    expect(await formStatus(page)).toBe(
      'Nothing was saved: 95 moves away from the target by more than the whole way from 100 to 50. Confirm in the sidebar to save it anyway.',
    );
    expect(emulator.sheetValues('Check-ins')).toHaveLength(1);
  });
});

describe('a half-typed check-in', () => {
  it('is there again when the sidebar is closed and reopened, and gone once saved', async () => {
    const emulator = createCheckInWorkbook({ language: 'en' });
    const first = await openSidebar(browser, emulator, ANA, 'en-US');
    await first.page.click('.kr-card[data-id="KR1"]');
    await first.page.fill('#value', '27');
    await first.page.check('#confidence-red');
    await first.page.fill('#comment', 'Half way through wri');
    const again = await reopenSidebar(first, emulator, ANA);
    await again.page.click('.kr-card[data-id="KR1"]');
    expect(await again.page.inputValue('#value')).toBe('27');
    expect(await again.page.isChecked('#confidence-red')).toBe(true);
    expect(await again.page.inputValue('#comment')).toBe('Half way through wri');
    expect(await again.page.textContent('#draft')).toBe('Restored what you had typed.');
    // Another KR has no draft of its own.
    await again.page.keyboard.press('Escape');
    await again.page.click('#tab-team');
    await again.page.click('.kr-card[data-id="KR2"]');
    expect(await again.page.inputValue('#value')).toBe('');
    await again.page.keyboard.press('Escape');
    await again.page.click('#tab-mine');
    await again.page.click('.kr-card[data-id="KR1"]');
    await again.page.click('#save');
    expect(await formStatus(again.page)).toMatch(/^Saved\./);
    const third = await reopenSidebar(again, emulator, ANA);
    await third.page.click('.kr-card[data-id="KR1"]');
    expect(await third.page.inputValue('#value')).toBe('');
    expect(await third.page.textContent('#draft')).toBe('');
    expect(emulator.sheetValues('Check-ins')).toHaveLength(2);
  });
});
