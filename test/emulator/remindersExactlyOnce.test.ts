// "Never twice, never forgotten": a daily run with 3 managers, failed at every one of its
// service calls in turn, and a run stopped by its own time budget. Whatever happens, no
// manager gets the same reminder twice, and the next successful run sends every reminder
// still due.
import type { Emulator } from '../../emulator';
import { recipients } from './fixtures/observations';
import { MANAGERS, onDay, reminderLog, threeManagerTeam } from './fixtures/remindersWorkbook';

/** The service calls of one normal run on the reminder day (13 January, 1:1s on the 15th). */
function callsOfOneRun(): string[] {
  const emulator = threeManagerTeam();
  const calls: string[] = [];
  emulator.runtime.onCall = (service, method) => calls.push(`${service}.${method}`);
  onDay(emulator, '2026-01-13');
  emulator.runtime.onCall = undefined;
  expect(recipients(emulator)).toEqual(MANAGERS);
  return calls;
}

function sentPerManager(emulator: Emulator): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const email of emulator.outbox) counts[email.to] = (counts[email.to] ?? 0) + 1;
  return counts;
}

const ONCE_EACH = Object.fromEntries(MANAGERS.map((manager) => [manager, 1]));

describe('a reminder run failing at any service call', () => {
  const calls = callsOfOneRun();

  it('is long enough to be worth failing everywhere (one log write per email)', () => {
    expect(calls.filter((call) => call === 'MailApp.sendEmail')).toHaveLength(3);
    // Each email's row right after its send: send, write, send, write…
    const sendsAndWrites = calls.filter((call) =>
      ['MailApp.sendEmail', 'Sheet.appendRow', 'Range.setValues'].includes(call),
    );
    expect(sendsAndWrites.slice(0, 6)).toEqual([
      'MailApp.sendEmail',
      'Sheet.appendRow',
      'MailApp.sendEmail',
      'Sheet.appendRow',
      'MailApp.sendEmail',
      'Sheet.appendRow',
    ]);
  });

  it.each(calls.map((call, index) => [index, call]))(
    'fault at call %i (%s): nobody twice, everyone by the next run',
    (index) => {
      const emulator = threeManagerTeam();
      emulator.faults.throwAfterCalls(
        Number(index),
        undefined,
        'Service Spreadsheets failed while accessing document.',
      );
      const faulted = onDay(emulator, '2026-01-13');
      // A trigger run never throws: whatever failed is in the log or the execution log.
      expect(faulted).toEqual([{ ok: true, value: undefined }]);
      emulator.faults.clear();
      onDay(emulator, '2026-01-14'); // the next successful run
      expect(sentPerManager(emulator)).toEqual(ONCE_EACH);
      onDay(emulator, '2026-01-15'); // and no later run sends it again
      expect(sentPerManager(emulator)).toEqual(ONCE_EACH);
      const sentRows = reminderLog(emulator).filter((row) => String(row.result) === 'Sent');
      expect(sentRows.map((row) => row.manager).sort()).toEqual(MANAGERS);
    },
  );
});

describe('a reminder run out of time', () => {
  it('stops before 6 minutes, defers the rest, and the next run sends it, once', () => {
    const emulator = threeManagerTeam();
    // A slow day at Google: every MailApp call takes 100 s.
    emulator.faults.setCallDuration(100_000, 'MailApp');
    const started = Date.parse('2026-01-13T11:00:00Z');
    expect(onDay(emulator, '2026-01-13')).toEqual([{ ok: true, value: undefined }]);
    expect(emulator.clock.nowMs() - started).toBeLessThan(6 * 60_000);
    expect(emulator.outbox).toHaveLength(2);
    const deferred = reminderLog(emulator).filter((row) =>
      String(row.result).startsWith('Deferred'),
    );
    expect(deferred.map((row) => row.result)).toEqual([
      'Deferred: the run used its time; the next run sends it',
    ]);
    expect(String(reminderLog(emulator).at(-1)?.result)).toMatch(
      /^Run completed: 2 sent, 1 deferred/,
    );
    emulator.faults.setCallDuration(0);
    onDay(emulator, '2026-01-14');
    expect(sentPerManager(emulator)).toEqual(ONCE_EACH);
  });

  it('without the budget Apps Script would have stopped it mid-run (the emulator enforces 6 minutes)', () => {
    const emulator = threeManagerTeam();
    const outcome = emulator.execute(({ Utilities, MailApp }) => {
      Utilities.sleep(6 * 60_000 + 1);
      try {
        MailApp.getRemainingDailyQuota();
        return 'ran';
      } catch (error) {
        return String((error as Error).message);
      }
    });
    expect(outcome).toBe('Exceeded maximum execution time');
  });
});
