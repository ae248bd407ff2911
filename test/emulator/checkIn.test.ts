// The sidebar's server calls against the emulated workbook: what a save writes (and
// nothing else), identity, locks and interleaved executions, and call counts.
import { createEmulator, type Emulator } from '../../emulator';
import type { CheckInContext } from '../../src/core/checkIn/context';
import type { KeyResultHistory } from '../../src/core/checkIn/history';
import { ANA, BETO, createCheckInWorkbook, HIDDEN, save } from './fixtures/checkInFixture';

const KR_SHEET = 'Resultados clave';
const CHECK_INS = 'Seguimiento';
const SETTINGS = 'Configuración';

function snapshot(emulator: Emulator): Record<string, unknown[][]> {
  const result: Record<string, unknown[][]> = {};
  for (const sheet of emulator.workbook.sheets) {
    result[`${sheet.name} values`] = emulator.sheetValues(sheet.name);
    result[`${sheet.name} formulas`] = emulator.sheetFormulas(sheet.name);
  }
  return result;
}

/** Every cell that differs between two snapshots, as `sheet!row,column`. */
function changedCells(
  before: Record<string, unknown[][]>,
  after: Record<string, unknown[][]>,
): string[] {
  const changed: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? [];
    const b = after[key] ?? [];
    for (let row = 0; row < Math.max(a.length, b.length); row++) {
      for (let col = 0; col < Math.max(a[row]?.length ?? 0, b[row]?.length ?? 0); col++) {
        const x = a[row]?.[col] ?? '';
        const y = b[row]?.[col] ?? '';
        const same = x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
        if (!same) changed.push(`${key}!${row + 1},${col + 1}`);
      }
    }
  }
  return changed;
}

describe('getCheckInContext', () => {
  it("gives a manager their KRs and their team's, red first with the last comment", () => {
    const emulator = createCheckInWorkbook();
    const context = emulator.callFromClient('getCheckInContext') as CheckInContext;
    expect(context.language).toBe('es');
    expect(context.me).toEqual({ email: 'ana@example.com', name: 'Ana Jefa' });
    expect(context.identity).toBe('session');
    expect(context.mine).toEqual(['KR1']);
    expect(context.isManager).toBe(true);
    expect(context.team).toEqual(['KR4', 'KR3', 'KR2']);
    const byId = new Map(context.keyResults.map((kr) => [kr.id, kr]));
    expect(byId.get('KR3')).toMatchObject({
      status: 'red',
      lastComment: 'Falta personal',
      kind: 'percent',
      ownerName: 'Caro Soporte',
    });
    expect(byId.get('KR4')?.kind).toBe('binary');
    expect(context.asOf).toBe('2026-04-30T00:00:00.000Z');
    expect(context.objectives).toEqual([
      { id: 'O1', title: 'Crecer en cuentas nuevas' },
      { id: 'O2', title: 'Clientes más contentos' },
    ]);
  });

  it('reads each sheet it needs once and writes nothing', () => {
    const emulator = createCheckInWorkbook();
    emulator.resetCounters();
    emulator.callFromClient('getCheckInContext');
    const { counters } = emulator;
    // Settings, Key Results, Objectives, People; Key Results' formulas (live KRs) and what
    // its cells show.
    expect(counters.byMethod['Range.getValues']).toBe(4);
    expect(counters.byMethod['Range.getDisplayValues']).toBe(1);
    expect(counters.byMethod['Range.getFormulas']).toBe(1);
    expect(counters.spreadsheetReads).toBe(6);
    expect(counters.spreadsheetWrites).toBe(0);
    expect(counters.lock).toBe(0);
  });

  it('shows a person without a manager role no team', () => {
    const emulator = createCheckInWorkbook();
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: BETO,
    }) as CheckInContext;
    expect(context.mine).toEqual(['KR2']);
    expect(context.team).toEqual([]);
    expect(context.isManager).toBe(false);
  });
});

