// What an editor can do to the reminders, on purpose or by accident: text in the log that
// looks like a formula, a renamed log column, a second editor turning reminders off, a
// manager cell pointing outside the team, an account out of triggers. None of it may
// send mail twice, mail a stranger, create a formula, or leave the person misinformed.
import type { Emulator } from '../../emulator';
import { recipients } from './fixtures/observations';
import {
  MANAGERS,
  morningOf,
  onDay,
  reminderLog,
  threeManagerTeam,
} from './fixtures/remindersWorkbook';
import type { Row } from './fixtures/tables';

const LOG = 'Reminder log';

const OUTSIDER_KEY_RESULT: Row = {
  id: 'KR-9',
  objectiveId: 'O-1',
  keyResult: 'Outsider result',
  owner: 'report9@example.com',
  start: 0,
  target: 100,
  current: 0,
};

function newEmulator(extraPeople: Row[] = []): Emulator {
  return threeManagerTeam({ extraPeople, extraKeyResults: [OUTSIDER_KEY_RESULT] });
}

describe('the Reminder log keeps what it holds', () => {
  it('retrying a deferred reminder rewrites only its own cells: no text turns into a formula, no formula is flattened', () => {
    // A manager cell typed as text that looks like a formula: logged, never emailed.
    const emulator = newEmulator([
      {
        name: 'Report 9',
        email: 'report9@example.com',
        managerEmail: "'=1+1",
        oneOnOneSchedule: '16',
      },
    ]);
    // A column of the team's own, with a formula, beside the log.
    emulator.writeSheet(LOG, [['Note']], 1, 6);
    emulator.faults.exhaustMailQuota();
    onDay(emulator, '2026-01-13'); // rows 2–4: the three managers, deferred
    emulator.writeSheet(LOG, [['=ROW()*10']], 3, 6);
    onDay(emulator, '2026-01-14'); // still deferred; the '=1+1' manager logged below them
    const invalidRow =
      reminderLog(emulator).findIndex((row) => String(row.result).startsWith('Not sent')) + 2;
    expect(invalidRow).toBeGreaterThan(4);

    emulator.faults.restoreMailQuota();
    emulator.resetCounters();
    onDay(emulator, '2026-01-15'); // the deferred rows 2–4 are retried and now say Sent
    expect(recipients(emulator)).toEqual(MANAGERS);

    const formulas = emulator.sheetFormulas(LOG);
    const values = emulator.sheetValues(LOG);
    expect(values[invalidRow - 1][1]).toBe('=1+1');
    expect(formulas[invalidRow - 1][1]).toBe('');
    expect(formulas[2][5]).toBe('=ROW()*10');
    expect(values[2][5]).toBe(30);
    expect(
      reminderLog(emulator)
        .slice(0, 3)
        .map((row) => row.result),
    ).toEqual(['Sent', 'Sent', 'Sent']);
    // Each retried row is rewritten right after its email (one write each), and the run
    // row is appended: nothing else of the log is touched.
    expect(emulator.counters.byMethod['Range.setValues']).toBe(3);
    expect(emulator.counters.byMethod['Sheet.appendRow']).toBe(1);
  });

  it('writes text that looks like a number, a date or a formula as that text', () => {
    const emulator = newEmulator();
    const keyResults = emulator.sheetValues('Key Results');
    const idColumn = keyResults[0].indexOf('ID');
    // Typed as text: an ID of digits, and one that Sheets would read as a formula.
    emulator.writeSheet('Key Results', [["'0012"]], 2, idColumn + 1);
    emulator.writeSheet('Key Results', [["'+KR"]], 3, idColumn + 1);
    onDay(emulator, '2026-01-13');
    const ids = reminderLog(emulator)
      .slice(0, 2)
      .map((row) => row.keyResultIds);
    expect(ids).toEqual(['0012', '+KR']);
    expect(emulator.sheetFormulas(LOG).flat().filter(Boolean)).toEqual([]);
  });
});

