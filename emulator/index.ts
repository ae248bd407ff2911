// The offline Apps Script runtime: loads the built add-on (dist/) the way Apps Script does
// and runs its entry points against in-memory services. See emulator/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type vm from 'node:vm';
import type { HyperFormula } from 'hyperformula';
import { PUBLIC_FUNCTIONS } from '../src/server/registry';
import { parseA1 } from './a1';
import { type BundleSource, compileBundle, DIST_DIR, loadBundle } from './bundle';
import { legalForClient } from './clientBridge';
import { Clock } from './clock';
import { bindClock } from './clockFunctions';
import { customFunctionExecutions } from './customFunctionPlugin';
import type {
  EmulatorGlobals,
  EmulatorOptions,
  ExecutionRecord,
  ExecutionSpec,
  Outcome,
  RunOptions,
  TriggerRun,
} from './emulatorTypes';
import { createFaults, type Faults } from './faults';
import { createSpreadsheetEngine } from './formulaEngine';
import { createGlobals } from './globals';
import { interleave } from './interleave';
import { type Counters, type EmulatedUser, manifestScopes, Runtime } from './runtime';
import { CacheStores } from './services/cache';
import { type LockEvent, LockManager } from './services/lock';
import type { LogEntry } from './services/logger';
import { MailState, type SentEmail } from './services/mail';
import { PropertyStores } from './services/properties';
import { type InstallableTrigger, TriggerStore } from './services/scriptApp';
import { type CellStyle, effectiveStyles } from './styles';
import { advanceClockTo, fireDailyTriggers, fireTrigger, type TriggerHost } from './triggers';
import { UiRecorder } from './ui';
import type { SheetModel } from './workbook/model';
import { Workbook } from './workbook/workbook';

export type {
  EmulatorGlobals,
  EmulatorOptions,
  ExecutionRecord,
  ExecutionSpec,
  Outcome,
  RunOptions,
  TriggerRun,
} from './emulatorTypes';
export type { Faults } from './faults';
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
  private readonly triggerHost: TriggerHost;

  constructor(options: EmulatorOptions = {}) {
    const distDir = options.distDir ?? DIST_DIR;
    if (!options.sources && !options.distDir && !defaultSources) defaultSources = compileBundle();
    this.sources =
      options.sources ??
      (options.distDir ? compileBundle(distDir) : (defaultSources as BundleSource[]));
    this.clock = new Clock(options.now ?? DEFAULT_NOW);
    this.user = options.user ?? DEFAULT_USER;
    this.runtime.defaultUser = this.user;
    this.runtime.clock = this.clock;
    this.scriptTimeZone = options.scriptTimeZone ?? manifestTimeZone(distDir);
    this.runtime.declaredScopes = manifestScopes(join(distDir, 'appsscript.json'));
    const locale = options.locale ?? 'en_US';
    const documentId = '1OkrSheetsEmulatorDocument0000000000000000';

    this.engine = createSpreadsheetEngine({
      locale,
      runtime: this.runtime,
      scriptFunctions:
        options.scriptCustomFunctions ??
        PUBLIC_FUNCTIONS.filter((entry) => entry.kind === 'customFunction'),
      context: () => this.customFunctionContext,
      scriptDate: () => this.globals.Date as DateConstructor,
      timeZone: () => this.workbook.timeZone,
      extraFunctions: options.customFunctions ?? [],
      onSparkline: () => {
        this.sparklineCalls += 1;
      },
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
    this.globals = createGlobals({
      runtime: this.runtime,
      clock: this.clock,
      workbook: this.workbook,
      ui: this.ui,
      user: this.user,
      scriptTimeZone: this.scriptTimeZone,
      documentId,
      distDir,
      mail: this.mail,
      properties: this.properties,
      locks: this.locks,
      cacheStores: this.cacheStores,
      triggerStore: this.triggerStore,
      logs: this.logs,
      echoConsole: options.echoConsole ?? false,
      lastContext: () => this.lastContext,
    });
    this.customFunctionContext = loadBundle(this.globals, this.sources);
    this.lastContext = this.customFunctionContext;
    this.faults = createFaults(this.mail, this.locks, this.runtime);
    this.triggerHost = {
      store: this.triggerStore,
      clock: this.clock,
      runs: this.triggerRuns,
      spreadsheetApp: () => this.globals.SpreadsheetApp,
      attempt: (name, args, options) => this.attempt(name, args, options),
    };
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
    return interleave(
      this.runtime,
      this.locks,
      (spec) => this.attempt(spec.name, spec.args ?? [], spec.options ?? {}),
      outer,
      inner,
      at,
    );
  }

  // ---- triggers --------------------------------------------------------------------------

  /** Installable triggers of every user in this project. */
  get triggers(): readonly InstallableTrigger[] {
    return this.triggerStore.triggers;
  }

  /** Runs a trigger's handler as its creator, in FULL, with a time-driven event object. */
  fireTrigger(id: string): Outcome {
    return fireTrigger(this.triggerHost, id);
  }

  /** Fires every daily (and hourly) time-driven trigger once, now. */
  fireDailyTriggers(): Outcome[] {
    return fireDailyTriggers(this.triggerHost);
  }

  /** Lets time pass until `date`, firing each time-driven trigger whenever it is due on the way. */
  advanceClockTo(date: Date): TriggerRun[] {
    return advanceClockTo(this.triggerHost, date);
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

  readonly faults: Faults;

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

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
