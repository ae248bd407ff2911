// Positions are found under the document lock and checked by the read right before each
// write: a row a person inserts meanwhile (people typing take no lock) never sends a
// check-in to another key result, nor As of or the next period into another setting. A
// moved key-result row is refused with "the sheet changed, try again".
import { compileBundle } from '../../emulator/bundle';
import { createEmulator, type Emulator } from '../../emulator/index';
import { ANA, createCheckInWorkbook } from './fixtures/checkInFixture';
import { scriptProject } from './fixtures/fixture';
import { NOW } from './fixtures/workbookFixture';

const KR_SHEET = 'Resultados clave';
const CHECK_INS = 'Seguimiento';
const SETTINGS = 'Configuración';

const PERSON = `
  function insertKeyResultAbove() {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('${KR_SHEET}');
    sheet.insertRowBefore(2);
    sheet.getRange(2, 1, 1, 3).setValues([['KR0', 'O1', 'Nuevo']]);
  }
  function insertSettingAtTop() {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('${SETTINGS}') ||
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings');
    sheet.insertRowBefore(1);
    sheet.getRange(1, 1, 1, 2).setValues([['Mi nota', 'no tocar']]);
  }
`;

function checkInWorkbook(): Emulator {
  const fixture = createCheckInWorkbook({ withFormulas: false });
  const emulator = createEmulator({
    now: fixture.clock.now(),
    locale: 'es_AR',
    user: ANA,
    timeZone: 'UTC',
    scriptTimeZone: 'UTC',
    sources: [...compileBundle(), ...scriptProject(PERSON)],
  });
  for (const sheet of fixture.workbook.sheets) {
    emulator.writeSheet(sheet.name, fixture.sheetValues(sheet.name));
  }
  return emulator;
}

const SAVE = {
  name: 'saveCheckIn',
  args: [{ keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'Ana' }],
  options: { user: ANA },
} as const;

/** The service calls of one run, in order (`Range.getValues`…), on a fresh copy. */
function callLog(emulator: Emulator, run: () => void): string[] {
  const log: string[] = [];
  emulator.runtime.onCall = (service, method) => {
    log.push(`${service}.${method}`);
  };
  try {
    run();
  } finally {
    emulator.runtime.onCall = undefined;
  }
  return log;
}

/**
 * The interleaving points (1-based: the person acts after that many calls) that no
 * check can cover: from the last read before a write (`write`, its `nth` occurrence from
 * the start) up to that write. Sheets has no conditional write, so there a row inserted
 * lands between the read that found the position and the write to it.
 */
function remainingWindow(
  log: readonly string[],
  write: string,
  nth = 1,
  fromEnd = false,
): number[] {
  const at = (fromEnd ? [...log.keys()].reverse() : [...log.keys()]).filter(
    (index) => log[index] === write,
  )[nth - 1]!;
  let read = at;
  while (read > 0 && !/\.get(Values|Formulas|NumberFormats)$/.test(log[read]!)) read--;
  return Array.from({ length: at - read }, (_, offset) => read + 1 + offset);
}

function saveLog(): string[] {
  const probe = checkInWorkbook();
  const log = callLog(probe, () => {
    expect(probe.attempt(SAVE.name, SAVE.args, SAVE.options).ok).toBe(true);
  });
  return log;
}

function timeOf(value: unknown): number {
  return typeof (value as Date | undefined)?.getTime === 'function'
    ? (value as Date).getTime()
    : NaN;
}

function settingValue(emulator: Emulator, label: string): unknown {
  return emulator.sheetValues(SETTINGS).find((row) => row[0] === label)?.[1];
}

