import { addDays } from '../../../src/core/dates';
import { escapeHtml, renderReminderEmail } from '../../../src/core/reminders/email';
import { latestCheckIns } from '../../../src/core/reminders/keyResults';
import {
  asCellText,
  type LogEntry,
  logRowCells,
  parseOutcome,
  placeLogEntries,
  readLogState,
} from '../../../src/core/reminders/log';
import { REMINDER_MESSAGES } from '../../../src/core/reminders/messages';
import {
  dueWindow,
  isValidEmail,
  planReminders,
  type ReminderInput,
} from '../../../src/core/reminders/plan';
import { type MailPort, sendReminders } from '../../../src/core/reminders/run';

const TZ = 'UTC';

// Quarter Jan–Mar 2026; 2026-03-03 is the first Tuesday of March.
function input(
  overrides: Partial<ReminderInput> = {},
  logRows: Record<string, unknown>[] = [],
): ReminderInput {
  const checkIns = [
    {
      timestamp: new Date('2026-02-20T10:00:00Z'),
      keyResultId: 'KR-1',
      confidence: 'At risk',
      comment: 'old',
    },
    {
      timestamp: new Date('2026-02-25T10:00:00Z'),
      keyResultId: 'kr-1',
      confidence: 'At risk',
      comment: 'Lost <b>two</b> deals & "one" =SUM(A1)',
    },
    {
      timestamp: new Date('2026-02-24T10:00:00Z'),
      keyResultId: 'KR-1',
      confidence: 'On track',
      comment: 'older',
    },
    {
      timestamp: new Date('2026-02-26T10:00:00Z'),
      keyResultId: 'KR-3',
      confidence: 'Desviado',
      comment: 'sin clientes',
    },
  ];
  return {
    approved: null,
    messages: REMINDER_MESSAGES.en,
    today: '2026-03-01',
    reminderDaysBefore: 2,
    status: {
      asOf: '2026-03-01',
      periodStart: '2026-01-01',
      periodEnd: '2026-04-01',
      greenAt: 0.7,
      yellowAt: 0.4,
      timeZone: TZ,
    },
    people: [
      {
        rowNumber: 2,
        name: 'Ana',
        email: 'ana@example.com',
        managerEmail: 'boss@example.com',
        oneOnOneSchedule: 'first Tuesday',
        nextOneOnOne: '',
      },
      {
        rowNumber: 3,
        name: 'Bruno',
        email: 'bruno@example.com',
        managerEmail: 'Boss@Example.com',
        oneOnOneSchedule: 'primer martes',
        nextOneOnOne: '',
      },
      {
        rowNumber: 4,
        name: 'Carla',
        email: 'carla@example.com',
        managerEmail: 'boss@example.com',
        oneOnOneSchedule: 'every other week',
        nextOneOnOne: '',
      },
      {
        rowNumber: 5,
        name: 'Boss',
        email: 'boss@example.com',
        managerEmail: '',
        oneOnOneSchedule: '',
        nextOneOnOne: '',
      },
      {
        rowNumber: 6,
        name: 'Dani',
        email: 'dani@example.com',
        managerEmail: 'not an email',
        oneOnOneSchedule: '3',
        nextOneOnOne: '',
      },
    ],
    keyResults: [
      // 2/3 of the quarter elapsed: expected ≈ 0.659; progress 0.2 → ratio 0.30 → red.
      {
        id: 'KR-1',
        objectiveId: 'O-1',
        keyResult: 'Win <script>alert(1)</script> deals',
        owner: 'ana@example.com',
        start: 0,
        target: 10,
        current: 2,
        unit: 'deals',
        confidence: '',
        type: '',
      },
      // progress 0.6 → ratio 0.91 → green, and its confidence is fine.
      {
        id: 'KR-2',
        objectiveId: 'O-1',
        keyResult: 'Calls',
        owner: 'ANA@example.com',
        start: 0,
        target: 10,
        current: 6,
        unit: '',
        confidence: 'On track',
        type: '',
      },
      // green by numbers, red by latest confidence.
      {
        id: 'KR-3',
        objectiveId: 'O-2',
        keyResult: '=HYPERLINK("http://evil")',
        owner: 'Bruno',
        start: 0,
        target: 10,
        current: 9,
        unit: '',
        confidence: 'On track',
        type: '',
      },
      // Status text says red but the numbers are green: the display text is not trusted.
      {
        id: 'KR-4',
        objectiveId: 'O-2',
        keyResult: 'NPS',
        owner: 'bruno@example.com',
        start: 0,
        target: 10,
        current: 10,
        unit: '',
        confidence: '',
        status: 'Off track',
        type: '',
      },
      {
        id: 'KR-5',
        objectiveId: 'O-2',
        keyResult: 'Not measured',
        owner: 'bruno@example.com',
        start: 0,
        target: 10,
        current: '',
        unit: '',
        confidence: '',
        type: '',
      },
      {
        id: 'KR-6',
        objectiveId: 'O-2',
        keyResult: 'Dani KR',
        owner: 'dani@example.com',
        start: 0,
        target: 10,
        current: 0,
        unit: '',
        confidence: '',
        type: '',
      },
    ],
    objectives: [
      { id: 'O-1', objective: 'Grow <sales> & margin' },
      { id: 'O-2', objective: 'Happy customers' },
    ],
    latestCheckIns: latestCheckIns(checkIns, TZ),
    log: readLogState(
      logRows.map((row, index) => ({ rowNumber: index + 2, ...row })),
      TZ,
    ),
    ...overrides,
  };
}

