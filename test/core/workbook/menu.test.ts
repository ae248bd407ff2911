import { HELP_TEXT } from '../../../src/core/helpText';
import { MENU, menuIn, menuItemsOf } from '../../../src/core/menu';

describe('the OKRs menu', () => {
  it('offers the workbook, example, check-in, review and as-of actions in both languages', () => {
    const functions = menuItemsOf(MENU).map((entry) => entry.functionName);
    expect(functions).toEqual(
      expect.arrayContaining([
        'createOrUpgradeWorkbook',
        'insertExampleOkrs',
        'showCheckInSidebar',
        'reviewOkrs',
        'assignMissingIds',
        'refreshAsOfDate',
        'showHelp',
        'showSetupCheck',
      ]),
    );
    for (const language of ['en', 'es'] as const) {
      const labels = menuItemsOf(menuIn(language));
      expect(new Set(labels.map((item) => item.label)).size).toBe(labels.length);
    }
    expect(menuIn('es')[0]).toEqual({
      functionName: 'createOrUpgradeWorkbook',
      label: 'Crear o actualizar el libro',
    });
  });

  it('puts Help › How it works and Help › Check setup in a submenu, with the reminders status last', () => {
    expect(menuIn('es').at(-1)).toEqual({
      label: 'Ayuda',
      items: [
        { functionName: 'showHelp', label: 'Cómo funciona' },
        { functionName: 'showSetupCheck', label: 'Comprobar configuración' },
      ],
    });
    expect(menuIn('en', 'Reminders last ran on 1 December 2026, 08:03').at(-1)).toEqual({
      label: 'Help',
      items: [
        { functionName: 'showHelp', label: 'How it works' },
        { functionName: 'showSetupCheck', label: 'Check setup' },
        { functionName: 'showSetupCheck', label: 'Reminders last ran on 1 December 2026, 08:03' },
      ],
    });
  });

  it('never shows two separators together or one at an end', () => {
    for (const language of ['en', 'es'] as const) {
      const items = menuIn(language);
      expect(items[0]).not.toBe('separator');
      expect(items[items.length - 1]).not.toBe('separator');
      items.forEach((item, index) => {
        if (item === 'separator') expect(items[index + 1]).not.toBe('separator');
      });
    }
  });

  it('has help that names the first step in each language', () => {
    expect(HELP_TEXT.en.body).toContain('Create or upgrade workbook');
    expect(HELP_TEXT.es.body).toContain('Crear o actualizar el libro');
  });

  it('has help that names every menu item, the functions and the quarter cycle', () => {
    for (const language of ['en', 'es'] as const) {
      const body = HELP_TEXT[language].body;
      for (const item of menuIn(language)) {
        if (item === 'separator') continue;
        if ('items' in item) {
          for (const subItem of item.items)
            expect(body).toContain(`• ${item.label} › ${subItem.label}:`);
        } else expect(body).toContain(`• ${item.label}:`);
      }
      for (const name of ['KR_PROGRESS', 'KR_EXPECTED', 'KR_STATUS', 'OKR_ROLLUP', 'KPI_STATUS']) {
        expect(body).toContain(name);
      }
      expect(body).toContain(language === 'en' ? 'docs/functions.md' : 'docs/funciones.md');
      expect(body).toContain(language === 'en' ? 'The quarter cycle' : 'El ciclo trimestral');
      // An alert wraps long lines badly: one short line per item.
      for (const line of body.split('\n')) expect(line.length).toBeLessThanOrEqual(160);
    }
  });
});
