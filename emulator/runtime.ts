// One execution at a time (plus nested ones for interleaving tests): who runs, in which
// AuthMode; every service call passes through `Runtime.call`, which refuses what the
// AuthMode forbids, injects faults and counts the call once.

import { readFileSync } from 'node:fs';

/**
 * Sheets lets a custom function use the Spreadsheet service read-only: most get*() methods,
 * no set*(), no other spreadsheet opened, no UI.
 */
function readableInCustomFunction(method: string): boolean {
  return /^(get|is)/.test(method) && method !== 'getUi';
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface EmulatedUser {
  readonly email: string;
  /** Session.getActiveUserLocale(), e.g. `es` or `en_US`. */
  readonly locale?: string;
  /** A consumer account seen by another user's script: getActiveUser().getEmail() is "". */
  readonly hideEmail?: boolean;
}

export interface Execution {
  readonly id: number;
  readonly name: string;
  readonly authMode: AuthModeName;
  readonly user: EmulatedUser;
  /** True while an installable trigger's handler runs. */
  readonly trigger: boolean;
  /** The clock when it started (ms), for the 6-minute limit. */
  readonly startedMs?: number;
}

/** Apps Script stops an execution after 6 minutes (custom functions: 30 s). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;

/**
 * What a call needs: `pure` works everywhere, even in a custom function (Utilities,
 * Logger, Session's locale); `menu` works in AuthMode.NONE (menus); `document` needs the
 * add-on authorised in the document (LIMITED or FULL: data, properties, dialogs, locks);
 * `full` needs FULL (mail, installable triggers).
 */
export type Requirement = 'pure' | 'menu' | 'document' | 'full';

export type CounterName =
  | 'spreadsheetReads'
  | 'spreadsheetWrites'
  | 'spreadsheetOther'
  | 'ui'
  | 'mail'
  | 'properties'
  | 'lock'
  | 'cache'
  | 'scriptApp'
  | 'session'
  | 'html'
  | 'utilities'
  | 'logger';

export interface Counters extends Record<CounterName, number> {
  /** Every service call, all kinds together. */
  total: number;
  /** Custom-function executions by the formula engine since the last reset. */
  customFunctionExecutions: number;
  /** `Range.getValues`, `MailApp.sendEmail`, … → calls. */
  byMethod: Record<string, number>;
}

export function emptyCounters(): Counters {
  return {
    spreadsheetReads: 0,
    spreadsheetWrites: 0,
    spreadsheetOther: 0,
    ui: 0,
    mail: 0,
    properties: 0,
    lock: 0,
    cache: 0,
    scriptApp: 0,
    session: 0,
    html: 0,
    utilities: 0,
    logger: 0,
    total: 0,
    customFunctionExecutions: 0,
    byMethod: {},
  };
}

const SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  Ui: 'https://www.googleapis.com/auth/script.container.ui',
};

const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

/**
 * Calls that need a scope of their own once the manifest lists its scopes: without it Apps
 * Script refuses them. Session's locale and time zone need none.
 */
const METHOD_SCOPES: Record<string, string> = {
  'Session.getActiveUser': USERINFO_EMAIL,
  'Session.getEffectiveUser': USERINFO_EMAIL,
};

/** The manifest's `oauthScopes`, or undefined when it lists none (Apps Script then infers them). */
export function manifestScopes(manifestPath: string): ReadonlySet<string> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { oauthScopes?: unknown };
    return Array.isArray(manifest.oauthScopes)
      ? new Set(manifest.oauthScopes.map(String))
      : undefined;
  } catch {
    return undefined;
  }
}

interface SlowCalls {
  readonly ms: number;
  readonly service?: string;
}

interface CallFault {
  remaining: number;
  readonly service?: string;
  readonly message?: string;
}