describe('planReminders', () => {
  it('collects exactly the red KRs of the reports meeting the manager in N days', () => {
    const plan = planReminders(input());
    expect(plan.digests).toHaveLength(1);
    const [digest] = plan.digests;
    expect(digest.managerEmail).toBe('boss@example.com');
    expect(digest.managerName).toBe('Boss');
    expect(digest.oneOnOnes.map((section) => section.date)).toEqual(['2026-03-03']);
    const reds = digest.oneOnOnes[0].reports.map((report) => [
      report.name,
      report.redKeyResults.map((keyResult) => [
        keyResult.id,
        keyResult.redByNumbers,
        keyResult.redByConfidence,
      ]),
    ]);
    expect(reds).toEqual([
      ['Ana', [['KR-1', true, false]]],
      ['Bruno', [['KR-3', false, true]]],
    ]);
    const kr1 = digest.oneOnOnes[0].reports[0].redKeyResults[0];
    expect(kr1.objective).toBe('Grow <sales> & margin');
    expect(kr1.lastCheckInDay).toBe('2026-02-25');
    expect(kr1.lastComment).toBe('Lost <b>two</b> deals & "one" =SUM(A1)');
    expect(kr1.progress).toBeCloseTo(0.2);
    expect(kr1.expected).toBeCloseTo(59 / 90);
  });

  it('reports unreadable schedules instead of guessing them', () => {
    expect(planReminders(input()).unreadableScheduleRows).toEqual([4]);
  });

  it('logs a manager without a valid address once, and never emails them', () => {
    const plan = planReminders(input({ today: '2026-03-01' }));
    expect(plan.digests.every((digest) => isValidEmail(digest.managerEmail))).toBe(true);
    expect(plan.quiet).toEqual([
      expect.objectContaining({
        manager: 'not an email',
        oneOnOneDate: '2026-03-03',
        outcome: 'invalidEmail',
      }),
    ]);
  });

  it('emails only managers who are people in People, whatever address a manager cell holds', () => {
    const base = input();
    const people = [
      ...base.people,
      {
        rowNumber: 7,
        name: 'Eva',
        email: 'eva@example.com',
        managerEmail: 'outsider@elsewhere.example',
        oneOnOneSchedule: '3',
        nextOneOnOne: '',
      },
    ];
    const keyResults = [
      ...base.keyResults,
      {
        id: 'KR-7',
        objectiveId: 'O-1',
        keyResult: 'Eva KR',
        owner: 'eva@example.com',
        start: 0,
        target: 10,
        current: 0,
      },
    ];
    const plan = planReminders({ ...base, people, keyResults });
    expect(plan.digests.map((digest) => digest.managerEmail)).toEqual(['boss@example.com']);
    expect(plan.quiet).toContainEqual(
      expect.objectContaining({
        manager: 'outsider@elsewhere.example',
        oneOnOneDate: '2026-03-03',
        outcome: 'invalidEmail',
        detail: 'Eva',
      }),
    );
    // Once listed in People, the same manager gets the digest.
    const listed = planReminders({
      ...base,
      people: [
        ...people,
        { rowNumber: 8, name: 'Out', email: 'Outsider@Elsewhere.example', managerEmail: '' },
      ],
      keyResults,
    });
    expect(listed.digests.map((digest) => digest.managerEmail)).toEqual([
      'boss@example.com',
      'outsider@elsewhere.example',
    ]);
  });

  it('sends nothing on a day with no 1:1 N days away', () => {
    const plan = planReminders(input({ today: '2026-03-02' }));
    expect(plan.digests).toEqual([]);
    expect(plan.quiet).toEqual([]);
  });

  it('writes "nothing red" when every KR of the reports is green', () => {
    const base = input();
    const plan = planReminders({
      ...base,
      keyResults: base.keyResults.filter((row) => row.id === 'KR-2'),
      latestCheckIns: new Map(),
    });
    expect(plan.digests).toEqual([]);
    expect(plan.quiet.map((entry) => entry.outcome).sort()).toEqual(['invalidEmail', 'nothingRed']);
  });

  it('uses an explicit Next 1:1 date over the rule', () => {
    const base = input();
    const people = base.people.map((person) =>
      person.name === 'Ana'
        ? { ...person, nextOneOnOne: new Date('2026-03-05T00:00:00Z') }
        : person,
    );
    const onFirst = planReminders({ ...base, people });
    expect(onFirst.digests[0].oneOnOnes[0].reports.map((report) => report.name)).toEqual(['Bruno']);
    const onThird = planReminders({ ...base, people, today: '2026-03-03' });
    expect(onThird.digests[0].oneOnOnes).toEqual([
      expect.objectContaining({
        date: '2026-03-05',
        reports: [expect.objectContaining({ name: 'Ana' })],
      }),
    ]);
  });

  it('finds nothing new once the log says the reminder was sent', () => {
    const plan = planReminders(
      input({}, [
        {
          sentAt: new Date('2026-03-01T08:00:00Z'),
          manager: 'boss@example.com',
          oneOnOneDate: '2026-03-03',
          keyResultIds: 'KR-1, KR-3',
          result: 'Sent',
        },
        {
          sentAt: new Date('2026-03-01T08:00:00Z'),
          manager: 'not an email',
          oneOnOneDate: '2026-03-03',
          keyResultIds: '',
          result: 'No enviado: correo del responsable no válido',
        },
        {
          sentAt: new Date('2026-03-01T08:00:01Z'),
          manager: '',
          oneOnOneDate: '',
          keyResultIds: '',
          result: 'Run completed: 1 sent',
        },
      ]),
    );
    expect(plan.digests).toEqual([]);
    expect(plan.quiet).toEqual([]);
  });

  it('retries a deferred reminder while its 1:1 is ahead, not after', () => {
    const log = [
      {
        sentAt: new Date('2026-03-01T08:00:00Z'),
        manager: 'boss@example.com',
        oneOnOneDate: '2026-03-03',
        keyResultIds: '',
        result: 'Aplazado (cuota diaria de correo)',
      },
      {
        sentAt: new Date('2026-03-01T08:00:01Z'),
        manager: '',
        oneOnOneDate: '',
        keyResultIds: '',
        result: 'Run completed',
      },
    ];
    const nextDay = planReminders(input({ today: '2026-03-02' }, log));
    expect(
      nextDay.digests.map((digest) => digest.oneOnOnes.map((section) => section.date)),
    ).toEqual([['2026-03-03']]);
    expect(planReminders(input({ today: '2026-03-04' }, log)).digests).toEqual([]);
  });

  it('catches up once after missed days', () => {
    // Last completed run on 2026-02-25; the reminder for 3 March was due on 1 March.
    const log = [
      { sentAt: new Date('2026-02-25T08:00:00Z'), manager: '', result: 'Run completed' },
    ];
    const plan = planReminders(input({ today: '2026-03-02' }, log));
    expect(plan.digests.map((digest) => digest.oneOnOnes.map((section) => section.date))).toEqual([
      ['2026-03-03'],
    ]);
    // A 1:1 already past is not reminded after the gap.
    expect(planReminders(input({ today: '2026-03-04' }, log)).digests).toEqual([]);
  });
});

