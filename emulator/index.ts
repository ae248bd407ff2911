// The offline Apps Script runtime: loads the built add-on (dist/) the way Apps Script does
// and runs its entry points against in-memory services. See emulator/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type vm from 'node:vm';
import type { HyperFormula } from 'hyperformula';
import { PUBLIC_FUNCTIONS } from '../src/server/registry';
import { parseA1 } from './a1';
import { type BundleSource, compileBundle, DIST_DIR, loadBundle } from './bundle';
import { Clock, zonedDateClass } from './clock';
import { bindClock, registerClockFunctions } from './clockFunctions';
import {
  type CustomFunctionDefinition,
  createFormulaEngine,
  customFunctionExecutions,
} from './customFunctionPlugin';
import { fromWallClock, wallClock } from './dates';
import {
  type AuthModeName,
  type Counters,
  type EmulatedUser,
  manifestScopes,
  Runtime,
} from './runtime';
import { CacheStores, createCacheService } from './services/cache';
import { createHtmlService } from './services/html';
import { createLockService, type LockEvent, LockManager } from './services/lock';
import { createConsole, createLogger, type LogEntry } from './services/logger';
import { createMailApp, MailState, type SentEmail } from './services/mail';
import { createPropertiesService, PropertyStores } from './services/properties';
import { createScriptApp, type InstallableTrigger, TriggerStore } from './services/scriptApp';
import { createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { SpreadsheetApi } from './spreadsheet/api';
import { CHART_TYPES } from './spreadsheet/enums';
import { createSpreadsheetApp } from './spreadsheet/spreadsheetApp';
import { type CellStyle, effectiveStyles } from './styles';
import { createUi, UiRecorder } from './ui';
import type { SheetModel } from './workbook/model';
import { Workbook } from './workbook/workbook';

export type { AuthModeName, Counters, EmulatedUser } from './runtime';
export type { LockEvent } from './services/lock';
export type { LogEntry } from './services/logger';
export type { SentEmail } from './services/mail';
export type { InstallableTrigger } from './services/scriptApp';
export type { CellStyle } from './styles';
export type {
  RecordedAlert,
  RecordedHtml,
  RecordedMenu,
  RecordedPrompt,
  RecordedToast,
} from './ui';
export type { SheetModel } from './workbook/model';
export type { Workbook } from './workbook/workbook';

/** The Apps Script globals the bundle sees, typed as @types/google-apps-script declares them. */
export interface EmulatorGlobals {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly Charts: GoogleAppsScript.Charts.Charts;
  readonly Date: DateConstructor;
  readonly console: Console;
}

export interface EmulatorOptions {
  /** Spreadsheet locale (getSpreadsheetLocale, display formats, date parsing). Default `en_US`. */
  readonly locale?: string;
  /** Spreadsheet time zone. Default: the manifest's (dist/appsscript.json). */
  readonly timeZone?: string;
  /** Session.getScriptTimeZone(). Default: the manifest's. */
  readonly scriptTimeZone?: string;
  /** The clock's start. Default 2026-01-15T12:00:00Z (fixed, so tests are repeatable). */
  readonly now?: Date;
  /** The person at the keyboard, who also owns the document. Default owner@example.com, locale `en`. */
  readonly user?: EmulatedUser;
  /** MailApp recipients per day. Default 100 (consumer account). */
  readonly mailQuota?: number;
  /** Compiled dist scripts (compileBundle()); compiled once per process by default. */
  readonly sources?: readonly BundleSource[];
  readonly distDir?: string;
  /**
   * The script's custom functions (top-level functions of the bundle usable in cells).
   * Default: the registry's entries of kind `customFunction`.
   */
  readonly scriptCustomFunctions?: readonly Omit<CustomFunctionDefinition, 'implementation'>[];
  /** Extra custom functions for the formula engine, implemented in the test itself. */
  readonly customFunctions?: readonly CustomFunctionDefinition[];
  readonly spreadsheetName?: string;
  /** Echo the bundle's console output to the real console. */
  readonly echoConsole?: boolean;
}

export interface RunOptions {
  /** Default FULL. onOpen runs in NONE before the add-on is enabled in the document, LIMITED after. */
  readonly authMode?: Exclude<AuthModeName, 'CUSTOM_FUNCTION'>;
  /** Who runs it. Default: the emulator's user. */
  readonly user?: EmulatedUser;
  /** Mark the execution as run by an installable trigger. */
  readonly trigger?: boolean;
}

export interface ExecutionSpec {
  readonly name: string;
  readonly args?: readonly unknown[];
  readonly options?: RunOptions;
}

export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: Error };

