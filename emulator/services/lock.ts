// LockService: document, script and user locks with mutual exclusion between executions.
// JavaScript here is synchronous: a lock held by a paused execution (Emulator.interleave)
// or by holdLock() makes waitLock wait out its timeout on the clock.
import type { Clock } from '../clock';
import { type Execution, instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';

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
    // Documented: null outside a document's context (see Runtime.triggerContext).
    getDocumentLock: () =>
      runtime.triggerLacks('documentLock') ? null : wrap(`document:${documentId}`),
    getScriptLock: () => wrap('script'),
    getUserLock: () => wrap(`user:${runtime.current()?.user.email ?? ''}`),
  };
  return instrument(service, 'LockService', runtime, classify);
}
