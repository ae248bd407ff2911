// Honest outcomes: an email that fits (a long digest says how many more KRs there are and
// where), a reminder deferred rather than "nothing red" when no status can be judged, and
// a Next 1:1 that moves its own month's meeting across a month end.
import { createEmulator } from '../../emulator';
import { utf8Bytes } from '../../src/core/reminders/email';
import { recipients } from './fixtures/observations';
import {
  MANAGERS,
  morningOf,
  onDay,
  reminderLog,
  TIME_ZONE,
  threeManagerTeam,
  writeWorkbook,
} from './fixtures/remindersWorkbook';
import type { Row } from './fixtures/tables';

describe('a digest too long for one email', () => {
  it('30 reports × 5 red KRs × 2,000-character comments: under 100 KB, with the "N more" lines', () => {
    const emulator = createEmulator({ timeZone: TIME_ZONE, now: morningOf('2026-01-10') });
    const people: Row[] = [{ name: 'Lead', email: 'lead@example.com' }];
    const keyResults: Row[] = [];
    for (let report = 1; report <= 30; report++) {
      const email = `report${report}@example.com`;
      people.push({
        name: `Report ${report}`,
        email,
        managerEmail: 'lead@example.com',
        oneOnOneSchedule: '15',
      });
      for (let kr = 1; kr <= 5; kr++) {
        keyResults.push({
          id: `KR-${report}-${kr}`,
          objectiveId: 'O-1',
          keyResult: `Key result ${kr} of report ${report}`,
          owner: email,
          start: 0,
          target: 100,
          current: 0,
          lastComment: `Comment ${report}/${kr}: ${'lost a deal, '.repeat(154)}`.slice(0, 2000),
        });
      }
    }
    writeWorkbook(emulator, {
      settings: {
        language: 'English',
        periodStart: new Date('2026-01-01T03:00:00Z'),
        periodEnd: new Date('2026-04-01T03:00:00Z'),
        reminderDaysBefore: 2,
        reminderHour: 8,
      },
      people,
      objectives: [{ id: 'O-1', objective: 'Grow' }],
      keyResults,
      checkIns: [],
    });
    emulator.run('setUpReminders');
    onDay(emulator, '2026-01-13');
    expect(emulator.outbox).toHaveLength(1);
    const [email] = emulator.outbox;
    const bytes = utf8Bytes(email?.body ?? '') + utf8Bytes(email?.htmlBody ?? '');
    console.log(`30 × 5 × 2,000-character digest: ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThan(100 * 1024);
    // The subject still counts them all; the first reports show their first KR, and every
    // report says how many more there are and where to see them.
    expect(email?.subject).toBe('1:1 on Thursday, 15 January 2026: 150 red key results');
    for (const body of [email?.body ?? '', email?.htmlBody ?? '']) {
      expect(body).toContain('Key result 1 of report 1');
      expect(body).not.toContain('Key result 2 of report 1');
      expect(body).toContain(
        '…and 4 more red key results of Report 1: see the Key Results sheet of “OKRs”.',
      );
      expect(body).toContain(
        '…and 5 more red key results of Report 30: see the Key Results sheet of “OKRs”.',
      );
    }
    expect(reminderLog(emulator)[0]?.result).toBe('Sent');
  });
});

describe('a status nobody can judge', () => {
  function periodEndRow(emulator: ReturnType<typeof threeManagerTeam>): number {
    return emulator.sheetValues('Settings').findIndex((row) => row[0] === 'Period end') + 1;
  }

  it('defers the reminder with the reason, tells the owner on open, and sends it once fixed the same day', () => {
    const emulator = threeManagerTeam();
    const row = periodEndRow(emulator);
    // The reminder day: a typo in Period end.
    emulator.writeSheet('Settings', [['Period end', '2026-04-0l']], row);
    onDay(emulator, '2026-01-13');
    expect(emulator.outbox).toHaveLength(0);
    const results = reminderLog(emulator).map((entry) => String(entry.result));
    expect(results.slice(0, 3)).toEqual(
      MANAGERS.map(
        () =>
          'Deferred: no status can be judged: Settings › Period start and Period end must be dates, the end after the start; the next run sends it once Settings is fixed',
      ),
    );
    expect(results.some((result) => result.startsWith('Nothing red'))).toBe(false);
    emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
    expect(emulator.ui.toasts.at(-1)?.message).toContain('no status can be judged');
    // Fixed two hours later; Send now sends them, once.
    emulator.writeSheet('Settings', [['Period end', new Date('2026-04-01T03:00:00Z')]], row);
    emulator.clock.set(morningOf('2026-01-13', 10));
    emulator.run('sendRemindersNow');
    expect(recipients(emulator)).toEqual(MANAGERS);
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
  });

  it('fixed the same day without Send now: the next day’s run sends it', () => {
    const emulator = threeManagerTeam();
    const row = periodEndRow(emulator);
    emulator.writeSheet('Settings', [['Period end', 'April 1st']], row);
    onDay(emulator, '2026-01-13');
    expect(emulator.outbox).toHaveLength(0);
    emulator.writeSheet('Settings', [['Period end', new Date('2026-04-01T03:00:00Z')]], row);
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
    expect(
      reminderLog(emulator)
        .slice(0, 3)
        .map((entry) => entry.result),
    ).toEqual(['Sent', 'Sent', 'Sent']);
  });
});

describe('Next 1:1 moves the nearest regular meeting', () => {
  it('"last Friday" moved to Monday 2 February: no reminder for 30 January, one for 2 February and for 27 February', () => {
    const emulator = createEmulator({ timeZone: TIME_ZONE, now: morningOf('2026-01-20') });
    writeWorkbook(emulator, {
      settings: {
        language: 'English',
        periodStart: new Date('2026-01-01T03:00:00Z'),
        periodEnd: new Date('2026-04-01T03:00:00Z'),
        reminderDaysBefore: 2,
        reminderHour: 8,
      },
      people: [
        { name: 'Lead', email: 'lead@example.com' },
        {
          name: 'Ana',
          email: 'ana@example.com',
          managerEmail: 'lead@example.com',
          oneOnOneSchedule: 'last Friday',
          nextOneOnOne: new Date('2026-02-02T03:00:00Z'),
        },
      ],
      objectives: [{ id: 'O-1', objective: 'Grow' }],
      keyResults: [
        {
          id: 'KR-1',
          objectiveId: 'O-1',
          keyResult: 'Result',
          owner: 'ana@example.com',
          start: 0,
          target: 100,
          current: 0,
        },
      ],
      checkIns: [],
    });
    emulator.run('setUpReminders');
    emulator.advanceClockTo(morningOf('2026-02-28', 12));
    expect(
      emulator.outbox.map((email) => [email.sentAt.toISOString().slice(0, 10), email.subject]),
    ).toEqual([
      ['2026-01-31', '1:1 on Monday, 2 February 2026: 1 red key result'],
      ['2026-02-25', '1:1 on Friday, 27 February 2026: 1 red key result'],
    ]);
  });
});