describe('one email per manager per run', () => {
  it('merges two 1:1 dates that fall due in the same run into one email', () => {
    const base = input();
    // Carla meets the boss on the 4th; after missed days both the 3rd and the 4th are due.
    const people = base.people.map((person) =>
      person.name === 'Carla' ? { ...person, oneOnOneSchedule: '4' } : person,
    );
    const keyResults = [
      ...base.keyResults,
      {
        id: 'KR-9',
        objectiveId: 'O-2',
        keyResult: 'Carla KR',
        owner: 'carla@example.com',
        start: 0,
        target: 10,
        current: 0,
      },
    ];
    const log = [
      { sentAt: new Date('2026-02-26T08:00:00Z'), manager: '', result: 'Run completed' },
    ];
    const plan = planReminders({ ...input({ today: '2026-03-02' }, log), people, keyResults });
    expect(plan.digests).toHaveLength(1);
    expect(plan.digests[0].oneOnOnes.map((section) => section.date)).toEqual([
      '2026-03-03',
      '2026-03-04',
    ]);
    const email = renderReminderEmail(plan.digests[0], {
      language: 'en',
      spreadsheetUrl: '',
      spreadsheetName: 'OKRs',
    });
    expect(email.subject).toBe(
      '1:1 on Tuesday, 3 March 2026 and Wednesday, 4 March 2026: 3 red key results',
    );
  });
});

