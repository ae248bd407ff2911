// Correcting and withdrawing the latest check-in through the sidebar's server call:
// Check-ins only gains rows, each naming the row it corrects; the KR's cells follow the
// corrected history; only the author, and only while it is the latest.
import type { Emulator } from '../../emulator';
import type { KeyResultHistory } from '../../src/core/checkIn/history';
import { CHECK_INS_SHEET } from '../../src/core/workbook/schema';
import type { CorrectionResult } from '../../src/server/checkInCorrection';
import { ANA, BETO, createCheckInWorkbook, headers, save } from './fixtures/checkInFixture';

const KR_SHEET = 'Resultados clave';
const CHECK_INS = 'Seguimiento';
const HOUR = 3_600_000;

function history(emulator: Emulator, id: string): KeyResultHistory {
  return emulator.callFromClient('getKeyResultHistory', [id]) as KeyResultHistory;
}
/**
 * A correction as the sidebar sends it: with the KR's Check-ins row count from the history
 * it shows (read now unless given).
 */
function correct(
  emulator: Emulator,
  payload: Record<string, unknown>,
  user = ANA,
): CorrectionResult {
  const rows = payload.rows ?? history(emulator, String(payload.keyResultId)).rows;
  return emulator.callFromClient('correctCheckIn', [{ ...payload, rows }], {
    user,
  }) as CorrectionResult;
}
function krCells(emulator: Emulator, row: number) {
  const values = emulator.sheetValues(KR_SHEET);
  const at = (header: string) => values[row - 1][values[0].indexOf(header)];
  return {
    current: at('Actual'),
    confidence: at('Confianza'),
    lastCheckIn: at('Último seguimiento'),
    lastComment: at('Último comentario'),
  };
}

/** Ana checks in twice on KR1 (row 2), an hour apart. */
function twoCheckIns(): { emulator: Emulator; first: Date; second: Date } {
  const emulator = createCheckInWorkbook();
  save(emulator, { keyResultId: 'KR1', value: '22', confidence: 'green', comment: 'uno' });
  const first = emulator.sheetValues(CHECK_INS)[1][0] as Date;
  emulator.clock.advance(HOUR);
  save(emulator, { keyResultId: 'KR1', value: '35', confidence: 'yellow', comment: '' });
  const second = emulator.sheetValues(CHECK_INS)[2][0] as Date;
  return { emulator, first, second };
}

