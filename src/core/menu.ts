import type { Language, Translations } from './i18n/language';

/** One item of the OKRs menu: the label in both languages and the entry point it calls. */
interface MenuItem {
  readonly functionName: string;
  readonly label: Translations<string>;
}

type MenuEntry = MenuItem | 'separator';

/**
 * The OKRs menu, top to bottom. Each item's function must be a menu action of the public
 * registry, which checks `MenuFunctionName` against its own names.
 */
export const MENU = [
  {
    functionName: 'createOrUpgradeWorkbook',
    label: { en: 'Create or upgrade workbook', es: 'Crear o actualizar el libro' },
  },
  {
    functionName: 'insertExampleOkrs',
    label: { en: 'Insert example OKRs', es: 'Insertar OKRs de ejemplo' },
  },
  'separator',
  { functionName: 'showCheckInSidebar', label: { en: 'Check-in…', es: 'Registrar avance…' } },
  { functionName: 'reviewOkrs', label: { en: 'Review OKRs', es: 'Revisar OKRs' } },
  {
    functionName: 'assignMissingIds',
    label: { en: 'Assign missing IDs', es: 'Asignar los IDs que faltan' },
  },
  {
    functionName: 'refreshAsOfDate',
    label: { en: 'Refresh "as of" date', es: 'Actualizar la fecha de corte' },
  },
  'separator',
  {
    functionName: 'midPeriodReview',
    label: { en: 'Mid-period review', es: 'Revisión de mitad de período' },
  },
  { functionName: 'closePeriod', label: { en: 'Close period…', es: 'Cerrar período…' } },
  'separator',
  // 1:1 reminder items go here, after the review and as-of items.
  {
    functionName: 'setUpReminders',
    label: { en: 'Set up 1:1 reminders', es: 'Configurar avisos de 1:1' },
  },
  {
    functionName: 'previewReminders',
    label: { en: 'Preview reminders…', es: 'Vista previa de los avisos…' },
  },
  {
    functionName: 'sendRemindersNow',
    label: { en: 'Send reminders now', es: 'Enviar los avisos ahora' },
  },
  {
    functionName: 'turnOffReminders',
    label: { en: 'Turn off reminders', es: 'Desactivar los avisos' },
  },
  'separator',
  { functionName: 'showHelp', label: { en: 'Help', es: 'Ayuda' } },
] as const satisfies readonly MenuEntry[];

/** The entry points the menu calls, as literal names. */
export type MenuFunctionName = Extract<(typeof MENU)[number], MenuItem>['functionName'];

export interface LabelledMenuItem {
  readonly functionName: MenuFunctionName;
  readonly label: string;
}

/**
 * The menu as plain labels in one language, ready for an adapter to build. Separators
 * that would stand next to each other or at an end (an empty group) are dropped.
 */
export function menuIn(language: Language): readonly (LabelledMenuItem | 'separator')[] {
  const items: (LabelledMenuItem | 'separator')[] = [];
  for (const entry of MENU) {
    if (entry === 'separator') {
      if (items.length > 0 && items[items.length - 1] !== 'separator') items.push(entry);
    } else {
      items.push({ functionName: entry.functionName, label: entry.label[language] });
    }
  }
  if (items[items.length - 1] === 'separator') items.pop();
  return items;
}

export const HELP_TEXT: Translations<{ title: string; body: string }> = {
  en: {
    title: 'OKR Sheets',
    body:
      'Run your OKRs in this spreadsheet: objectives, key results, check-ins and 1:1 reminders.\n' +
      'Start with OKRs → Create or upgrade workbook (safe to run any time: it never changes what you typed), ' +
      'then OKRs → Insert example OKRs to learn from an example.\n' +
      'Use OKRs → Check-in to record progress on a key result, and OKRs → Review OKRs to find badly written OKRs.',
  },
  es: {
    title: 'OKR Sheets',
    body:
      'Gestiona tus OKRs en esta hoja de cálculo: objetivos, resultados clave, seguimientos y avisos de 1:1.\n' +
      'Empieza con OKRs → Crear o actualizar el libro (puedes usarlo cuando quieras: nunca cambia lo que escribiste), ' +
      'y luego OKRs → Insertar OKRs de ejemplo para aprender con un ejemplo.\n' +
      'Usa OKRs → Registrar avance para anotar el progreso de un resultado clave, y OKRs → Revisar OKRs para encontrar OKRs mal escritos.',
  },
};
