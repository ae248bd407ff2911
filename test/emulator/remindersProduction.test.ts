// The daily trigger in conditions Apps Script does not document: fired with no active
// spreadsheet, or with no document lock. Nothing may fail silently: the creator's user
// properties keep what happened, the next authorised open shows a toast and writes a
// Reminder log line (once), and the setup check reports it. Also: the trigger's unique
// id is kept and Turn off finds it by id where listing the document's triggers does not,
// and the last successful run shows in the menu.
import type { Emulator } from '../../emulator';
import { DECLARED_SCOPES } from '../../src/core/setupCheck';
import type { SetupCheckResult } from '../../src/server/setupCheck';
import { MANAGERS, onDay, reminderLog, threeManagerTeam } from './fixtures/remindersWorkbook';

const OWNER = 'owner@example.com';
const PROBLEMS = 'okrSheets.reminderProblems';
const TRIGGER_IDS = 'okrSheets.reminderTriggerIds';

function open(emulator: Emulator) {
  emulator.run('onOpen', [{ authMode: 'LIMITED' }], { authMode: 'LIMITED' });
}

function setupCheck(emulator: Emulator): SetupCheckResult {
  return emulator.callFromClient('getSetupCheck') as SetupCheckResult;
}

/** The captions of the Help submenu, as the add-on built it. */
function helpMenu(emulator: Emulator): string[] {
  const menu = emulator.ui.menus[emulator.ui.menus.length - 1]!;
  for (const item of menu.items) {
    if (typeof item === 'object' && 'subMenu' in item) {
      return item.subMenu.items.map((entry) =>
        typeof entry === 'object' && 'caption' in entry ? entry.caption : String(entry),
      );
    }
  }
  return [];
}

describe.each([
  ['noDocument', 'no spreadsheet', 'noSpreadsheet'],
  ['noDocumentLock', 'no document lock', 'noLock'],
] as const)('a trigger fired with %s', (context, words, kind) => {
  it('sends nothing, keeps what happened, and the next open tells it once', () => {
    const emulator = threeManagerTeam();
    onDay(emulator, '2026-01-12');
    const logBefore = reminderLog(emulator).length;
    emulator.faults.setTriggerContext(context);
    const [outcome] = onDay(emulator, '2026-01-13');
    // The handler ends normally: Apps Script would mail nobody about a failure anyway.
    expect(outcome).toEqual({ ok: true, value: undefined });
    expect(emulator.outbox).toEqual([]);
    expect(reminderLog(emulator)).toHaveLength(logBefore);
    const kept = JSON.parse(emulator.propertyStores.user(OWNER)[PROBLEMS]!) as unknown[];
    expect(kept).toEqual([
      { documentId: emulator.spreadsheet.id, kind, at: expect.stringMatching(/^2026-01-13 /) },
    ]);

    emulator.faults.setTriggerContext('document');
    // The setup check reports it before anyone was told.
    const check = setupCheck(emulator);
    expect(check.facts.problems).toHaveLength(1);

    open(emulator);
    expect(emulator.ui.toasts).toEqual([
      {
        title: '1:1 reminders did not run',
        message: expect.stringContaining(`gave them ${words}`),
        timeoutSeconds: 10,
      },
    ]);
    const log = reminderLog(emulator);
    expect(log).toHaveLength(logBefore + 1);
    expect(log[log.length - 1]).toMatchObject({
      result: expect.stringContaining(
        `Run stopped: The daily reminders fired on 13 January 2026, 08:00 but Google gave them ${words}`,
      ),
    });
    expect(emulator.propertyStores.user(OWNER)[PROBLEMS]).toBeUndefined();

    // Told once.
    open(emulator);
    expect(emulator.ui.toasts).toHaveLength(1);
    expect(reminderLog(emulator)).toHaveLength(logBefore + 1);

    // The next run that reaches the workbook sends what was due on the day it missed.
    onDay(emulator, '2026-01-14');
    expect(emulator.outbox.map((email) => email.to).sort()).toEqual(MANAGERS);
  });
});