describe('correctCheckIn', () => {
  it('corrects the latest check-in with a new row naming it, and puts the corrected values in the KR', () => {
    const { emulator, first, second } = twoCheckIns();
    emulator.clock.advance(HOUR);
    const result = correct(emulator, {
      keyResultId: 'KR1',
      corrects: second.toISOString(),
      value: '25',
      confidence: 'red',
      comment: 'Era 25',
    });
    const rows = emulator.sheetValues(CHECK_INS);
    expect(rows).toHaveLength(4);
    expect(rows[0].at(-1)).toBe('Corrige');
    const [timestamp, ...rest] = rows[3];
    expect((timestamp as Date).toISOString()).toBe('2026-05-01T17:00:00.000Z');
    expect(rest).toEqual(['KR1', 25, 'Desviado', 'Era 25', 'ana@example.com', second]);
    // The rows above are as they were.
    expect(rows[2].slice(1, 6)).toEqual(['KR1', 35, 'En riesgo', '', 'ana@example.com']);
    expect(krCells(emulator, 2)).toEqual({
      current: 25,
      confidence: 'Desviado',
      lastCheckIn: second,
      lastComment: 'Era 25',
    });
    expect(result.keyResult).toMatchObject({
      current: 25,
      confidence: 'red',
      lastComment: 'Era 25',
    });
    expect(result.keyResult.progress).toBeCloseTo(0.5, 10);
    const shown = history(emulator, 'KR1');
    expect(result.history).toEqual(shown);
    expect(shown.entries.map(({ value, corrected }) => [value, corrected])).toEqual([
      [25, true],
      [22, undefined],
    ]);
    expect(shown.entries[0]).toMatchObject({
      at: second.toISOString(),
      ref: (timestamp as Date).toISOString(),
    });
    expect(shown.series.actual.map((point) => point.value)).toEqual([22, 25]);
    expect(first).toBeInstanceOf(Date);
  });

  it('withdraws the latest check-in: the KR goes back to the one before, the chart drops the point', () => {
    const { emulator, first, second } = twoCheckIns();
    const result = correct(emulator, {
      keyResultId: 'KR1',
      corrects: second.toISOString(),
      withdraw: true,
    });
    const rows = emulator.sheetValues(CHECK_INS);
    expect(rows).toHaveLength(4);
    expect(rows[3].slice(1)).toEqual(['KR1', '', '', '', 'ana@example.com', second]);
    expect(krCells(emulator, 2)).toEqual({
      current: 22,
      confidence: 'En camino',
      lastCheckIn: first,
      lastComment: 'uno',
    });
    expect(result.history.entries.map((entry) => entry.value)).toEqual([22]);
    expect(result.history.series.actual).toEqual([{ at: first.toISOString(), value: 22 }]);
    // The earlier one is now the latest, and can be withdrawn too: nothing is left.
    correct(emulator, { keyResultId: 'KR1', corrects: first.toISOString(), withdraw: true });
    expect(krCells(emulator, 2)).toEqual({
      current: '',
      confidence: '',
      lastCheckIn: '',
      lastComment: '',
    });
    expect(history(emulator, 'KR1').entries).toEqual([]);
    expect(emulator.sheetValues(CHECK_INS)).toHaveLength(5);
  });

  it('leaves a Last comment typed by hand when the withdrawn check-in had none', () => {
    const emulator = createCheckInWorkbook();
    save(emulator, { keyResultId: 'KR2', value: '30', confidence: 'green' }, BETO);
    const ref = (emulator.sheetValues(CHECK_INS)[1][0] as Date).toISOString();
    correct(emulator, { keyResultId: 'KR2', corrects: ref, withdraw: true }, BETO);
    expect(krCells(emulator, 3)).toMatchObject({ current: '', lastComment: 'Buen ritmo' });
  });

  it('refuses anyone but the author, and a check-in that is no longer the latest, writing nothing', () => {
    const { emulator, first, second } = twoCheckIns();
    const before = [emulator.sheetValues(CHECK_INS), emulator.sheetValues(KR_SHEET)];
    expect(() =>
      correct(
        emulator,
        { keyResultId: 'KR1', corrects: second.toISOString(), withdraw: true },
        BETO,
      ),
    ).toThrow(
      'Solo ana@example.com, que hizo el último seguimiento de KR1, puede corregirlo o retirarlo.',
    );
    expect(() =>
      correct(emulator, { keyResultId: 'KR1', corrects: first.toISOString(), withdraw: true }),
    ).toThrow(
      'Ese seguimiento ya no es el último de KR1: alguien registró otro o lo corrigió. No se cambió nada.',
    );
    // Corrected once, the ref the sidebar showed is stale: a second click is refused.
    correct(emulator, {
      keyResultId: 'KR1',
      corrects: second.toISOString(),
      value: '30',
      confidence: 'green',
    });
    expect(() =>
      correct(emulator, { keyResultId: 'KR1', corrects: second.toISOString(), withdraw: true }),
    ).toThrow(/ya no es el último/);
    expect(emulator.sheetValues(CHECK_INS)).toHaveLength(before[0].length + 1);
    expect(emulator.lockEvents.filter((event) => event.event === 'acquired').length).toBe(
      emulator.lockEvents.filter((event) => event.event === 'released').length,
    );
  });

  it('asks about an implausible corrected value like a check-in, and validates it', () => {
    const { emulator, second } = twoCheckIns();
    const payload = { keyResultId: 'KR1', corrects: second.toISOString(), confidence: 'green' };
    expect(() => correct(emulator, { ...payload, value: '-1' })).toThrow(
      /^No se guardó nada: -1 es negativo/,
    );
    expect(() => correct(emulator, { ...payload, value: '2.5' })).toThrow(/1\.234,5/);
    expect(emulator.sheetValues(CHECK_INS)).toHaveLength(3);
    correct(emulator, { ...payload, value: '-1', confirmed: true });
    expect(krCells(emulator, 2).current).toBe(-1);
  });

  it('asks for the Corrects column on a workbook made before it, without writing', () => {
    const emulator = createCheckInWorkbook();
    emulator.workbook.removeSheet(emulator.sheet(CHECK_INS));
    emulator.writeSheet(CHECK_INS, [headers(CHECK_INS_SHEET, 'es').slice(0, 6)]);
    save(emulator, { keyResultId: 'KR1', value: '22', confidence: 'green' });
    const ref = (emulator.sheetValues(CHECK_INS)[1][0] as Date).toISOString();
    expect(() => correct(emulator, { keyResultId: 'KR1', corrects: ref, withdraw: true })).toThrow(
      'La hoja Seguimiento todavía no tiene la columna Corrige: ejecuta Crear o actualizar el libro y vuelve a intentarlo.',
    );
    expect(emulator.sheetValues(CHECK_INS)).toHaveLength(2);
  });
});

