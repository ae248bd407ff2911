import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, loadBundle, scriptFilesInPushOrder, topLevelNames } from '../../emulator/bundle';
import { recordServices } from '../../emulator/serviceRecorder';
import { PUBLIC_FUNCTIONS } from '../../src/server/registry';

describe('dist/Code.js as Apps Script loads it', () => {
  it('exposes exactly the registry as public top-level functions; every other name ends in _', () => {
    const { globals } = recordServices();
    const context = loadBundle(globals);
    const names = topLevelNames(context, globals);
    const publicNames = names.filter((name) => !name.endsWith('_')).sort();
    expect(publicNames).toEqual(PUBLIC_FUNCTIONS.map((entry) => entry.name).sort());
    for (const name of publicNames) expect(typeof context[name]).toBe('function');
  });

  it('calls no Apps Script service while loading', () => {
    const recorder = recordServices();
    loadBundle(recorder.globals);
    expect(recorder.touched).toEqual([]);
  });

  it('puts each stub before the bundle; a custom function with its whole JSDoc and @customfunction, the others with their summary', () => {
    const code = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
    const bundleStart = code.indexOf('var OKR_');
    expect(bundleStart).toBeGreaterThan(0);
    for (const entry of PUBLIC_FUNCTIONS) {
      const stubAt = code.indexOf(`\nfunction ${entry.name}(`);
      expect(stubAt).toBeGreaterThan(0);
      expect(stubAt).toBeLessThan(bundleStart);
      const doc = code.slice(code.lastIndexOf('/**', stubAt), stubAt);
      expect(doc).toContain(entry.summary.split('\n')[0]);
      expect(doc.includes('@customfunction')).toBe(entry.kind === 'customFunction');
      if (entry.kind !== 'customFunction') continue;
      for (const param of entry.params) expect(doc).toContain(`@param {${param.type}}`);
    }
  });

  it('keeps the docs out of the bundle every execution loads, and in the stubs only for custom functions', () => {
    const code = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
    const bundle = code.slice(code.indexOf('var OKR_'));
    for (const entry of PUBLIC_FUNCTIONS.filter((candidate) => candidate.params.length > 0)) {
      const description = entry.params[0].description;
      expect(bundle).not.toContain(description);
      if (entry.kind === 'customFunction') expect(code).toContain(description);
    }
  });

  it('loads the one script file of dist/', () => {
    expect(scriptFilesInPushOrder().map((file) => file.slice(DIST_DIR.length + 1))).toEqual([
      'Code.js',
    ]);
  });

  it('routes a stub call to its implementation', () => {
    const built: { name: string; title: string }[] = [];
    const menu = {
      addItem: (title: string, name: string) => {
        built.push({ name, title });
        return menu;
      },
      addSeparator: () => menu,
      addSubMenu: () => menu,
      addToUi: () => undefined,
    };
    const globals = {
      SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu, createMenu: () => menu }) },
      ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
      Session: { getActiveUserLocale: () => 'es_AR' },
    };
    const context = loadBundle(globals);
    // Before authorisation Sheets runs onOpen in AuthMode.NONE: the menu follows the user's locale.
    context.onOpen({ authMode: 'NONE' });
    expect(built.map((item) => item.name)).toContain('showCheckInSidebar');
    expect(built.find((item) => item.name === 'showHelp')?.title).toBe('Cómo funciona');
    expect(built.find((item) => item.name === 'showSetupCheck')?.title).toBe(
      'Comprobar configuración',
    );
  });
});
