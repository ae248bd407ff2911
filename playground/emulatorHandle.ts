// A thin layer over the emulator for the playground: one spreadsheet opened by one person,
// and the add-on's alerts and prompts answered by that person (the page) instead of from
// a queue prepared in advance. Nothing here changes how the emulator itself behaves.
import { createEmulator, type Emulator } from '../emulator/index';
import type { ButtonSetName } from '../emulator/ui';
import type { Answer, PendingQuestion } from './state';

/** Asks the person; null answers with the dialog's default (the first button, no text). */
export type QuestionAsker = (question: Omit<PendingQuestion, 'id'>) => Answer | null;

export interface HandleOptions {
  readonly locale: string;
  readonly timeZone: string;
  readonly user: string;
  readonly now?: Date;
  readonly ask: QuestionAsker;
}

const BUTTON_SETS: readonly ButtonSetName[] = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'];

/** ui.alert/ui.prompt arguments as Apps Script reads them: (prompt), (prompt, buttons), (title, prompt, buttons). */
function questionOf(
  kind: 'alert' | 'prompt',
  args: readonly unknown[],
): Omit<PendingQuestion, 'id'> {
  const [title, prompt, buttons] =
    args.length >= 3
      ? [String(args[0]), String(args[1]), args[2]]
      : args.length === 2
        ? ['', String(args[0]), args[1]]
        : ['', String(args[0] ?? ''), 'OK'];
  const set =
    BUTTON_SETS.find((name) => name === buttons) ?? (kind === 'prompt' ? 'OK_CANCEL' : 'OK');
  return { kind, title, prompt, buttons: set };
}

export class EmulatorHandle {
  readonly emulator: Emulator;
  private ask: QuestionAsker;
  /** Who is at the keyboard (the document's owner until setUser). */
  user: { email: string; locale: string };

  constructor(options: HandleOptions) {
    const language = options.locale.slice(0, 2);
    this.user = { email: options.user, locale: language };
    this.ask = options.ask;
    this.emulator = createEmulator({
      locale: options.locale,
      timeZone: options.timeZone,
      scriptTimeZone: options.timeZone,
      user: this.user,
      now: options.now,
      spreadsheetName: 'OKRs',
    });
    this.interceptQuestions();
  }

  /**
   * Every execution loads the bundle with the emulator's globals; SpreadsheetApp is
   * wrapped there so that ui.alert/ui.prompt ask the person first and then answer with
   * what they chose (the emulator still records and counts the call).
   */
  private interceptQuestions(): void {
    const globals = this.emulator.services as unknown as Record<string, unknown>;
    const spreadsheetApp = globals.SpreadsheetApp as Record<string, unknown>;
    const recorder = this.emulator.ui;
    const wrapUi = (ui: Record<string, unknown>) =>
      new Proxy(ui, {
        get: (target, property) => {
          const value = Reflect.get(target, property);
          if ((property !== 'alert' && property !== 'prompt') || typeof value !== 'function') {
            return value;
          }
          return (...args: unknown[]) => {
            const answer = this.ask(questionOf(property, args));
            if (answer) recorder.queueResponse(answer.button, answer.text);
            return (value as (...a: unknown[]) => unknown)(...args);
          };
        },
      });
    globals.SpreadsheetApp = new Proxy(spreadsheetApp, {
      get: (target, property) => {
        const value = Reflect.get(target, property);
        if (property !== 'getUi' || typeof value !== 'function') return value;
        return () => wrapUi((value as () => Record<string, unknown>)());
      },
    });
  }

  /** Another person opens the same document (the owner stays who created it). */
  setUser(email: string): void {
    this.user = { ...this.user, email };
  }

  setAsker(ask: QuestionAsker): void {
    this.ask = ask;
  }

  /** Opening the spreadsheet: onOpen in LIMITED (the add-on is in use in this document). */
  open(): void {
    this.emulator.run('onOpen', [{ authMode: 'LIMITED', user: this.user.email }], {
      authMode: 'LIMITED',
      user: this.user,
    });
  }

  run(functionName: string): unknown {
    return this.emulator.run(functionName, [], { authMode: 'FULL', user: this.user });
  }

  runFromClient(functionName: string, args: readonly unknown[]): unknown {
    return this.emulator.callFromClient(functionName, args, { authMode: 'FULL', user: this.user });
  }

  /** The person types into a cell: stored as typed, then onEdit runs (simple and installable). */
  typeInto(sheet: string, cell: string, value: string): void {
    this.emulator.userEdit(sheet, cell, value, this.user);
  }

  /** Starts a new page of UI history: menus stay, shown surfaces and toasts are forgotten. */
  forgetUi(): void {
    const ui = this.emulator.ui;
    for (const list of [ui.sidebars, ui.dialogs, ui.alerts, ui.prompts, ui.toasts]) list.length = 0;
  }

  /** The sheet the person looks at (getActiveSheet in the next execution). */
  setActiveSheet(name: string): void {
    // Outside an execution the emulator neither checks nor counts the call.
    const app = this.emulator.services
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().getSheetByName(name)?.activate();
  }

  dailyTriggers(): number {
    return this.emulator.triggers.filter(
      (trigger) =>
        trigger.eventType === 'CLOCK' &&
        (trigger.everyDays !== undefined || trigger.everyHours !== undefined),
    ).length;
  }

  /** Fires the daily triggers; a handler's failure is thrown after all have run. */
  fireDailyTriggers(): number {
    const outcomes = this.emulator.fireDailyTriggers();
    const failed = outcomes.find((outcome) => !outcome.ok);
    if (failed && !failed.ok) throw failed.error;
    return outcomes.length;
  }

  counterValues(): Record<string, number> {
    const { byMethod: _byMethod, ...values } = this.emulator.counters;
    return { ...values };
  }
}
