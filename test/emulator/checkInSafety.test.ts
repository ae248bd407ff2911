// A save lands on the right KR, on the spreadsheet's day, signed by someone of this
// workbook; and the sidebar still works when Session will not give the email.
import { compileBundle } from '../../emulator/bundle';
import { createEmulator, type Emulator } from '../../emulator/index';
import type { CheckInContext } from '../../src/core/checkIn/context';
import { ANA, createCheckInWorkbook, HIDDEN, save } from './fixtures/checkInFixture';
import { scriptProject } from './fixtures/fixture';

const KR_SHEET = 'Resultados clave';
const CHECK_INS = 'Seguimiento';
const SETTINGS = 'Configuración';
const PEOPLE = 'Personas';

const SCOPES_WITHOUT_EMAIL = new Set([
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
]);

function context(emulator: Emulator, user = ANA): CheckInContext {
  return emulator.callFromClient('getCheckInContext', [], { user }) as CheckInContext;
}

function asOfDisplay(emulator: Emulator): string {
  return (
    emulator.sheetDisplayValues(SETTINGS).find((row) => row[0] === 'Fecha de corte')?.[1] ?? ''
  );
}

/** The check-in workbook, with the add-on's bundle plus `code` (what a person does meanwhile). */
function checkInWorkbookWith(code: string): Emulator {
  const fixture = createCheckInWorkbook({ withFormulas: false });
  const emulator = createEmulator({
    now: fixture.clock.now(),
    locale: 'es_AR',
    user: ANA,
    timeZone: 'UTC',
    scriptTimeZone: 'UTC',
    sources: [...compileBundle(), ...scriptProject(code)],
  });
  for (const sheet of fixture.workbook.sheets) {
    emulator.writeSheet(sheet.name, fixture.sheetValues(sheet.name));
  }
  return emulator;
}

describe('the userinfo.email scope', () => {
  it('is granted by the manifest, so Session gives the add-on who is checking in', () => {
    const emulator = createCheckInWorkbook();
    expect(context(emulator)).toMatchObject({
      identity: 'session',
      me: { email: 'ana@example.com' },
    });
  });

  it('if refused, leaves the person to pick their name instead of failing', () => {
    const emulator = createCheckInWorkbook();
    emulator.runtime.declaredScopes = SCOPES_WITHOUT_EMAIL;
    const first = context(emulator);
    expect(first.identity).toBe('unknown');
    expect(first.people.map((person) => person.email)).toContain('ana@example.com');
    expect(() => save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' })).toThrow(
      'Primero elige tu nombre.',
    );
    const chosen = emulator.callFromClient('chooseIdentity', ['ana@example.com'], {
      user: ANA,
    }) as CheckInContext;
    expect(chosen.identity).toBe('chosen');
    expect(
      save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' }).entry.author,
    ).toBe('ana@example.com');
  });
});

describe('As of after a save', () => {
  it("is the spreadsheet's calendar day, not the script time zone's", () => {
    const emulator = createCheckInWorkbook();
    // 23:30 in the script's zone (UTC) is already the next morning in Tokyo.
    emulator.workbook.timeZone = 'Asia/Tokyo';
    emulator.clock.set(new Date('2026-05-01T23:30:00Z'));
    save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' });
    expect(asOfDisplay(emulator)).toMatch(/^2\/5\/2026\b/);
  });

  it('is the same day in both zones when they agree', () => {
    const emulator = createCheckInWorkbook();
    emulator.clock.set(new Date('2026-05-01T23:30:00Z'));
    save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' });
    expect(asOfDisplay(emulator)).toMatch(/^1\/5\/2026\b/);
  });
});

describe('a row inserted above the KR while a save runs', () => {
  const insertAbove = `
    function insertKeyResultAbove() {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('${KR_SHEET}');
      sheet.insertRowBefore(2);
      sheet.getRange(2, 1, 1, 3).setValues([['KR0', 'O1', 'Nuevo']]);
    }
  `;

  it('still writes the values on the KR the person checked in', () => {
    const emulator = checkInWorkbookWith(insertAbove);
    const { outer, inner } = emulator.interleave(
      {
        name: 'saveCheckIn',
        args: [{ keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'Ana' }],
        options: { user: ANA },
      },
      { name: 'insertKeyResultAbove', options: { user: ANA } },
      { lockAcquired: true },
    );
    expect(inner?.ok).toBe(true);
    expect(outer.ok).toBe(true);
    const values = emulator.sheetValues(KR_SHEET);
    const header = values[0];
    const byId = new Map(values.slice(1).map((row) => [row[header.indexOf('ID')], row]));
    expect(byId.get('KR1')?.[header.indexOf('Actual')]).toBe(25);
    expect(byId.get('KR1')?.[header.indexOf('Último comentario')]).toBe('Ana');
    expect(byId.get('KR0')?.[header.indexOf('Actual')]).toBe('');
    expect(byId.get('KR0')?.[header.indexOf('Último comentario')]).toBe('');
    expect(emulator.sheetValues(CHECK_INS)[1][1]).toBe('KR1');
  });
});

describe('a name picked in another workbook', () => {
  it('does not sign a check-in in a workbook whose People do not list it', () => {
    const emulator = createCheckInWorkbook();
    emulator.callFromClient('chooseIdentity', ['dani@example.com'], { user: HIDDEN });
    // Dani leaves this workbook's People; the choice stays in Dani's user properties.
    const daniRow = emulator.sheetValues(PEOPLE).findIndex((row) => row[1] === 'dani@example.com');
    expect(daniRow).toBeGreaterThan(0);
    emulator.writeSheet(PEOPLE, [['Otra Persona', 'otra@example.com']], daniRow + 1);
    expect(context(emulator, HIDDEN).identity).toBe('unknown');
    expect(() =>
      save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' }, HIDDEN),
    ).toThrow('Primero elige tu nombre.');
    expect(emulator.sheetValues(CHECK_INS)).toHaveLength(1);
  });

  it('signs it while People still list the person, reading People once more', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.callFromClient('chooseIdentity', ['dani@example.com'], { user: HIDDEN });
    emulator.resetCounters();
    save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' }, HIDDEN);
    // Settings, People, Key Results and its formulas, the Check-ins header row, the KR's
    // row checked by its ID, and Settings again (formats, formulas, values) for As of.
    expect(emulator.counters.spreadsheetReads).toBe(9);
    expect(emulator.sheetValues(CHECK_INS)[1][5]).toBe('dani@example.com');
  });
});
