// Check-in nudges over a whole quarter: six people, twelve weeks, the daily trigger every
// morning. Each owner gets exactly the nudges the rules give, week by week; the owner who
// never checks in reaches the manager's 1:1 digest once the grace period after a nudge is
// over, and not before.
import type { Emulator } from '../../emulator';
import {
  KR_OF,
  LEAD,
  LIAM,
  NICO,
  nudgeTeam,
  OWNERS,
  PAULA,
  pauseNudges,
  quarterDays,
  SARA,
  SARA_CHECK_INS,
  WES,
  weekdayOf,
} from './fixtures/nudgesWorkbook';
import { morningOf, onDay, reminderLog } from './fixtures/remindersWorkbook';

const NUDGE_SUBJECT = /waiting for your check-in$/;

function checkIn(emulator: Emulator, day: string, user: string, value: number, comment: string) {
  emulator.clock.set(morningOf(day, 10));
  const result = emulator.callFromClient(
    'saveCheckIn',
    [{ keyResultId: KR_OF[user], value: String(value), confidence: 'green', comment }],
    { user: { email: user, locale: 'en' } },
  ) as { entry?: { author?: string } };
  expect(result.entry?.author).toBe(user);
}

interface Quarter {
  /** Nudges by day: owner → the KR IDs listed. */
  readonly nudges: Map<string, Record<string, string[]>>;
  /** The manager's digests by day. */
  readonly digests: Map<string, { subject: string; body: string }>;
  readonly emulator: Emulator;
}

function runQuarter(): Quarter {
  const emulator = nudgeTeam();
  const nudges = new Map<string, Record<string, string[]>>();
  const digests = new Map<string, { subject: string; body: string }>();
  let seen = 0;
  let wesValue = 0;
  let saraValue = 0;
  for (const day of quarterDays()) {
    expect(onDay(emulator, day)).toEqual([{ ok: true, value: undefined }]);
    for (const email of emulator.outbox.slice(seen)) {
      if (NUDGE_SUBJECT.test(email.subject)) {
        const ids = [...email.body.matchAll(/^\* (KR-\w+)/gm)].map((match) => match[1]!);
        nudges.set(day, { ...nudges.get(day), [email.to]: ids });
      } else if (email.to === LEAD) digests.set(day, email);
    }
    seen = emulator.outbox.length;
    if (weekdayOf(day) === 5) {
      wesValue += 8;
      checkIn(emulator, day, WES, wesValue, `Week of ${day}`);
    }
    if (SARA_CHECK_INS.includes(day)) {
      saraValue += 20;
      checkIn(emulator, day, SARA, saraValue, `Sara on ${day}`);
    }
    // On Friday 23 January Paula goes on leave for two weeks.
    if (day === '2026-01-23') pauseNudges(emulator, PAULA, new Date('2026-02-06T03:00:00Z'));
  }
  return { nudges, digests, emulator };
}

const MONDAYS = quarterDays().filter((day) => weekdayOf(day) === 1);

/** What the rules give each owner on each Monday (7 days without a check-in, no pause). */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  // Period start is Monday 5 January: nobody has 7 quiet days yet on the first Monday.
  [NICO]: MONDAYS.slice(1),
  [PAULA]: MONDAYS.slice(1).filter((day) => day !== '2026-01-26' && day !== '2026-02-02'),
  // Quiet 12 and 19 days before each check-in, 5 days on the Monday after one.
  [SARA]: [
    '2026-01-19',
    '2026-01-26',
    '2026-02-09',
    '2026-02-16',
    '2026-03-02',
    '2026-03-09',
    '2026-03-23',
  ],
  [WES]: [],
  [LIAM]: [],
};

