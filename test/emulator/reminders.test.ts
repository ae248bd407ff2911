// 1:1 reminders against the emulator: the built add-on, a team workbook, the clock driven
// day by day through a whole quarter, and the faults a daily trigger meets.
import { createEmulator, type Emulator } from '../../emulator';
import { CHECK_INS_SHEET, KEY_RESULTS_SHEET } from '../../src/core/workbook/schema';
import { reminderLog, writeWorkbook } from './fixtures/remindersWorkbook';
import { type Row, writeTable } from './fixtures/tables';

const TIME_ZONE = 'Europe/Madrid';
const PERIOD_START = Date.UTC(2026, 0, 1);
const PERIOD_DAYS = 90; // 1 January → 1 April 2026

/** 08:00 in Madrid on a calendar day (UTC+1, and UTC+2 from 29 March). */
function morningOf(day: string): Date {
  const summer = day >= '2026-03-29';
  return new Date(`${day}T${summer ? '06' : '07'}:00:00Z`);
}

function dayAfter(day: string, days = 1): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysOfQuarter(): string[] {
  const days: string[] = [];
  for (let day = '2026-01-01'; day <= '2026-03-31'; day = dayAfter(day)) days.push(day);
  return days;
}

/** Share of the quarter elapsed at the start of `day`. */
function elapsed(day: string): number {
  return (Date.parse(`${day}T00:00:00Z`) - PERIOD_START) / 86_400_000 / PERIOD_DAYS;
}

interface KeyResultScript {
  readonly id: string;
  readonly owner: string;
  readonly start: number;
  readonly target: number;
  readonly type?: string;
  readonly keyResult?: string;
  /** Current value on a day (what the check-ins have brought it to). */
  readonly current: (elapsedShare: number) => number | string;
  /** Progress as the oracle sees it, for a numeric KR. */
  readonly offTrackFrom?: string;
}

const people: Row[] = [
  { name: 'Laura', email: 'lead1@example.com', managerEmail: '' },
  { name: 'Marcos', email: 'lead2@example.com', managerEmail: '' },
  { name: 'Nora', email: 'lead3@example.com', managerEmail: '' },
  {
    name: 'Ana',
    email: 'ana@example.com',
    managerEmail: 'lead1@example.com',
    oneOnOneSchedule: 'first Tuesday',
  },
  {
    name: 'Bruno',
    email: 'bruno@example.com',
    managerEmail: 'LEAD1@example.com',
    oneOnOneSchedule: 'primer martes',
  },
  {
    name: 'Carla',
    email: 'carla@example.com',
    managerEmail: 'lead2@example.com',
    oneOnOneSchedule: 'último viernes',
  },
  {
    name: 'Dani',
    email: 'dani@example.com',
    managerEmail: 'lead2@example.com',
    oneOnOneSchedule: '15',
  },
  {
    name: 'Eva',
    email: 'eva@example.com',
    managerEmail: 'lead3@example.com',
    oneOnOneSchedule: 31,
  },
  {
    name: 'Fede',
    email: 'fede@example.com',
    managerEmail: 'lead3@example.com',
    oneOnOneSchedule: 'second Monday',
    nextOneOnOne: new Date('2026-02-12T00:00:00+01:00'),
  },
  {
    name: 'Gus',
    email: 'gus@example.com',
    managerEmail: 'lead4 at example',
    oneOnOneSchedule: 'first Tuesday',
  },
  {
    name: 'Hugo',
    email: 'hugo@example.com',
    managerEmail: 'lead1@example.com',
    oneOnOneSchedule: 'every other week',
  },
];

/** 1:1 days of each report in the quarter, from a calendar (not from the code under test). */
const ONE_ON_ONES: Record<string, string[]> = {
  'ana@example.com': ['2026-01-06', '2026-02-03', '2026-03-03'],
  'bruno@example.com': ['2026-01-06', '2026-02-03', '2026-03-03'],
  'carla@example.com': ['2026-01-30', '2026-02-27', '2026-03-27'],
  'dani@example.com': ['2026-01-15', '2026-02-15', '2026-03-15'],
  'eva@example.com': ['2026-01-31', '2026-02-28', '2026-03-31'],
  // Second Monday, but February's moved to Thursday 12th by the Next 1:1 date.
  'fede@example.com': ['2026-01-12', '2026-02-12', '2026-03-09'],
  'gus@example.com': ['2026-01-06', '2026-02-03', '2026-03-03'],
};
const MANAGER_OF: Record<string, string> = {
  'ana@example.com': 'lead1@example.com',
  'bruno@example.com': 'lead1@example.com',
  'carla@example.com': 'lead2@example.com',
  'dani@example.com': 'lead2@example.com',
  'eva@example.com': 'lead3@example.com',
  'fede@example.com': 'lead3@example.com',
  'gus@example.com': 'lead4 at example',
};

