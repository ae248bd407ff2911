// The send machinery every digest shares (docs/architecture.md, Sending email): the planned
// emails in order of need, each outcome recorded right after its send, a time budget and
// the daily quota. Pure: the effects come in as ports, so the rules are tested without Google.

/** One planned email. */
export interface Delivery {
  /** The day it is for (a 1:1, a check-in): the nearest go first. */
  readonly due: string;
  /** Tie-break among the same day: the sheet's own order (its row), never the alphabet. */
  readonly order: number;
}

export interface DeliveryPorts<D extends Delivery> {
  /** Recipients still allowed today. */
  remainingQuota(): number;
  /** Sends one email; throws when it was not sent. */
  send(delivery: D): void;
  /** Writes what happened to one email where the next run reads it; throws when it could not. */
  record(delivery: D, outcome: 'sent' | 'failed', detail: string): void;
  /** The record of a sent email failed: keep it elsewhere, so it is never sent twice. */
  rememberSent(delivery: D): void;
  /** Milliseconds since the run started. */
  elapsedMs(): number;
}

export interface DeliveryResult<D extends Delivery> {
  readonly sent: readonly D[];
  readonly failed: number;
  /** Not tried: out of quota, or out of time. Left for the next run. */
  readonly overQuota: readonly D[];
  readonly overTime: readonly D[];
}

/**
 * Stop starting sends after this long. Apps Script ends an execution at 6 minutes; a send
 * and its log write take well under a second, so this leaves minutes for the final write.
 */
export const SEND_TIME_BUDGET_MS = 4 * 60_000;

/** Nearest due first, then the sheet's order. */
export function inDeliveryOrder<D extends Delivery>(deliveries: readonly D[]): D[] {
  return [...deliveries].sort(
    (a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || a.order - b.order,
  );
}

function quotaOf(ports: { remainingQuota(): number }): number {
  try {
    return ports.remainingQuota();
  } catch {
    return 0;
  }
}

/**
 * Sends `deliveries` in order of need while quota and time last, recording each outcome
 * before the next send. A send that throws is recorded as failed (or, with no quota left,
 * as over quota); a record that throws after a send is kept by rememberSent and stops
 * the run (rethrown): the log cannot be written, and nothing may go out twice.
 */
export function deliver<D extends Delivery>(
  deliveries: readonly D[],
  ports: DeliveryPorts<D>,
  budgetMs = SEND_TIME_BUDGET_MS,
): DeliveryResult<D> {
  const ordered = inDeliveryOrder(deliveries);
  const sent: D[] = [];
  const overQuota: D[] = [];
  const overTime: D[] = [];
  let failed = 0;
  let quota = ordered.length ? quotaOf(ports) : 0;
  for (const [index, delivery] of ordered.entries()) {
    if (ports.elapsedMs() >= budgetMs) {
      overTime.push(...ordered.slice(index));
      break;
    }
    if (quota < 1) {
      overQuota.push(delivery);
      continue;
    }
    let error: unknown = null;
    try {
      ports.send(delivery);
    } catch (caught) {
      error = caught ?? 'error';
    }
    if (error !== null) {
      quota = quotaOf(ports);
      if (quota < 1) overQuota.push(delivery);
      else {
        failed++;
        ports.record(delivery, 'failed', messageOf(error));
      }
      continue;
    }
    quota--;
    sent.push(delivery);
    try {
      ports.record(delivery, 'sent', '');
    } catch (caught) {
      ports.rememberSent(delivery);
      throw caught;
    }
  }
  return { sent, failed, overQuota, overTime };
}

/** The message of anything thrown, including errors made in another realm (services). */
export function messageOf(error: unknown): string {
  const text =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