export interface ExecutionRecord {
  readonly name: string;
  readonly authMode: AuthModeName;
  readonly user: string;
  readonly trigger: boolean;
  readonly startedAt: Date;
  readonly outcome: Outcome;
}

export interface TriggerRun {
  readonly triggerId: string;
  readonly handler: string;
  readonly at: Date;
  readonly outcome: Outcome;
}

const DEFAULT_NOW = new Date('2026-01-15T12:00:00Z');
const DEFAULT_USER: EmulatedUser = { email: 'owner@example.com', locale: 'en' };
let defaultSources: BundleSource[] | undefined;

function manifestTimeZone(distDir: string): string {
  try {
    return (
      (JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as { timeZone?: string })
        .timeZone ?? 'UTC'
    );
  } catch {
    return 'UTC';
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Legal values for google.script.run: primitives, arrays and plain objects of them; no Date. */
function legalForClient(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(legalForClient);
  if (typeof value !== 'object') return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  return Object.values(value as object).every(legalForClient);
}

export class Emulator {
  readonly clock: Clock;
  readonly runtime = new Runtime();
  readonly ui = new UiRecorder();
  readonly workbook: Workbook;
  readonly engine: HyperFormula;
  readonly logs: LogEntry[] = [];
  readonly executions: ExecutionRecord[] = [];
  readonly triggerRuns: TriggerRun[] = [];
  /** Calls to the SPARKLINE stand-in (Sheets draws a chart in the cell; here it is ""). */
  sparklineCalls = 0;
  readonly user: EmulatedUser;
  private readonly mail: MailState;
  private readonly properties = new PropertyStores();
  readonly locks: LockManager;
  private readonly cacheStores = new CacheStores();
  private readonly triggerStore = new TriggerStore();
  private readonly sources: readonly BundleSource[];
  private readonly globals: Record<string, unknown>;
  private readonly customFunctionContext: vm.Context;
  private lastContext: vm.Context;
  private executionBaseline: Record<string, number> = {};
  private readonly scriptTimeZone: string;

  constructor(options: EmulatorOptions = {}) {
    const distDir = options.distDir ?? DIST_DIR;
    if (!options.sources && !options.distDir && !defaultSources) defaultSources = compileBundle();
    this.sources =
      options.sources ??
      (options.distDir ? compileBundle(distDir) : (defaultSources as BundleSource[]));
    this.clock = new Clock(options.now ?? DEFAULT_NOW);
    this.user = options.user ?? DEFAULT_USER;
    this.runtime.defaultUser = this.user;
    this.scriptTimeZone = options.scriptTimeZone ?? manifestTimeZone(distDir);
    this.runtime.declaredScopes = manifestScopes(join(distDir, 'appsscript.json'));
    const locale = options.locale ?? 'en_US';
    const documentId = '1OkrSheetsEmulatorDocument0000000000000000';

    const scriptFunctions =
      options.scriptCustomFunctions ??
      PUBLIC_FUNCTIONS.filter((entry) => entry.kind === 'customFunction');
    const customFunctions: CustomFunctionDefinition[] = scriptFunctions.map((entry) => ({
      name: entry.name,
      params: entry.params,
      resultShape: entry.resultShape,
      // Sheets calls the script's own top-level function, in custom-function context.
      implementation: (...args: unknown[]) =>
        this.runtime.asCustomFunction(entry.name, () =>
          (this.customFunctionContext[entry.name] as (...a: unknown[]) => unknown)(
            ...args.map((arg) => this.asScriptDates(arg)),
          ),
        ),
    }));
    customFunctions.push({
      name: 'SPARKLINE',
      params: [{}, { optional: true }],
      resultShape: { from: 'argument', indexes: [] },
      implementation: () => {
        this.sparklineCalls += 1;
        return '';
      },
    });
    customFunctions.push(...(options.customFunctions ?? []));
    const dayFirst = !/^en(_US)?$/i.test(locale);
    registerClockFunctions();
    this.engine = createFormulaEngine({}, customFunctions, {
      dateFormats: dayFirst
        ? ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD', 'YYYY/MM/DD']
        : ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'],
      maxRows: 2_000_000,
      // Sheets keeps a date-time's milliseconds; the engine's default output rounding would not.
      smartRounding: false,
    });
    this.workbook = new Workbook(this.engine, {
      id: documentId,
      name: options.spreadsheetName ?? 'OKRs',
      locale,
      timeZone: options.timeZone ?? this.scriptTimeZone,
    });
    bindClock(this.engine, {
      nowMs: () => this.clock.nowMs(),
      timeZone: () => this.workbook.timeZone,
    });
    this.workbook.addSheet(undefined);

    this.mail = new MailState(options.mailQuota ?? 100, this.clock, () => this.scriptTimeZone);
    this.locks = new LockManager(this.clock, this.runtime);
    const currentUser = () => this.runtime.current()?.user ?? this.user;
    const uiFacade = createUi(this.ui, this.runtime, 'OKRs');
    const spreadsheetApi = new SpreadsheetApi({
      runtime: this.runtime,
      workbook: this.workbook,
      ui: this.ui,
      ownerEmail: this.user.email,
      currentUserEmail: () => currentUser().email,
      getUi: () => uiFacade,
      activeSheetId: this.workbook.sheets[0].id,
    });
    const scriptTimeZone = this.scriptTimeZone;
    const ScriptDate = zonedDateClass(this.clock, () => scriptTimeZone);
    // Dates the script reads from cells are its own kind of Date, local time included.
    this.workbook.makeDate = (ms) => new ScriptDate(ms);
    this.globals = {
      Date: ScriptDate,
      SpreadsheetApp: createSpreadsheetApp(spreadsheetApi),
      Charts: { ChartType: CHART_TYPES },
      MailApp: createMailApp(this.mail, this.runtime, this.clock),
      ScriptApp: createScriptApp({
        runtime: this.runtime,
        store: this.triggerStore,
        documentId,
        scriptId: '1OkrSheetsEmulatorScript',
        now: () => this.clock.now(),
        timeZone: () => this.scriptTimeZone,
      }),
      PropertiesService: createPropertiesService(this.properties, this.runtime),
      LockService: createLockService(this.locks, this.runtime, documentId),
      CacheService: createCacheService(this.cacheStores, this.runtime, this.clock, documentId),
      Session: createSession(
        this.runtime,
        () => this.scriptTimeZone,
        () => this.user,
      ),
      Utilities: createUtilities(this.runtime, this.clock),
      HtmlService: createHtmlService(this.runtime, distDir, () => this.lastContext),
      Logger: createLogger(this.logs, this.runtime, this.clock),
      console: createConsole(this.logs, this.clock, options.echoConsole ?? false),
    };
    this.customFunctionContext = loadBundle(this.globals, this.sources);
    this.lastContext = this.customFunctionContext;
  }

  /**
   * The formula engine hands a custom function date cells as Dates at the cell's wall
   * clock in the machine's local time; Sheets hands the instant at that wall clock in the
   * spreadsheet's time zone, as the script's own kind of Date.
   */
  private asScriptDates(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.asScriptDates(item));
    if (!(value instanceof Date)) return value;
    const ScriptDate = this.globals.Date as DateConstructor;
    return new ScriptDate(
      fromWallClock(
        {
          year: value.getFullYear(),
          month: value.getMonth() + 1,
          day: value.getDate(),
          hour: value.getHours(),
          minute: value.getMinutes(),
          second: value.getSeconds(),
          millisecond: value.getMilliseconds(),
        },
        this.workbook.timeZone,
      ),
    );
  }

  /** The bundle as last loaded (each execution loads it afresh, as Apps Script does). */
  get context(): vm.Context {
    return this.lastContext;
  }

  /** The Apps Script globals given to the bundle (calls made outside an execution are not counted). */
  get services(): EmulatorGlobals {
    return this.globals as unknown as EmulatorGlobals;
  }

  /**
   * One execution of a top-level function, as Apps Script runs it: the project loaded
   * afresh in a new global scope, the given AuthMode and user, locks released at the end.
   * Returns what the function returns; throws what it throws.
   */
  run(name: string, args: readonly unknown[] = [], options: RunOptions = {}): unknown {
    const authMode = options.authMode ?? 'FULL';
    const user = options.user ?? this.user;
    const startedAt = this.clock.now();
    const context = loadBundle(this.globals, this.sources);
    this.lastContext = context;
    const entry = context[name];
    const record = (outcome: Outcome) =>
      this.executions.push({
        name,
        authMode,
        user: user.email,
        trigger: options.trigger ?? false,
        startedAt,
        outcome,
      });
    if (typeof entry !== 'function') {
      const error = new Error(`Script function not found: ${name}`);
      record({ ok: false, error });
      throw error;
    }
    try {
      const value = this.runtime.execute(
        name,
        { authMode, user, trigger: options.trigger ?? false },
        () => (entry as (...a: unknown[]) => unknown)(...args),
        (execution) => this.locks.releaseAllOf(execution),
      );
      record({ ok: true, value });
      return value;
    } catch (error) {
      record({ ok: false, error: toError(error) });
      throw error;
    }
  }

  /**
   * Runs test code as one execution with the bundle's globals (counted, AuthMode enforced),
   * e.g. `emulator.execute(({ SpreadsheetApp }) => …)`: for exercising the services
   * without writing a script.
   */
  execute<T>(body: (globals: EmulatorGlobals) => T, options: RunOptions = {}): T {
    return this.runtime.execute(
      '(test code)',
      {
        authMode: options.authMode ?? 'FULL',
        user: options.user ?? this.user,
        trigger: options.trigger ?? false,
      },
      () => body(this.globals as unknown as EmulatorGlobals),
      (execution) => this.locks.releaseAllOf(execution),
    );
  }

  /** run(), reporting the outcome instead of throwing. */
  attempt(name: string, args: readonly unknown[] = [], options: RunOptions = {}): Outcome {
    try {
      return { ok: true, value: this.run(name, args, options) };
    } catch (error) {
      return { ok: false, error: toError(error) };
    }
  }

  /**
   * A google.script.run call from the sidebar: only public top-level functions (no
   * trailing `_`), arguments and result limited to what the bridge carries (no Date:
   * arguments with one are refused, a result with one arrives as null, as in Apps Script).
   */
  callFromClient(name: string, args: readonly unknown[] = [], options: RunOptions = {}): unknown {
    if (name.endsWith('_') || typeof this.customFunctionContext[name] !== 'function') {
      throw new Error(`google.script.run.${name} is not a function`);
    }
    args.forEach((arg, index) => {
      if (!legalForClient(arg))
        throw new Error(`Failed due to illegal value in property: ${index}`);
    });
    const copied = JSON.parse(JSON.stringify(args)) as unknown[];
    const result = this.run(name, copied, options);
    if (result === undefined) return undefined;
    return legalForClient(result) ? JSON.parse(JSON.stringify(result)) : null;
  }

  /**
   * Two executions interleaved: `inner` runs to completion at a point inside `outer` —
   * after outer's N-th service call, or right after outer first acquires a lock. While
   * inner runs, outer is paused mid-flight holding whatever locks it holds, so inner's
   * waitLock waits out its timeout (the clock advances) and fails, and tryLock returns false.
   */
  interleave(
    outer: ExecutionSpec,
    inner: ExecutionSpec,
    at: { readonly afterCalls: number } | { readonly lockAcquired: true },
  ): { outer: Outcome; inner: Outcome | undefined } {
    let innerOutcome: Outcome | undefined;
    let outerId: number | undefined;
    let calls = 0;
    const runInner = () => {
      if (innerOutcome) return;
      const saved = { onCall: this.runtime.onCall, onAcquired: this.locks.onAcquired };
      this.runtime.onCall = undefined;
      this.locks.onAcquired = undefined;
      innerOutcome = this.attempt(inner.name, inner.args ?? [], inner.options ?? {});
      this.runtime.onCall = saved.onCall;
      this.locks.onAcquired = saved.onAcquired;
    };
    const isOuter = () => {
      const current = this.runtime.current();
      if (!current) return false;
      outerId ??= current.id;
      return current.id === outerId;
    };
    if ('afterCalls' in at) {
      this.runtime.onCall = () => {
        if (!isOuter()) return;
        calls += 1;
        if (calls === at.afterCalls) runInner();
      };
    } else {
      this.locks.onAcquired = () => {
        if (isOuter()) runInner();
      };
    }
    try {
      const outerOutcome = this.attempt(outer.name, outer.args ?? [], outer.options ?? {});
      return { outer: outerOutcome, inner: innerOutcome };
    } finally {
      this.runtime.onCall = undefined;
      this.locks.onAcquired = undefined;
    }
  }

  // ---- triggers --------------------------------------------------------------------------

  /** Installable triggers of every user in this project. */
  get triggers(): readonly InstallableTrigger[] {
    return this.triggerStore.triggers;
  }

  /** Runs a trigger's handler as its creator, in FULL, with a time-driven event object. */
  fireTrigger(id: string): Outcome {
    const trigger = this.triggerStore.triggers.find((candidate) => candidate.id === id);
    if (!trigger) throw new Error(`No trigger ${id}`);
    const now = this.clock.now();
    const event =
      trigger.eventType === 'CLOCK'
        ? {
            authMode: 'FULL',
            triggerUid: trigger.id,
            year: now.getUTCFullYear(),
            month: now.getUTCMonth() + 1,
            'day-of-month': now.getUTCDate(),
            'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
            hour: now.getUTCHours(),
            minute: now.getUTCMinutes(),
            second: now.getUTCSeconds(),
            timezone: 'UTC',
          }
        : { authMode: 'FULL', triggerUid: trigger.id, source: this.globals.SpreadsheetApp };
    const outcome = this.attempt(trigger.handler, [event], {
      authMode: 'FULL',
      user: trigger.creator,
      trigger: true,
    });
    this.triggerRuns.push({ triggerId: id, handler: trigger.handler, at: now, outcome });
    return outcome;
  }

  /** Fires every daily (and hourly) time-driven trigger once, now. */
  fireDailyTriggers(): Outcome[] {
    return this.triggerStore.triggers
      .filter(
        (trigger) =>
          trigger.eventType === 'CLOCK' &&
          (trigger.everyDays !== undefined || trigger.everyHours !== undefined),
      )
      .map((trigger) => this.fireTrigger(trigger.id));
  }

  /**
   * Lets time pass until `date`, firing every time-driven trigger at each moment it is due
   * on the way (daily ones at `atHour`:`nearMinute` — minute 0 when not given; Apps Script
   * picks a minute within that hour — in the trigger's time zone; hourly ones every n hours
   * from creation; one-off `at`/`after` ones once), in time order, with the clock set to
   * that moment. The clock ends at `date`. Returns the runs.
   */
  advanceClockTo(date: Date): TriggerRun[] {
    const end = date.getTime();
    const runs: TriggerRun[] = [];
    const fired = new Set<string>();
    for (;;) {
      const now = this.clock.nowMs();
      let next: { at: number; trigger: InstallableTrigger } | undefined;
      for (const trigger of this.triggerStore.triggers) {
        const at = nextDue(trigger, now, fired);
        if (at !== undefined && at <= end && (!next || at < next.at)) next = { at, trigger };
      }
      if (!next) break;
      this.clock.set(new Date(next.at));
      fired.add(`${next.trigger.id}@${next.at}`);
      this.fireTrigger(next.trigger.id);
      runs.push(this.triggerRuns[this.triggerRuns.length - 1]);
    }
    this.clock.set(date);
    return runs;
  }

  /**
   * A person edits a cell in the grid: the value is written as typed, then the script's
   * simple `onEdit(e)` runs (LIMITED) if it has one, and installable onEdit triggers run
   * as their creators. Not counted as script calls.
   */
  userEdit(sheetName: string, a1: string, value: unknown, user: EmulatedUser = this.user): void {
    const sheet = this.sheet(sheetName);
    const reference = parseA1(a1);
    const oldValue = this.workbook.values(sheet, {
      row: reference.row,
      column: reference.column,
      rows: 1,
      columns: 1,
    })[0][0];
    this.workbook.writeValues(sheet, reference.row, reference.column, [[value]]);
    const spreadsheetApp = this.globals.SpreadsheetApp as {
      getActiveSpreadsheet(): { getSheetByName(name: string): { getRange(a1: string): unknown } };
    };
    const event = () => ({
      authMode: 'LIMITED',
      value: typeof value === 'string' ? value : String(value),
      oldValue: oldValue === '' ? undefined : String(oldValue),
      user: { getEmail: () => (user.hideEmail ? '' : user.email) },
      range: this.runtime.uncounted(() =>
        spreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName).getRange(a1),
      ),
      source: this.runtime.uncounted(() => spreadsheetApp.getActiveSpreadsheet()),
    });
    if (typeof this.customFunctionContext.onEdit === 'function')
      this.attempt('onEdit', [event()], { authMode: 'LIMITED', user });
    for (const trigger of this.triggerStore.triggers.filter(
      (candidate) => candidate.eventType === 'ON_EDIT',
    )) {
      const outcome = this.attempt(
        trigger.handler,
        [{ ...event(), authMode: 'FULL', triggerUid: trigger.id }],
        { authMode: 'FULL', user: trigger.creator, trigger: true },
      );
      this.triggerRuns.push({
        triggerId: trigger.id,
        handler: trigger.handler,
        at: this.clock.now(),
        outcome,
      });
    }
  }

  // ---- observations ----------------------------------------------------------------------

  get counters(): Counters {
    const executions = customFunctionExecutions(this.engine);
    let total = 0;
    for (const [name, count] of Object.entries(executions))
      total += count - (this.executionBaseline[name] ?? 0);
    this.runtime.counters.customFunctionExecutions = total;
    return this.runtime.counters;
  }

  /** Custom-function executions by function name since the last reset. */
  customFunctionExecutionsByName(): Record<string, number> {
    const executions = customFunctionExecutions(this.engine);
    return Object.fromEntries(
      Object.entries(executions).map(([name, count]) => [
        name,
        count - (this.executionBaseline[name] ?? 0),
      ]),
    );
  }

  resetCounters(): void {
    this.runtime.resetCounters();
    this.executionBaseline = customFunctionExecutions(this.engine);
  }

  get outbox(): readonly SentEmail[] {
    return this.mail.outbox;
  }

  get lockEvents(): readonly LockEvent[] {
    return this.locks.events;
  }

  /** Property stores as plain objects (document, script, and user by email). */
  get propertyStores(): {
    document: Record<string, string>;
    script: Record<string, string>;
    user: (email: string) => Record<string, string>;
  } {
    return {
      document: Object.fromEntries(this.properties.document),
      script: Object.fromEntries(this.properties.script),
      user: (email) => Object.fromEntries(this.properties.userStore(email)),
    };
  }

  readonly faults = ((self: Emulator) => ({
    /** Recipients left today; MailApp refuses beyond it. */
    setMailQuota: (recipientsPerDay: number) => {
      this.mail.dailyQuota = recipientsPerDay;
    },
    exhaustMailQuota: () => {
      this.mail.exhausted = true;
    },
    restoreMailQuota: () => {
      this.mail.exhausted = false;
    },
    /** Every tryLock fails and every waitLock throws the Lock timeout, after waiting out its timeout. */
    setLockTimeout: (on: boolean) => {
      this.locks.timeoutEverything = on;
    },
    /** After `calls` more service calls (of `service`, e.g. `SpreadsheetApp`, `MailApp`), the next one throws once. */
    throwAfterCalls: (calls: number, service?: string, message?: string) =>
      this.runtime.throwAfterCalls(calls, service, message),
    /** The user revoked the add-on: authorised calls throw, authorization info says REQUIRED. */
    revokeAuthorization: () => {
      this.runtime.authorizationRevoked = true;
    },
    restoreAuthorization: () => {
      this.runtime.authorizationRevoked = false;
    },
    /** Same as exhaustMailQuota/restoreMailQuota, as a property. */
    get mailQuotaExhausted(): boolean {
      return self.mail.exhausted;
    },
    set mailQuotaExhausted(on: boolean) {
      self.mail.exhausted = on;
    },
    /** Same as setLockTimeout, as a property. */
    get lockTimeout(): boolean {
      return self.locks.timeoutEverything;
    },
    set lockTimeout(on: boolean) {
      self.locks.timeoutEverything = on;
    },
    clear: () => {
      this.mail.exhausted = false;
      this.locks.timeoutEverything = false;
      this.runtime.clearCallFault();
      this.runtime.authorizationRevoked = false;
    },
  }))(this);

  /** Another execution holds a lock (`document`, `script`, `user:<email>`) until released or for `releaseAfterMs`. */
  holdLock(
    lock: 'document' | 'script' | `user:${string}`,
    options: { releaseAfterMs?: number } = {},
  ): { release(): void } {
    const key = lock === 'document' ? `document:${this.workbook.id}` : lock;
    return this.locks.hold(key, options);
  }

  // ---- the spreadsheet, for tests (not counted, no AuthMode) --------------------------

  get spreadsheet(): Workbook {
    return this.workbook;
  }

  sheet(name: string): SheetModel {
    const sheet = this.workbook.sheetByName(name);
    if (!sheet)
      throw new Error(
        `No sheet named ${name}; sheets: ${this.workbook.sheets.map((s) => s.name).join(', ')}`,
      );
    return sheet;
  }

  private contentOf(name: string): { sheet: SheetModel; rows: number; columns: number } {
    const sheet = this.sheet(name);
    const { lastRow, lastColumn } = this.workbook.extent(sheet);
    return { sheet, rows: lastRow, columns: lastColumn };
  }

  /** Computed values of the sheet's content (A1 to the last row and column with content). */
  sheetValues(name: string): unknown[][] {
    const { sheet, rows, columns } = this.contentOf(name);
    return rows === 0 ? [] : this.workbook.values(sheet, { row: 1, column: 1, rows, columns });
  }

  sheetDisplayValues(name: string): string[][] {
    const { sheet, rows, columns } = this.contentOf(name);
    return rows === 0
      ? []
      : this.workbook.displayValues(sheet, { row: 1, column: 1, rows, columns });
  }

  sheetFormulas(name: string): string[][] {
    const { sheet, rows, columns } = this.contentOf(name);
    return rows === 0 ? [] : this.workbook.formulas(sheet, { row: 1, column: 1, rows, columns });
  }

  /** How each cell of the sheet's content looks: own formats plus conditional format rules. */
  sheetStyles(name: string): CellStyle[][] {
    const { sheet, rows, columns } = this.contentOf(name);
    return rows === 0
      ? []
      : effectiveStyles(this.workbook, sheet, { row: 1, column: 1, rows, columns });
  }

  /** Writes rows as a person typing them would (creating the sheet if needed); not counted. */
  writeSheet(
    name: string,
    rows: readonly (readonly unknown[])[],
    startRow = 1,
    startColumn = 1,
  ): void {
    const sheet = this.workbook.sheetByName(name) ?? this.workbook.addSheet(name);
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (rows.length === 0 || width === 0) return;
    const padded = rows.map((row) => [
      ...row,
      ...Array.from({ length: width - row.length }, () => ''),
    ]);
    this.workbook.ensureSize(sheet, startRow + rows.length - 1, startColumn + width - 1);
    this.workbook.writeValues(sheet, startRow, startColumn, padded);
  }
}