describe('a save while a person inserts rows', () => {
  const log = saveLog();

  it('writes As of on As of, whenever a row goes in at the top of Settings, but in the last call before the write', () => {
    // As of is the save's one setValue; the read before it is Settings read again.
    const window = remainingWindow(log, 'Range.setValue');
    expect(window.length).toBeLessThanOrEqual(2);
    const misplaced: number[] = [];
    for (let afterCalls = 1; afterCalls <= log.length; afterCalls++) {
      const emulator = checkInWorkbook();
      const { outer, inner } = emulator.interleave(
        SAVE,
        { name: 'insertSettingAtTop', options: { user: ANA } },
        { afterCalls },
      );
      expect(inner?.ok).toBe(true);
      expect(outer.ok).toBe(true);
      expect(settingValue(emulator, 'Mi nota')).toBe('no tocar');
      const right =
        timeOf(settingValue(emulator, 'Fin del período')) === Date.UTC(2026, 5, 30) &&
        timeOf(settingValue(emulator, 'Fecha de corte')) === Date.UTC(2026, 4, 1);
      if (!right) misplaced.push(afterCalls);
    }
    expect(misplaced.every((point) => window.includes(point))).toBe(true);
  });

  it('never writes on another key result: it lands on KR1 or is refused as "the sheet changed"', () => {
    // The key result's writes are the setValues before appendRow; the read before them
    // is the row checked by its ID.
    const append = log.indexOf('Sheet.appendRow');
    const writes = log.slice(0, append).filter((call) => call === 'Range.setValues').length;
    const remaining = remainingWindow(log, 'Range.setValues', writes);
    expect(remaining.length).toBeLessThanOrEqual(4);
    let refused = 0;
    const misplaced: number[] = [];
    for (let afterCalls = 1; afterCalls <= log.length; afterCalls++) {
      const emulator = checkInWorkbook();
      const { outer, inner } = emulator.interleave(
        SAVE,
        { name: 'insertKeyResultAbove', options: { user: ANA } },
        { afterCalls },
      );
      expect(inner?.ok).toBe(true);
      const values = emulator.sheetValues(KR_SHEET);
      const header = values[0]!;
      const byId = new Map(values.slice(1).map((row) => [row[header.indexOf('ID')], row]));
      const checkIns = emulator.sheetValues(CHECK_INS).slice(1);
      const kr0 = byId.get('KR0')!;
      if (kr0[header.indexOf('Actual')] !== '' || kr0[header.indexOf('Confianza')] !== '') {
        misplaced.push(afterCalls);
        continue;
      }
      if (outer.ok) {
        expect(byId.get('KR1')?.[header.indexOf('Actual')]).toBe(25);
        expect(checkIns.map((row) => row[1])).toEqual(['KR1']);
      } else {
        refused++;
        expect(outer.error.message).toContain(
          'La hoja Resultados clave cambió mientras se guardaba (se movió una fila). No se guardó nada: inténtalo de nuevo.',
        );
        expect(byId.get('KR1')?.[header.indexOf('Actual')]).toBe(20);
        expect(checkIns).toEqual([]);
      }
    }
    expect(misplaced.every((point) => remaining.includes(point))).toBe(true);
    // A row inserted between the KR read and its check is refused; it happens.
    expect(refused).toBeGreaterThan(0);
  });
});

describe('Close period while a person inserts a row in Settings', () => {
  const user = { email: 'owner@example.com', locale: 'en' };
  const template = () => {
    const emulator = createEmulator({
      now: NOW,
      locale: 'en_US',
      user,
      sources: [...compileBundle(), ...scriptProject(PERSON)],
    });
    emulator.run('createOrUpgradeWorkbook');
    emulator.run('insertExampleOkrs');
    emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
    // Close, then start the next period as proposed, no carry-over.
    for (const answer of ['YES', 'OK', 'YES', 'OK', 'NO'] as const)
      emulator.ui.queueResponse(answer);
    return emulator;
  };

  it('writes the next period into Period, Period start and Period end, wherever they moved', () => {
    const probe = template();
    const log = callLog(probe, () => {
      expect(probe.attempt('closePeriod').ok).toBe(true);
    });
    const expected = probe.sheetValues('Settings');
    const window = remainingWindow(log, 'Range.setValues', 1, true);
    expect(window.length).toBeLessThanOrEqual(2);
    // From the question for the next period (its prompt) to the end.
    const prompt = log.lastIndexOf('Ui.prompt') + 1;
    const points = [prompt - 1, prompt];
    for (let point = window[0]! - 3; point <= log.length; point++) points.push(point);
    const misplaced: number[] = [];
    for (const afterCalls of points) {
      const emulator = template();
      const { outer, inner } = emulator.interleave(
        { name: 'closePeriod', options: {} },
        { name: 'insertSettingAtTop', options: { user } },
        { afterCalls },
      );
      expect(outer.ok).toBe(true);
      expect(inner?.ok).toBe(true);
      const settings = emulator.sheetValues('Settings');
      if (JSON.stringify(settings.slice(1)) !== JSON.stringify(expected))
        misplaced.push(afterCalls);
    }
    expect(misplaced.every((point) => window.includes(point))).toBe(true);
  });
});
