// The playground's engine: one emulated spreadsheet with the built add-on, created by the
// add-on's own menu actions, and every command the page can send. It runs in a worker
// (engineWorker.ts) because an alert or prompt pauses the add-on until the page answers.

import type { Emulator } from '../emulator/index';
import { interpolate, type Language } from '../src/core/i18n/language';
import { clockTarget, hasTimeDrivenTriggers, letTimePass } from './clockWorld';
import { EmulatorHandle, type QuestionAsker } from './emulatorHandle';
import { chartView, sheetView } from './gridView';
import { playgroundMessages } from './messages';
import { peopleOf, topManagerOf } from './people';
import type { EngineCommand } from './protocol';
import type {
  ActionOutcome,
  CountersView,
  MenuItemView,
  MenuView,
  PlaygroundState,
  ToastView,
} from './state';

/** The menu actions that build the example workbook, in this order, when the menu offers them. */
export const SETUP_ACTIONS = ['createOrUpgradeWorkbook', 'insertExampleOkrs'] as const;

export const LOCALES: Readonly<Record<Language, { locale: string; timeZone: string }>> = {
  es: { locale: 'es_ES', timeZone: 'Europe/Madrid' },
  en: { locale: 'en_US', timeZone: 'America/New_York' },
};

const FALLBACK_USER = 'demo@example.com';
const MAX_LOG_LINES = 200;

function menuItems(items: readonly unknown[]): MenuItemView[] {
  return items.map((item): MenuItemView => {
    if (item === 'separator') return { kind: 'separator' };
    const entry = item as {
      caption?: string;
      functionName?: string;
      subMenu?: { title: string; items: unknown[] };
    };
    if (entry.subMenu) {
      return { kind: 'subMenu', title: entry.subMenu.title, items: menuItems(entry.subMenu.items) };
    }
    return {
      kind: 'item',
      caption: String(entry.caption),
      functionName: String(entry.functionName),
    };
  });
}

function errorOf(error: unknown): { name: string; message: string } {
  if (
    error instanceof Error ||
    (typeof error === 'object' && error !== null && 'message' in error)
  ) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : 'Error', message: String(message) };
  }
  return { name: 'Error', message: String(error) };
}

export class PlaygroundEngine {
  private handle!: EmulatorHandle;
  private language: Language;
  private user = FALLBACK_USER;
  private revision = 0;
  private surfaceSerial = 0;
  private sidebarKey = '';
  private dialogKey = '';
  private seenSidebars = 0;
  private seenDialogs = 0;
  private sidebarOpen = false;
  private dialogOpen = false;
  private toasts: ToastView[] = [];
  private seenToasts = 0;
  private toastSerial = 0;
  private counters: CountersView | null = null;
  private lastAction: ActionOutcome | null = null;
  private activeSheetId: number | null = null;
  /** The menu function that showed the open sidebar: run again when someone else views it. */
  private sidebarFunction: string | null = null;
  private readonly log: string[] = [];
  private setupErrors: string[] = [];

  constructor(
    language: Language,
    private readonly ask: QuestionAsker,
    private readonly now?: Date,
  ) {
    this.language = language;
    this.create(language);
  }

  private get emulator(): Emulator {
    return this.handle.emulator;
  }

  /**
   * A fresh spreadsheet in the language's locale, built by the add-on's own menu actions,
   * then used by the example's top manager, so the sidebar offers every team's key results.
   */
  private create(language: Language): void {
    this.language = language;
    const { locale, timeZone } = LOCALES[language];
    // While the example is built nobody is at the page: questions take their default.
    this.handle = new EmulatorHandle({
      locale,
      timeZone,
      user: FALLBACK_USER,
      now: this.now,
      ask: () => null,
    });
    this.handle.open();
    this.setupErrors = [];
    for (const functionName of SETUP_ACTIONS) {
      if (!this.menuOffers(functionName)) continue;
      try {
        this.handle.run(functionName);
      } catch (error) {
        // The playground still opens, showing what the add-on managed to build and why not more.
        this.setupErrors.push(`${functionName}: ${errorOf(error).message}`);
      }
    }
    this.user = this.playgroundUser();
    this.handle.setUser(this.user);
    this.handle.setAsker(this.ask);
    // Opening again shows the menu as a returning user sees it (in the workbook's language).
    this.handle.open();
    this.handle.forgetUi();
    this.seenSidebars = 0;
    this.seenDialogs = 0;
    this.sidebarOpen = false;
    this.dialogOpen = false;
    this.seenToasts = 0;
    this.toasts = [];
    this.counters = null;
    this.activeSheetId = null;
    this.sidebarFunction = null;
    this.log.length = 0;
    for (const error of this.setupErrors) this.log.push(`error ${error}`);
    this.lastAction = this.setupErrors.length
      ? { name: SETUP_ACTIONS.join(', '), ok: false, error: this.setupErrors.join(' · ') }
      : null;
  }

