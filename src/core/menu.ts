import type { Language, Translations } from './i18n/language';

/** One item of the OKRs menu: the label in both languages and the entry point it calls. */
export interface MenuItem {
  readonly functionName: string;
  readonly label: Translations<string>;
}

export type MenuEntry = MenuItem | 'separator';

export const MENU_TITLE = 'OKRs';

/** The OKRs menu, top to bottom. Each item's function must be in the public registry. */
export const MENU: readonly MenuEntry[] = [
  { functionName: 'showCheckInSidebar', label: { en: 'Check-in…', es: 'Registrar avance…' } },
  'separator',
  { functionName: 'showHelp', label: { en: 'Help', es: 'Ayuda' } },
];

export interface LabelledMenuItem {
  readonly functionName: string;
  readonly label: string;
}

/** The menu as plain labels in one language, ready for an adapter to build. */
export function menuIn(language: Language): readonly (LabelledMenuItem | 'separator')[] {
  return MENU.map((entry) =>
    entry === 'separator'
      ? entry
      : { functionName: entry.functionName, label: entry.label[language] },
  );
}

export const HELP_TEXT: Translations<{ title: string; body: string }> = {
  en: {
    title: 'OKR Sheets',
    body:
      'Run your OKRs in this spreadsheet: objectives, key results, check-ins and 1:1 reminders.\n' +
      'Use OKRs → Check-in to record progress on a key result.',
  },
  es: {
    title: 'OKR Sheets',
    body:
      'Gestiona tus OKRs en esta hoja de cálculo: objetivos, resultados clave, seguimientos y avisos de 1:1.\n' +
      'Usa OKRs → Registrar avance para anotar el progreso de un resultado clave.',
  },
};
