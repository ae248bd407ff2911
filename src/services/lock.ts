// Thin adapter over LockService: every write from a person or a trigger runs under the
// document lock (a script lock would serialise every user of the add-on everywhere).

/** Thrown when the lock could not be had in time; callers show a "try again" message. */
export class LockTimeoutError extends Error {
  constructor() {
    super('LOCK_TIMEOUT');
    this.name = 'LockTimeoutError';
  }
}

export function withDocumentLock<T>(work: () => T, timeoutMs = 10_000): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(timeoutMs)) throw new LockTimeoutError();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Whether this execution has a document lock at all: getDocumentLock() returns null
 * outside a document's context, which is not a timeout and must not read as one.
 */
export function documentLockAvailable(): boolean {
  return LockService.getDocumentLock() !== null;
}