  private menuOffers(functionName: string): boolean {
    const contains = (items: readonly MenuItemView[]): boolean =>
      items.some(
        (item) =>
          (item.kind === 'item' && item.functionName === functionName) ||
          (item.kind === 'subMenu' && contains(item.items)),
      );
    return this.menus().some((menu) => contains(menu.items));
  }

  /** Someone from the example's People sheet who manages others (so every KR is theirs to update). */
  private playgroundUser(): string {
    return topManagerOf(this.emulator.workbook) ?? FALLBACK_USER;
  }

  private menus(): MenuView[] {
    return this.emulator.ui.menus.map((menu) => ({
      title: menu.title,
      addon: menu.addon,
      items: menuItems(menu.items),
    }));
  }

  /** Runs one entry point as the playground user, recording counters, errors and the log. */
  private runAction(label: string, body: () => unknown): unknown {
    this.emulator.resetCounters();
    const logStart = this.emulator.logs.length;
    let outcome: ActionOutcome;
    try {
      const value = body();
      outcome = { name: label, ok: true };
      return value;
    } catch (error) {
      outcome = { name: label, ok: false, error: errorOf(error).message };
      throw error;
    } finally {
      this.lastAction = outcome!;
      this.counters = {
        action: label,
        values: this.handle.counterValues(),
        byMethod: { ...this.emulator.counters.byMethod },
      };
      for (const entry of this.emulator.logs.slice(logStart)) {
        this.log.push(`${entry.at.toISOString()} ${entry.level} ${entry.message}`);
      }
      if (!outcome!.ok)
        this.log.push(`${new Date().toISOString()} error ${label}: ${outcome!.error}`);
      this.log.splice(0, Math.max(0, this.log.length - MAX_LOG_LINES));
      this.collectUi();
    }
  }

  /** New sidebars, dialogs and toasts the add-on showed since the last look. */
  private collectUi(): void {
    const ui = this.emulator.ui;
    if (ui.sidebars.length > this.seenSidebars) {
      this.seenSidebars = ui.sidebars.length;
      this.sidebarOpen = true;
      this.sidebarKey = `s${++this.surfaceSerial}`;
    }
    if (ui.dialogs.length > this.seenDialogs) {
      this.seenDialogs = ui.dialogs.length;
      this.dialogOpen = true;
      this.dialogKey = `d${++this.surfaceSerial}`;
    }
    this.toasts = ui.toasts.slice(this.seenToasts).map((toast) => ({
      id: ++this.toastSerial,
      title: toast.title,
      message: toast.message,
      timeoutSeconds: toast.timeoutSeconds,
    }));
    this.seenToasts = ui.toasts.length;
  }

  execute(command: EngineCommand): unknown {
    try {
      return this.executeCommand(command);
    } finally {
      if (command.type !== 'state' && command.type !== 'html') this.revision += 1;
    }
  }

  private executeCommand(command: EngineCommand): unknown {
    const text = playgroundMessages(this.language);
    switch (command.type) {
      case 'state':
        return undefined;
      case 'menu': {
        const label = this.captionOf(command.functionName);
        if (!this.menuOffers(command.functionName)) {
          throw new Error(`The menu has no item for ${command.functionName}.`);
        }
        const sidebarsBefore = this.seenSidebars;
        try {
          return this.runAction(label, () => this.handle.run(command.functionName));
        } finally {
          if (this.seenSidebars > sidebarsBefore) this.sidebarFunction = command.functionName;
        }
      }
      case 'viewAs':
        return this.viewAs(command.email);
      case 'run':
        return this.runAction(`google.script.run.${command.functionName}`, () =>
          this.handle.runFromClient(command.functionName, command.args),
        );
      case 'language':
        this.create(command.language);
        return undefined;
      case 'clock':
        return this.moveClock(command);
      case 'dailyTrigger': {
        if (this.handle.dailyTriggers() === 0) throw new Error(text.noDailyTrigger);
        return this.runAction(text.runDailyTrigger, () => {
          const count = this.handle.fireDailyTriggers();
          this.log.push(interpolate(text.dailyTriggerRan, { count }));
          return count;
        });
      }
      case 'close':
        if (command.surface === 'sidebar') this.sidebarOpen = false;
        else this.dialogOpen = false;
        return undefined;
      case 'edit': {
        if (!/^[A-Z]{1,3}[1-9]\d*$/.test(command.cell))
          throw new Error(`Not a cell: ${command.cell}`);
        return this.runAction(`${command.sheet}!${command.cell}`, () =>
          this.handle.typeInto(command.sheet, command.cell, command.value),
        );
      }
      case 'activeSheet': {
        const sheet = this.emulator.workbook.sheetByName(command.name);
        if (sheet) {
          this.activeSheetId = sheet.id;
          this.handle.setActiveSheet(sheet.name);
        }
        return undefined;
      }
      case 'html': {
        const ui = this.emulator.ui;
        const surface = command.surface === 'sidebar' ? ui.sidebars.at(-1) : ui.dialogs.at(-1);
        const open = command.surface === 'sidebar' ? this.sidebarOpen : this.dialogOpen;
        if (!surface || !open) throw new Error('Nothing is shown there.');
        return surface.html;
      }
    }
  }

