// The Apps Script services other than SpreadsheetApp: MailApp, ScriptApp, PropertiesService,
// LockService, CacheService, Session, Utilities, HtmlService, Logger. Each is instrumented
// (one counted call per method call) and checked against the execution's AuthMode.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Clock } from './clock';
import { formatSimpleDate, wallClock } from './dates';
import {
  type CounterName,
  type EmulatedUser,
  type Execution,
  instrument,
  type Requirement,
  type Runtime,
} from './runtime';

const kinds =
  (counter: CounterName, requirement: (method: string) => Requirement) => (method: string) => ({
    counter,
    requirement: requirement(method),
  });

const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>;

// ---------------------------------------------------------------------------------------
// MailApp

export interface SentEmail {
  readonly to: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly replyTo?: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly noReply?: boolean;
  readonly sentAt: Date;
  /** Who ran the execution that sent it. */
  readonly from: string;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export class MailState {
  readonly outbox: SentEmail[] = [];
  private usedOnDay = 0;
  private day = '';
  exhausted = false;
  constructor(
    public dailyQuota: number,
    private readonly clock: Clock,
    private readonly timeZone: () => string,
  ) {}
  private today(): string {
    const clock = wallClock(this.clock.nowMs(), this.timeZone());
    return `${clock.year}-${clock.month}-${clock.day}`;
  }
  remaining(): number {
    if (this.exhausted) return 0;
    const today = this.today();
    if (today !== this.day) {
      this.day = today;
      this.usedOnDay = 0;
    }
    return Math.max(0, this.dailyQuota - this.usedOnDay);
  }
  consume(recipients: number): void {
    if (recipients > this.remaining())
      throw new Error('Service invoked too many times for one day: email.');
    this.usedOnDay += recipients;
  }
}

function recipientsOf(...lists: (string | undefined)[]): string[] {
  return lists.flatMap((list) =>
    list
      ? String(list)
          .split(',')
          .map((address) => address.trim())
          .filter(Boolean)
      : [],
  );
}

export function createMailApp(state: MailState, runtime: Runtime, clock: Clock) {
  const app = {
    sendEmail(...args: unknown[]): void {
      let message: Record<string, unknown>;
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null)
        message = { ...(args[0] as object) };
      else
        message = { ...((args[3] as object) ?? {}), to: args[0], subject: args[1], body: args[2] };
      const to = message.to === undefined ? '' : String(message.to);
      const recipients = recipientsOf(to, message.cc as string, message.bcc as string);
      if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
      for (const address of recipients)
        if (!EMAIL.test(address)) throw new Error(`Invalid email: ${address}`);
      if (message.subject === undefined) throw new Error('Invalid argument: subject');
      state.consume(recipients.length);
      state.outbox.push({
        to,
        cc: message.cc as string | undefined,
        bcc: message.bcc as string | undefined,
        replyTo: message.replyTo as string | undefined,
        subject: String(message.subject),
        body: message.body === undefined ? '' : String(message.body),
        htmlBody: message.htmlBody === undefined ? undefined : String(message.htmlBody),
        name: message.name === undefined ? undefined : String(message.name),
        noReply: message.noReply === undefined ? undefined : Boolean(message.noReply),
        sentAt: clock.now(),
        from: runtime.current()?.user.email ?? '',
      });
    },
    getRemainingDailyQuota(): number {
      return state.remaining();
    },
  };
  return instrument(
    app,
    'MailApp',
    runtime,
    kinds('mail', (method) => (method === 'sendEmail' ? 'full' : 'document')),
  );
}

// ---------------------------------------------------------------------------------------
// PropertiesService

