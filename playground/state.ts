// What the playground page is shown: a plain, JSON-safe picture of the emulated
// spreadsheet and everything around it, rebuilt after every action.
import type { Language } from '../src/core/i18n/language';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export type MenuItemView =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'subMenu'; readonly title: string; readonly items: readonly MenuItemView[] };

export interface MenuView {
  readonly title: string;
  readonly addon: boolean;
  readonly items: readonly MenuItemView[];
}

export interface CellStyle {
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
}

export interface SheetView {
  readonly id: number;
  readonly name: string;
  readonly hidden: boolean;
  readonly tabColor: string | null;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Rows in the sheet's content (last row with content). */
  readonly totalRows: number;
  /** Pixel width per shown column. */
  readonly columnWidths: readonly number[];
  /** Display values (what the cell shows), one array per shown row. */
  readonly cells: readonly (readonly string[])[];
  /** Index into `styles` per cell; 0 is the default style. */
  readonly styleIds: readonly (readonly number[])[];
  readonly styles: readonly CellStyle[];
  /** Notes by `row,column` (1-based), shown as a tooltip. */
  readonly notes: Readonly<Record<string, string>>;
  /** Cells with a dropdown (list validation) or a checkbox, by `row,column`. */
  readonly controls: Readonly<Record<string, 'dropdown' | 'checkbox'>>;
  /** Rows hidden by the add-on (1-based, ascending), drawn hidden as Sheets does. */
  readonly hiddenRows?: readonly number[];
  /** Formulas by `row,column`, in English syntax as getFormula returns them (the cell editor shows them in the locale's). */
  readonly formulas?: Readonly<Record<string, string>>;
}

export interface ChartView {
  readonly id: number;
  readonly sheet: string;
  readonly type: string;
  readonly title: string;
  readonly anchor: string;
  /** Where Sheets puts it: the top-left corner at the anchor cell (1-based) plus offsets (px). */
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly width: number;
  readonly height: number;
  readonly ranges: readonly string[];
  readonly labels: readonly string[];
  /** `display`: each value as its cell shows it (the workbook's number format and locale). */
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly number[];
    readonly display: readonly string[];
  }[];
  /** The value axis: percent when the chart's format option or its cells say so. */
  readonly axis: { readonly percent: boolean; readonly min?: number; readonly max?: number };
  readonly colors: readonly string[];
  readonly legend: string;
}

export interface EmailView {
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly sentAt: string;
}

export interface TriggerView {
  readonly handler: string;
  readonly type: string;
}

export interface HtmlSurfaceView {
  /** Changes whenever a new page is shown, so the iframe reloads. */
  readonly key: string;
  readonly title: string;
  readonly width?: number;
  readonly height?: number;
}

export interface ToastView {
  readonly id: number;
  readonly title: string;
  readonly message: string;
  readonly timeoutSeconds: number;
}

export interface CountersView {
  readonly action: string;
  readonly values: Readonly<Record<string, number>>;
  readonly byMethod: Readonly<Record<string, number>>;
}

/** Someone the page can act as ("Viewing as"). */
export interface PersonView {
  /** As People lists it; empty for the outside editor (the page names them). */
  readonly name: string;
  readonly email: string;
  /** Has edit access but is not in People. */
  readonly outside: boolean;
}

export interface ActionOutcome {
  readonly name: string;
  readonly ok: boolean;
  readonly error?: string;
}

export interface PlaygroundState {
  readonly revision: number;
  readonly language: Language;
  readonly locale: string;
  /** Who the executions run as (the "Viewing as" choice). */
  readonly user: string;
  readonly people: readonly PersonView[];
  readonly menus: readonly MenuView[];
  readonly sheets: readonly SheetView[];
  readonly activeSheet: string | null;
  readonly toasts: readonly ToastView[];
  readonly sidebar: HtmlSurfaceView | null;
  readonly dialog: (HtmlSurfaceView & { readonly modal: boolean }) | null;
  readonly outbox: readonly EmailView[];
  readonly charts: readonly ChartView[];
  readonly now: string;
  readonly timeZone: string;
  readonly triggers: readonly TriggerView[];
  readonly counters: CountersView | null;
  readonly lastAction: ActionOutcome | null;
  readonly log: readonly string[];
}

/** An alert or prompt the add-on is waiting on: the execution is paused until answered. */
export interface PendingQuestion {
  readonly id: number;
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
}

export interface Answer {
  readonly button: ButtonName;
  readonly text: string;
}

export const BUTTONS_OF_SET: Readonly<Record<ButtonSetName, readonly ButtonName[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};