describe('a Reminder log it cannot write', () => {
  it('stops before sending when a log column was renamed, so nobody gets the same reminder every day', () => {
    const emulator = newEmulator();
    onDay(emulator, '2026-01-12'); // a completed run: later ones catch up from here
    emulator.writeSheet(LOG, [['Outcome']], 1, 5); // was "Result"
    onDay(emulator, '2026-01-13');
    onDay(emulator, '2026-01-14');
    expect(emulator.outbox).toHaveLength(0);
    expect(emulator.logs.map((entry) => JSON.stringify(entry))).toEqual(
      expect.arrayContaining([expect.stringContaining('has no column Result')]),
    );
    emulator.clock.set(morningOf('2026-01-14', 15));
    emulator.run('sendRemindersNow');
    expect(emulator.outbox).toHaveLength(0);
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
      'Run stopped: the Reminder log sheet has no column Result, so nothing was sent (the log could not say what went out); restore the header or use OKRs → Create or upgrade workbook',
    );
    // Header restored: the reminders go out, once.
    emulator.writeSheet(LOG, [['Result']], 1, 5);
    onDay(emulator, '2026-01-14', 16);
    onDay(emulator, '2026-01-15');
    expect(recipients(emulator)).toEqual(MANAGERS);
  });
});

describe('managers outside People', () => {
  it('never emails an address that is not a person in People', () => {
    const emulator = newEmulator([
      {
        name: 'Report 9',
        email: 'report9@example.com',
        managerEmail: 'someone@outside.example',
        oneOnOneSchedule: '15',
      },
    ]);
    onDay(emulator, '2026-01-13');
    expect(recipients(emulator)).toEqual(MANAGERS);
    expect(
      reminderLog(emulator).find((row) => row.manager === 'someone@outside.example')?.result,
    ).toBe('Not sent: invalid manager email: Report 9');
  });
});

describe('turning reminders on and off with several editors', () => {
  const editor = { email: 'editor@example.com', locale: 'es' };

  it('tells a second editor that the first one’s reminders keep running, naming them', () => {
    const emulator = newEmulator(); // set up by owner@example.com
    emulator.run('turnOffReminders', [], { user: editor });
    expect(emulator.triggers).toHaveLength(1);
    expect(emulator.ui.alerts.at(-1)).toMatchObject({
      title: 'Los avisos de 1:1 siguen activados',
      prompt: expect.stringContaining('owner@example.com'),
    });
    // Both set up: the editor turning theirs off still hears about the owner's.
    emulator.run('setUpReminders', [], { user: editor });
    expect(emulator.triggers).toHaveLength(2);
    emulator.run('turnOffReminders', [], { user: editor });
    expect(emulator.triggers.map((trigger) => trigger.creator.email)).toEqual([
      'owner@example.com',
    ]);
    expect(emulator.ui.alerts.at(-1)?.title).toBe('Los avisos de 1:1 siguen activados');
    // The owner turns theirs off: now they really are off, and say so.
    emulator.run('turnOffReminders');
    expect(emulator.triggers).toHaveLength(0);
    expect(emulator.ui.alerts.at(-1)?.title).toBe('1:1 reminders are off');
    emulator.run('turnOffReminders', [], { user: editor });
    expect(emulator.ui.alerts.at(-1)?.title).toBe('Avisos de 1:1 desactivados');
  });
});

describe('an account out of triggers', () => {
  it('says the reminders are not on, in the person’s language, instead of failing', () => {
    const emulator = newEmulator();
    emulator.run('turnOffReminders');
    // Another time-driven trigger of this account already holds the add-on's slot.
    emulator.execute(({ ScriptApp }) =>
      ScriptApp.newTrigger('somethingElse').timeBased().everyDays(1).atHour(3).create(),
    );
    const outcome = emulator.attempt('setUpReminders', [], {
      user: { email: 'owner@example.com', locale: 'es' },
    });
    expect(outcome.ok).toBe(true);
    expect(emulator.triggers.map((trigger) => trigger.handler)).toEqual(['somethingElse']);
    expect(emulator.ui.alerts.at(-1)).toMatchObject({
      title: 'Los avisos de 1:1 no están activados',
      prompt: expect.stringContaining('20 activadores por script'),
    });
    // Nobody is recorded as having reminders on: another editor turning off hears "off".
    emulator.run('turnOffReminders', [], { user: { email: 'editor@example.com' } });
    expect(emulator.ui.alerts.at(-1)?.title).toBe('1:1 reminders are off');
  });
});
