// Moving the playground's clock as time passes in Sheets: every installed time-driven
// trigger fires at its hour on each day passed, in order, as its creator.
import type { Emulator, TriggerRun } from '../emulator/index';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ClockMove {
  /** A calendar day (YYYY-MM-DD): the clock goes there, keeping the time of day. */
  readonly date?: string;
  readonly addDays?: number;
}

/** Where the clock goes: `date` first (same time of day), then `addDays` from there. */
export function clockTarget(now: Date, move: ClockMove): Date {
  let target = new Date(now.getTime());
  if (move.date) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(move.date);
    if (!match) throw new Error(`Not a date: ${move.date}`);
    target.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  }
  if (move.addDays) target = new Date(target.getTime() + move.addDays * DAY_MS);
  return target;
}

export function hasTimeDrivenTriggers(emulator: Emulator): boolean {
  return emulator.triggers.some((trigger) => trigger.eventType === 'CLOCK');
}

/**
 * Lets time pass until `target`, firing what is due on the way. Going back in time fires
 * nothing (Sheets never runs a trigger for a past moment).
 */
export function letTimePass(emulator: Emulator, target: Date): TriggerRun[] {
  if (target.getTime() <= emulator.clock.nowMs()) {
    emulator.clock.set(target);
    return [];
  }
  return emulator.advanceClockTo(target);
}
