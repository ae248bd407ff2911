// The manager's 1:1 digest names the live key results (Current is a formula) of each
// report whose source stopped updating: a formula showing an error, or a value unchanged
// for Settings › Live source stale after (days), 14 when blank or unreadable.
import { createEmulator, type Emulator } from '../../emulator';
import type { Language } from '../../src/core/i18n/language';
import { KEY_RESULTS_SHEET } from '../../src/core/workbook/schema';
import { morningOf, TIME_ZONE, writeWorkbook } from './fixtures/remindersWorkbook';

const LEAD_1 = 'lead1@example.com';
const LEAD_2 = 'lead2@example.com';

/**
 * Report 1 (1:1 on the 15th with Lead 1): KR-1 red, KR-L1 live showing #REF! (its formula
 * reads its own cell), KR-L2 live at 5 since a check-in of 5 on 28 December. Report 2
 * (Lead 2): only KR-L3, live at 5 since the same day, on track.
 */
function team(language: Language, liveStaleDays?: unknown): Emulator {
  const emulator = createEmulator({ timeZone: TIME_ZONE, now: morningOf('2026-01-10') });
  const kr = (id: string, owner: string, target: number, current: unknown) => ({
    id,
    objectiveId: 'O-1',
    keyResult: `Result ${id}`,
    owner,
    start: 0,
    target,
    current,
  });
  const december = new Date('2025-12-28T12:00:00Z');
  writeWorkbook(
    emulator,
    {
      settings: {
        language: language === 'es' ? 'Español' : 'English',
        periodStart: new Date('2026-01-01T03:00:00Z'),
        periodEnd: new Date('2026-04-01T03:00:00Z'),
        reminderDaysBefore: 2,
        reminderHour: 8,
        ...(liveStaleDays === undefined ? {} : { liveStaleDays }),
      },
      people: [
        { name: 'Lead 1', email: LEAD_1 },
        { name: 'Lead 2', email: LEAD_2 },
        { name: 'Report 1', email: 'r1@example.com', managerEmail: LEAD_1, oneOnOneSchedule: '15' },
        { name: 'Report 2', email: 'r2@example.com', managerEmail: LEAD_2, oneOnOneSchedule: '15' },
      ],
      objectives: [{ id: 'O-1', objective: 'Grow' }],
      keyResults: [
        kr('KR-1', 'r1@example.com', 100, 0),
        kr('KR-L1', 'r1@example.com', 100, ''),
        kr('KR-L2', 'r1@example.com', 100, '=5'),
        kr('KR-L3', 'r2@example.com', 10, '=5'),
      ],
      checkIns: ['KR-L2', 'KR-L3'].map((keyResultId) => ({
        timestamp: december,
        keyResultId,
        value: 5,
        confidence: 'green',
        comment: '',
        author: 'r@example.com',
      })),
    },
    language,
  );
  const current = KEY_RESULTS_SHEET.columns.findIndex((column) => column.key === 'current') + 1;
  // Its own cell: Sheets shows a circular reference as #REF!.
  emulator.writeSheet(KEY_RESULTS_SHEET.name[language], [['=H3']], 3, current);
  emulator.run('setUpReminders');
  emulator.clock.set(morningOf('2026-01-13'));
  emulator.fireDailyTriggers();
  return emulator;
}

function emailTo(emulator: Emulator, to: string) {
  const email = emulator.outbox.find((sent) => sent.to === to);
  if (!email) throw new Error(`no email to ${to}`);
  return email;
}

describe("the manager's digest flags live key results whose source stopped updating", () => {
  it('in English: #REF! and 16 days unchanged, in the text and the HTML', () => {
    const emulator = team('en');
    const email = emailTo(emulator, LEAD_1);
    for (const body of [email.body, email.htmlBody]) {
      expect(body).toContain(
        'KR-L1 · Result KR-L1: the source of this KR stopped updating: shows #REF!',
      );
      expect(body).toContain(
        'KR-L2 · Result KR-L2: the source of this KR stopped updating: no change in 14 days',
      );
    }
  });

  it('in Spanish, and a report with nothing red but a stopped source still reaches the manager', () => {
    const emulator = team('es');
    expect(emailTo(emulator, LEAD_1).body).toContain(
      'KR-L1 · Result KR-L1: la fuente de este RC dejó de actualizarse: muestra #REF!',
    );
    const quiet = emailTo(emulator, LEAD_2);
    expect(quiet.subject).toContain('un resultado clave en vivo dejó de actualizarse');
    for (const body of [quiet.body, quiet.htmlBody]) {
      expect(body).toContain(
        'KR-L3 · Result KR-L3: la fuente de este RC dejó de actualizarse: sin cambios en 14 días',
      );
    }
  });

  it('counts the days Settings gives: 30 days is not yet stale, the error still is', () => {
    const emulator = team('en', 30);
    const body = emailTo(emulator, LEAD_1).body;
    expect(body).toContain('shows #REF!');
    expect(body).not.toContain('no change in');
    expect(emulator.outbox.some((sent) => sent.to === LEAD_2)).toBe(false);
  });

  it('reads 10 days from Settings, and 14 when the value is unreadable', () => {
    expect(emailTo(team('en', 10), LEAD_2).body).toContain('no change in 10 days');
    expect(emailTo(team('en', 'soon'), LEAD_2).body).toContain('no change in 14 days');
  });
});

describe('Review OKRs reads the stale days from Settings', () => {
  function review(emulator: Emulator, sheet: string): string[] {
    emulator.run('reviewOkrs');
    return emulator.sheetValues(sheet).map((row) => String(row[2]));
  }

  it('in English, 10 days', () => {
    expect(review(team('en', 10), 'OKR review')).toContain(
      'The source of key result KR-L3 stopped updating: its value has not changed in 10 days.',
    );
  });

  it('in Spanish, 30 days: not yet', () => {
    const problems = review(team('es', 30), 'Revisión de OKRs');
    expect(problems.some((text) => text.includes('KR-L3 dejó de actualizarse'))).toBe(false);
    expect(problems.some((text) => text.includes('KR-L1 dejó de actualizarse'))).toBe(true);
  });
});
