import type { Language, Translations } from './i18n/language';

/** One item of the OKRs menu: the label in both languages and the entry point it calls. */
interface MenuItem {
  readonly functionName: string;
  readonly label: Translations<string>;
}

/** A submenu: its title in both languages and its items. */
interface SubMenu {
  readonly label: Translations<string>;
  readonly items: readonly MenuItem[];
}

type MenuEntry = MenuItem | SubMenu | 'separator';

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
  {
    functionName: 'togglePastPeriods',
    label: { en: 'Show/hide past periods', es: 'Mostrar/ocultar períodos pasados' },
  },
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
  {
    functionName: 'recordLiveKeyResultsDaily',
    label: { en: 'Record live KRs daily', es: 'Registrar RC en vivo a diario' },
  },
  'separator',
  {
    label: { en: 'Help', es: 'Ayuda' },
    items: [
      { functionName: 'showHelp', label: { en: 'How it works', es: 'Cómo funciona' } },
      {
        functionName: 'showSetupCheck',
        label: { en: 'Check setup', es: 'Comprobar configuración' },
      },
    ],
  },
] as const satisfies readonly MenuEntry[];

type MenuItemOf<Entry> = Entry extends { readonly items: readonly (infer Item)[] }
  ? Item
  : Extract<Entry, MenuItem>;

/** The entry points the menu calls, as literal names. */
export type MenuFunctionName = MenuItemOf<(typeof MENU)[number]>['functionName'];

export interface LabelledMenuItem {
  readonly functionName: MenuFunctionName;
  readonly label: string;
}

export interface LabelledSubMenu {
  readonly label: string;
  readonly items: readonly LabelledMenuItem[];
}

export type LabelledMenuEntry = LabelledMenuItem | LabelledSubMenu | 'separator';

/** Every item of the menu, submenus' items in place, without separators. */
export function menuItemsOf(entries: typeof MENU): MenuItemOf<(typeof MENU)[number]>[];
export function menuItemsOf(entries: readonly LabelledMenuEntry[]): LabelledMenuItem[];
export function menuItemsOf(entries: readonly unknown[]): unknown[] {
  return entries.flatMap((entry) =>
    entry === 'separator'
      ? []
      : typeof entry === 'object' && entry !== null && 'items' in entry
        ? [...(entry as { items: readonly unknown[] }).items]
        : [entry],
  );
}

/**
 * The menu as plain labels in one language, ready for an adapter to build. Separators
 * that would stand next to each other or at an end (an empty group) are dropped. A
 * `status` line (when the reminders last ran) closes the Help submenu and opens the
 * setup check.
 */
export function menuIn(language: Language, status = ''): readonly LabelledMenuEntry[] {
  const items: LabelledMenuEntry[] = [];
  for (const entry of MENU) {
    if (entry === 'separator') {
      if (items.length > 0 && items[items.length - 1] !== 'separator') items.push(entry);
    } else if ('items' in entry) {
      const subItems: LabelledMenuItem[] = entry.items.map((item) => ({
        functionName: item.functionName,
        label: item.label[language],
      }));
      if (status) subItems.push({ functionName: 'showSetupCheck', label: status });
      items.push({ label: entry.label[language], items: subItems });
    } else {
      items.push({ functionName: entry.functionName, label: entry.label[language] });
    }
  }
  if (items[items.length - 1] === 'separator') items.pop();
  return items;
}
