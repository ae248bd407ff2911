// Fault switches for tests (Emulator.faults): mail quota, lock timeouts, a service call that
// throws, revoked authorization.
import type { Runtime } from './runtime';
import type { LockManager } from './services/lock';
import type { MailState } from './services/mail';

export function createFaults(mail: MailState, locks: LockManager, runtime: Runtime) {
  return {
    /** Recipients left today; MailApp refuses beyond it. */
    setMailQuota: (recipientsPerDay: number) => {
      mail.dailyQuota = recipientsPerDay;
    },
    exhaustMailQuota: () => {
      mail.exhausted = true;
    },
    restoreMailQuota: () => {
      mail.exhausted = false;
    },
    /** Every tryLock fails and every waitLock throws the Lock timeout, after waiting out its timeout. */
    setLockTimeout: (on: boolean) => {
      locks.timeoutEverything = on;
    },
    /** After `calls` more service calls (of `service`, e.g. `SpreadsheetApp`, `MailApp`), the next one throws once. */
    throwAfterCalls: (calls: number, service?: string, message?: string) =>
      runtime.throwAfterCalls(calls, service, message),
    /**
     * Every service call (of `service`, e.g. `MailApp`) takes `ms` of the clock, so a run
     * can meet Apps Script's 6-minute limit: past it, the next call throws
     * `Exceeded maximum execution time`. 0 turns it off.
     */
    setCallDuration: (ms: number, service?: string) => runtime.setCallDuration(ms, service),
    /** The user revoked the add-on: authorised calls throw, authorization info says REQUIRED. */
    revokeAuthorization: () => {
      runtime.authorizationRevoked = true;
    },
    restoreAuthorization: () => {
      runtime.authorizationRevoked = false;
    },
    /** Same as exhaustMailQuota/restoreMailQuota, as a property. */
    get mailQuotaExhausted(): boolean {
      return mail.exhausted;
    },
    set mailQuotaExhausted(on: boolean) {
      mail.exhausted = on;
    },
    /** Same as setLockTimeout, as a property. */
    get lockTimeout(): boolean {
      return locks.timeoutEverything;
    },
    set lockTimeout(on: boolean) {
      locks.timeoutEverything = on;
    },
    /**
     * Installable triggers run without their document (getActive() and getDocumentLock()
     * return null) or, with 'noDocumentLock', without its lock only; 'document' restores.
     */
    setTriggerContext: (context: 'document' | 'noDocument' | 'noDocumentLock') => {
      runtime.triggerContext = context;
    },
    /** Whether getUserTriggers(document) lists time-driven triggers (undocumented; default yes). */
    setUserTriggersListClock: (on: boolean) => {
      runtime.userTriggersListClock = on;
    },
    clear: () => {
      runtime.triggerContext = 'document';
      runtime.userTriggersListClock = true;
      mail.exhausted = false;
      locks.timeoutEverything = false;
      runtime.clearCallFault();
      runtime.authorizationRevoked = false;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