const keyResultScripts: KeyResultScript[] = [
  { id: 'KR-A1', owner: 'ana@example.com', start: 0, target: 100, current: (e) => 20 * e },
  { id: 'KR-A2', owner: 'ana@example.com', start: 0, target: 100, current: (e) => 100 * e },
  {
    id: 'KR-B1',
    owner: 'bruno@example.com',
    start: 0,
    target: 100,
    current: (e) => Math.min(100 * e, 30),
  },
  {
    id: 'KR-B2',
    owner: 'Bruno',
    start: 0,
    target: 100,
    current: (e) => 100 * e,
    offTrackFrom: '2026-02-20',
  },
  { id: 'KR-C1', owner: 'carla@example.com', start: 0, target: 100, current: (e) => 50 * e },
  {
    id: 'KR-D1',
    owner: 'dani@example.com',
    start: 50,
    target: 10,
    type: 'reducir',
    current: (e) => 50 - 40 * 0.3 * e,
  },
  {
    id: 'KR-E1',
    owner: 'eva@example.com',
    start: 0,
    target: 100,
    current: (e) => (e < 0.4 ? 35 * e : Math.min(100 * e, 35)),
  },
  {
    id: 'KR-F1',
    owner: 'fede@example.com',
    start: 0,
    target: 1,
    type: 'binary',
    keyResult: '<b>Launch</b> the "portal" =1+1',
    current: () => 'no',
  },
  { id: 'KR-G1', owner: 'gus@example.com', start: 0, target: 100, current: () => 0 },
  { id: 'KR-H1', owner: 'hugo@example.com', start: 0, target: 100, current: () => 0 },
];

/** The oracle: red by KR_STATUS's bands (progress / expected < 0.4), or an off-track check-in. */
function isRedOn(script: KeyResultScript, day: string): boolean {
  if (script.offTrackFrom && day >= script.offTrackFrom) return true;
  const expected = elapsed(day);
  const current = script.current(expected);
  let progress: number;
  if (script.type === 'binary') progress = current === 'yes' ? 1 : 0;
  else
    progress = Math.max(
      0,
      Math.min(1, ((current as number) - script.start) / (script.target - script.start)),
    );
  if (progress >= 1 || expected <= 0) return false;
  return progress / expected < 0.4 - 1e-9;
}

function keyResultRows(day: string): Row[] {
  return keyResultScripts.map((script) => ({
    id: script.id,
    objectiveId: 'O-1',
    keyResult: script.keyResult ?? `Key result ${script.id}`,
    owner: script.owner,
    type: script.type ?? '',
    start: script.start,
    target: script.target,
    current: script.current(elapsed(day)),
    unit: '',
    confidence: script.offTrackFrom && day >= script.offTrackFrom ? 'Off track' : 'On track',
    // Display text that disagrees with the numbers: the reminders must not trust it.
    status: 'On track',
  }));
}

function checkInRows(day: string): Row[] {
  const rows: Row[] = [
    {
      timestamp: new Date('2026-01-10T10:00:00Z'),
      keyResultId: 'KR-A1',
      value: 1,
      confidence: 'At risk',
      comment: 'Slow <start> & "January"',
      author: 'ana@example.com',
    },
    {
      timestamp: new Date('2026-01-20T10:00:00Z'),
      keyResultId: 'KR-F1',
      value: 'no',
      confidence: 'At risk',
      comment: '\'=HYPERLINK("http://evil.example")<script>x</script>',
      author: 'fede@example.com',
    },
  ];
  if (day >= '2026-02-20') {
    rows.push({
      timestamp: new Date('2026-02-20T09:00:00Z'),
      keyResultId: 'KR-B2',
      value: 55,
      confidence: 'Off track',
      comment: 'Main client paused the rollout',
      author: 'bruno@example.com',
    });
  }
  return rows;
}