describe('saveCheckIn', () => {
  it('appends one check-in, updates only the KR cells, refreshes As of and returns the new status', () => {
    const emulator = createCheckInWorkbook();
    const before = snapshot(emulator);
    const result = save(emulator, {
      keyResultId: 'KR3',
      value: '8,5 %',
      confidence: 'yellow',
      comment: 'Contratamos a dos personas',
      author: 'mallory@example.com',
    });
    expect(result.keyResult).toMatchObject({ id: 'KR3', current: 0.085, confidence: 'yellow' });
    expect(result.keyResult.progress).toBeCloseTo(0.7, 10);
    expect(result.keyResult.status).toBe('green');
    expect(result.entry).toMatchObject({
      value: 0.085,
      confidence: 'yellow',
      comment: 'Contratamos a dos personas',
      author: 'ana@example.com',
    });
    const checkIns = emulator.sheetValues(CHECK_INS);
    expect(checkIns).toHaveLength(2);
    const [timestamp, ...rest] = checkIns[1];
    expect((timestamp as Date).toISOString()).toBe('2026-05-01T15:00:00.000Z');
    expect(rest).toEqual([
      'KR3',
      0.085,
      'En riesgo',
      'Contratamos a dos personas',
      'ana@example.com',
      // Corrects: a check-in corrects nothing.
      '',
    ]);

    const after = snapshot(emulator);
    const krHeader = emulator.sheetValues(KR_SHEET)[0];
    const cellOf = (header: string) => `${KR_SHEET} values!4,${krHeader.indexOf(header) + 1}`;
    const changed = changedCells(before, after);
    expect(changed.sort()).toEqual(
      [
        cellOf('Actual'),
        cellOf('Progreso'),
        cellOf('Estado'),
        cellOf('Confianza'),
        cellOf('Último seguimiento'),
        cellOf('Último comentario'),
        // As of: 2026-04-30 → 2026-05-01.
        `${SETTINGS} values!5,2`,
        // The appended Check-ins row.
        ...[1, 2, 3, 4, 5, 6].map((col) => `${CHECK_INS} values!2,${col}`),
      ].sort(),
    );
    // The sheet's own formulas agree with what the sidebar was told.
    const krRow = emulator.sheetValues(KR_SHEET)[3];
    expect(krRow[krHeader.indexOf('Progreso')]).toBeCloseTo(0.7, 10);
    expect(krRow[krHeader.indexOf('Estado')]).toBe('En camino');
    expect(emulator.sheetValues(SETTINGS)[4][1]).toEqual(new Date('2026-05-01T00:00:00Z'));
  });

  it('takes the document lock once and releases it', () => {
    const emulator = createCheckInWorkbook();
    save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green', comment: '' });
    // Released by the code itself (finally), not by the runtime at exit.
    expect(emulator.lockEvents.map((event) => event.event)).toEqual(['acquired', 'released']);
  });

  it('keeps the previous last comment when the check-in has none', () => {
    const emulator = createCheckInWorkbook();
    const result = save(emulator, { keyResultId: 'KR2', value: '30', confidence: 'green' });
    expect(result.keyResult.lastComment).toBe('Buen ritmo');
    const values = emulator.sheetValues(KR_SHEET);
    expect(values[2][values[0].indexOf('Último comentario')]).toBe('Buen ritmo');
  });

  it('records yes/no for a binary KR in the workbook language', () => {
    const emulator = createCheckInWorkbook();
    const result = save(emulator, { keyResultId: 'KR4', value: 'yes', confidence: 'green' });
    expect(result.keyResult).toMatchObject({ current: 'Sí', progress: 1, status: 'green' });
    const values = emulator.sheetValues(KR_SHEET);
    expect(values[4][values[0].indexOf('Actual')]).toBe('Sí');
    expect(values[4][values[0].indexOf('Progreso')]).toBe(1);
  });

  it('explains an invalid value in Spanish and writes nothing', () => {
    const emulator = createCheckInWorkbook();
    const before = snapshot(emulator);
    expect(() =>
      save(emulator, { keyResultId: 'KR1', value: '12.5', confidence: 'green' }),
    ).toThrow('Nuevo valor: Escribe un número como 1.234,5');
    expect(changedCells(before, snapshot(emulator))).toEqual([]);
  });

  it('gives a lock timeout a "try again" message and writes nothing', () => {
    const emulator = createCheckInWorkbook();
    const before = snapshot(emulator);
    emulator.faults.setLockTimeout(true);
    expect(() =>
      save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'x' }),
    ).toThrow(/inténtalo de nuevo/);
    expect(changedCells(before, snapshot(emulator))).toEqual([]);
  });

  it('lands both saves when a second person saves in the middle of the first, at every point', () => {
    // Count the first save's service calls, then start the second after each of them.
    const probe = createCheckInWorkbook();
    probe.resetCounters();
    save(probe, { keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'Ana' });
    const calls = probe.counters.total;
    expect(calls).toBeGreaterThan(5);
    let landedBoth = 0;
    for (let afterCalls = 1; afterCalls <= calls; afterCalls++) {
      const emulator = createCheckInWorkbook();
      const { outer, inner } = emulator.interleave(
        {
          name: 'saveCheckIn',
          args: [{ keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'Ana' }],
          options: { user: ANA },
        },
        {
          name: 'saveCheckIn',
          args: [{ keyResultId: 'KR2', value: '30', confidence: 'red', comment: 'Beto' }],
          options: { user: BETO },
        },
        { afterCalls },
      );
      expect(outer.ok).toBe(true);
      expect(inner).toBeDefined();
      const checkIns = emulator.sheetValues(CHECK_INS).slice(1);
      const comments = checkIns.map((row) => row[4]).sort();
      const values = emulator.sheetValues(KR_SHEET);
      const current = values[0].indexOf('Actual');
      expect(values[1][current]).toBe(25);
      if (inner?.ok) {
        landedBoth++;
        expect(comments).toEqual(['Ana', 'Beto']);
        expect(values[2][current]).toBe(30);
      } else {
        // Only while the first holds the lock: the second is told to try again.
        expect(inner?.error.message).toMatch(/inténtalo de nuevo/);
        expect(comments).toEqual(['Ana']);
        expect(values[2][current]).toBe(20);
      }
    }
    expect(landedBoth).toBeGreaterThan(0);
  });

  it('refuses a second save while the first holds the lock, without a partial write', () => {
    const emulator = createCheckInWorkbook();
    const { outer, inner } = emulator.interleave(
      {
        name: 'saveCheckIn',
        args: [{ keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'Ana' }],
        options: { user: ANA },
      },
      {
        name: 'saveCheckIn',
        args: [{ keyResultId: 'KR1', value: '26', confidence: 'red', comment: 'Beto' }],
        options: { user: BETO },
      },
      { lockAcquired: true },
    );
    expect(outer.ok).toBe(true);
    expect(inner?.ok).toBe(false);
    expect(
      emulator
        .sheetValues(CHECK_INS)
        .slice(1)
        .map((row) => row[4]),
    ).toEqual(['Ana']);
  });
});