/** Apps Script's limits: 9 KB per value, 500 KB per property store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly user = new Map<string, Map<string, string>>();
  userStore(email: string): Map<string, string> {
    let store = this.user.get(email);
    if (!store) {
      store = new Map();
      this.user.set(email, store);
    }
    return store;
  }
}

function storeBytes(store: Map<string, string>): number {
  let bytes = 0;
  for (const [key, value] of store) bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
  return bytes;
}

class PropertiesFacade {
  constructor(private readonly store: Map<string, string>) {}
  private put(entries: [string, string][], deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of entries) {
      if (Buffer.byteLength(value) > PROPERTY_VALUE_LIMIT)
        throw new Error('Argument too large: value');
      next.set(key, value);
    }
    if (storeBytes(next) > PROPERTY_STORE_LIMIT) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
  }
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  setProperty(key: string, value: string): this {
    this.put([[String(key), String(value)]], false);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    this.put(
      Object.entries(properties).map(([key, value]) => [key, String(value)]),
      deleteAllOthers,
    );
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export function createPropertiesService(stores: PropertyStores, runtime: Runtime) {
  const classify = kinds('properties', () => 'document');
  const wrap = (store: Map<string, string>) =>
    instrument(new PropertiesFacade(store), 'Properties', runtime, classify);
  const service = {
    getScriptProperties: () => wrap(stores.script),
    getDocumentProperties: () => wrap(stores.document),
    getUserProperties: () => wrap(stores.userStore(runtime.current()?.user.email ?? '')),
  };
  return instrument(service, 'PropertiesService', runtime, classify);
}

// ---------------------------------------------------------------------------------------
// LockService

export interface LockEvent {
  readonly lock: string;
  readonly event: 'acquired' | 'released' | 'releasedAtExit' | 'timeout' | 'refused';
  readonly execution: string;
  readonly at: Date;
}

interface LockHolder {
  readonly executionId: number;
  readonly name: string;
  /** For holds placed by a test: the clock time at which the holder lets go. */
  readonly releaseAt?: number;
}

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

export class LockManager {
  readonly holders = new Map<string, LockHolder>();
  readonly events: LockEvent[] = [];
  /** Fault: every lock is held by someone else for longer than any timeout. */
  timeoutEverything = false;
  onAcquired: ((lock: string, execution: Execution) => void) | undefined;
  private nextExternalId = -1;
  constructor(
    private readonly clock: Clock,
    private readonly runtime: Runtime,
  ) {}
  private record(lock: string, event: LockEvent['event'], execution: string): void {
    this.events.push({ lock, event, execution, at: this.clock.now() });
  }
  /** Another execution holds `lock` from now on; with `releaseAfterMs`, until then. */
  hold(
    lock: string,
    options: { releaseAfterMs?: number; name?: string } = {},
  ): { release(): void } {
    const holder: LockHolder = {
      executionId: this.nextExternalId--,
      name: options.name ?? 'another execution',
      releaseAt:
        options.releaseAfterMs === undefined
          ? undefined
          : this.clock.nowMs() + options.releaseAfterMs,
    };
    if (this.holders.has(lock)) throw new Error(`${lock} is already held`);
    this.holders.set(lock, holder);
    this.record(lock, 'acquired', holder.name);
    return {
      release: () => {
        if (this.holders.get(lock) === holder) {
          this.holders.delete(lock);
          this.record(lock, 'released', holder.name);
        }
      },
    };
  }
  acquire(lock: string, timeoutMs: number): boolean {
    const execution = this.runtime.current();
    if (!execution) throw new Error('Locks are only available while an execution runs');
    const holder = this.holders.get(lock);
    if (holder?.executionId === execution.id) return true;
    if (
      !this.timeoutEverything &&
      holder?.releaseAt !== undefined &&
      holder.releaseAt <= this.clock.nowMs() + timeoutMs
    ) {
      // The holder lets go while we wait: we get the lock at that moment.
      this.clock.set(new Date(Math.max(this.clock.nowMs(), holder.releaseAt)));
      this.holders.delete(lock);
      this.record(lock, 'released', holder.name);
    } else if (holder || this.timeoutEverything) {
      // Nothing else can run while this execution waits, so the wait runs out.
      this.clock.advance(Math.max(0, timeoutMs));
      this.record(lock, 'timeout', execution.name);
      return false;
    }
    this.holders.set(lock, { executionId: execution.id, name: execution.name });
    this.record(lock, 'acquired', execution.name);
    this.onAcquired?.(lock, execution);
    return true;
  }
  release(lock: string): void {
    const execution = this.runtime.current();
    const holder = this.holders.get(lock);
    if (execution && holder?.executionId === execution.id) {
      this.holders.delete(lock);
      this.record(lock, 'released', execution.name);
    }
  }
  has(lock: string): boolean {
    const execution = this.runtime.current();
    return Boolean(execution && this.holders.get(lock)?.executionId === execution.id);
  }
  /** Apps Script releases an execution's locks when it ends. */
  releaseAllOf(execution: Execution): void {
    for (const [lock, holder] of this.holders) {
      if (holder.executionId === execution.id) {
        this.holders.delete(lock);
        this.record(lock, 'releasedAtExit', execution.name);
      }
    }
  }
}

/** Apps Script requires the timeout (milliseconds, at most 300,000). */
function lockTimeout(value: unknown, method: string): number {
  const milliseconds = Number(value);
  if (value === undefined || value === null || !Number.isFinite(milliseconds)) {
    throw new Error(
      `The parameters () don't match the method signature for LockService.Lock.${method}.`,
    );
  }
  return Math.min(Math.max(0, milliseconds), 300000);
}