export class Runtime {
  readonly counters: Counters = emptyCounters();
  private readonly stack: Execution[] = [];
  private nextExecutionId = 1;
  private callFault: CallFault | undefined;
  private quiet = 0;
  authorizationRevoked = false;
  /**
   * What an installable trigger's run is given, where Apps Script does not document it:
   * `noDocument`: SpreadsheetApp.getActive() and getActiveSpreadsheet() return null, and
   * LockService.getDocumentLock() too (documented: null outside a document's context);
   * `noDocumentLock`: only getDocumentLock() returns null. Runs that are not triggers are
   * unaffected.
   */
  triggerContext: 'document' | 'noDocument' | 'noDocumentLock' = 'document';
  /**
   * Whether ScriptApp.getUserTriggers(document) lists time-driven triggers: undocumented
   * for an add-on's trigger, so tests try both (default: it does).
   */
  userTriggersListClock = true;
  /** Whether the running execution is a trigger run given no document (see triggerContext). */
  triggerLacks(what: 'document' | 'documentLock'): boolean {
    if (!this.current()?.trigger || this.triggerContext === 'document') return false;
    return what === 'documentLock' || this.triggerContext === 'noDocument';
  }
  /** The scopes the manifest lists; undefined means inferred, so every scope is granted. */
  declaredScopes: ReadonlySet<string> | undefined;
  /** Who recalculates custom functions when no execution runs (the person at the keyboard). */
  defaultUser: EmulatedUser = { email: '' };
  /** Set by the emulator: called after every service call of an execution returns. */
  onCall: ((service: string, method: string) => void) | undefined;
  /** Set by the emulator: its clock, so calls can take time and executions can run out of it. */
  clock: { nowMs(): number; advance(ms: number): void } | undefined;
  private slowCalls: SlowCalls | undefined;