describe('identity for accounts that hide their email', () => {
  it('asks once, remembers the choice in user properties, and signs check-ins with it', () => {
    const emulator = createCheckInWorkbook();
    const first = emulator.callFromClient('getCheckInContext', [], {
      user: HIDDEN,
    }) as CheckInContext;
    expect(first.identity).toBe('unknown');
    expect(first.me).toBeNull();
    expect(first.people.map((person) => person.email)).toContain('dani@example.com');
    expect(() =>
      save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' }, HIDDEN),
    ).toThrow('Primero elige tu nombre.');

    expect(() =>
      emulator.callFromClient('chooseIdentity', ['nadie@example.com'], { user: HIDDEN }),
    ).toThrow(/No hay nadie con el correo/);
    const chosen = emulator.callFromClient('chooseIdentity', ['Dani@Example.com'], {
      user: HIDDEN,
    }) as CheckInContext;
    expect(chosen.identity).toBe('chosen');
    expect(chosen.me).toEqual({ email: 'dani@example.com', name: 'Dani Consumer' });
    expect(Object.values(emulator.propertyStores.user(HIDDEN.email))).toEqual(['dani@example.com']);

    const again = emulator.callFromClient('getCheckInContext', [], {
      user: HIDDEN,
    }) as CheckInContext;
    expect(again.identity).toBe('chosen');
    const result = save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' }, HIDDEN);
    expect(result.entry.author).toBe('dani@example.com');
    expect(emulator.sheetValues(CHECK_INS)[1][5]).toBe('dani@example.com');
  });
});