class LockFacade {
  constructor(
    private readonly manager: LockManager,
    private readonly lock: string,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    return this.manager.acquire(this.lock, lockTimeout(timeoutInMillis, 'tryLock'));
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.manager.acquire(this.lock, lockTimeout(timeoutInMillis, 'waitLock'))) {
      throw new Error(LOCK_TIMEOUT_MESSAGE);
    }
  }
  releaseLock(): void {
    this.manager.release(this.lock);
  }
  hasLock(): boolean {
    return this.manager.has(this.lock);
  }
}

export function createLockService(manager: LockManager, runtime: Runtime, documentId: string) {
  const classify = kinds('lock', () => 'document');
  const wrap = (lock: string) =>
    instrument(new LockFacade(manager, lock), 'Lock', runtime, classify);
  const service = {
    getDocumentLock: () => wrap(`document:${documentId}`),
    getScriptLock: () => wrap('script'),
    getUserLock: () => wrap(`user:${runtime.current()?.user.email ?? ''}`),
  };
  return instrument(service, 'LockService', runtime, classify);
}

// ---------------------------------------------------------------------------------------
// CacheService

export class CacheStores {
  readonly stores = new Map<string, Map<string, { value: string; expiresAt: number }>>();
  store(name: string): Map<string, { value: string; expiresAt: number }> {
    let store = this.stores.get(name);
    if (!store) {
      store = new Map();
      this.stores.set(name, store);
    }
    return store;
  }
}

class CacheFacade {
  constructor(
    private readonly store: Map<string, { value: string; expiresAt: number }>,
    private readonly clock: Clock,
  ) {}
  get(key: string): string | null {
    const entry = this.store.get(String(key));
    if (!entry || entry.expiresAt <= this.clock.nowMs()) return null;
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    if (Buffer.byteLength(String(value)) > 100 * 1024) throw new Error('Argument too large: value');
    const seconds = Math.min(21600, Math.max(1, Number(expirationInSeconds)));
    this.store.set(String(key), {
      value: String(value),
      expiresAt: this.clock.nowMs() + seconds * 1000,
    });
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.store.delete(String(key));
  }
}

export function createCacheService(
  stores: CacheStores,
  runtime: Runtime,
  clock: Clock,
  documentId: string,
) {
  const classify = kinds('cache', () => 'document');
  const wrap = (name: string) =>
    instrument(new CacheFacade(stores.store(name), clock), 'Cache', runtime, classify);
  const service = {
    getScriptCache: () => wrap('script'),
    getDocumentCache: () => wrap(`document:${documentId}`),
    getUserCache: () => wrap(`user:${runtime.current()?.user.email ?? ''}`),
  };
  return instrument(service, 'CacheService', runtime, classify);
}

// ---------------------------------------------------------------------------------------
// Session

export function createSession(
  runtime: Runtime,
  scriptTimeZone: () => string,
  defaultUser: () => EmulatedUser,
) {
  const user = (): EmulatedUser => runtime.current()?.user ?? defaultUser();
  const service = {
    getActiveUser: () => ({
      getEmail: () => (user().hideEmail ? '' : user().email),
      getUsername: () => (user().hideEmail ? '' : user().email.split('@')[0]),
    }),
    getEffectiveUser: () => ({
      getEmail: () => user().email,
      getUsername: () => user().email.split('@')[0],
    }),
    getActiveUserLocale: () => user().locale ?? 'en',
    getScriptTimeZone: () => scriptTimeZone(),
    getTemporaryActiveUserKey: () => Buffer.from(user().email).toString('base64url'),
  };
  return instrument(
    service,
    'Session',
    runtime,
    kinds('session', (method) =>
      method === 'getActiveUserLocale' || method === 'getScriptTimeZone' ? 'pure' : 'menu',
    ),
  );
}

// ---------------------------------------------------------------------------------------
// Utilities and Logger

export interface LogEntry {
  readonly level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  readonly message: string;
  readonly at: Date;
}

function formatString(template: string, ...args: unknown[]): string {
  let index = 0;
  return String(template).replace(
    /%(-?\d*)(?:\.(\d+))?([sdfi%])/g,
    (all, _width: string, precision: string, type: string) => {
      if (type === '%') return '%';
      const value = args[index++];
      if (type === 'd' || type === 'i') return String(Math.trunc(Number(value)));
      if (type === 'f')
        return precision ? Number(value).toFixed(Number(precision)) : String(Number(value));
      return value === undefined ? all : String(value);
    },
  );
}

