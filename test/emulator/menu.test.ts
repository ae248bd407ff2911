import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../../emulator';
import { DIST_DIR } from '../../emulator/bundle';
import { HELP_TEXT } from '../../src/core/helpText';
import { MENU, menuItemsOf } from '../../src/core/menu';
import { freshEmulator, NOW } from './fixtures/workbookFixture';

const DAY_MS = 86_400_000;

function menuCaptions(emulator: Emulator): string[] {
  const menu = emulator.ui.menus[emulator.ui.menus.length - 1];
  return menu.items.map((item) =>
    typeof item === 'object' && 'caption' in item
      ? item.caption
      : typeof item === 'object' && 'subMenu' in item
        ? `${item.subMenu.title} ›`
        : String(item),
  );
}

function settingDisplay(emulator: Emulator, sheet: string, label: string): string {
  return emulator.sheetDisplayValues(sheet).find((row) => row[0] === label)?.[1] ?? '';
}

describe('onOpen before the add-on is enabled in the document (AuthMode.NONE)', () => {
  it.each([
    ['es', 'Crear o actualizar el libro'],
    ['en', 'Create or upgrade workbook'],
  ])(
    'builds the menu in the person’s language (%s) without touching the spreadsheet',
    (userLocale, first) => {
      const emulator = freshEmulator('en_US', userLocale);
      emulator.resetCounters();
      emulator.run('onOpen', [{ authMode: emulator.services.ScriptApp.AuthMode.NONE }], {
        authMode: 'NONE',
      });
      expect(menuCaptions(emulator)[0]).toBe(first);
      const { byMethod } = emulator.counters;
      const touched = Object.keys(byMethod).filter(
        (method) => !/^(Ui|Menu|SpreadsheetApp\.getUi|Session)/.test(method),
      );
      expect(touched).toEqual([]);
      expect(emulator.counters.properties).toBe(0);
    },
  );
});

describe('onOpen once authorised', () => {
  it('labels the menu in the workbook language from Settings, whatever the person’s locale', () => {
    const emulator = freshEmulator('es_AR', 'en');
    emulator.run('createOrUpgradeWorkbook');
    emulator.run('onOpen', [{ authMode: emulator.services.ScriptApp.AuthMode.LIMITED }], {
      authMode: 'LIMITED',
    });
    expect(menuCaptions(emulator)).toEqual([
      'Crear o actualizar el libro',
      'Insertar OKRs de ejemplo',
      'separator',
      'Registrar avance…',
      'Revisar OKRs',
      'Asignar los IDs que faltan',
      'Actualizar la fecha de corte',
      'separator',
      ...menuCaptions(emulator).slice(8, -1),
      'Ayuda ›',
    ]);
  });

  it('keeps the As of date current, writing only when the day changed', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('createOrUpgradeWorkbook');
    emulator.resetCounters();
    emulator.run('onOpen', [{ authMode: emulator.services.ScriptApp.AuthMode.FULL }]);
    expect(emulator.counters.spreadsheetWrites).toBe(0);
    expect(emulator.counters.spreadsheetReads).toBe(1);
    emulator.clock.advance(3 * DAY_MS);
    emulator.run('onOpen', [{ authMode: emulator.services.ScriptApp.AuthMode.FULL }]);
    expect(settingDisplay(emulator, 'Settings', 'As of')).toBe('11/25/2026');
    expect(
      emulator.sheetValues('Settings').find((row) => row[0] === 'Time elapsed')?.[1],
    ).toBeCloseTo(55 / 91, 9);
  });

  it('still builds a menu on a spreadsheet without the workbook', () => {
    const emulator = freshEmulator('es_ES', 'en');
    emulator.run('onOpen', [{ authMode: emulator.services.ScriptApp.AuthMode.FULL }]);
    expect(menuCaptions(emulator)[0]).toBe('Crear o actualizar el libro');
  });
});

describe('Every menu item', () => {
  it('calls a public entry point of the add-on', () => {
    const emulator = freshEmulator('en_US');
    for (const entry of menuItemsOf(MENU)) {
      expect([entry.functionName, typeof emulator.context[entry.functionName]]).toEqual([
        entry.functionName,
        'function',
      ]);
    }
  });
});

describe('Refresh "as of" date', () => {
  it.each([
    [
      'en_US',
      'Settings',
      'As of',
      'The "as of" date is now 11/24/2026; expected progress and statuses use it.',
      '11/24/2026',
    ],
    [
      'es_AR',
      'Configuración',
      'Fecha de corte',
      'La fecha de corte ahora es 24/11/2026; el progreso esperado y los estados la usan.',
      '24/11/2026',
    ],
  ])('sets As of to today and says so (%s)', (locale, sheet, label, toast, shown) => {
    const emulator = freshEmulator(locale);
    emulator.run('createOrUpgradeWorkbook');
    emulator.clock.advance(2 * DAY_MS);
    emulator.run('refreshAsOfDate');
    expect(settingDisplay(emulator, sheet, label)).toBe(shown);
    expect(emulator.ui.toasts[emulator.ui.toasts.length - 1].message).toBe(toast);
  });

  it('points to Create workbook when there is no Settings sheet', () => {
    const emulator = freshEmulator('en_US');
    emulator.run('refreshAsOfDate');
    expect(emulator.ui.toasts[0].message).toContain('Create or upgrade workbook');
  });
});

describe('Help', () => {
  it('explains where to start, in the workbook language', () => {
    const emulator = freshEmulator('es_AR', 'en');
    emulator.run('createOrUpgradeWorkbook');
    emulator.run('showHelp');
    expect(emulator.ui.alerts[0].prompt).toBe(HELP_TEXT.es.body);
    // The text comes beside the script, read by this action only.
    expect(emulator.counters.byMethod['HtmlService.createHtmlOutputFromFile']).toBeGreaterThan(0);
  });

  it('without its file (a broken deployment) still lists what the menu does', () => {
    const dist = mkdtempSync(join(tmpdir(), 'okr-dist-'));
    for (const file of readdirSync(DIST_DIR).filter((name) => name !== 'Help.html'))
      copyFileSync(join(DIST_DIR, file), join(dist, file));
    const emulator = createEmulator({ locale: 'en_US', now: NOW, distDir: dist });
    emulator.run('showHelp');
    const [help] = emulator.ui.alerts;
    expect(help!.title).toBe('OKR Sheets');
    expect(help!.prompt).toContain('• Create or upgrade workbook');
    rmSync(dist, { recursive: true, force: true });
  });
});

it('uses the emulator clock', () => {
  expect(NOW.toISOString()).toBe('2026-11-22T15:00:00.000Z');
});
