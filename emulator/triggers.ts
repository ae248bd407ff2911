// Firing installable triggers (Emulator.fireTrigger, fireDailyTriggers, advanceClockTo): the
// handler runs as the trigger's creator, in FULL; time-driven ones when they are due.
import type { Clock } from './clock';
import { fromWallClock, wallClock } from './dates';
import type { Outcome, RunOptions, TriggerRun } from './emulatorTypes';
import type { InstallableTrigger, TriggerStore } from './services/scriptApp';

const HOUR_MS = 3_600_000;

/** The first moment after `now` at which a time-driven trigger is due (undefined: never). */
export function nextDue(
  trigger: InstallableTrigger,
  now: number,
  fired: ReadonlySet<string>,
): number | undefined {
  if (trigger.eventType !== 'CLOCK') return undefined;
  const created = trigger.createdAt.getTime();
  if (trigger.at) {
    const at = trigger.at.getTime();
    return at > now && !fired.has(`${trigger.id}@${at}`) ? at : undefined;
  }
  if (trigger.everyHours !== undefined) {
    const step = trigger.everyHours * HOUR_MS;
    return created + Math.floor((now - created) / step + 1) * step;
  }
  const everyDays = trigger.everyDays ?? (trigger.everyWeeks ?? 0) * 7;
  if (!everyDays) return undefined;
  const zone = trigger.timeZone ?? 'UTC';
  const start = wallClock(created, zone);
  // Walk day by day in the trigger's zone from its creation day (bounded: a year of days).
  for (let day = 0; day < 400 * everyDays; day += everyDays) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + day));
    const due = fromWallClock(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: trigger.atHour ?? start.hour,
        minute: trigger.nearMinute ?? 0,
        second: 0,
      },
      zone,
    );
    if (due > now && due > created) return due;
  }
  return undefined;
}

/** The event object of a time-driven trigger (time fields in UTC), as Apps Script passes it. */
export function timeDrivenEvent(triggerUid: string, now: Date): Record<string, unknown> {
  return {
    authMode: 'FULL',
    triggerUid,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** What firing needs from the emulator. */
export interface TriggerHost {
  readonly store: TriggerStore;
  readonly clock: Clock;
  /** Every trigger run, in order (Emulator.triggerRuns). */
  readonly runs: TriggerRun[];
  /** A spreadsheet trigger's event `source`. */
  readonly spreadsheetApp: () => unknown;
  readonly attempt: (name: string, args: readonly unknown[], options: RunOptions) => Outcome;
}

/** Runs a trigger's handler as its creator, in FULL, with a time-driven event object. */
export function fireTrigger(host: TriggerHost, id: string): Outcome {
  const trigger = host.store.triggers.find((candidate) => candidate.id === id);
  if (!trigger) throw new Error(`No trigger ${id}`);
  const now = host.clock.now();
  const event =
    trigger.eventType === 'CLOCK'
      ? timeDrivenEvent(trigger.id, now)
      : { authMode: 'FULL', triggerUid: trigger.id, source: host.spreadsheetApp() };
  const outcome = host.attempt(trigger.handler, [event], {
    authMode: 'FULL',
    user: trigger.creator,
    trigger: true,
  });
  host.runs.push({ triggerId: id, handler: trigger.handler, at: now, outcome });
  return outcome;
}

/** Fires every daily (and hourly) time-driven trigger once, now. */
export function fireDailyTriggers(host: TriggerHost): Outcome[] {
  return host.store.triggers
    .filter(
      (trigger) =>
        trigger.eventType === 'CLOCK' &&
        (trigger.everyDays !== undefined || trigger.everyHours !== undefined),
    )
    .map((trigger) => fireTrigger(host, trigger.id));
}

/**
 * Lets time pass until `date`, firing every time-driven trigger at each moment it is due
 * on the way (daily ones at `atHour`:`nearMinute` — minute 0 when not given; Apps Script
 * picks a minute within that hour — in the trigger's time zone; hourly ones every n hours
 * from creation; one-off `at`/`after` ones once), in time order, with the clock set to
 * that moment. The clock ends at `date`. Returns the runs.
 */
export function advanceClockTo(host: TriggerHost, date: Date): TriggerRun[] {
  const end = date.getTime();
  const runs: TriggerRun[] = [];
  const fired = new Set<string>();
  for (;;) {
    const now = host.clock.nowMs();
    let next: { at: number; trigger: InstallableTrigger } | undefined;
    for (const trigger of host.store.triggers) {
      const at = nextDue(trigger, now, fired);
      if (at !== undefined && at <= end && (!next || at < next.at)) next = { at, trigger };
    }
    if (!next) break;
    host.clock.set(new Date(next.at));
    fired.add(`${next.trigger.id}@${next.at}`);
    fireTrigger(host, next.trigger.id);
    runs.push(host.runs[host.runs.length - 1]);
  }
  host.clock.set(date);
  return runs;
}
