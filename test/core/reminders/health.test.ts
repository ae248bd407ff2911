import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intlMinuteIn } from '../../../src/core/dates';
import {
  afterRun,
  lastRunLine,
  problemText,
  readProblems,
  readRunRecord,
  withProblem,
} from '../../../src/core/reminders/health';
import { DECLARED_SCOPES, type SetupFacts, setupLines } from '../../../src/core/setupCheck';

describe('trigger problems kept in a property', () => {
  it('reads back what was written, drops what is not a problem, keeps the newest 20', () => {
    let text: string | null = null;
    for (let index = 0; index < 25; index++) {
      text = withProblem(text, {
        documentId: `doc${index}`,
        kind: 'noLock',
        at: '2026-01-13 08:00',
      });
    }
    const problems = readProblems(text);
    expect(problems).toHaveLength(20);
    expect(problems[0]!.documentId).toBe('doc5');
    expect(readProblems('[{"documentId":1},{"documentId":"d","kind":"x","at":"y"}]')).toEqual([]);
    expect(readProblems('not json')).toEqual([]);
  });

  it('words a problem in either language with the time it fired', () => {
    const problem = { documentId: 'd', kind: 'noSpreadsheet', at: '2026-01-13 08:05' } as const;
    expect(problemText(problem, 'en')).toContain('fired on 13 January 2026, 08:05');
    expect(problemText(problem, 'es')).toContain('se activaron el 13 de enero de 2026, 08:05');
  });
});

describe('the run record', () => {
  it('moves the last success only when a run completed', () => {
    let text = afterRun(null, '2026-01-13 08:00', {
      counts: { sent: 2, deferred: 0, failed: 0, quiet: 1 },
    });
    text = afterRun(text, '2026-01-14 08:00', { reason: 'another run holds the lock' });
    const record = readRunRecord(text);
    expect(record.lastSuccess).toBe('2026-01-13 08:00');
    expect(record.lastRun).toEqual({
      at: '2026-01-14 08:00',
      ok: false,
      detail: 'another run holds the lock',
      counts: undefined,
    });
    expect(lastRunLine(record, true, 'en')).toBe('Reminders last ran on 13 January 2026, 08:00');
    expect(lastRunLine(readRunRecord(null), true, 'es')).toBe(
      'Los avisos todavía no se ejecutaron',
    );
    expect(lastRunLine(readRunRecord('garbage'), false, 'en')).toBe('');
  });
});

describe('intlMinuteIn: Intl with an explicit zone', () => {
  it('gives the wall clock of named zones, daylight saving included', () => {
    const winter = new Date(Date.UTC(2026, 0, 15, 12, 34));
    const summer = new Date(Date.UTC(2026, 6, 15, 12, 34));
    expect(intlMinuteIn(winter, 'Asia/Kolkata')).toBe('2026-01-15 18:04');
    expect(intlMinuteIn(winter, 'Europe/Madrid')).toBe('2026-01-15 13:34');
    expect(intlMinuteIn(summer, 'Europe/Madrid')).toBe('2026-07-15 14:34');
    expect(intlMinuteIn(summer, 'America/Argentina/Buenos_Aires')).toBe('2026-07-15 09:34');
  });
});

describe('the setup check lines', () => {
  const facts: SetupFacts = {
    authorized: true,
    grantedScopes: DECLARED_SCOPES.slice(1),
    trigger: { keptId: '1000001', foundById: false, listed: 0 },
    run: readRunRecord(null),
    problems: [],
    mailQuota: 0,
    spreadsheetTimeZone: 'Europe/Madrid',
    scriptTimeZone: '',
    intlZones: [{ zone: 'Europe/Madrid', agrees: false }],
    sheets: [{ expected: 'People', found: null, missingColumns: [], columns: 6 }],
  };

  it('marks each fact that is not as it should be', () => {
    const lines = setupLines(facts, 'en');
    const bad = lines
      .filter((line) => line.ok === false)
      .map((line) => `${line.label}: ${line.value}`);
    expect(bad).toEqual([
      'Scopes granted: 4 of 5; missing: spreadsheets.currentonly',
      'Reminders trigger: not found by its id 1000001; listed among this document’s triggers: 0',
      'Mail quota left today: 0 recipients',
      'Intl honours a named time zone here: no (Europe/Madrid: no)',
      'Sheets and columns: People: missing',
    ]);
    expect(setupLines(facts, 'es').map((line) => line.label)).toContain(
      'Cuota de correo que queda hoy',
    );
  });

  it('checks exactly the manifest’s scopes', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../appsscript.json'), 'utf8'));
    expect(DECLARED_SCOPES).toEqual(manifest.oauthScopes);
  });
});
