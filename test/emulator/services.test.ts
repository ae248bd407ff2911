import { createEmulator } from '../../emulator/index';
import { emulatorWith } from './fixtures/fixture';

const project = `
  var loads = 0;
  loads++;
  function timestamps() { var before = new Date(); Utilities.sleep(1500); return [before.toISOString(), new Date().toISOString(), Date.now()]; }
  function format(iso, zone, pattern) { return Utilities.formatDate(new Date(iso), zone, pattern); }
  function store(key, size) { PropertiesService.getDocumentProperties().setProperty(key, new Array(size + 1).join('x')); }
  function userProp(value) {
    var props = PropertiesService.getUserProperties();
    if (value) props.setProperty('language', value);
    return props.getProperty('language');
  }
  function cache(value) {
    var cache = CacheService.getDocumentCache();
    if (value) cache.put('k', value, 60);
    return cache.get('k');
  }
  function countLoads() { return loads; }
  function ask() {
    var ui = SpreadsheetApp.getUi();
    var answer = ui.alert('Delete?', 'Really?', ui.ButtonSet.YES_NO);
    var name = ui.prompt('Name', 'Your name', ui.ButtonSet.OK_CANCEL);
    SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'OKRs', 3);
    return [answer === ui.Button.YES, name.getSelectedButton(), name.getResponseText()];
  }
  function template(name) {
    var t = HtmlService.createTemplate('<p><?= name ?></p><?!= raw ?><? for (var i = 0; i < 2; i++) { ?>*<? } ?>');
    t.name = name; t.raw = '<i>ok</i>';
    return t.evaluate().setTitle('T').getContent();
  }
  function echo(payload) { return { got: payload, when: 'now' }; }
  function withDate() { return { at: new Date() }; }
  function secret_() { return 'hidden'; }
  function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(), Session.getScriptTimeZone()]; }
`;

describe('clock, Utilities and Session', () => {
  it('new Date() and Date.now() inside the bundle follow the clock; Utilities.sleep advances it', () => {
    const emulator = emulatorWith(project, { now: new Date('2026-09-01T08:00:00Z') });
    expect(emulator.run('timestamps')).toEqual([
      '2026-09-01T08:00:00.000Z',
      '2026-09-01T08:00:01.500Z',
      Date.parse('2026-09-01T08:00:01.500Z'),
    ]);
    emulator.clock.set(new Date('2030-01-01T00:00:00Z'));
    expect((emulator.run('timestamps') as string[])[0]).toBe('2030-01-01T00:00:00.000Z');
  });

  it('Utilities.formatDate reads Java SimpleDateFormat patterns in the given time zone', () => {
    const emulator = emulatorWith(project);
    const at = '2026-03-08T02:05:09Z';
    expect(
      emulator.run('format', [at, 'America/Argentina/Buenos_Aires', 'yyyy-MM-dd HH:mm:ss']),
    ).toBe('2026-03-07 23:05:09');
    expect(emulator.run('format', [at, 'UTC', "EEE, d MMM yyyy 'at' h:mm a"])).toBe(
      'Sun, 8 Mar 2026 at 2:05 AM',
    );
    expect(emulator.run('format', [at, 'Europe/Madrid', 'EEEE d MMMM, HH:mm Z'])).toBe(
      'Sunday 8 March, 03:05 +0100',
    );
  });

  it('Session reports the user running the execution', () => {
    const emulator = emulatorWith(project, {
      user: { email: 'owner@example.com', locale: 'en' },
      scriptTimeZone: 'America/Mexico_City',
    });
    expect(
      emulator.run('who', [], {
        user: { email: 'ana@example.com', locale: 'es', hideEmail: true },
      }),
    ).toEqual(['', 'ana@example.com', 'es', 'America/Mexico_City']);
  });
});

describe('PropertiesService and CacheService', () => {
  it('enforces 9 KB per value and 500 KB per store, as Apps Script does', () => {
    const emulator = emulatorWith(project);
    emulator.run('store', ['fits', 9 * 1024 - 1]);
    expect(() => emulator.run('store', ['big', 9 * 1024 + 1])).toThrow('Argument too large: value');
    for (let index = 0; index < 55; index += 1) emulator.run('store', [`k${index}`, 9000]);
    expect(() => emulator.run('store', ['one-more', 9000])).toThrow(
      'You have exceeded the property storage quota',
    );
    expect(Object.keys(emulator.propertyStores.document)).toHaveLength(56);
  });

  it('keeps user properties per user', () => {
    const emulator = emulatorWith(project);
    emulator.run('userProp', ['es'], { user: { email: 'ana@example.com' } });
    expect(emulator.run('userProp', [], { user: { email: 'luis@example.com' } })).toBeNull();
    expect(emulator.run('userProp', [], { user: { email: 'ana@example.com' } })).toBe('es');
  });

  it('cache entries expire on the clock', () => {
    const emulator = emulatorWith(project);
    emulator.run('cache', ['v']);
    emulator.clock.advance(59_000);
    expect(emulator.run('cache')).toBe('v');
    emulator.clock.advance(2_000);
    expect(emulator.run('cache')).toBeNull();
  });
});