describe('dueWindow', () => {
  it('is today + N normally, empty after a run today, widened after a gap', () => {
    expect(dueWindow('2026-03-10', 2, null)).toEqual({ from: '2026-03-12', to: '2026-03-12' });
    expect(dueWindow('2026-03-10', 2, '2026-03-09')).toEqual({
      from: '2026-03-12',
      to: '2026-03-12',
    });
    expect(dueWindow('2026-03-10', 2, '2026-03-10')).toEqual({
      from: '2026-03-13',
      to: '2026-03-12',
    });
    expect(dueWindow('2026-03-10', 2, '2026-03-05')).toEqual({
      from: '2026-03-10',
      to: '2026-03-12',
    });
    expect(dueWindow('2026-03-10', 0, '2026-03-09')).toEqual({
      from: '2026-03-10',
      to: '2026-03-10',
    });
  });
});

describe('renderReminderEmail', () => {
  const digest = planReminders(input()).digests[0];
  const context = {
    language: 'en' as const,
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
    spreadsheetName: 'OKRs <Q1>',
  };

  it('says the date and the count in the subject, in the workbook language', () => {
    expect(renderReminderEmail(digest, context).subject).toBe(
      '1:1 on Tuesday, 3 March 2026: 2 red key results',
    );
    expect(renderReminderEmail(digest, { ...context, language: 'es' }).subject).toBe(
      '1:1 del martes 3 de marzo de 2026: 2 resultados clave en rojo',
    );
  });

  it('escapes every sheet text in the HTML and loads nothing external', () => {
    const { htmlBody } = renderReminderEmail(digest, context);
    expect(htmlBody).not.toContain('<script>');
    expect(htmlBody).not.toContain('<b>two</b>');
    expect(htmlBody).not.toContain('<sales>');
    expect(htmlBody).toContain('Win &lt;script&gt;alert(1)&lt;/script&gt; deals');
    expect(htmlBody).toContain('Lost &lt;b&gt;two&lt;/b&gt; deals &amp; &quot;one&quot; =SUM(A1)');
    expect(htmlBody).toContain('OKRs &lt;Q1&gt;');
    expect(htmlBody).not.toMatch(/<(img|link|script|style)\b/i);
    expect(htmlBody).not.toMatch(/src=|url\(/i);
    expect(htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit"');
  });

  it('has a plain-text body with each red KR, value, progress vs expected and last check-in', () => {
    const { body } = renderReminderEmail(digest, context);
    expect(body).toContain('* KR-1 · Win <script>alert(1)</script> deals');
    expect(body).toContain('Objective: Grow <sales> & margin');
    expect(body).toContain('Current → target: 2 → 10 deals');
    expect(body).toContain('Progress: 20% done, 66% expected by now');
    expect(body).toContain('Last check-in: 25 February 2026 — Lost <b>two</b> deals');
    expect(body).toContain('Why red: latest confidence: off track');
    expect(body).toContain('https://docs.google.com/spreadsheets/d/abc/edit');
  });

  it('never links a URL that is not https', () => {
    const { htmlBody, body } = renderReminderEmail(digest, {
      ...context,
      spreadsheetUrl: 'javascript:alert(1)',
    });
    expect(htmlBody).not.toContain('javascript:');
    expect(body).not.toContain('javascript:');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('sendReminders', () => {
  function twoManagerPlan() {
    const base = input();
    const people = [
      ...base.people,
      {
        rowNumber: 7,
        name: 'Eva',
        email: 'eva@example.com',
        managerEmail: 'lead@example.com',
        oneOnOneSchedule: '3',
        nextOneOnOne: '',
      },
      {
        rowNumber: 8,
        name: 'Fede',
        email: 'fede@example.com',
        managerEmail: 'zed@example.com',
        oneOnOneSchedule: '3',
        nextOneOnOne: '',
      },
      { rowNumber: 9, name: 'Lead', email: 'lead@example.com', managerEmail: '' },
      { rowNumber: 10, name: 'Zed', email: 'zed@example.com', managerEmail: '' },
    ];
    const keyResults = [
      ...base.keyResults,
      {
        id: 'KR-7',
        objectiveId: 'O-1',
        keyResult: 'Eva KR',
        owner: 'eva@example.com',
        start: 0,
        target: 10,
        current: 0,
      },
      {
        id: 'KR-8',
        objectiveId: 'O-1',
        keyResult: 'Fede KR',
        owner: 'fede@example.com',
        start: 0,
        target: 10,
        current: 0,
      },
    ];
    return planReminders({ ...base, people, keyResults });
  }
  const context = {
    language: 'en' as const,
    spreadsheetUrl: 'https://x.example/s',
    spreadsheetName: 'OKRs',
  };
  function mail(quota: number, failFor: string[] = []): MailPort & { outbox: string[] } {
    const outbox: string[] = [];
    return {
      outbox,
      remainingQuota: () => quota,
      send(email) {
        if (failFor.includes(email.to)) throw new Error('Invalid argument: boom');
        if (quota < 1) throw new Error('Service invoked too many times for one day: email.');
        quota--;
        outbox.push(email.to);
      },
    };
  }
  const outcomes = (entries: readonly LogEntry[]) =>
    entries.map((entry) => `${entry.manager}:${entry.outcome}`);

  it('sends one email per manager with something red, never more', () => {
    const plan = twoManagerPlan();
    const port = mail(100);
    const result = sendReminders(plan, port, context);
    expect(port.outbox).toEqual(['boss@example.com', 'lead@example.com', 'zed@example.com']);
    expect(result.counts).toEqual({ sent: 3, deferred: 0, failed: 0, quiet: 1 });
    expect(outcomes(result.entries).at(-1)).toBe(':runCompleted');
    expect(result.entries.at(-1)?.detail).toContain('unreadable 1:1 schedule in People row 4');
  });

  it('sends what the quota allows and defers the rest', () => {
    const port = mail(2);
    const result = sendReminders(twoManagerPlan(), port, context);
    expect(port.outbox).toHaveLength(2);
    expect(outcomes(result.entries)).toEqual([
      'not an email:invalidEmail',
      'boss@example.com:sent',
      'lead@example.com:sent',
      'zed@example.com:deferred',
      ':runCompleted',
    ]);
  });

  it('treats a send that fails with the quota gone as deferred, not failed', () => {
    let quota = 1;
    const outbox: string[] = [];
    const port: MailPort = {
      remainingQuota: () => (outbox.length ? 0 : 5), // claims 5, but only 1 really fits
      send(email) {
        if (quota-- < 1) throw new Error('Service invoked too many times for one day: email.');
        outbox.push(email.to);
      },
    };
    const result = sendReminders(twoManagerPlan(), port, context);
    expect(outbox).toEqual(['boss@example.com']);
    expect(result.counts).toMatchObject({ sent: 1, deferred: 2, failed: 0 });
  });

  it('logs an exception for one manager and still sends the others', () => {
    const port = mail(100, ['lead@example.com']);
    const result = sendReminders(twoManagerPlan(), port, context);
    expect(port.outbox).toEqual(['boss@example.com', 'zed@example.com']);
    const failed = result.entries.find((entry) => entry.outcome === 'failed');
    expect(failed).toMatchObject({ manager: 'lead@example.com', detail: 'Invalid argument: boom' });
  });
});

describe('Reminder log cells', () => {
  it('reads results back in either language', () => {
    expect(parseOutcome('Sent')).toBe('sent');
    expect(parseOutcome('enviado')).toBe('sent');
    expect(parseOutcome('Error: Invalid argument')).toBe('failed');
    expect(parseOutcome('Ejecución completada: 1 enviados')).toBe('runCompleted');
    expect(parseOutcome('something a person typed')).toBeNull();
  });

  it('keeps formula-looking text as text', () => {
    expect(asCellText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asCellText('+1')).toBe("'+1");
    expect(asCellText('@x')).toBe("'@x");
    expect(asCellText('ok')).toBe('ok');
    // A leading apostrophe, and IDs Sheets would read as a number or a date, stay text too.
    expect(asCellText("'quoted")).toBe("''quoted");
    expect(asCellText('12, 13')).toBe("'12, 13");
    expect(asCellText('2026-03-03')).toBe("'2026-03-03");
    const cells = logRowCells(
      {
        manager: '=evil@example.com',
        oneOnOneDate: '2026-03-03',
        keyResultIds: ['-1', 'KR-2'],
        outcome: 'sent',
        detail: '',
      },
      new Date(0),
      'es',
    );
    expect(cells).toMatchObject({
      manager: "'=evil@example.com",
      keyResultIds: "'-1, KR-2",
      result: 'Enviado',
    });
  });

  it('overwrites the row of a retried reminder and appends new ones', () => {
    const state = readLogState(
      [
        {
          rowNumber: 5,
          sentAt: new Date(),
          manager: 'Boss@example.com',
          oneOnOneDate: '2026-03-03',
          result: 'Deferred (daily email quota)',
        },
      ],
      TZ,
    );
    const entry = (manager: string): LogEntry => ({
      manager,
      oneOnOneDate: '2026-03-03',
      keyResultIds: [],
      outcome: 'sent',
      detail: '',
    });
    const placed = placeLogEntries([entry('boss@example.com'), entry('lead@example.com')], state);
    expect(placed.updates).toEqual([{ rowNumber: 5, entry: entry('boss@example.com') }]);
    expect(placed.appends).toEqual([entry('lead@example.com')]);
  });
});

describe('isValidEmail', () => {
  it.each(['ana@example.com', 'a.b+c@sub.example.co'])('accepts %s', (email) =>
    expect(isValidEmail(email)).toBe(true),
  );
  it.each([
    '',
    'ana',
    'ana@',
    '@x.com',
    'a@b',
    'a@b.com, c@d.com',
    'a b@c.com',
    'a@b.com\nBcc: x@y.com',
    '<a@b.com>',
  ])('refuses %j', (email) => expect(isValidEmail(email)).toBe(false));
});

test('addDays is calendar arithmetic', () => {
  expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
});
