// The faults a daily reminder run meets: quota, exceptions, double fires, missed days,
// revoked authorization, a busy lock. Whatever happens, no manager hears twice about the
// same 1:1, nobody is forgotten, and the log says what happened.
import { createEmulator, type Emulator } from '../../emulator';
import { recipients } from './fixtures/observations';
import {
  MANAGERS,
  morningOf,
  onDay,
  reminderLog,
  TIME_ZONE,
  threeManagerTeam,
} from './fixtures/remindersWorkbook';

function newEmulator(language = 'English'): Emulator {
  return threeManagerTeam({ language });
}

function results(emulator: Emulator): string[] {
  return reminderLog(emulator).map(
    (row) => `${row.manager || '(run)'} ${String(row.result).split(':')[0]}`,
  );
}

function deferredReasons(emulator: Emulator): string[] {
  return reminderLog(emulator)
    .map((row) => String(row.result))
    .filter((result) => /^(Deferred|Aplazado)/.test(result));
}

describe('reminder faults', () => {
  it('sends what the quota allows, defers the rest, and sends those when the quota is back', () => {
    const emulator = newEmulator();
    emulator.faults.setMailQuota(1);
    onDay(emulator, '2026-01-13');
    expect(recipients(emulator)).toEqual(['lead1@example.com']);
    expect(results(emulator)).toEqual([
      'lead1@example.com Sent',
      'lead2@example.com Deferred',
      'lead3@example.com Deferred',
      '(run) Run completed',
    ]);
    expect(deferredReasons(emulator)).toEqual([
      'Deferred: daily email quota',
      'Deferred: daily email quota',
    ]);
    // The next day the quota is renewed: the deferred two go out, nobody twice.
    emulator.faults.setMailQuota(100);
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
    // Still one row per (manager, 1:1 date): the deferred rows now say Sent.
    expect(results(emulator)).toEqual([
      'lead1@example.com Sent',
      'lead2@example.com Sent',
      'lead3@example.com Sent',
      '(run) Run completed',
      '(run) Run completed',
    ]);
    onDay(emulator, '2026-01-15');
    expect(recipients(emulator)).toEqual(MANAGERS);
  });

  it('defers everything while the quota is exhausted and catches up the same day with Send now', () => {
    const emulator = newEmulator();
    emulator.faults.exhaustMailQuota();
    onDay(emulator, '2026-01-13');
    expect(emulator.outbox).toHaveLength(0);
    expect(results(emulator).filter((line) => line.includes('Deferred'))).toHaveLength(3);
    emulator.faults.restoreMailQuota();
    emulator.clock.set(morningOf('2026-01-13', 15));
    emulator.run('sendRemindersNow');
    expect(recipients(emulator)).toEqual(MANAGERS);
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
      '3 sent, 0 deferred, 0 failed, 0 without red KRs',
    );
  });

  it('logs an exception for one manager and still sends the others; the failed one is retried', () => {
    const emulator = newEmulator();
    // MailApp calls: getRemainingDailyQuota, then one sendEmail per manager; the second send throws.
    emulator.faults.throwAfterCalls(2, 'MailApp', 'Service error: Mail');
    onDay(emulator, '2026-01-13');
    expect(recipients(emulator)).toEqual(['lead1@example.com', 'lead3@example.com']);
    const failed = reminderLog(emulator).find((row) => String(row.result).startsWith('Failed'));
    expect(failed).toMatchObject({
      manager: 'lead2@example.com',
      result: 'Failed: Service error: Mail',
    });
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
  });

  it('sends nothing twice when the trigger fires twice in the same hour', () => {
    const emulator = newEmulator();
    onDay(emulator, '2026-01-13', 8);
    onDay(emulator, '2026-01-13', 8);
    emulator.clock.set(new Date(morningOf('2026-01-13').getTime() + 40 * 60_000));
    emulator.fireDailyTriggers();
    expect(recipients(emulator)).toEqual(MANAGERS);
    expect(results(emulator).filter((line) => line.startsWith('(run)'))).toHaveLength(3);
  });

  it('sends nothing twice when a second run starts while the first holds the lock', () => {
    const emulator = newEmulator();
    emulator.clock.set(morningOf('2026-01-13'));
    const { outer, inner } = emulator.interleave(
      { name: 'runDailyReminders', options: { trigger: true } },
      { name: 'runDailyReminders', options: { trigger: true } },
      { lockAcquired: true },
    );
    expect(outer.ok && inner?.ok).toBe(true);
    expect(recipients(emulator)).toEqual(MANAGERS);
    expect(results(emulator)).toContain('(run) Run stopped');
    expect(
      reminderLog(emulator).find((row) => String(row.result).startsWith('Run stopped'))?.result,
    ).toBe('Run stopped: another reminder run holds the document lock');
  });

  it('catches up once after several missed days, and not for a 1:1 already past', () => {
    const emulator = newEmulator();
    onDay(emulator, '2026-01-10');
    // 11–13 January: no run (the trigger did not fire). The reminder was due on the 13th.
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
    onDay(emulator, '2026-01-15');
    expect(recipients(emulator)).toEqual(MANAGERS);

    const late = newEmulator();
    onDay(late, '2026-01-10');
    onDay(late, '2026-01-16'); // the 1:1 of the 15th is over: no reminder for it now
    expect(late.outbox).toHaveLength(0);
  });

  it('stops cleanly when authorization was revoked, then catches up once it is back', () => {
    const emulator = newEmulator();
    onDay(emulator, '2026-01-12');
    emulator.faults.revokeAuthorization();
    const outcomes = onDay(emulator, '2026-01-13');
    expect(outcomes).toEqual([{ ok: true, value: undefined }]);
    expect(emulator.outbox).toHaveLength(0);
    expect(emulator.logs.map((entry) => JSON.stringify(entry))).toEqual(
      expect.arrayContaining([expect.stringContaining('authorization revoked')]),
    );
    emulator.faults.restoreAuthorization();
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
  });

  it('never ends without a log row: an unreadable workbook stops the run and says why', () => {
    const emulator = createEmulator({ timeZone: TIME_ZONE, now: morningOf('2026-01-13') });
    emulator.writeSheet('Settings', [['Language', 'English']]);
    emulator.run('setUpReminders');
    expect(emulator.fireDailyTriggers()).toEqual([{ ok: true, value: undefined }]);
    expect(emulator.outbox).toHaveLength(0);
    expect(reminderLog(emulator).map((row) => row.result)).toEqual([
      'Run stopped: the workbook has no People sheet; use OKRs → Create or upgrade workbook',
    ]);
  });

  it('writes the log in Spanish for a Spanish workbook and reads it back either way', () => {
    const emulator = newEmulator('Español');
    emulator.faults.setMailQuota(2);
    onDay(emulator, '2026-01-13');
    expect(emulator.outbox[0].subject).toBe(
      '1:1 del jueves 15 de enero de 2026: 1 resultado clave en rojo',
    );
    expect(results(emulator)).toEqual([
      'lead1@example.com Enviado',
      'lead2@example.com Enviado',
      'lead3@example.com Aplazado',
      '(run) Ejecución completada',
    ]);
    expect(deferredReasons(emulator)).toEqual(['Aplazado: cuota diaria de correo']);
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
  });
});