describe('getKeyResultHistory', () => {
  it('lists the KR check-ins newest first with its chart series, reading each sheet once', () => {
    const emulator = createCheckInWorkbook();
    save(emulator, { keyResultId: 'KR1', value: '22', confidence: 'yellow', comment: 'uno' });
    emulator.clock.advance(86_400_000);
    save(emulator, { keyResultId: 'KR2', value: '30', confidence: 'green', comment: 'otro' });
    emulator.clock.advance(86_400_000);
    save(emulator, { keyResultId: 'KR1', value: '28', confidence: 'green', comment: 'dos' });
    emulator.resetCounters();
    const history = emulator.callFromClient('getKeyResultHistory', ['KR1']) as KeyResultHistory;
    // Settings, Key Results, Check-ins.
    expect(emulator.counters.byMethod['Range.getValues']).toBe(3);
    expect(emulator.counters.spreadsheetWrites).toBe(0);
    expect(history.entries.map((entry) => entry.comment)).toEqual(['dos', 'uno']);
    expect(history.entries[0]).toMatchObject({
      at: '2026-05-03T15:00:00.000Z',
      value: 28,
      confidence: 'green',
      author: 'ana@example.com',
    });
    expect(history.series.actual.map((point) => point.value)).toEqual([22, 28]);
    expect(history.series.expected[0]).toEqual({ at: '2026-04-01T00:00:00.000Z', value: 10 });
    expect(history.series.expected.at(-1)).toEqual({ at: '2026-06-30T00:00:00.000Z', value: 40 });
  });

  it('names an unknown KR in the error', () => {
    const emulator = createCheckInWorkbook();
    expect(() => emulator.callFromClient('getKeyResultHistory', ['KR404'])).toThrow(
      'No hay ningún resultado clave con ID «KR404» en la hoja Resultados clave.',
    );
  });
});

describe('call budget of a save', () => {
  function countSave(extraKeyResults: number) {
    const emulator = createCheckInWorkbook({ extraKeyResults, withFormulas: false });
    emulator.resetCounters();
    save(emulator, { keyResultId: 'KR2', value: '30', confidence: 'green', comment: 'ok' });
    const { byMethod, spreadsheetReads, spreadsheetWrites, total } = emulator.counters;
    return { byMethod, spreadsheetReads, spreadsheetWrites, total };
  }

  it('makes the same service calls with 100 and with 10,000 key results', () => {
    const small = countSave(96);
    const large = countSave(9_996);
    expect(large).toEqual(small);
    // Settings, Key Results and its formulas, the Check-ins header row, the KR's row
    // checked by its ID before the write, and Settings again (formats, formulas, values)
    // right before As of is written.
    expect(small.spreadsheetReads).toBe(8);
    // appendRow, Current, the Confidence…Last comment run, and As of.
    expect(small.byMethod['Sheet.appendRow']).toBe(1);
    expect(small.byMethod['Range.setValues']).toBe(2);
    expect(small.spreadsheetWrites).toBe(4);
  }, 120_000);
});

