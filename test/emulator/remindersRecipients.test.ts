// Who gets mail from the account that set up the reminders: only managers that person
// approved (by setting the reminders up, which lists them). An editor adding an outside
// address, a phishing-looking KR title and 100 fake managers that sort first: the fakes
// get nothing and wait in the log, the 3 real managers get their reminders the same day,
// the link is plain text, and the person who set up the reminders hears about the
// waiting addresses on their next open.
import type { Emulator } from '../../emulator';
import { KEY_RESULTS_SHEET, PEOPLE_SHEET } from '../../src/core/workbook/schema';
import { recipients } from './fixtures/observations';
import { MANAGERS, onDay, reminderLog, threeManagerTeam } from './fixtures/remindersWorkbook';
import type { Row } from './fixtures/tables';

const PHISHING = 'Your mailbox is full: sign in at https://evil.example/login';

/** Rows typed below a table's last row, by column key, as an editor would add them. */
function appendRows(
  emulator: Emulator,
  sheet: { name: { en: string }; columns: readonly { key: string; header: { en: string } }[] },
  rows: readonly Row[],
) {
  const [header = []] = emulator.sheetValues(sheet.name.en);
  const keys = header.map(
    (text) => sheet.columns.find((column) => column.header.en === text)?.key ?? '',
  );
  const start = emulator.sheetValues(sheet.name.en).length + 1;
  emulator.writeSheet(
    sheet.name.en,
    rows.map((row) => keys.map((key) => row[key] ?? '')),
    start,
  );
}

function redKeyResult(id: string, owner: string, keyResult = `Result ${id}`): Row {
  return { id, objectiveId: 'O-1', keyResult, owner, start: 0, target: 100, current: 0 };
}

/** An editor's additions after the reminders were set up. */
function editorAdds(emulator: Emulator, fakes: number) {
  const people: Row[] = [
    { name: 'Victim', email: 'victim@outside.example' },
    {
      name: 'Mallory',
      email: 'mallory@example.com',
      managerEmail: 'victim@outside.example',
      oneOnOneSchedule: '15',
    },
  ];
  const keyResults: Row[] = [redKeyResult('KR-M', 'mallory@example.com', PHISHING)];
  for (let index = 0; index < fakes; index++) {
    const fake = `aaa-fake${String(index).padStart(3, '0')}@spam.example`;
    const report = `report-fake${index}@spam.example`;
    people.push({ name: `Fake ${index}`, email: fake });
    people.push({ name: `F${index}`, email: report, managerEmail: fake, oneOnOneSchedule: '15' });
    keyResults.push(redKeyResult(`KR-F${index}`, report));
  }
  appendRows(emulator, PEOPLE_SHEET, people);
  appendRows(emulator, KEY_RESULTS_SHEET, keyResults);
  // And a real report's KR retitled to the same phishing text.
  const values = emulator.sheetValues('Key Results');
  const column = values[0]?.indexOf('Key result') ?? -1;
  emulator.writeSheet('Key Results', [[PHISHING]], 2, column + 1);
}

describe('reminders go only to approved managers', () => {
  it('sends the 3 real managers theirs the same day; the outside address and 100 fakes get nothing', () => {
    const emulator = threeManagerTeam();
    editorAdds(emulator, 100);
    onDay(emulator, '2026-01-13');
    expect(recipients(emulator)).toEqual(MANAGERS);
    const waiting = reminderLog(emulator).filter((row) =>
      String(row.result).startsWith('Waiting for approval'),
    );
    expect(waiting).toHaveLength(101);
    expect(waiting.map((row) => row.manager)).toContain('victim@outside.example');
    expect(String(reminderLog(emulator).at(-1)?.result)).toContain(
      '101 managers waiting for approval',
    );
    // Waiting is not final: the next day they still wait, and still get nothing.
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
  });

  it('shows link-looking sheet text as plain text and says where the email comes from', () => {
    const emulator = threeManagerTeam();
    editorAdds(emulator, 0);
    onDay(emulator, '2026-01-13');
    const email = emulator.outbox.find((sent) => sent.to === 'lead1@example.com');
    for (const body of [email?.body ?? '', email?.htmlBody ?? '']) {
      expect(body).not.toContain('https://evil.example');
      expect(body).not.toContain('evil.example');
      // Still readable: the same characters with zero-width spaces between.
      expect(body.replace(/\u200b/g, '')).toContain(PHISHING);
      expect(body.replace(/\u200b/g, '')).toContain(
        'the workbook “OKRs”, where owner@example.com set up these reminders',
      );
    }
    // The only link is the workbook's own button.
    expect([...(email?.htmlBody ?? '').matchAll(/<a /g)]).toHaveLength(1);
  });

  it('mails a new address once the person who set up the reminders approves it', () => {
    const emulator = threeManagerTeam();
    editorAdds(emulator, 0);
    onDay(emulator, '2026-01-13');
    expect(recipients(emulator)).not.toContain('victim@outside.example');
    // Another editor cannot approve it for the owner's mailbox…
    const editor = { email: 'editor@example.com', locale: 'en' };
    emulator.run('setUpReminders', [], { user: editor });
    emulator.run('turnOffReminders', [], { user: editor });
    onDay(emulator, '2026-01-13', 9);
    expect(recipients(emulator)).not.toContain('victim@outside.example');
    // …the owner, setting the reminders up again, sees the list and approves it.
    emulator.run('setUpReminders');
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('victim@outside.example');
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual([...MANAGERS, 'victim@outside.example'].sort());
  });

  it('tells the person who set up the reminders, on their next open, who waits', () => {
    const emulator = threeManagerTeam();
    editorAdds(emulator, 2);
    onDay(emulator, '2026-01-13');
    // Another editor opening sees nothing: the notice is the owner's.
    emulator.run('onOpen', [{ authMode: 'LIMITED' }], {
      authMode: 'LIMITED',
      user: { email: 'editor@example.com' },
    });
    expect(emulator.ui.toasts).toHaveLength(0);
    emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
    expect(emulator.ui.toasts.at(-1)).toMatchObject({
      title: '1:1 reminders',
      message: expect.stringMatching(
        /^3 managers waiting for approval \(.*victim@outside\.example.*\): OKRs → Set up 1:1 reminders approves them$/,
      ),
    });
    // Shown once.
    emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
    expect(emulator.ui.toasts).toHaveLength(1);
  });
});

describe('a quota too small for the day', () => {
  it('goes to the nearest 1:1s first, never to the addresses that sort first', () => {
    const emulator = threeManagerTeam({
      extraPeople: [
        { name: 'Aaron', email: 'aaa@example.com' },
        {
          name: 'Report A',
          email: 'reporta@example.com',
          managerEmail: 'aaa@example.com',
          oneOnOneSchedule: '16',
        },
      ],
      extraKeyResults: [redKeyResult('KR-A', 'reporta@example.com')],
    });
    onDay(emulator, '2026-01-12');
    // No run on the 13th: the 14th catches up the 1:1s of the 15th and the 16th at once.
    emulator.faults.setMailQuota(3);
    onDay(emulator, '2026-01-14');
    expect(recipients(emulator)).toEqual(MANAGERS);
    expect(reminderLog(emulator).find((row) => row.manager === 'aaa@example.com')?.result).toBe(
      'Deferred: daily email quota',
    );
    emulator.faults.setMailQuota(100);
    onDay(emulator, '2026-01-15');
    expect(recipients(emulator)).toEqual(['aaa@example.com', ...MANAGERS]);
  });
});
