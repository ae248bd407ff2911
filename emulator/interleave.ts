// Two executions interleaved (Emulator.interleave): `inner` runs to completion at a point
// inside `outer`, after outer's N-th service call or right after outer first acquires a
// lock. JavaScript here is synchronous, so outer stays paused, holding its locks, meanwhile.
import type { ExecutionSpec, Outcome } from './emulatorTypes';
import type { Runtime } from './runtime';
import type { LockManager } from './services/lock';

export function interleave(
  runtime: Runtime,
  locks: LockManager,
  attempt: (spec: ExecutionSpec) => Outcome,
  outer: ExecutionSpec,
  inner: ExecutionSpec,
  at: { readonly afterCalls: number } | { readonly lockAcquired: true },
): { outer: Outcome; inner: Outcome | undefined } {
  let innerOutcome: Outcome | undefined;
  let outerId: number | undefined;
  let calls = 0;
  const runInner = () => {
    if (innerOutcome) return;
    const saved = { onCall: runtime.onCall, onAcquired: locks.onAcquired };
    runtime.onCall = undefined;
    locks.onAcquired = undefined;
    innerOutcome = attempt(inner);
    runtime.onCall = saved.onCall;
    locks.onAcquired = saved.onAcquired;
  };
  const isOuter = () => {
    const current = runtime.current();
    if (!current) return false;
    outerId ??= current.id;
    return current.id === outerId;
  };
  if ('afterCalls' in at) {
    runtime.onCall = () => {
      if (!isOuter()) return;
      calls += 1;
      if (calls === at.afterCalls) runInner();
    };
  } else {
    locks.onAcquired = () => {
      if (isOuter()) runInner();
    };
  }
  try {
    const outerOutcome = attempt(outer);
    return { outer: outerOutcome, inner: innerOutcome };
  } finally {
    runtime.onCall = undefined;
    locks.onAcquired = undefined;
  }
}