export function createUtilities(runtime: Runtime, clock: Clock) {
  const service = {
    formatDate: (date: Date, timeZone: string, format: string) =>
      formatSimpleDate(new Date(date.getTime()), String(timeZone), String(format)),
    formatString,
    /** Sleeping advances the emulator clock instead of waiting. */
    sleep: (milliseconds: number) => clock.advance(Number(milliseconds)),
    getUuid: () => randomUUID(),
    base64Encode: (data: string | number[]) =>
      Buffer.from(typeof data === 'string' ? data : Uint8Array.from(data)).toString('base64'),
    base64EncodeWebSafe: (data: string | number[]) =>
      Buffer.from(typeof data === 'string' ? data : Uint8Array.from(data)).toString('base64url'),
    base64Decode: (encoded: string) =>
      [...Buffer.from(String(encoded), 'base64')].map((byte) => (byte > 127 ? byte - 256 : byte)),
    newBlob: (data: string) => ({
      getDataAsString: () => String(data),
      getBytes: () => [...Buffer.from(String(data))],
    }),
  };
  return instrument(
    service,
    'Utilities',
    runtime,
    kinds('utilities', () => 'pure'),
  );
}

export function createLogger(logs: LogEntry[], runtime: Runtime, clock: Clock) {
  const logger = {
    log(format: unknown, ...values: unknown[]) {
      logs.push({
        level: 'Logger',
        message: values.length ? formatString(String(format), ...values) : String(format),
        at: clock.now(),
      });
      return logger;
    },
    getLog: () =>
      logs
        .filter((entry) => entry.level === 'Logger')
        .map((entry) => entry.message)
        .join('\n'),
    clear: () => {
      for (let index = logs.length - 1; index >= 0; index -= 1)
        if (logs[index].level === 'Logger') logs.splice(index, 1);
    },
  };
  return instrument(
    logger,
    'Logger',
    runtime,
    kinds('logger', () => 'pure'),
  );
}

export function createConsole(logs: LogEntry[], clock: Clock, echo: boolean) {
  const write =
    (level: LogEntry['level']) =>
    (...values: unknown[]) => {
      const message = values
        .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
        .join(' ');
      logs.push({ level, message, at: clock.now() });
      if (echo) console[level === 'Logger' ? 'log' : level](message);
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('log'),
  };
}

// ---------------------------------------------------------------------------------------
// HtmlService

class HtmlOutput {
  private title = 'Untitled';
  private width = 300;
  private height = 500;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += String(addedContent).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = Number(width);
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = Number(height);
    return this;
  }
  setSandboxMode(): this {
    return this;
  }
  setXFrameOptionsMode(): this {
    return this;
  }
  addMetaTag(): this {
    return this;
  }
  setFaviconUrl(): this {
    return this;
  }
}

function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

/** `<?= … ?>` (escaped), `<?!= … ?>` (raw) and `<? … ?>` scriptlets, run in the bundle's scope. */
function compileTemplate(source: string): string {
  let code = 'let __out = "";\n';
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, match.index))};\n`;
    if (match[1] === '=') code += `__out += __escape(${match[2]});\n`;
    else if (match[1] === '!=') code += `__out += String(${match[2]} ?? "");\n`;
    else code += `${match[2]}\n`;
    last = pattern.lastIndex;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return `(function (__vars, __escape) { with (__vars) { ${code} } })`;
}

export function createHtmlService(runtime: Runtime, distDir: string, context: () => vm.Context) {
  const classify = kinds('html', () => 'pure');
  const output = (content: string) =>
    instrument(new HtmlOutput(content), 'HtmlOutput', runtime, classify);
  const readFile = (name: string): string => {
    const file = join(distDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  };
  const template = (source: string) => {
    const vars: Record<string, unknown> = {};
    return Object.assign(vars, {
      getRawContent: () => source,
      evaluate: () => {
        const { getRawContent: _raw, evaluate: _evaluate, ...fields } = vars;
        const render = vm.runInContext(compileTemplate(source), context()) as (
          fields: object,
          escapeValue: (value: unknown) => string,
        ) => string;
        return output(render(fields, escapeHtml));
      },
    });
  };
  const service = {
    SandboxMode: enumOf('IFRAME', 'NATIVE', 'EMULATED'),
    XFrameOptionsMode: enumOf('ALLOWALL', 'DEFAULT'),
    createHtmlOutput: (html?: string) => output(html === undefined ? '' : String(html)),
    createHtmlOutputFromFile: (filename: string) => output(readFile(String(filename))),
    createTemplate: (html: string) => template(String(html)),
    createTemplateFromFile: (filename: string) => template(readFile(String(filename))),
  };
  return instrument(service, 'HtmlService', runtime, classify);
}
