import { createEmulator } from '../../emulator/index';
import { emulatorWith } from './fixtures/fixture';

const project = `
  function readName() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
  function readProperty() { return PropertiesService.getDocumentProperties().getProperty('x'); }
  function buildMenu() {
    SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'readName').addToUi();
    return Session.getActiveUserLocale();
  }
  function mail() { MailApp.sendEmail('a@example.com', 's', 'b'); }
  function trigger() { ScriptApp.newTrigger('readName').timeBased().everyDays(1).atHour(8).create(); }
  function authStatus() { return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus(); }
`;

describe('AuthMode enforcement', () => {
  it('in NONE, spreadsheet data and properties are refused; menus and the user locale work', () => {
    const emulator = emulatorWith(project, { user: { email: 'ana@example.com', locale: 'es' } });
    expect(() => emulator.run('readName', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => emulator.run('readProperty', [], { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(emulator.run('buildMenu', [], { authMode: 'NONE' })).toBe('es');
    expect(emulator.ui.menus).toEqual([
      { title: 'OKRs', addon: true, items: [{ caption: 'Go', functionName: 'readName' }] },
    ]);
  });

  it('in LIMITED (simple triggers), the document is readable but mail and triggers are refused', () => {
    const emulator = emulatorWith(project);
    expect(emulator.run('readName', [], { authMode: 'LIMITED' })).toBe('OKRs');
    expect(() => emulator.run('mail', [], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call MailApp.sendEmail',
    );
    expect(() => emulator.run('trigger', [], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call ScriptApp.newTrigger',
    );
    emulator.run('mail');
    emulator.run('trigger');
    expect(emulator.outbox).toHaveLength(1);
    expect(emulator.triggers).toHaveLength(1);
  });

  it('after the user revokes access, authorised calls fail and authorization info says REQUIRED', () => {
    const emulator = emulatorWith(project);
    expect(emulator.run('authStatus')).toBe('NOT_REQUIRED');
    emulator.faults.revokeAuthorization();
    expect(emulator.run('authStatus', [], { authMode: 'NONE' })).toBe('REQUIRED');
    expect(() => emulator.run('readName')).toThrow(
      'Authorization is required to perform that action.',
    );
    emulator.faults.restoreAuthorization();
    expect(emulator.run('readName')).toBe('OKRs');
  });

  it("the add-on's own onOpen builds its menu in AuthMode.NONE without touching data", () => {
    const emulator = createEmulator({ user: { email: 'ana@example.com', locale: 'es_AR' } });
    emulator.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    const menu = emulator.ui.menus[0];
    expect(menu.addon).toBe(true);
    expect(menu.items.length).toBeGreaterThan(0);
    expect(
      emulator.counters.spreadsheetReads +
        emulator.counters.spreadsheetWrites +
        emulator.counters.properties,
    ).toBe(0);
  });
});

describe('OAuth scopes the manifest lists', () => {
  const sessionProject = `
    function whoAmI() { return Session.getActiveUser().getEmail(); }
    function whoRuns() { return Session.getEffectiveUser().getEmail(); }
    function myLocale() { return Session.getActiveUserLocale() + ' ' + Session.getScriptTimeZone(); }
  `;
  const withoutEmailScope = new Set([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/script.scriptapp',
  ]);

  it("grant the user's email with the add-on's manifest", () => {
    const emulator = emulatorWith(sessionProject, { user: { email: 'ana@example.com' } });
    expect(emulator.run('whoAmI')).toBe('ana@example.com');
    expect(emulator.run('whoRuns')).toBe('ana@example.com');
  });

  it('refuse Session.getActiveUser and getEffectiveUser without userinfo.email; locale and time zone need no scope', () => {
    const emulator = emulatorWith(sessionProject, {
      user: { email: 'ana@example.com', locale: 'es' },
      scriptTimeZone: 'UTC',
    });
    emulator.runtime.declaredScopes = withoutEmailScope;
    expect(() => emulator.run('whoAmI')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => emulator.run('whoRuns')).toThrow(/userinfo\.email/);
    expect(emulator.run('myLocale')).toBe('es UTC');
  });
});

describe("the add-on's onOpen when Session will not give the locale", () => {
  it('still shows the menu, in English', () => {
    const emulator = createEmulator({ user: { email: 'ana@example.com', locale: 'es_AR' } });
    emulator.faults.throwAfterCalls(0, 'Session');
    emulator.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    const menu = emulator.ui.menus[0];
    expect(menu.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(menu.items)).toContain('Create or upgrade workbook');
  });
});