describe('executions, UI and HTML', () => {
  it('loads the project afresh for every execution, as Apps Script does', () => {
    const emulator = emulatorWith(project);
    expect(emulator.run('countLoads')).toBe(1);
    expect(emulator.run('countLoads')).toBe(1);
  });

  it('alerts and prompts answer from the queued responses and are recorded with toasts', () => {
    const emulator = emulatorWith(project);
    emulator.ui.queueResponse('NO');
    emulator.ui.queueResponse('OK', 'Ana');
    expect(emulator.run('ask')).toEqual([false, 'OK', 'Ana']);
    expect(emulator.ui.alerts).toEqual([
      { title: 'Delete?', prompt: 'Really?', buttons: 'YES_NO', response: 'NO' },
    ]);
    expect(emulator.ui.toasts).toEqual([{ message: 'Saved', title: 'OKRs', timeoutSeconds: 3 }]);
  });

  it('templates escape <?= ?> output and run scriptlets', () => {
    const emulator = emulatorWith(project);
    expect(emulator.run('template', ['<b>Ana</b>'])).toBe(
      '<p>&lt;b&gt;Ana&lt;/b&gt;</p><i>ok</i>**',
    );
  });

  it('serves dist HTML files to the sidebar, with the title the script sets', () => {
    const emulator = createEmulator();
    emulator.run('showCheckInSidebar');
    expect(emulator.ui.sidebar?.html).toContain('<html');
    expect(emulator.ui.sidebar?.title).not.toBe('Untitled');
  });

  it('google.script.run: public functions only, JSON-like values only, a Date result arrives as null', () => {
    const emulator = emulatorWith(project);
    expect(emulator.callFromClient('echo', [{ id: 'KR1', values: [1, 'a', null] }])).toEqual({
      got: { id: 'KR1', values: [1, 'a', null] },
      when: 'now',
    });
    expect(() => emulator.callFromClient('secret_')).toThrow(
      'google.script.run.secret_ is not a function',
    );
    expect(() => emulator.callFromClient('echo', [new Date()])).toThrow(
      'Failed due to illegal value in property: 0',
    );
    expect(emulator.callFromClient('withDate')).toBeNull();
  });
});

describe('local time inside the bundle', () => {
  const project = `
    function midnight() { var d = new Date(2026, 9, 1); return [d.toISOString(), d.getHours(), d.getDate(), d.getTimezoneOffset()]; }
    function nextDay(iso) { var d = new Date(iso); d.setDate(d.getDate() + 1); d.setHours(9, 30); return d.toISOString(); }
    function cellIsDate() { var v = SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); return [v instanceof Date, v.getDate(), v.getHours()]; }
  `;

  it("is the script's time zone, as in Apps Script, whatever the machine's", () => {
    const tokyo = emulatorWith(project, { scriptTimeZone: 'Asia/Tokyo' });
    expect(tokyo.run('midnight')).toEqual(['2026-09-30T15:00:00.000Z', 0, 1, -540]);
    const buenosAires = emulatorWith(project, { scriptTimeZone: 'America/Argentina/Buenos_Aires' });
    expect(buenosAires.run('midnight')).toEqual(['2026-10-01T03:00:00.000Z', 0, 1, 180]);
    // 2026-03-31T23:00 in Buenos Aires: the next day at 09:30 there.
    expect(buenosAires.run('nextDay', ['2026-04-01T02:00:00Z'])).toBe('2026-04-01T12:30:00.000Z');
  });

  it('dates read from cells are Dates in the script, in its local time', () => {
    const emulator = emulatorWith(project, {
      scriptTimeZone: 'America/Argentina/Buenos_Aires',
      timeZone: 'America/Argentina/Buenos_Aires',
    });
    emulator.writeSheet('Sheet1', [['2026-03-31']]);
    expect(emulator.run('cellIsDate')).toEqual([true, 31, 0]);
  });
});