describe('a trigger that knows neither its spreadsheet nor its kept id', () => {
  it('is told in the first workbook its creator opens', () => {
    const emulator = threeManagerTeam();
    // As for a trigger set up before its id was kept.
    emulator.execute(({ PropertiesService }) =>
      PropertiesService.getUserProperties().deleteProperty(TRIGGER_IDS),
    );
    emulator.faults.setTriggerContext('noDocument');
    onDay(emulator, '2026-01-13');
    emulator.faults.setTriggerContext('document');
    const kept = JSON.parse(emulator.propertyStores.user(OWNER)[PROBLEMS]!) as {
      documentId: string;
    }[];
    expect(kept.map((problem) => problem.documentId)).toEqual(['']);
    open(emulator);
    expect(emulator.ui.toasts).toHaveLength(1);
    expect(emulator.propertyStores.user(OWNER)[PROBLEMS]).toBeUndefined();
  });
});

describe('the trigger’s unique id and its last run', () => {
  it('keeps the id in user properties and turns off by it where listing misses it', () => {
    const emulator = threeManagerTeam();
    const [trigger] = emulator.triggers;
    expect(JSON.parse(emulator.propertyStores.user(OWNER)[TRIGGER_IDS]!)).toEqual({
      [emulator.spreadsheet.id]: trigger!.id,
    });
    // Whether getUserTriggers(document) lists an add-on's time trigger is not documented.
    emulator.faults.setUserTriggersListClock(false);
    expect(setupCheck(emulator).facts.trigger).toEqual({
      keptId: trigger!.id,
      foundById: true,
      listed: 0,
    });
    emulator.run('turnOffReminders');
    expect(emulator.triggers).toEqual([]);
    expect(JSON.parse(emulator.propertyStores.user(OWNER)[TRIGGER_IDS]!)).toEqual({});
  });

  it('setting up again replaces the trigger found by id, never adding a second', () => {
    const emulator = threeManagerTeam();
    emulator.faults.setUserTriggersListClock(false);
    emulator.run('setUpReminders');
    expect(emulator.triggers).toHaveLength(1);
  });

  it('shows "Reminders last ran on …" in the Help menu once a run completed', () => {
    const emulator = threeManagerTeam();
    open(emulator);
    expect(helpMenu(emulator)).toEqual([
      'How it works',
      'Check setup',
      'Reminders have not run yet',
    ]);
    onDay(emulator, '2026-01-13');
    open(emulator);
    expect(helpMenu(emulator)).toEqual([
      'How it works',
      'Check setup',
      'Reminders last ran on 13 January 2026, 08:00',
    ]);
    const { run } = setupCheck(emulator).facts;
    expect(run.lastSuccess).toBe('2026-01-13 08:00');
    expect(run.lastRun).toMatchObject({ ok: true, counts: { sent: 3 } });
  });

  it('a stopped run is the last run, not the last success', () => {
    const emulator = threeManagerTeam();
    onDay(emulator, '2026-01-13');
    emulator.faults.setLockTimeout(true);
    onDay(emulator, '2026-01-14');
    emulator.faults.setLockTimeout(false);
    const { run } = setupCheck(emulator).facts;
    expect(run.lastSuccess).toBe('2026-01-13 08:00');
    expect(run.lastRun).toMatchObject({
      at: '2026-01-14 08:00',
      ok: false,
      detail: 'another reminder run holds the document lock',
    });
  });

  it('a properties failure on open costs the status line, never the menu or its language', () => {
    const emulator = threeManagerTeam({ language: 'Español' });
    for (const calls of [0, 1, 2, 3]) {
      // The open reads the user's and the document's properties: each call fails in turn.
      emulator.faults.throwAfterCalls(calls, 'PropertiesService');
      open(emulator);
      emulator.faults.clear();
      expect(helpMenu(emulator).slice(0, 2)).toEqual(['Cómo funciona', 'Comprobar configuración']);
    }
  });

  it('in Spanish', () => {
    const emulator = threeManagerTeam({ language: 'Español' });
    onDay(emulator, '2026-01-13');
    open(emulator);
    expect(helpMenu(emulator)).toEqual([
      'Cómo funciona',
      'Comprobar configuración',
      'Los avisos se ejecutaron por última vez el 13 de enero de 2026, 08:00',
    ]);
  });
});