describe('check-in nudges over a 12-week quarter with six people', () => {
  const quarter = runQuarter();

  it.each(MONDAYS.map((day, week) => [week + 1, day]))(
    'week %i (Monday %s): each owner gets exactly the nudge the rules give',
    (_week, day) => {
      const expected: Record<string, string[]> = {};
      for (const owner of OWNERS) {
        if (EXPECTED[owner]!.includes(String(day))) expected[owner] = [KR_OF[owner]!];
      }
      expect(quarter.nudges.get(String(day)) ?? {}).toEqual(expected);
    },
  );

  it('sends nudges on Mondays only, one email per owner per Monday, never to the manager', () => {
    expect([...quarter.nudges.keys()].filter((day) => weekdayOf(day) !== 1)).toEqual([]);
    const nudgeEmails = quarter.emulator.outbox.filter((email) =>
      NUDGE_SUBJECT.test(email.subject),
    );
    const total = Object.values(EXPECTED).reduce((sum, days) => sum + days.length, 0);
    expect(nudgeEmails).toHaveLength(total);
    expect(nudgeEmails.some((email) => email.to === LEAD)).toBe(false);
  });

  it('lists the last value and comment, and the one line that opens the sidebar', () => {
    const sara = quarter.emulator.outbox.filter(
      (email) => email.to === SARA && NUDGE_SUBJECT.test(email.subject),
    );
    // Monday 9 February: her last check-in was on Wednesday 28 January, value 40.
    const body = sara[2]!.body;
    expect(body).toContain('* KR-S · Support tickets closed');
    expect(body).toContain('Current → target: 40 → 100');
    expect(body).toMatch(
      /Last check-in: .*28 January.*\(12 days without a check-in\) — Sara on 2026-01-28/,
    );
    expect(body).toMatch(
      /To check in, open “.+” and choose OKRs › Check-in… https:\/\/docs\.google\.com\/spreadsheets\//,
    );
    const nico = quarter.emulator.outbox.find((email) => email.to === NICO)!;
    expect(nico.body).toContain('Current → target: 10 → 100');
    expect(nico.body).toContain('Last check-in: no check-in yet — no comment');
  });

  it("flags the never-checking owner's KR in the manager's 1:1 digest after the grace period, not before", () => {
    const digest = (day: string) => quarter.digests.get(day)?.body ?? '';
    // 1:1s on the 15th, digests two days before. First nudge Monday 12 January; grace 14 days.
    expect(digest('2026-01-13')).not.toContain('even after a nudge');
    expect(digest('2026-02-13')).toContain(
      'KR-N · New partners: no check-in for 39 days, even after a nudge',
    );
    expect(digest('2026-03-13')).toContain(
      'KR-N · New partners: no check-in for 67 days, even after a nudge',
    );
    // Paula never checks in either; Sara answered each nudge within the grace period.
    expect(digest('2026-02-13')).toContain('KR-P · Partner NPS: no check-in for 39 days');
    for (const day of ['2026-02-13', '2026-03-13']) {
      expect(digest(day)).not.toMatch(/KR-S[^\n]*after a nudge/);
      expect(digest(day)).not.toMatch(/KR-W[^\n]*after a nudge/);
    }
  });

  it('keeps one Reminder log row per (owner, Monday), saying Nudge sent with the KRs listed', () => {
    const rows = reminderLog(quarter.emulator).filter((row) =>
      String(row.result).startsWith('Nudge'),
    );
    const total = Object.values(EXPECTED).reduce((sum, days) => sum + days.length, 0);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => String(row.result)))).toEqual(new Set(['Nudge sent']));
    expect(rows.find((row) => row.manager === NICO)).toMatchObject({ keyResultIds: 'KR-N' });
  });
});

