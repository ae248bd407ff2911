// The check-in sidebar end to end: dist/Sidebar.html in Chromium, its server calls run by
// the emulator against an in-memory workbook. Screenshots go to test-artifacts/.
import type { Browser } from 'playwright-core';
import { ANA, createCheckInWorkbook, HIDDEN } from '../emulator/fixtures/checkInFixture';
import { launchBrowser, saveScreenshot } from './browser';
import { openSidebar, settledAnnouncement } from './sidebarHarness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cardIds = (page: import('playwright-core').Page) =>
  page.$$eval('.kr-card', (cards) => cards.map((card) => card.getAttribute('data-id')));

describe('check-in sidebar in Spanish', () => {
  it('opens, shows the team red first, refuses an invalid value inline, saves, and updates history and team', async () => {
    const emulator = createCheckInWorkbook({ language: 'es' });
    const { page, calls, pageErrors } = await openSidebar(browser, emulator, ANA, 'es-AR');

    // Open: one server call, in the workbook language.
    expect(calls).toEqual(['getCheckInContext']);
    expect(await page.textContent('h1')).toBe('Seguimiento de OKRs');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.textContent('#tab-mine')).toBe('Mis RC (1)');
    expect(await cardIds(page)).toEqual(['KR1']);
    const firstCard = await page.textContent('.kr-card');
    expect(firstCard).toContain('Crecer en cuentas nuevas');
    expect(firstCard).toContain('20 → 40 clientes');
    expect(firstCard).toContain('Esperado');
    await saveScreenshot(page, 'sidebar-es-my-krs');

    // Team view by keyboard: red first, each with its last comment.
    await page.focus('#tab-mine');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-team', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-team');
    expect(await cardIds(page)).toEqual(['KR4', 'KR3', 'KR2']);
    expect(await page.textContent('.kr-card[data-id="KR3"]')).toContain('“Falta personal”');
    expect(await page.textContent('.kr-card[data-id="KR3"] .chip')).toBe('Desviado');
    await saveScreenshot(page, 'sidebar-es-team');

    // Search across all KRs.
    await page.fill('#search', 'contentos');
    expect(await cardIds(page)).toEqual(['KR3']);

    // Select by keyboard: the value field takes focus, history loads.
    await page.focus('.kr-card[data-id="KR3"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#kr-title');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('value');
    await page.waitForSelector('#history-body .empty');
    expect(await page.textContent('#history-body')).toBe('Todavía no hay seguimientos.');
    expect(await page.textContent('#value-hint')).toContain('Meta 7 %');
    // Every field has a label (radios their own, in a fieldset with a legend).
    expect(
      await page.$$eval('input, select, textarea', (fields) =>
        fields
          .filter((field) => (field as HTMLInputElement).labels?.length === 0)
          .map((field) => field.id),
      ),
    ).toEqual([]);
    expect(
      await page.$$eval('fieldset', (sets) =>
        sets.map((set) => set.querySelector('legend')?.textContent),
      ),
    ).toEqual(['Confianza']);

    // An English-style decimal is explained next to the field, and nothing is sent.
    await page.fill('#value', '8.5');
    await page.keyboard.press('Enter');
    expect(await page.textContent('#value-error')).toBe(
      'Escribe un número como 1.234,5 (punto para miles, coma para decimales).',
    );
    expect(await page.getAttribute('#value', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#confidence-error')).toBe('Elige tu nivel de confianza.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('value');
    expect(calls).not.toContain('saveCheckIn');
    await saveScreenshot(page, 'sidebar-es-invalid');

    // Fix it, pick a confidence by keyboard, comment with markup, save.
    await page.fill('#value', '8,5');
    expect(await page.textContent('#value-error')).toBe('');
    await page.focus('#confidence-yellow');
    await page.keyboard.press('Space');
    await page.fill('#comment', '<script>alert(1)</script> Contratamos a dos personas');
    await page.click('#save');
    // The form's status line says how the save ended, success or not (a loaded machine is slow).
    await page.waitForFunction(
      () =>
        document.getElementById('form-status')?.textContent !== '' &&
        !document.getElementById('save')?.hasAttribute('aria-disabled'),
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.textContent('#form-status')).toBe('Guardado. Progreso 70 %: En camino.');
    // Until no announcement is pending (the search box's delayed result count included):
    // an earlier search must not talk over the save's message.
    expect(await settledAnnouncement(page)).toBe('Guardado. Progreso 70 %: En camino.');
    expect(calls.filter((name) => name === 'saveCheckIn')).toHaveLength(1);
    expect(await page.textContent('#summary .chip')).toBe('En camino');
    expect(await page.textContent('#summary .owner')).toBe('Caro Soporte');

    // History shows the new check-in first, markup as text; the sheet has it too.
    expect(await page.textContent('#history-body .entries li .comment')).toBe(
      '<script>alert(1)</script> Contratamos a dos personas',
    );
    expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(2);
    const row = emulator.sheetValues('Seguimiento')[1];
    expect(row.slice(1)).toEqual([
      'KR3',
      0.085,
      'En riesgo',
      '<script>alert(1)</script> Contratamos a dos personas',
      'ana@example.com',
      '',
    ]);
    await saveScreenshot(page, 'sidebar-es-saved');

    // Back with Escape: the team view reflects the save and focus returns to the card.
    await page.keyboard.press('Escape');
    await page.waitForSelector('.kr-list');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('KR3');
    await page.fill('#search', '');
    expect(await cardIds(page)).toEqual(['KR4', 'KR2', 'KR3']);
    expect(await page.textContent('.kr-card[data-id="KR3"]')).toContain(
      '“<script>alert(1)</script> Contratamos a dos personas”',
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
    expect(pageErrors).toEqual([]);
  });

  it('lets a person whose account hides the email pick their name once', async () => {
    const emulator = createCheckInWorkbook({ language: 'es' });
    const { page, calls } = await openSidebar(browser, emulator, HIDDEN, 'es-AR');
    expect(await page.textContent('#who')).toBe('¿Quién eres?');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person');
    await page.selectOption('#person', 'dani@example.com');
    await page.click('button[type="submit"]');
    await page.waitForSelector('.identity');
    expect(await page.textContent('.identity')).toContain('Registras como Dani Consumer');
    expect(calls).toEqual(['getCheckInContext', 'chooseIdentity']);
    await saveScreenshot(page, 'sidebar-es-identity-chosen');
  });
});

describe('check-in sidebar in English', () => {
  it('shows history newest first with the chart, and the localized form', async () => {
    const emulator = createCheckInWorkbook({ language: 'en' });
    emulator.callFromClient('saveCheckIn', [
      { keyResultId: 'KR1', value: '14', confidence: 'red', comment: 'Slow start' },
    ]);
    emulator.clock.advance(7 * 86_400_000);
    emulator.callFromClient('saveCheckIn', [
      // Over 10 times the target of 40: a value the sidebar asks about, here confirmed.
      {
        keyResultId: 'KR1',
        value: '1,020.5',
        confidence: 'yellow',
        comment: 'Big deal closed',
        confirmed: true,
      },
    ]);
    const { page, pageErrors } = await openSidebar(browser, emulator, ANA, 'en-US');
    expect(await page.textContent('h1')).toBe('OKR check-in');
    expect(await page.textContent('#tab-mine')).toBe('My KRs (1)');
    await saveScreenshot(page, 'sidebar-en-my-krs');
    await page.click('.kr-card[data-id="KR1"]');
    await page.waitForSelector('#history-body .entries');
    const comments = await page.$$eval('#history-body .entries .comment', (items) =>
      items.map((item) => item.textContent),
    );
    expect(comments).toEqual(['Big deal closed', 'Slow start']);
    expect(await page.textContent('#history-body .entries .entry-value')).toBe('1,020.5 clientes');
    expect(await page.$$eval('svg.chart circle', (dots) => dots.length)).toBe(2);
    expect(await page.getAttribute('svg.chart', 'aria-label')).toBe(
      'Value over time against the expected line',
    );
    expect(await page.textContent('label[for="comment"]')).toBe('Comment');
    expect(await page.textContent('#comment-hint')).toBe(
      'What moved, what blocks you, what help you need',
    );
    expect(await page.textContent('#confidence legend')).toBe('Confidence');
    expect(
      await page.$$eval('#confidence label', (labels) => labels.map((label) => label.textContent)),
    ).toEqual(['On track', 'At risk', 'Off track']);
    // The last confidence is preselected.
    expect(await page.isChecked('#confidence-yellow')).toBe(true);
    // The comment limit is counted down and explained before anything is sent.
    await page.fill('#value', '12%');
    await page.click('#save');
    expect(await page.textContent('#value-error')).toBe(
      'This key result is not a percentage: leave out the % sign.',
    );
    await saveScreenshot(page, 'sidebar-en-history');
    expect(pageErrors).toEqual([]);
  });
});

describe('check-in sidebar for a large team', () => {
  it('lists the first 100 key results, says so, and search finds the rest', async () => {
    const emulator = createCheckInWorkbook({ language: 'en', extraKeyResults: 246 });
    const { page } = await openSidebar(browser, emulator, ANA, 'en-US');
    await page.click('#tab-team');
    expect(await page.textContent('#tab-team')).toBe('My team (249)');
    expect(await page.$$eval('.kr-card', (cards) => cards.length)).toBe(100);
    expect(await page.textContent('#panel .hint')).toBe(
      'Showing the first 100 of 249. Search to find the others.',
    );
    await page.fill('#search', 'KX246');
    expect(await cardIds(page)).toEqual(['KX246']);
    expect(await settledAnnouncement(page)).toBe('1 key result');
  });
});

describe('saving state', () => {
  it('shows Saving… while the call is in flight, keeps focus, and sends nothing twice', async () => {
    const emulator = createCheckInWorkbook({ language: 'en' });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page, calls } = await openSidebar(browser, emulator, ANA, 'en-US', (name) =>
      name === 'saveCheckIn' ? held : Promise.resolve(),
    );
    await page.click('.kr-card[data-id="KR1"]');
    await page.fill('#value', '30');
    await page.check('#confidence-green');
    await page.focus('#save');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('save')?.textContent === 'Saving…');
    expect(await page.getAttribute('#save', 'aria-disabled')).toBe('true');
    expect(await page.getAttribute('form.check-in', 'aria-busy')).toBe('true');
    await page.keyboard.press('Enter');
    release();
    await page.waitForFunction(
      () => document.getElementById('save')?.textContent === 'Save check-in',
    );
    expect(calls.filter((name) => name === 'saveCheckIn')).toHaveLength(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('save');
    expect(emulator.sheetValues('Check-ins')).toHaveLength(2);
  });
});