describe('the setup check', () => {
  it('reports authorization, scopes, the trigger, quota, zones and sheets', () => {
    const emulator = threeManagerTeam();
    onDay(emulator, '2026-01-13');
    const { language, facts } = setupCheck(emulator);
    expect(language).toBe('en');
    expect(facts).toMatchObject({
      authorized: true,
      grantedScopes: [...DECLARED_SCOPES],
      trigger: { keptId: emulator.triggers[0]!.id, foundById: true, listed: 1 },
      problems: [],
      mailQuota: 100 - 3,
      spreadsheetTimeZone: 'America/Argentina/Buenos_Aires',
      scriptTimeZone: 'America/Argentina/Buenos_Aires',
      intlZones: [
        { zone: 'America/Argentina/Buenos_Aires', agrees: true },
        { zone: 'Asia/Kolkata', agrees: true },
      ],
    });
    const sheets = Object.fromEntries(
      facts.sheets.map((sheet) => [sheet.expected, [sheet.found, sheet.missingColumns]]),
    );
    // The fixture types no formulas: the computed columns the template adds are missing.
    expect(sheets['Key Results']).toEqual(['Key Results', ['Progress', 'Expected']]);
    expect(sheets.People![0]).toBe('People');
    expect(sheets['Reminder log']).toEqual(['Reminder log', []]);
  });

  it('says when authorization was revoked and no scope is granted', () => {
    const emulator = threeManagerTeam();
    emulator.faults.revokeAuthorization();
    const facts = emulator.execute(({ ScriptApp }) => {
      const info = (
        ScriptApp as unknown as {
          getAuthorizationInfo(
            mode: unknown,
            scopes: string[],
          ): {
            getAuthorizationStatus(): string;
            getAuthorizedScopes(): string[];
          };
        }
      ).getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...DECLARED_SCOPES]);
      return [info.getAuthorizationStatus(), info.getAuthorizedScopes()];
    });
    expect(facts).toEqual(['REQUIRED', []]);
  });

  it('opens from OKRs › Help › Check setup as a dialog titled in the workbook language', () => {
    const emulator = threeManagerTeam({ language: 'Español' });
    emulator.run('showSetupCheck');
    const dialog = emulator.ui.dialogs[emulator.ui.dialogs.length - 1]!;
    expect(dialog.title).toBe('Comprobar configuración');
    expect(dialog.html).toContain('id="check"');
  });
});

describe('time zones in server code', () => {
  /** A runtime whose Intl ignores named time zones (every wall clock in UTC). */
  function withZonelessIntl(emulator: Emulator): void {
    const zoneless = Object.create(Intl) as typeof Intl;
    zoneless.DateTimeFormat = function DateTimeFormat(
      locale?: string | string[],
      options: Intl.DateTimeFormatOptions = {},
    ) {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } as unknown as typeof Intl.DateTimeFormat;
    // Each execution loads the bundle afresh with these globals.
    (emulator.services as unknown as Record<string, unknown>).Intl = zoneless;
  }

  it('a run counts today by Utilities.formatDate, whatever Intl does with a named zone', () => {
    const emulator = threeManagerTeam();
    withZonelessIntl(emulator);
    // 23:30 on 12 January in Buenos Aires, already the 13th in UTC: the 1:1 of the 15th is
    // due (two days before) only from the 13th in the workbook's zone.
    emulator.clock.set(new Date('2026-01-13T02:30:00Z'));
    emulator.run('sendRemindersNow');
    expect(emulator.outbox).toEqual([]);
    // The same workbook and Intl in the morning of the 13th: the reminders go out.
    const control = threeManagerTeam();
    withZonelessIntl(control);
    control.clock.set(new Date('2026-01-13T11:00:00Z'));
    control.run('sendRemindersNow');
    expect(control.outbox.map((email) => email.to).sort()).toEqual(MANAGERS);
  });

  it('the setup check says when Intl does not honour a named zone here', () => {
    const emulator = threeManagerTeam();
    withZonelessIntl(emulator);
    expect(setupCheck(emulator).facts.intlZones).toEqual([
      { zone: 'America/Argentina/Buenos_Aires', agrees: false },
      { zone: 'Asia/Kolkata', agrees: false },
    ]);
  });
});