describe('the Corrects column on a workbook made before it', () => {
  it('is added at the end by Create or upgrade, rows kept, and then names corrected rows as a date and time', () => {
    const emulator = createCheckInWorkbook();
    emulator.workbook.removeSheet(emulator.sheet(CHECK_INS));
    const old = [
      headers(CHECK_INS_SHEET, 'es').slice(0, 6),
      [new Date('2026-04-20T12:00:00Z'), 'KR1', 18, 'En camino', 'De antes', 'ana@example.com'],
    ];
    emulator.writeSheet(CHECK_INS, old);
    emulator.run('createOrUpgradeWorkbook');
    const upgraded = emulator.sheetValues(CHECK_INS);
    expect(upgraded[0]).toEqual([...old[0], 'Corrige']);
    expect(upgraded[1]).toEqual([...old[1], '']);
    emulator.clock.advance(HOUR);
    correct(emulator, {
      keyResultId: 'KR1',
      corrects: '2026-04-20T12:00:00.000Z',
      value: '19',
      confidence: 'green',
      comment: 'De antes, bien',
    });
    // The column's format (es_AR's date and time) shows which check-in it names.
    expect(emulator.sheetValues(CHECK_INS)[2][6]).toEqual(new Date('2026-04-20T12:00:00Z'));
    expect(emulator.sheetDisplayValues(CHECK_INS)[2][6]).toBe('20/04/2026 12:00');
  });
});

describe('a service failing in the middle of a correction', () => {
  it('at every call: the lock is released, at most one row is added, and a retry from the reopened sidebar puts the KR right', () => {
    const probe = twoCheckIns();
    const payload = (ref: string, rows = 2) => ({
      keyResultId: 'KR1',
      corrects: ref,
      rows,
      value: '25',
      confidence: 'red',
      comment: 'Era 25',
    });
    // Every spreadsheet call may fail (the lock's own calls are the runtime's to finish).
    probe.emulator.resetCounters();
    correct(probe.emulator, payload(probe.second.toISOString()));
    const { spreadsheetReads, spreadsheetWrites, spreadsheetOther } = probe.emulator.counters;
    const calls = spreadsheetReads + spreadsheetWrites + spreadsheetOther;
    expect(calls).toBeGreaterThan(5);
    for (let index = 0; index < calls; index++) {
      const { emulator, second } = twoCheckIns();
      emulator.faults.throwAfterCalls(index, 'SpreadsheetApp', 'Service Spreadsheets failed');
      // Worded in Spanish once Settings is read, in English before.
      expect(() => correct(emulator, payload(second.toISOString()))).toThrow(
        /^(Algo salió mal|Something went wrong): Service Spreadsheets failed$/,
      );
      const events = emulator.lockEvents.map((event) => event.event);
      expect([index, events.filter((event) => event === 'released').length]).toEqual([
        index,
        events.filter((event) => event === 'acquired').length,
      ]);
      const rows = emulator.sheetValues(CHECK_INS).length;
      expect([index, rows === 3 || rows === 4]).toEqual([index, true]);
      // The person reopens the sidebar: the history shows what stands; correcting that
      // again lands, and the KR's cells follow it.
      const shown = history(emulator, 'KR1');
      correct(emulator, payload(shown.entries[0]!.ref, shown.rows));
      expect([index, krCells(emulator, 2)]).toEqual([
        index,
        { current: 25, confidence: 'Desviado', lastCheckIn: second, lastComment: 'Era 25' },
      ]);
      expect(history(emulator, 'KR1').entries.map((entry) => entry.value)).toEqual([25, 22]);
    }
  }, 120_000);
});

