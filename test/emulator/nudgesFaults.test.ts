// "Never twice, never forgotten" for the check-in nudges: the Monday run that sends three
// nudges and a 1:1 digest, failed at every one of its service calls in turn. Whatever
// happens, no owner gets the week's nudge twice, and the next runs send every one still due.
import type { Emulator } from '../../emulator';
import { LEAD, NICO, nudgeTeam, PAULA, SARA, WES } from './fixtures/nudgesWorkbook';
import { onDay, reminderLog } from './fixtures/remindersWorkbook';

const NUDGED = [NICO, PAULA, SARA];
const ONCE_EACH = Object.fromEntries([LEAD, ...NUDGED].map((email) => [email, 1]));

/**
 * Monday 9 February, 1:1s on the 11th (so the manager's digest goes out that morning too):
 * Nico and Paula never checked in, Sara last on 28 January, Wes on Friday the 6th.
 */
function team(): Emulator {
  const typed = (day: string, keyResultId: string, value: number, author: string) => ({
    timestamp: new Date(`${day}T13:00:00Z`),
    keyResultId,
    value,
    confidence: 'green',
    comment: '',
    author,
  });
  const emulator = nudgeTeam({
    schedule: '11',
    checkIns: [typed('2026-01-28', 'KR-S', 40, SARA), typed('2026-02-06', 'KR-W', 40, WES)],
  });
  onDay(emulator, '2026-02-08'); // Sunday: a completed run, nothing due
  expect(emulator.outbox).toHaveLength(0);
  return emulator;
}

function callsOfMonday(): string[] {
  const emulator = team();
  const calls: string[] = [];
  emulator.runtime.onCall = (service, method) => calls.push(`${service}.${method}`);
  onDay(emulator, '2026-02-09');
  emulator.runtime.onCall = undefined;
  expect(sentTo(emulator)).toEqual(ONCE_EACH);
  return calls;
}

function sentTo(emulator: Emulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const email of emulator.outbox) counts[email.to] = (counts[email.to] ?? 0) + 1;
  return counts;
}

describe('a Monday run with nudges failing at any service call', () => {
  const calls = callsOfMonday();

  it('sends the digest first, then each nudge with its log row right after it', () => {
    const sendsAndWrites = calls.filter((call) =>
      ['MailApp.sendEmail', 'Sheet.appendRow'].includes(call),
    );
    // …and the run row last, once every email's row is in.
    expect(sendsAndWrites).toEqual([
      ...Array.from({ length: 4 }, () => ['MailApp.sendEmail', 'Sheet.appendRow']).flat(),
      'Sheet.appendRow',
    ]);
  });

  it.each(calls.map((call, index) => [index, call]))(
    'fault at call %i (%s): no owner twice, everyone by the next run',
    (index) => {
      const emulator = team();
      emulator.faults.throwAfterCalls(
        Number(index),
        undefined,
        'Service Spreadsheets failed while accessing document.',
      );
      expect(onDay(emulator, '2026-02-09')).toEqual([{ ok: true, value: undefined }]);
      emulator.faults.clear();
      onDay(emulator, '2026-02-10'); // the next successful run catches up
      expect(sentTo(emulator)).toEqual(ONCE_EACH);
      onDay(emulator, '2026-02-11');
      // Next Monday nobody has answered: the same three again, and Wes, 10 days quiet now.
      onDay(emulator, '2026-02-16');
      const expected = [...NUDGED, ...NUDGED, WES].sort();
      const nudges = emulator.outbox.filter((email) => email.to !== LEAD);
      expect(nudges.map((email) => email.to).sort()).toEqual(expected);
      const sent = reminderLog(emulator).filter((row) => row.result === 'Nudge sent');
      expect(sent.map((row) => `${row.manager}`).sort()).toEqual(expected);
    },
  );
});

describe('nudges and the daily quota', () => {
  it('go after the 1:1 digests, are deferred when the quota runs out and sent the next day, once', () => {
    const emulator = team();
    emulator.faults.setMailQuota(2);
    onDay(emulator, '2026-02-09');
    // The digest prepares a meeting two days away: it goes first; then nudges in People order.
    expect(emulator.outbox.map((email) => email.to)).toEqual([LEAD, NICO]);
    const results = reminderLog(emulator).map((row) => `${row.manager} ${row.result}`);
    expect(results).toEqual(
      expect.arrayContaining([
        `${PAULA} Nudge deferred: daily email quota`,
        `${SARA} Nudge deferred: daily email quota`,
      ]),
    );
    emulator.faults.setMailQuota(100);
    onDay(emulator, '2026-02-10');
    expect(sentTo(emulator)).toEqual(ONCE_EACH);
    onDay(emulator, '2026-02-11');
    expect(sentTo(emulator)).toEqual(ONCE_EACH);
    // One row per (owner, Monday): the deferred rows now say sent.
    expect(
      reminderLog(emulator)
        .filter((row) => String(row.result).startsWith('Nudge'))
        .map((row) => `${row.manager} ${row.result}`),
    ).toEqual([`${NICO} Nudge sent`, `${PAULA} Nudge sent`, `${SARA} Nudge sent`]);
  });
});

describe('what the nudges cost the daily run', () => {
  function callsOn(frequency: string): string[] {
    const emulator = nudgeTeam({ schedule: '11', settings: { nudgeFrequency: frequency } });
    onDay(emulator, '2026-02-08');
    const calls: string[] = [];
    emulator.runtime.onCall = (service, method) => calls.push(`${service}.${method}`);
    onDay(emulator, '2026-02-09');
    emulator.runtime.onCall = undefined;
    return calls;
  }

  it('no read more than the 1:1 digests alone: one quota check, then a send and a row per nudge', () => {
    const off = callsOn('Off');
    const on = callsOn('Weekly');
    const count = (calls: string[], call: string) => calls.filter((one) => one === call).length;
    // Four nudges (nobody has checked in) after the one digest.
    expect(count(on, 'MailApp.sendEmail') - count(off, 'MailApp.sendEmail')).toBe(4);
    expect(count(on, 'Sheet.appendRow') - count(off, 'Sheet.appendRow')).toBe(4);
    expect(count(on, 'MailApp.getRemainingDailyQuota')).toBe(2);
    const reads = (calls: string[]) =>
      calls.filter((call) =>
        /\.get(Values|DisplayValues|Formulas|Properties|Property)$/.test(call),
      );
    expect(reads(on)).toEqual(reads(off));
    expect(on.length - off.length).toBe(9);
  });
});