  /**
   * Time passes as in Sheets: each time-driven trigger fires at its hour on every day
   * passed, in order, each run in the log; a failed run fails the move once all have run.
   */
  private moveClock(move: { readonly date?: string; readonly addDays?: number }): unknown {
    const text = playgroundMessages(this.language);
    const target = clockTarget(this.emulator.clock.now(), move);
    if (!hasTimeDrivenTriggers(this.emulator)) {
      this.emulator.clock.set(target);
      return undefined;
    }
    return this.runAction(move.date ? text.clockSet : text.clockNextDay, () => {
      const runs = letTimePass(this.emulator, target);
      const failures: string[] = [];
      for (const run of runs) {
        const at = run.at.toISOString();
        if (run.outcome.ok) {
          this.log.push(`${at} ${interpolate(text.triggerRan, { handler: run.handler })}`);
        } else {
          const message = errorOf(run.outcome.error).message;
          failures.push(`${run.handler}: ${message}`);
          this.log.push(
            `${at} error ${interpolate(text.triggerFailed, { handler: run.handler, message })}`,
          );
        }
      }
      if (failures.length) throw new Error(failures.join(' · '));
      return runs.length;
    });
  }

  /** Everything from now on runs as this person; an open sidebar loads their context. */
  private viewAs(email: string): unknown {
    const person = peopleOf(this.emulator.workbook).find(
      (candidate) => candidate.email.toLowerCase() === email.trim().toLowerCase(),
    );
    if (!person) throw new Error(`Not someone the playground can act as: ${email}`);
    this.user = person.email;
    this.handle.setUser(person.email);
    if (!this.sidebarOpen) return undefined;
    const functionName = this.sidebarFunction;
    if (functionName && this.menuOffers(functionName)) {
      return this.runAction(this.captionOf(functionName), () => this.handle.run(functionName));
    }
    // Shown some other way: the same page again, whose calls now run as this person.
    this.sidebarKey = `s${++this.surfaceSerial}`;
    return undefined;
  }

  private captionOf(functionName: string): string {
    const find = (items: readonly MenuItemView[]): string | undefined => {
      for (const item of items) {
        if (item.kind === 'item' && item.functionName === functionName) return item.caption;
        if (item.kind === 'subMenu') {
          const found = find(item.items);
          if (found) return found;
        }
      }
      return undefined;
    };
    for (const menu of this.menus()) {
      const caption = find(menu.items);
      if (caption) return caption;
    }
    return functionName;
  }

  state(): PlaygroundState {
    const emulator = this.emulator;
    const workbook = emulator.workbook;
    const ui = emulator.ui;
    const sidebar = this.sidebarOpen ? ui.sidebars.at(-1) : undefined;
    const dialog = this.dialogOpen ? ui.dialogs.at(-1) : undefined;
    const active = workbook.sheets.find((sheet) => sheet.id === this.activeSheetId);
    return {
      revision: this.revision,
      language: this.language,
      locale: workbook.locale,
      user: this.user,
      people: peopleOf(workbook),
      menus: this.menus(),
      sheets: workbook.sheets.map((sheet) => sheetView(workbook, sheet)),
      activeSheet: active?.name ?? null,
      toasts: this.toasts,
      sidebar: sidebar
        ? { key: this.sidebarKey, title: sidebar.title, width: sidebar.width }
        : null,
      dialog: dialog
        ? {
            key: this.dialogKey,
            title: dialog.title,
            width: dialog.width,
            height: dialog.height,
            modal: dialog.modal,
          }
        : null,
      outbox: emulator.outbox.map((email) => ({
        to: email.to,
        cc: email.cc ?? '',
        subject: email.subject,
        body: email.body,
        htmlBody: email.htmlBody ?? '',
        sentAt: email.sentAt.toISOString(),
      })),
      charts: workbook.sheets.flatMap((sheet) =>
        sheet.charts.map((chart) => chartView(workbook, sheet, chart)),
      ),
      now: emulator.clock.now().toISOString(),
      timeZone: workbook.timeZone,
      triggers: emulator.triggers.map((trigger) => ({
        handler: trigger.handler,
        type:
          trigger.eventType === 'CLOCK'
            ? trigger.everyDays
              ? `CLOCK every ${trigger.everyDays} day(s)${trigger.atHour !== undefined ? ` at ${trigger.atHour}h` : ''}`
              : 'CLOCK'
            : trigger.eventType,
      })),
      counters: this.counters,
      lastAction: this.lastAction,
      log: [...this.log],
    };
  }
}
