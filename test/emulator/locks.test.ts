import { emulatorWith } from './fixtures/fixture';

// saveCheckIn: the pattern docs/architecture.md (Apps Script rules) asks for: document lock
// around the write, released in finally.
const project = `
  function saveCheckIn(value) {
    var lock = LockService.getDocumentLock();
    lock.waitLock(10000);
    try {
      var sheet = SpreadsheetApp.getActiveSheet();
      var next = sheet.getLastRow() + 1;
      sheet.getRange(next, 1).setValue(value);
      return next;
    } finally {
      lock.releaseLock();
    }
  }
  function tryOnce() {
    var lock = LockService.getDocumentLock();
    var got = lock.tryLock(500);
    return { got: got, has: lock.hasLock() };
  }
  function forgetToRelease() { LockService.getDocumentLock().waitLock(1000); return 'kept'; }
  function saveWithoutLock(value) {
    var sheet = SpreadsheetApp.getActiveSheet();
    var next = sheet.getLastRow() + 1;
    sheet.getRange(next, 1).setValue(value);
  }
  function noTimeout() { LockService.getDocumentLock().waitLock(); }
  function scriptLocked() { var lock = LockService.getScriptLock(); lock.waitLock(1000); return lock.hasLock(); }
`;

describe('LockService', () => {
  it('interleaved: a second execution cannot take the document lock while the first holds it', () => {
    const emulator = emulatorWith(project, { now: new Date('2026-01-01T10:00:00Z') });
    const { outer, inner } = emulator.interleave(
      { name: 'saveCheckIn', args: ['A'] },
      { name: 'saveCheckIn', args: ['B'] },
      { lockAcquired: true },
    );
    expect(outer).toEqual({ ok: true, value: 1 });
    expect(inner?.ok).toBe(false);
    expect(inner && !inner.ok && inner.error.message).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
    // The loser waited its whole timeout; only the holder's row was written.
    expect(emulator.clock.now()).toEqual(new Date('2026-01-01T10:00:10Z'));
    expect(emulator.sheetValues('Sheet1')).toEqual([['A']]);
    expect(emulator.lockEvents.map((event) => event.event)).toEqual([
      'acquired',
      'timeout',
      'released',
    ]);
  });

  it('interleaved after the holder released: the second execution gets the lock', () => {
    const emulator = emulatorWith(project);
    // saveCheckIn makes 7 service calls; the inner run starts after the last one (releaseLock).
    const { outer, inner } = emulator.interleave(
      { name: 'saveCheckIn', args: ['A'] },
      { name: 'saveCheckIn', args: ['B'] },
      { afterCalls: 7 },
    );
    expect(outer).toEqual({ ok: true, value: 1 });
    expect(inner).toEqual({ ok: true, value: 2 });
    expect(emulator.sheetValues('Sheet1')).toEqual([['A'], ['B']]);
  });

  it('tryLock returns false while another execution holds the lock, true once it lets go', () => {
    const emulator = emulatorWith(project);
    const other = emulator.holdLock('document');
    expect(emulator.run('tryOnce')).toEqual({ got: false, has: false });
    other.release();
    expect(emulator.run('tryOnce')).toEqual({ got: true, has: true });
  });

  it('waitLock succeeds when the holder lets go within the timeout, at that moment', () => {
    const emulator = emulatorWith(project, { now: new Date('2026-01-01T10:00:00Z') });
    emulator.holdLock('document', { releaseAfterMs: 4000 });
    expect(emulator.run('saveCheckIn', ['late'])).toBe(1);
    expect(emulator.clock.now()).toEqual(new Date('2026-01-01T10:00:04Z'));
  });

  it('Apps Script releases a lock the script forgot when the execution ends', () => {
    const emulator = emulatorWith(project);
    expect(emulator.run('forgetToRelease')).toBe('kept');
    expect(emulator.lockEvents.map((event) => event.event)).toEqual(['acquired', 'releasedAtExit']);
    expect(emulator.run('tryOnce')).toEqual({ got: true, has: true });
  });

  it('the lock-timeout fault makes every waitLock throw, and clearing it restores locking', () => {
    const emulator = emulatorWith(project);
    emulator.faults.setLockTimeout(true);
    expect(() => emulator.run('saveCheckIn', ['x'])).toThrow('Lock timeout');
    expect(emulator.sheetValues('Sheet1')).toEqual([]);
    emulator.faults.clear();
    expect(emulator.run('saveCheckIn', ['x'])).toBe(1);
  });

  it('document and script locks are different locks', () => {
    const emulator = emulatorWith(project);
    emulator.holdLock('document');
    expect(emulator.run('scriptLocked')).toBe(true);
  });

  it('waitLock needs its timeout, as in Apps Script', () => {
    const emulator = emulatorWith(project);
    expect(() => emulator.run('noTimeout')).toThrow(
      "The parameters () don't match the method signature for LockService.Lock.waitLock.",
    );
  });

  it('without a lock, interleaving between the read and the write loses an update: the race the lock prevents', () => {
    const emulator = emulatorWith(project);
    // saveWithoutLock: getActiveSheet, getLastRow (2 calls), then getRange + setValue.
    emulator.interleave(
      { name: 'saveWithoutLock', args: ['A'] },
      { name: 'saveWithoutLock', args: ['B'] },
      { afterCalls: 2 },
    );
    expect(emulator.sheetValues('Sheet1')).toEqual([['A']]);
  });
});