describe('call budget of opening the sidebar', () => {
  function countOpen(extraKeyResults: number) {
    const emulator = createCheckInWorkbook({ extraKeyResults, withFormulas: false });
    emulator.resetCounters();
    const context = emulator.callFromClient('getCheckInContext') as CheckInContext;
    const { byMethod, spreadsheetReads, spreadsheetWrites, total } = emulator.counters;
    return { counts: { byMethod, spreadsheetReads, spreadsheetWrites, total }, context };
  }

  it('reads each sheet once with 100 and with 10,000 key results', () => {
    const small = countOpen(96);
    const large = countOpen(9_996);
    expect(large.counts).toEqual(small.counts);
    // Four sheets, plus Key Results' formulas (live KRs) and display texts.
    expect(small.counts.spreadsheetReads).toBe(6);
    expect(large.context.keyResults).toHaveLength(10_000);
    // Everyone but Ana reports to Ana.
    expect(large.context.team).toHaveLength(10_000 - 1);
  }, 120_000);
});

describe('workbooks that lack sheets', () => {
  it('opens without People or Objectives, and names a missing Key Results sheet', () => {
    const emulator = createCheckInWorkbook();
    emulator.workbook.removeSheet(emulator.sheet('Personas'));
    emulator.workbook.removeSheet(emulator.sheet('Objetivos'));
    const context = emulator.callFromClient('getCheckInContext') as CheckInContext;
    expect(context.mine).toEqual(['KR1']);
    expect(context.isManager).toBe(false);
    emulator.workbook.removeSheet(emulator.sheet(KR_SHEET));
    expect(() => emulator.callFromClient('getCheckInContext')).toThrow(
      'El libro no tiene la hoja Resultados clave.',
    );
  });
});

describe('a service failing in the middle of a save', () => {
  it('still releases the lock in finally and reports a localized error', () => {
    // Find where the save updates the KR row, in the order of its service calls.
    const probe = createCheckInWorkbook();
    const methods: string[] = [];
    probe.runtime.onCall = (service, method) => methods.push(`${service}.${method}`);
    save(probe, { keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'x' });
    probe.runtime.onCall = undefined;
    const append = methods.indexOf('Sheet.appendRow');
    const update = methods.indexOf('Range.setValues');
    // The KR row is written first (right after its check), the check-in appended after.
    expect(update).toBeGreaterThan(0);
    expect(append).toBeGreaterThan(update);

    const emulator = createCheckInWorkbook();
    emulator.faults.throwAfterCalls(update, undefined, 'Service Spreadsheets failed');
    expect(() =>
      save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green', comment: 'x' }),
    ).toThrow('Algo salió mal: Service Spreadsheets failed');
    expect(emulator.lockEvents.map((event) => event.event)).toEqual(['acquired', 'released']);
    expect(emulator.sheetValues('Seguimiento')).toHaveLength(1);
  });
});