const HOUR_MS = 3_600_000;

/** The first moment after `now` at which a time-driven trigger is due (undefined: never). */
function nextDue(
  trigger: InstallableTrigger,
  now: number,
  fired: ReadonlySet<string>,
): number | undefined {
  if (trigger.eventType !== 'CLOCK') return undefined;
  const created = trigger.createdAt.getTime();
  if (trigger.at) {
    const at = trigger.at.getTime();
    return at > now && !fired.has(`${trigger.id}@${at}`) ? at : undefined;
  }
  if (trigger.everyHours !== undefined) {
    const step = trigger.everyHours * HOUR_MS;
    return created + Math.floor((now - created) / step + 1) * step;
  }
  const everyDays = trigger.everyDays ?? (trigger.everyWeeks ?? 0) * 7;
  if (!everyDays) return undefined;
  const zone = trigger.timeZone ?? 'UTC';
  const start = wallClock(created, zone);
  // Walk day by day in the trigger's zone from its creation day (bounded: a year of days).
  for (let day = 0; day < 400 * everyDays; day += everyDays) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + day));
    const due = fromWallClock(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: trigger.atHour ?? start.hour,
        minute: trigger.nearMinute ?? 0,
        second: 0,
      },
      zone,
    );
    if (due > now && due > created) return due;
  }
  return undefined;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