describe('a check-in saved in the middle of a correction', () => {
  it('at every point: the correction lands on the latest or is refused, and the KR shows what stands', () => {
    const probe = twoCheckIns();
    probe.emulator.resetCounters();
    correct(probe.emulator, {
      keyResultId: 'KR1',
      corrects: probe.second.toISOString(),
      withdraw: true,
    });
    const calls = probe.emulator.counters.total;
    const outcomes = new Set<string>();
    for (let afterCalls = 1; afterCalls <= calls; afterCalls++) {
      const { emulator, second } = twoCheckIns();
      const { outer, inner } = emulator.interleave(
        {
          name: 'correctCheckIn',
          args: [{ keyResultId: 'KR1', corrects: second.toISOString(), rows: 2, withdraw: true }],
          options: { user: ANA },
        },
        {
          name: 'saveCheckIn',
          args: [{ keyResultId: 'KR1', value: '38', confidence: 'green', comment: 'Nuevo' }],
          options: { user: ANA },
        },
        { afterCalls },
      );
      const stands = history(emulator, 'KR1').entries;
      if (!outer.ok) {
        // The new check-in came first: the one shown is no longer the latest.
        expect(outer.error.message).toMatch(/ya no es el último/);
        expect(inner?.ok).toBe(true);
      }
      if (inner && !inner.ok) expect(inner.error.message).toMatch(/inténtalo de nuevo/);
      const rows = emulator.sheetValues(CHECK_INS).slice(1);
      // Only the withdrawal names a row, and only the one it was shown.
      expect(rows.filter((row) => row[6] !== '').map((row) => row[6])).toEqual(
        outer.ok ? [second] : [],
      );
      expect([afterCalls, krCells(emulator, 2).current]).toEqual([
        afterCalls,
        stands[0]?.value ?? '',
      ]);
      // (At the last call the correction is over before the save would start.)
      if (inner) outcomes.add(`${outer.ok}/${inner.ok}`);
    }
    // Both orders happened, and the lock refused the save while the correction held it.
    expect([...outcomes].sort()).toEqual(['false/true', 'true/false', 'true/true']);
  }, 120_000);
});

describe('call budget of a correction', () => {
  function countCorrection(extraKeyResults: number, withdraw: boolean) {
    const emulator = createCheckInWorkbook({ extraKeyResults, withFormulas: false });
    save(emulator, { keyResultId: 'KR2', value: '30', confidence: 'green' }, BETO);
    const ref = (emulator.sheetValues(CHECK_INS)[1][0] as Date).toISOString();
    emulator.resetCounters();
    correct(
      emulator,
      withdraw
        ? { keyResultId: 'KR2', corrects: ref, rows: 1, withdraw }
        : {
            keyResultId: 'KR2',
            corrects: ref,
            rows: 1,
            value: '31',
            confidence: 'yellow',
            comment: 'ok',
          },
      BETO,
    );
    const { byMethod, spreadsheetReads, spreadsheetWrites, total } = emulator.counters;
    return { byMethod, spreadsheetReads, spreadsheetWrites, total, lock: emulator.counters.lock };
  }

  it.each([false, true])(
    'reads Settings, Key Results (and its formulas) and Check-ins once and writes 3 times, at 100 and 10,000 KRs (withdraw: %s)',
    (withdraw) => {
      const small = countCorrection(96, withdraw);
      const large = countCorrection(9_996, withdraw);
      expect(large).toEqual(small);
      // And Key Results' formulas: no correction writes over a formula (a live Current).
      expect(small.spreadsheetReads).toBe(4);
      expect(small.byMethod['Range.getValues']).toBe(3);
      expect(small.byMethod['Range.getFormulas']).toBe(1);
      // The Check-ins row, Current, and the Confidence…Last comment run.
      expect(small.byMethod['Sheet.appendRow']).toBe(1);
      expect(small.byMethod['Range.setValues']).toBe(2);
      expect(small.spreadsheetWrites).toBe(3);
    },
    120_000,
  );
});