describe('columns found by header name', () => {
  it('saves into reordered English columns, one write when the four KR cells sit together', () => {
    const emulator = createCheckInWorkbook({ language: 'en', withFormulas: false });
    // Move Current next to Confidence…Last comment, and put a user column first.
    const values = emulator.sheetValues('Key Results');
    const header = values[0] as string[];
    const order = header.filter((name) => name !== 'Current');
    order.splice(order.indexOf('Confidence'), 0, 'Current');
    const reordered = values.map((row) => [
      'Notes',
      ...order.map((name) => row[header.indexOf(name)]),
    ]);
    reordered[0][0] = 'My notes';
    emulator.workbook.removeSheet(emulator.sheet('Key Results'));
    emulator.writeSheet('Key Results', reordered);
    const before = emulator.sheetValues('Key Results');
    emulator.resetCounters();
    // Confirmed: over 10 times KR2's target is a value the sidebar asks about.
    save(emulator, {
      keyResultId: 'KR2',
      value: '1,234.5',
      confidence: 'red',
      comment: 'Stuck',
      confirmed: true,
    });
    expect(emulator.counters.byMethod['Range.setValues']).toBe(1);
    const after = emulator.sheetValues('Key Results');
    const at = (name: string) => after[0].indexOf(name);
    expect(after[2][at('Current')]).toBe(1234.5);
    expect(after[2][at('Confidence')]).toBe('Off track');
    expect(after[2][at('Last comment')]).toBe('Stuck');
    expect(after[2][0]).toBe('Notes');
    // Nothing else in the sheet moved.
    after[2][at('Current')] = before[2][at('Current')];
    after[2][at('Confidence')] = before[2][at('Confidence')];
    after[2][at('Last comment')] = before[2][at('Last comment')];
    after[2][at('Last check-in')] = before[2][at('Last check-in')];
    expect(after).toEqual(before);
  });

  it('speaks English in an English workbook', () => {
    const emulator = createCheckInWorkbook({ language: 'en' });
    emulator.faults.setLockTimeout(true);
    expect(() => save(emulator, { keyResultId: 'KR1', value: '25', confidence: 'green' })).toThrow(
      'Someone else is saving right now. Nothing was saved: please try again.',
    );
    emulator.faults.clear();
    expect(() =>
      save(emulator, { keyResultId: 'KR1', value: '1.234,5', confidence: 'green' }),
    ).toThrow('New value: Write a number like 1,234.5 (comma for thousands, point for decimals).');
  });
});

describe('on the workbook the template creates', () => {
  it('gives the example manager their team red first, and a save lands after the example check-ins', () => {
    const emulator = createEmulator({ now: new Date('2026-05-01T15:00:00Z'), locale: 'es_AR' });
    emulator.run('createOrUpgradeWorkbook');
    emulator.run('insertExampleOkrs');
    const people = emulator.sheetValues('Personas');
    const manager = people.find((row, index) =>
      people.some((other, j) => j > 0 && index > 0 && other[3] === row[1]),
    );
    expect(manager).toBeDefined();
    const user = { email: String(manager![1]), locale: 'es' };
    const context = emulator.callFromClient('getCheckInContext', [], { user }) as CheckInContext;
    expect(context.isManager).toBe(true);
    expect(context.team.length).toBeGreaterThan(0);
    const byId = new Map(context.keyResults.map((kr) => [kr.id, kr]));
    const ranks = context.team.map(
      (id) => ({ red: 0, yellow: 1, none: 2, green: 3 })[byId.get(id)?.status ?? 'none'],
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const checkInsBefore = emulator.sheetValues('Seguimiento').length;
    const target = byId.get(context.team[0])!;
    emulator.resetCounters();
    const result = save(
      emulator,
      { keyResultId: target.id, value: '0', confidence: 'red', comment: 'Necesito ayuda' },
      user,
    );
    // Settings, Key Results and its formulas, the Check-ins header row, the KR's row
    // checked by its ID (As of is already today).
    expect(emulator.counters.spreadsheetReads).toBe(5);
    const checkIns = emulator.sheetValues('Seguimiento');
    expect(checkIns).toHaveLength(checkInsBefore + 1);
    expect(checkIns.at(-1)!.slice(1)).toEqual([
      target.id,
      0,
      'Desviado',
      'Necesito ayuda',
      user.email,
      '',
    ]);
    // The template's own formulas agree with what the sidebar was told.
    const krSheet = emulator.sheetValues('Resultados clave');
    const row = krSheet.find((cells) => cells[0] === target.id)!;
    expect(row[krSheet[0].indexOf('Progreso')]).toBe(result.keyResult.progress);
    expect(row[krSheet[0].indexOf('Estado')]).toBe(
      { green: 'En camino', yellow: 'En riesgo', red: 'Desviado' }[result.keyResult.status!],
    );
  });
});
