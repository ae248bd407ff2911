// SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts, recorded so tests
// and the playground can see them. Alerts and prompts answer from a queue of responses
// (the default is the first button of the set: OK or YES, and an empty text).
import { type CounterName, instrument, type Requirement, type Runtime } from './runtime';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export type MenuEntry =
  | { readonly caption: string; readonly functionName: string }
  | 'separator'
  | { readonly subMenu: RecordedMenu };

export interface RecordedMenu {
  readonly title: string;
  /** createAddonMenu(): shown under Extensions → the add-on's name. */
  readonly addon: boolean;
  readonly items: MenuEntry[];
}

export interface RecordedHtml {
  readonly title: string;
  readonly html: string;
  readonly width?: number;
  readonly height?: number;
}

export interface RecordedAlert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly response: ButtonName;
}

export interface RecordedPrompt extends RecordedAlert {
  readonly text: string;
}

export interface RecordedToast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

export interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number;
  getHeight(): number;
}

export class UiRecorder {
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: RecordedHtml[] = [];
  readonly dialogs: (RecordedHtml & { modal: boolean })[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: RecordedPrompt[] = [];
  readonly toasts: RecordedToast[] = [];
  private readonly responses: { button: ButtonName; text: string }[] = [];

  /** The next alert or prompt answers with this button (and text, for a prompt). */
  queueResponse(button: ButtonName, text = ''): void {
    this.responses.push({ button, text });
  }

  nextResponse(buttons: ButtonSetName): { button: ButtonName; text: string } {
    const queued = this.responses.shift();
    if (queued) return queued;
    return { button: buttons.startsWith('YES') ? 'YES' : 'OK', text: '' };
  }

  /** The sidebar the user sees now (the last one shown). */
  get sidebar(): RecordedHtml | undefined {
    return this.sidebars[this.sidebars.length - 1];
  }

  clear(): void {
    for (const list of [
      this.menus,
      this.sidebars,
      this.dialogs,
      this.alerts,
      this.prompts,
      this.toasts,
    ]) {
      list.length = 0;
    }
    this.responses.length = 0;
  }
}

const BUTTON_SETS: Record<ButtonSetName, ButtonSetName> = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
};
const BUTTONS: Record<ButtonName, ButtonName> = {
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
  CLOSE: 'CLOSE',
};

function classifyUi(method: string): { counter: CounterName; requirement: Requirement } {
  const menuOnly = /^(createAddonMenu|createMenu|addItem|addSeparator|addSubMenu|addToUi)$/.test(
    method,
  );
  return { counter: 'ui', requirement: menuOnly ? 'menu' : 'document' };
}

class MenuFacade {
  private readonly items: MenuEntry[] = [];
  constructor(
    private readonly recorder: UiRecorder,
    private readonly title: string,
    private readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  addSubMenu(menu: MenuFacade): this {
    this.items.push({ subMenu: menu.toRecord() });
    return this;
  }
  addToUi(): void {
    const record = this.toRecord();
    const existing = this.recorder.menus.findIndex(
      (menu) => menu.title === record.title && menu.addon === record.addon,
    );
    if (existing >= 0) this.recorder.menus.splice(existing, 1, record);
    else this.recorder.menus.push(record);
  }
  toRecord(): RecordedMenu {
    return { title: this.title, addon: this.addon, items: [...this.items] };
  }
}

export function createUi(recorder: UiRecorder, runtime: Runtime, addOnName: string) {
  class UiFacade {
    readonly ButtonSet = BUTTON_SETS;
    readonly Button = BUTTONS;
    createAddonMenu() {
      return instrument(new MenuFacade(recorder, addOnName, true), 'Menu', runtime, classifyUi);
    }
    createMenu(caption: string) {
      return instrument(
        new MenuFacade(recorder, String(caption), false),
        'Menu',
        runtime,
        classifyUi,
      );
    }
    showSidebar(output: HtmlOutputLike): void {
      recorder.sidebars.push(
        runtime.uncounted(() => ({
          title: output.getTitle(),
          html: output.getContent(),
          width: output.getWidth(),
        })),
      );
    }
    showModalDialog(output: HtmlOutputLike, title: string): void {
      const shown = runtime.uncounted(() => ({
        html: output.getContent(),
        width: output.getWidth(),
        height: output.getHeight(),
      }));
      recorder.dialogs.push({ title: String(title), ...shown, modal: true });
    }
    showModelessDialog(output: HtmlOutputLike, title: string): void {
      const shown = runtime.uncounted(() => ({
        html: output.getContent(),
        width: output.getWidth(),
        height: output.getHeight(),
      }));
      recorder.dialogs.push({ title: String(title), ...shown, modal: false });
    }
    alert(...args: unknown[]): ButtonName {
      // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons)
      const [title, prompt, buttons] =
        args.length >= 3
          ? [String(args[0]), String(args[1]), args[2] as ButtonSetName]
          : args.length === 2
            ? ['', String(args[0]), args[1] as ButtonSetName]
            : ['', String(args[0]), 'OK' as ButtonSetName];
      const { button } = recorder.nextResponse(buttons);
      recorder.alerts.push({ title, prompt, buttons, response: button });
      return button;
    }
    prompt(...args: unknown[]) {
      const [title, prompt, buttons] =
        args.length >= 3
          ? [String(args[0]), String(args[1]), args[2] as ButtonSetName]
          : args.length === 2
            ? ['', String(args[0]), args[1] as ButtonSetName]
            : ['', String(args[0]), 'OK' as ButtonSetName];
      const { button, text } = recorder.nextResponse(buttons);
      recorder.prompts.push({ title, prompt, buttons, response: button, text });
      return { getResponseText: () => text, getSelectedButton: () => button };
    }
  }
  return instrument(new UiFacade(), 'Ui', runtime, classifyUi);
}
