// The ARIA live region (#live) and the delayed work that ends in an announcement.
const live = document.getElementById('live') as HTMLElement;

/** Work waiting on a timer, by purpose: a new one of the same purpose replaces the old. */
type Delayed = 'announcement' | 'searchCount';
const waiting = new Map<Delayed, ReturnType<typeof setTimeout>>();

/**
 * While an announcement is still to come, the live region says so (`data-pending`), so
 * anything that waits for the sidebar to be quiet (a test, a screen reader's user) has a
 * condition to wait on rather than a guess of the delay.
 */
function markPending(): void {
  if (waiting.size > 0) live.dataset.pending = 'true';
  else delete live.dataset.pending;
}

/** Runs `work` after `delay` ms, unless another of the same purpose comes first. */
export function later(purpose: Delayed, work: () => void, delay: number): void {
  clearTimeout(waiting.get(purpose));
  waiting.set(
    purpose,
    setTimeout(() => {
      waiting.delete(purpose);
      work();
      markPending();
    }, delay),
  );
  markPending();
}

/** Says `message` through the live region (cleared first so a repeat is read too). */
export function announce(message: string, delay = 30): void {
  live.textContent = '';
  later(
    'announcement',
    () => {
      live.textContent = message;
    },
    delay,
  );
}