describe('setting up the reminders turns the nudges on', () => {
  it.each([
    [
      'en' as const,
      'Check-in nudges are on: every week, on Monday, each owner gets one email listing their key results without a check-in for 7 days',
    ],
    [
      'es' as const,
      'Los recordatorios de avance están activados: cada semana, los lunes, cada responsable recibe un correo con sus resultados clave que llevan 7 días sin avance',
    ],
  ])('says so in %s, and approves the owners as recipients', (language, line) => {
    const emulator = nudgeTeam({ language });
    emulator.run('setUpReminders', [], { user: { email: 'lead@example.com', locale: language } });
    const prompt = emulator.ui.alerts.at(-1)?.prompt ?? '';
    expect(prompt).toContain(line);
    for (const owner of [NICO, PAULA, SARA]) expect(prompt).toContain(owner);
  });

  it('says they are off when Settings says Off, and then sends none', () => {
    const emulator = nudgeTeam({ settings: { nudgeFrequency: 'Off' } });
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(
      'Check-in nudges are off (Settings › Check-in nudges).',
    );
    onDay(emulator, '2026-01-12');
    expect(emulator.outbox.filter((email) => NUDGE_SUBJECT.test(email.subject))).toEqual([]);
  });

  it('goes out every two weeks on the Settings weekday', () => {
    const emulator = nudgeTeam({
      settings: { nudgeFrequency: 'Every two weeks', nudgeWeekday: 'Wednesday' },
    });
    const days = quarterDays().slice(0, 35);
    const nudgeDays = new Set<string>();
    for (const day of days) {
      const before = emulator.outbox.length;
      onDay(emulator, day);
      if (emulator.outbox.slice(before).some((email) => NUDGE_SUBJECT.test(email.subject)))
        nudgeDays.add(day);
    }
    // The first Wednesday of the period is 7 January (too early: 2 quiet days), then every 14 days.
    expect([...nudgeDays]).toEqual(['2026-01-21', '2026-02-04']);
  });
});

describe('the reminder preview', () => {
  it('shows the nudges a Monday would send (nobody has checked in yet; Liam is live), sending and logging nothing', () => {
    const emulator = nudgeTeam();
    onDay(emulator, '2026-01-11');
    const logBefore = reminderLog(emulator);
    const outboxBefore = emulator.outbox.length;
    const preview = emulator.callFromClient('previewRemindersOn', ['2026-01-12']) as {
      emails: { to: string; subject: string }[];
    };
    expect(
      preview.emails.filter((email) => NUDGE_SUBJECT.test(email.subject)).map((email) => email.to),
    ).toEqual([WES, NICO, PAULA, SARA]);
    expect(emulator.outbox).toHaveLength(outboxBefore);
    expect(reminderLog(emulator)).toEqual(logBefore);
  });
});

describe('an owner added after the reminders were set up', () => {
  it('waits for approval (logged, a toast for the person who set them up), and is nudged once approved', () => {
    const emulator = nudgeTeam();
    // An editor adds Omar and a KR of his below the tables.
    const people = emulator.sheetValues('People');
    emulator.writeSheet('People', [['Omar', 'omar@example.com']], people.length + 1);
    const keyResults = emulator.sheetValues('Key Results');
    const header = keyResults[0]!;
    const row = header.map(
      (text) =>
        ({
          ID: 'KR-O',
          'Key result': 'Omar’s KR',
          Owner: 'omar@example.com',
          Start: 0,
          Target: 10,
        })[String(text)] ?? '',
    );
    emulator.writeSheet('Key Results', [row], keyResults.length + 1);
    onDay(emulator, '2026-01-12');
    expect(emulator.outbox.some((email) => email.to === 'omar@example.com')).toBe(false);
    expect(reminderLog(emulator).find((line) => line.manager === 'omar@example.com')).toMatchObject(
      {
        keyResultIds: 'KR-O',
        result:
          'Nudge waiting for approval: not approved yet by whoever set up the reminders (nudge to Omar): OKRs → Set up 1:1 reminders',
      },
    );
    emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
    expect(emulator.ui.toasts.at(-1)?.message).toBe(
      'Check-in nudges waiting for approval (omar@example.com): OKRs → Set up 1:1 reminders approves them',
    );
    // Approved the same day: the next run sends his Monday nudge, once.
    emulator.run('setUpReminders');
    onDay(emulator, '2026-01-13');
    onDay(emulator, '2026-01-14');
    expect(emulator.outbox.filter((email) => email.to === 'omar@example.com')).toHaveLength(1);
  });
});