  current(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Runs `body` as a new execution; nested calls are another execution (interleaving). */
  execute<T>(
    name: string,
    options: { authMode: AuthModeName; user: EmulatedUser; trigger: boolean },
    body: (execution: Execution) => T,
    onEnd: (execution: Execution) => void,
  ): T {
    const execution: Execution = {
      id: this.nextExecutionId++,
      name,
      ...options,
      startedMs: this.clock?.nowMs(),
    };
    this.stack.push(execution);
    try {
      return body(execution);
    } finally {
      this.stack.pop();
      onEnd(execution);
    }
  }

  /** Runs `body` in custom-function context inside the current execution. */
  asCustomFunction<T>(name: string, body: () => T): T {
    const outer = this.current();
    const execution: Execution = {
      id: this.nextExecutionId++,
      name,
      authMode: 'CUSTOM_FUNCTION',
      user: outer?.user ?? this.defaultUser,
      trigger: false,
    };
    this.stack.push(execution);
    try {
      return body();
    } finally {
      this.stack.pop();
    }
  }

  /** The emulator's own calls on objects it was handed (e.g. reading an HtmlOutput) are not the script's. */
  uncounted<T>(body: () => T): T {
    this.quiet += 1;
    try {
      return body();
    } finally {
      this.quiet -= 1;
    }
  }

  throwAfterCalls(calls: number, service?: string, message?: string): void {
    this.callFault = { remaining: calls, service, message };
  }

  clearCallFault(): void {
    this.callFault = undefined;
    this.slowCalls = undefined;
  }

  /** Every call (of `service`, when given) takes `ms` of the clock; 0 turns it off. */
  setCallDuration(ms: number, service?: string): void {
    this.slowCalls = ms > 0 ? { ms, service } : undefined;
  }

  /**
   * One Apps Script call. Outside any execution (the test harness reading the model)
   * nothing is checked or counted.
   */
  call(service: string, method: string, counter: CounterName, requirement: Requirement): void {
    const execution = this.current();
    if (!execution || this.quiet > 0) return;
    const qualified = `${service}.${method}`;
    const scopeOwner =
      service === 'Spreadsheet' || service === 'Sheet' || service === 'Range'
        ? 'SpreadsheetApp'
        : service;
    if (
      execution.authMode === 'CUSTOM_FUNCTION' &&
      requirement !== 'pure' &&
      !(scopeOwner === 'SpreadsheetApp' && readableInCustomFunction(method))
    ) {
      const scope = SCOPES[scopeOwner];
      throw new Error(
        `You do not have permission to call ${qualified}${scope ? `. Required permissions: ${scope}` : ''}`,
      );
    }
    if (execution.authMode === 'NONE' && (requirement === 'document' || requirement === 'full')) {
      const scope = SCOPES[scopeOwner];
      throw new Error(
        `You do not have permission to call ${qualified}${scope ? `. Required permissions: ${scope}` : ''}`,
      );
    }
    if (execution.authMode === 'LIMITED' && requirement === 'full') {
      throw new Error(
        `You do not have permission to call ${qualified}. Required permissions: ${SCOPES[scopeOwner] ?? 'full authorization'}`,
      );
    }
    const methodScope = METHOD_SCOPES[qualified];
    if (methodScope && this.declaredScopes && !this.declaredScopes.has(methodScope)) {
      throw new Error(
        `You do not have permission to call ${qualified}. Required permissions: ${methodScope}`,
      );
    }
    if (this.authorizationRevoked && (requirement === 'document' || requirement === 'full')) {
      throw new Error('Authorization is required to perform that action.');
    }
    const started = execution.startedMs;
    if (
      this.clock &&
      started !== undefined &&
      execution.authMode !== 'CUSTOM_FUNCTION' &&
      this.clock.nowMs() - started > EXECUTION_LIMIT_MS
    ) {
      throw new Error('Exceeded maximum execution time');
    }
    const slow = this.slowCalls;
    if (this.clock && slow && (slow.service === undefined || slow.service === scopeOwner))
      this.clock.advance(slow.ms);
    const fault = this.callFault;
    if (
      fault &&
      (fault.service === undefined || fault.service === scopeOwner || fault.service === service)
    ) {
      if (fault.remaining <= 0) {
        this.callFault = undefined;
        throw new Error(fault.message ?? `Service error: ${qualified} (injected fault)`);
      }
      fault.remaining -= 1;
    }
    this.counters[counter] += 1;
    this.counters.total += 1;
    this.counters.byMethod[qualified] = (this.counters.byMethod[qualified] ?? 0) + 1;
  }

  /** A counted call returned: the hook for interleaving runs now, between two calls. */
  completed(service: string, method: string): void {
    if (this.current() && this.quiet === 0) this.onCall?.(service, method);
  }

  resetCounters(): void {
    Object.assign(this.counters, emptyCounters());
  }
}

/** Emulator-internal members of service objects: not Apps Script calls, never counted. */
const INTERNAL_METHODS = new Set(['constructor', 'grid', 'toRecord']);

/**
 * Wraps a service object so that every method call goes through `runtime.call` first.
 * `classify(method)` names the counter and requirement; unknown members pass through.
 */
export function instrument<T extends object>(
  target: T,
  service: string,
  runtime: Runtime,
  classify: (method: string) => { counter: CounterName; requirement: Requirement },
): T {
  const wrapped = new Map<PropertyKey, unknown>();
  const proxy: T = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (
        typeof value !== 'function' ||
        typeof property !== 'string' ||
        INTERNAL_METHODS.has(property)
      ) {
        return value;
      }
      let wrapper = wrapped.get(property);
      if (!wrapper) {
        const method = property;
        wrapper = function instrumented(this: unknown, ...args: unknown[]) {
          const { counter, requirement } = classify(method);
          runtime.call(service, method, counter, requirement);
          const result = (value as (...a: unknown[]) => unknown).apply(object, args);
          runtime.completed(service, method);
          // Chained calls (`range.setValue(x).setFontWeight(…)`) stay instrumented.
          return result === object ? proxy : result;
        };
        wrapped.set(property, wrapper);
      }
      return wrapper;
    },
  });
  return proxy;
}