function newTeamEmulator(): Emulator {
  const emulator = createEmulator({ timeZone: TIME_ZONE, now: morningOf('2025-12-31') });
  writeWorkbook(emulator, {
    settings: {
      language: 'English',
      periodStart: new Date('2026-01-01T00:00:00+01:00'),
      periodEnd: new Date('2026-04-01T00:00:00+02:00'),
      asOf: new Date('2025-12-31T00:00:00+01:00'),
      reminderDaysBefore: 2,
      reminderHour: 8,
      greenAt: 0.7,
      yellowAt: 0.4,
    },
    people,
    objectives: [{ id: 'O-1', objective: 'Grow <recurring> revenue & margin' }],
    keyResults: keyResultRows('2025-12-31'),
    checkIns: checkInRows('2025-12-31'),
  });
  return emulator;
}

function keyResultIdsIn(body: string): string[] {
  return [...body.matchAll(/^\* (KR-[A-Z0-9]+) ·/gm)].map((match) => match[1]).sort();
}

function expectedEmailsOn(day: string): Map<string, string[]> {
  const oneOnOneDay = dayAfter(day, 2);
  const byManager = new Map<string, string[]>();
  for (const [report, days] of Object.entries(ONE_ON_ONES)) {
    if (!days.includes(oneOnOneDay)) continue;
    const manager = MANAGER_OF[report];
    if (!/^\S+@\S+\.\S+$/.test(manager)) continue;
    const name = people.find((person) => person.email === report)?.name;
    const red = keyResultScripts
      .filter((script) => script.owner === report || script.owner === name)
      .filter((script) => isRedOn(script, day))
      .map((script) => script.id);
    if (red.length) byManager.set(manager, [...(byManager.get(manager) ?? []), ...red].sort());
  }
  return byManager;
}