describe('reminder menu actions', () => {
  it('keeps exactly one daily trigger for the document, at the Settings hour, and turns it off', () => {
    const emulator = newEmulator();
    emulator.run('setUpReminders');
    emulator.run('setUpReminders');
    expect(emulator.triggers).toHaveLength(1);
    expect(emulator.triggers[0]).toMatchObject({
      handler: 'runDailyReminders',
      everyDays: 1,
      atHour: 8,
      timeZone: TIME_ZONE,
    });
    // A new hour in Settings: setting up again moves the one trigger there.
    const settings = emulator.sheetValues('Settings');
    const hourRow = settings.findIndex((row) => row[0] === 'Reminder hour') + 1;
    emulator.writeSheet('Settings', [['Reminder hour', 6]], hourRow);
    emulator.run('setUpReminders');
    expect(emulator.triggers.map((trigger) => trigger.atHour)).toEqual([6]);
    emulator.run('turnOffReminders');
    expect(emulator.triggers).toHaveLength(0);
    expect(emulator.ui.alerts.at(-1)?.title).toBe('1:1 reminders are off');
  });

  it('previews the emails of a chosen day without sending or logging', () => {
    const emulator = newEmulator();
    emulator.run('previewReminders');
    expect(emulator.ui.dialogs.at(-1)).toMatchObject({ title: 'Preview 1:1 reminders' });
    const logBefore = reminderLog(emulator);
    const preview = emulator.callFromClient('previewRemindersOn', ['2026-01-13']) as {
      day: string;
      emails: { to: string; subject: string; htmlBody: string }[];
    };
    expect(preview.day).toBe('2026-01-13');
    expect(preview.emails.map((email) => email.to)).toEqual(MANAGERS);
    expect(preview.emails[0].subject).toBe('1:1 on Thursday, 15 January 2026: 1 red key result');
    expect(
      (emulator.callFromClient('previewRemindersOn', ['2026-01-12']) as { emails: unknown[] })
        .emails,
    ).toEqual([]);
    expect(emulator.outbox).toHaveLength(0);
    expect(reminderLog(emulator)).toEqual(logBefore);
  });
});
