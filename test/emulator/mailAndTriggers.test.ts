import { emulatorWith } from './fixtures/fixture';

const project = `
  function notify(to) {
    MailApp.sendEmail(to, 'Red KRs', 'Plain body', { htmlBody: '<b>Red</b>', name: 'OKR Sheets' });
    return MailApp.getRemainingDailyQuota();
  }
  function notifyObject(to) { MailApp.sendEmail({ to: to, subject: 'Digest', body: 'b', cc: 'boss@example.com' }); }
  function quota() { return MailApp.getRemainingDailyQuota(); }
  function install() {
    return ScriptApp.newTrigger('dailyReminder').timeBased().everyDays(1).atHour(8).create().getUniqueId();
  }
  function mine() {
    return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).map(function (t) { return t.getHandlerFunction(); });
  }
  function uninstall() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
  function onEdit(e) { e.range.offset(0, 1).setValue('edited by ' + e.user.getEmail() + ' in ' + e.authMode); }
  function dailyReminder(event) {
    var log = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Log') || SpreadsheetApp.getActiveSpreadsheet().insertSheet('Log');
    log.appendRow([new Date(), Session.getEffectiveUser().getEmail(), Session.getActiveUser().getEmail(), event.triggerUid]);
  }
`;

describe('MailApp', () => {
  it('sends both call forms to the outbox and counts every recipient against the daily quota', () => {
    const emulator = emulatorWith(project, { mailQuota: 5, now: new Date('2026-04-01T12:00:00Z') });
    expect(emulator.run('notify', ['ana@example.com, luis@example.com'])).toBe(3);
    emulator.run('notifyObject', ['eva@example.com']);
    expect(emulator.run('quota')).toBe(1);
    expect(
      emulator.outbox.map((email) => [email.to, email.subject, email.htmlBody, email.name]),
    ).toEqual([
      ['ana@example.com, luis@example.com', 'Red KRs', '<b>Red</b>', 'OKR Sheets'],
      ['eva@example.com', 'Digest', undefined, undefined],
    ]);
    expect(emulator.outbox[0].sentAt).toEqual(new Date('2026-04-01T12:00:00Z'));
  });

  it("refuses with Apps Script's message once the quota is spent, and resets the next day", () => {
    const emulator = emulatorWith(project, { mailQuota: 1, now: new Date('2026-04-01T12:00:00Z') });
    emulator.run('notify', ['ana@example.com']);
    expect(() => emulator.run('notify', ['ana@example.com'])).toThrow(
      'Service invoked too many times for one day: email.',
    );
    emulator.clock.advance(24 * 3600 * 1000);
    expect(emulator.run('quota')).toBe(1);
    expect(emulator.outbox).toHaveLength(1);
  });

  it('the exhausted-quota fault makes the quota 0 until restored', () => {
    const emulator = emulatorWith(project);
    emulator.faults.exhaustMailQuota();
    expect(emulator.run('quota')).toBe(0);
    expect(() => emulator.run('notify', ['ana@example.com'])).toThrow(
      'Service invoked too many times for one day: email.',
    );
    emulator.faults.restoreMailQuota();
    expect(emulator.run('quota')).toBe(100);
    emulator.faults.mailQuotaExhausted = true;
    expect(emulator.run('quota')).toBe(0);
  });
});

describe('ScriptApp triggers', () => {
  it('creates a daily trigger at an hour, one per user per document, as add-ons are limited', () => {
    const emulator = emulatorWith(project, { user: { email: 'owner@example.com' } });
    const id = emulator.run('install');
    expect(emulator.triggers).toEqual([
      expect.objectContaining({
        id,
        handler: 'dailyReminder',
        eventType: 'CLOCK',
        everyDays: 1,
        atHour: 8,
        creator: { email: 'owner@example.com' },
      }),
    ]);
    expect(() => emulator.run('install')).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    // Another user may install their own.
    emulator.run('install', [], { user: { email: 'manager@example.com' } });
    expect(emulator.run('mine', [], { user: { email: 'manager@example.com' } })).toEqual([
      'dailyReminder',
    ]);
    emulator.run('uninstall');
    expect(emulator.triggers.map((trigger) => trigger.creator.email)).toEqual([
      'manager@example.com',
    ]);
  });

  it("fires the handler as the trigger's creator, whoever is at the keyboard; firing twice runs it twice", () => {
    const emulator = emulatorWith(project, {
      user: { email: 'owner@example.com' },
      now: new Date('2026-04-01T11:00:00Z'),
    });
    const id = emulator.run('install', [], {
      user: { email: 'manager@example.com', hideEmail: true },
    }) as string;
    expect(emulator.fireDailyTriggers().map((outcome) => outcome.ok)).toEqual([true]);
    emulator.clock.advance(1000);
    const second = emulator.fireTrigger(id);
    expect(second.ok ? 'ok' : second.error.message).toBe('ok');
    expect(emulator.sheetValues('Log')).toEqual([
      [new Date('2026-04-01T11:00:00Z'), 'manager@example.com', '', Number(id)],
      [new Date('2026-04-01T11:00:01Z'), 'manager@example.com', '', Number(id)],
    ]);
    expect(emulator.triggerRuns.map((run) => run.outcome.ok)).toEqual([true, true]);
  });

  it('a trigger whose creator revoked access fails and is recorded as failed', () => {
    const emulator = emulatorWith(project);
    const id = emulator.run('install') as string;
    emulator.faults.revokeAuthorization();
    const outcome = emulator.fireTrigger(id);
    expect(outcome.ok).toBe(false);
    expect(emulator.triggerRuns[0].outcome.ok).toBe(false);
  });

  it('letting time pass fires a daily trigger at its hour in its time zone, once a day', () => {
    const emulator = emulatorWith(project, {
      now: new Date('2026-04-01T12:00:00Z'),
      scriptTimeZone: 'America/Argentina/Buenos_Aires',
    });
    emulator.run('install');
    const runs = emulator.advanceClockTo(new Date('2026-04-04T00:00:00Z'));
    // 08:00 in Buenos Aires is 11:00 UTC; created at 09:00 local on the 1st, so the first run is the 2nd.
    expect(runs.map((run) => run.at.toISOString())).toEqual([
      '2026-04-02T11:00:00.000Z',
      '2026-04-03T11:00:00.000Z',
    ]);
    expect(emulator.sheetValues('Log').map((row) => row[0])).toEqual([
      new Date('2026-04-02T11:00:00Z'),
      new Date('2026-04-03T11:00:00Z'),
    ]);
    expect(emulator.clock.now()).toEqual(new Date('2026-04-04T00:00:00Z'));
  });
});

describe('a person editing the grid', () => {
  it("runs the script's simple onEdit in LIMITED with the edited range", () => {
    const emulator = emulatorWith(project);
    emulator.userEdit('Sheet1', 'B2', '42', { email: 'ana@example.com' });
    expect(emulator.sheetValues('Sheet1')).toEqual([
      ['', '', ''],
      ['', 42, 'edited by ana@example.com in LIMITED'],
    ]);
  });
});