describe('1:1 reminders over a whole quarter', () => {
  const emulator = newTeamEmulator();
  const perDay: { day: string; sent: Map<string, string[]>; expected: Map<string, string[]> }[] =
    [];

  beforeAll(() => {
    emulator.run('setUpReminders');
    for (const day of daysOfQuarter()) {
      emulator.clock.set(morningOf(day));
      writeTable(emulator, KEY_RESULTS_SHEET, keyResultRows(day), 'en', [
        ...KEY_RESULTS_SHEET.columns
          .filter((column) => !column.computed)
          .map((column) => column.key),
        'status',
      ]);
      writeTable(emulator, CHECK_INS_SHEET, checkInRows(day));
      const before = emulator.outbox.length;
      const outcomes = emulator.fireDailyTriggers();
      expect(outcomes).toEqual([{ ok: true, value: undefined }]);
      const sent = new Map<string, string[]>();
      for (const email of emulator.outbox.slice(before)) {
        expect(sent.has(email.to)).toBe(false);
        sent.set(email.to, keyResultIdsIn(email.body));
      }
      perDay.push({ day, sent, expected: expectedEmailsOn(day) });
    }
  });

  it('installs one daily trigger at the Settings hour', () => {
    expect(emulator.triggers).toHaveLength(1);
    expect(emulator.triggers[0]).toMatchObject({
      handler: 'runDailyReminders',
      everyDays: 1,
      atHour: 8,
    });
  });

  it('sends each manager exactly one email two days before each 1:1, with exactly the KRs red that day', () => {
    const mismatches = perDay
      .filter(
        ({ sent, expected }) =>
          JSON.stringify([...sent].sort()) !== JSON.stringify([...expected].sort()),
      )
      .map(({ day, sent, expected }) => ({ day, sent: [...sent], expected: [...expected] }));
    expect(mismatches).toEqual([]);
    const emailDays = perDay
      .filter(({ sent }) => sent.size)
      .map(({ day, sent }) => `${day} ${[...sent.keys()].join(',')}`);
    // The calendar of the quarter, written out: who hears about what, and when.
    expect(emailDays).toEqual([
      '2026-01-04 lead1@example.com',
      '2026-01-10 lead3@example.com',
      '2026-01-13 lead2@example.com',
      '2026-01-29 lead3@example.com',
      '2026-02-01 lead1@example.com',
      '2026-02-10 lead3@example.com',
      '2026-02-13 lead2@example.com',
      '2026-03-01 lead1@example.com',
      '2026-03-07 lead3@example.com',
      '2026-03-13 lead2@example.com',
      '2026-03-29 lead3@example.com',
    ]);
  });

  it('follows the numbers as they move: KRs turn red and green during the quarter', () => {
    const lead1 = perDay
      .filter(({ sent }) => sent.has('lead1@example.com'))
      .map(({ sent }) => sent.get('lead1@example.com'));
    expect(lead1).toEqual([['KR-A1'], ['KR-A1'], ['KR-A1', 'KR-B2']]);
    const lead3 = perDay
      .filter(({ sent }) => sent.has('lead3@example.com'))
      .map(({ day, sent }) => [day, sent.get('lead3@example.com')]);
    expect(lead3).toEqual([
      ['2026-01-10', ['KR-F1']],
      ['2026-01-29', ['KR-E1']],
      ['2026-02-10', ['KR-F1']],
      ['2026-03-07', ['KR-F1']],
      ['2026-03-29', ['KR-E1']],
    ]);
  });

  it('keeps one log row per (manager, 1:1 date) and a run row for every day', () => {
    const log = reminderLog(emulator);
    const pairs = log.filter((row) => row.manager !== '');
    const keys = pairs.map((row) => `${row.manager}|${row.oneOnOneDate}`);
    expect(new Set(keys).size).toBe(keys.length);
    const runs = log.filter((row) => row.manager === '');
    expect(runs).toHaveLength(90);
    expect(runs.every((row) => String(row.result).startsWith('Run completed'))).toBe(true);
    expect(String(runs[0].result)).toContain('unreadable 1:1 schedule in People row 12');
    // Carla's KRs never turn red: her manager gets no email, and the log says why.
    expect(
      pairs.filter(
        (row) =>
          row.manager === 'lead2@example.com' && String(row.result).startsWith('Nothing red'),
      ),
    ).toHaveLength(3);
    // Gus's manager has no valid address: logged once per 1:1, never emailed.
    const invalid = pairs.filter((row) => row.manager === 'lead4 at example');
    expect(invalid.map((row) => row.result)).toEqual([
      'Not sent: invalid manager email: Gus',
      'Not sent: invalid manager email: Gus',
      'Not sent: invalid manager email: Gus',
    ]);
    expect(emulator.outbox.every((email) => /@example\.com$/.test(email.to))).toBe(true);
  });

  it('counts days on the spreadsheet calendar across the daylight-saving change', () => {
    // Madrid moves to summer time on Sunday 29 March; Eva's 1:1 is on Tuesday the 31st.
    const dstDay = emulator.outbox.filter((email) => email.subject.includes('31 March'));
    expect(dstDay.map((email) => [email.to, email.sentAt.toISOString(), email.subject])).toEqual([
      [
        'lead3@example.com',
        '2026-03-29T06:00:00.000Z',
        '1:1 on Tuesday, 31 March 2026: 1 red key result',
      ],
    ]);
  });

  it('keeps the As of date current', () => {
    const settings = emulator.sheetDisplayValues('Settings');
    const asOf = settings.find((row) => row[0] === 'As of');
    expect(asOf?.[1]).toMatch(/3\/31\/2026|2026-03-31/);
  });

  it('escapes sheet text in the email and keeps formula text out of formulas', () => {
    const fede = emulator.outbox.find(
      (email) => email.to === 'lead3@example.com' && email.body.includes('KR-F1'),
    );
    expect(fede?.htmlBody).toContain('&lt;b&gt;Launch&lt;/b&gt; the &quot;portal&quot; =1+1');
    // Escaped, and the address in it broken by zero-width spaces: never a link.
    expect(fede?.htmlBody).toContain(
      '=HYPERLINK(&quot;http\u200b:\u200b\u200b/\u200b\u200b/\u200bevil\u200b.\u200bexample&quot;)&lt;script&gt;x&lt;\u200b/\u200bscript&gt;',
    );
    expect(fede?.htmlBody).not.toMatch(/<script|<b>/);
    expect(fede?.subject).toBe('1:1 on Monday, 12 January 2026: 1 red key result');
    const formulas = emulator
      .sheetFormulas('Reminder log')
      .flat()
      .filter((cell) => cell !== '');
    expect(formulas).toEqual([]);
  });
});
