// Live key results: Current is a formula over the business's own data. The sidebar says
// where the value comes from, a check-in records the value the formula shows without
// touching the cell, and the daily run records an automatic check-in when it changes.

import type { Emulator } from '../../emulator';
import type { CheckInContext } from '../../src/core/checkIn/context';
import { ANA, createCheckInWorkbook, save } from './fixtures/checkInFixture';

const KR_SHEET = 'Resultados clave';
const CHECK_INS = 'Seguimiento';
const AUTOMATIC = 'OKR Sheets (automático)';

/** KR1's Current (H2) sums a small Ventas sheet. */
function liveWorkbook(): Emulator {
  const emulator = createCheckInWorkbook({ withFormulas: false });
  emulator.writeSheet('Ventas', [
    ['Mes', 'Ventas'],
    ['Abr', 10],
    ['May', 12],
    ['Jun', 8],
  ]);
  emulator.writeSheet(KR_SHEET, [['=SUM(Ventas!B2:B4)']], 2, 8);
  return emulator;
}

function context(emulator: Emulator): CheckInContext {
  return emulator.callFromClient('getCheckInContext', [], { user: ANA }) as CheckInContext;
}

function checkIns(emulator: Emulator): unknown[][] {
  return emulator.sheetValues(CHECK_INS).slice(1);
}

function runDaily(emulator: Emulator): void {
  emulator.run('runDailyReminders', [], { user: ANA, trigger: true });
}

describe('a live key result', () => {
  it('shows the sidebar its formula', () => {
    const emulator = liveWorkbook();
    const keyResults = context(emulator).keyResults;
    expect(keyResults.find((keyResult) => keyResult.id === 'KR1')?.source).toBe(
      '=SUM(Ventas!B2:B4)',
    );
    expect(keyResults.find((keyResult) => keyResult.id === 'KR2')?.source).toBeUndefined();
  });

  it('names the array formula that fills its Current', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet('Feed', [['n'], [11], [22], [0.1], [1]]);
    emulator.writeSheet(KR_SHEET, [['=ARRAYFORMULA(Feed!A2:A5*1)'], [''], [''], ['']], 2, 8);
    const kr2 = context(emulator).keyResults.find((keyResult) => keyResult.id === 'KR2');
    expect(kr2?.source).toBe('H2: =ARRAYFORMULA(Feed!A2:A5*1)');
    expect(kr2?.current).toBe(22);
  });

  it('records the value its formula shows on a check-in, and the formula stays', () => {
    const emulator = liveWorkbook();
    const result = save(emulator, {
      keyResultId: 'KR1',
      value: '999',
      confidence: 'yellow',
      comment: 'Según ventas',
    });
    expect(emulator.sheetFormulas(KR_SHEET)[1]![7]).toBe('=SUM(Ventas!B2:B4)');
    expect(checkIns(emulator).at(-1)!.slice(1, 5)).toEqual([
      'KR1',
      30,
      'En riesgo',
      'Según ventas',
    ]);
    expect(result.entry.value).toBe(30);
    expect(result.keyResult.current).toBe(30);
    expect(result.notice).toBe(
      'Resultado clave en vivo: se registró el valor que muestra su fórmula, 30; la fórmula queda.',
    );
    // Confidence and Last comment (plain cells) are still written.
    const row = emulator.sheetValues(KR_SHEET)[1]!;
    expect(row[13]).toBe('En riesgo');
    expect(row[15]).toBe('Según ventas');
  });

  it('gets an automatic check-in from the daily run when its value changed, and only then', () => {
    const emulator = liveWorkbook();
    save(emulator, { keyResultId: 'KR1', value: '', confidence: 'green' });
    expect(checkIns(emulator)).toHaveLength(1);
    runDaily(emulator);
    // Unchanged since that check-in: nothing new.
    expect(checkIns(emulator)).toHaveLength(1);
    emulator.writeSheet('Ventas', [[20]], 4, 2);
    runDaily(emulator);
    const rows = checkIns(emulator);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(1, 6)).toEqual(['KR1', 42, 'En camino', '', AUTOMATIC]);
    runDaily(emulator);
    expect(checkIns(emulator)).toHaveLength(2);
  });

  it("dates the KR row's Last check-in and the sidebar's card by its automatic check-in", () => {
    const emulator = liveWorkbook();
    emulator.writeSheet(KR_SHEET, [['=1']], 4, 15); // a person's formula in KR3's Last check-in
    emulator.writeSheet(KR_SHEET, [['=SUM(Ventas!B2:B4)/100']], 4, 8); // KR3 live too
    emulator.clock.set(new Date('2026-05-03T07:00:00Z'));
    runDaily(emulator);
    expect(checkIns(emulator).map((row) => row[1])).toEqual(['KR1', 'KR3']);
    const rows = emulator.sheetValues(KR_SHEET);
    expect(rows[1]![14]).toEqual(new Date('2026-05-03T07:00:00Z'));
    // KR2 (not live) keeps its cell; KR3's formula stays.
    expect(emulator.sheetFormulas(KR_SHEET)[3]![14]).toBe('=1');
    expect(context(emulator).keyResults.find((kr) => kr.id === 'KR1')?.lastCheckIn).toBe(
      '2026-05-03T07:00:00.000Z',
    );
  });

  it('gets no automatic check-in while its source shows an error', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet(KR_SHEET, [['=1/0']], 2, 8);
    runDaily(emulator);
    expect(checkIns(emulator)).toHaveLength(0);
  });
});

describe('live key results without reminders (OKRs › Record live KRs daily)', () => {
  it('sets up the daily trigger that records them and sends no reminder, until reminders are set up', () => {
    const emulator = liveWorkbook();
    emulator.run('recordLiveKeyResultsDaily');
    expect(emulator.triggers.map((trigger) => trigger.handler)).toEqual(['runDailyLiveKeyResults']);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('Resultados clave en vivo ahora: 1.');
    emulator.writeSheet('Ventas', [[20]], 4, 2);
    const sheetsBefore = emulator.spreadsheet.sheets.map((sheet) => sheet.name);
    expect(emulator.fireDailyTriggers().map((outcome) => outcome.ok)).toEqual([true]);
    expect(checkIns(emulator).map((row) => [row[1], row[5]])).toEqual([['KR1', AUTOMATIC]]);
    // The reminders' job did not run: no Reminder log, no email.
    expect(emulator.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    expect(emulator.outbox).toHaveLength(0);

    // Set up 1:1 reminders: their trigger replaces it (one time trigger per person and
    // document) and records the live KRs too.
    emulator.run('setUpReminders');
    expect(emulator.triggers.map((trigger) => trigger.handler)).toEqual(['runDailyReminders']);
    emulator.fireDailyTriggers();
    expect(emulator.spreadsheet.sheets.map((sheet) => sheet.name)).toContain('Registro de avisos');
    emulator.run('recordLiveKeyResultsDaily');
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
      'La ejecución diaria de los avisos de 1:1 ya registra cada día los resultados clave en vivo (una fórmula en Actual).',
    );

    emulator.run('turnOffReminders');
    expect(emulator.triggers).toHaveLength(0);
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('OKRs → Registrar RC en vivo a diario');
  });
});

describe('Review OKRs on live key results', () => {
  function problems(emulator: Emulator): string[] {
    emulator.run('reviewOkrs', [], { user: ANA });
    return emulator.sheetValues('Revisión de OKRs').map((row) => String(row[2]));
  }

  it('says when the source shows an error', () => {
    const emulator = createCheckInWorkbook({ withFormulas: false });
    emulator.writeSheet(KR_SHEET, [['=1/0']], 2, 8);
    expect(problems(emulator)).toContain(
      'La fuente del resultado clave KR1 dejó de actualizarse: su fórmula muestra #DIV/0!.',
    );
  });

  it('says when its value has not changed in 14 days', () => {
    const emulator = liveWorkbook();
    save(emulator, { keyResultId: 'KR1', value: '', confidence: 'green' });
    expect(problems(emulator).some((text) => text.includes('KR1 dejó de actualizarse'))).toBe(
      false,
    );
    emulator.clock.set(new Date('2026-05-20T15:00:00Z'));
    emulator.writeSheet('Configuración', [[new Date(Date.UTC(2026, 4, 20))]], 5, 2);
    expect(problems(emulator)).toContain(
      'La fuente del resultado clave KR1 dejó de actualizarse: su valor no cambió en 14 días.',
    );
  });
});

describe('the cost of live key results', () => {
  /** Every key result live (Current = its Weight × 5), then one daily run and one save. */
  function count(extraKeyResults: number) {
    const emulator = createCheckInWorkbook({ withFormulas: false, extraKeyResults });
    const rows = emulator.sheetValues(KR_SHEET).length - 1;
    emulator.writeSheet(
      KR_SHEET,
      Array.from({ length: rows }, (_, index) => [`=J${index + 2}*5`]),
      2,
      8,
    );
    emulator.resetCounters();
    runDaily(emulator);
    const daily = { ...emulator.counters, byMethod: { ...emulator.counters.byMethod } };
    const recorded = checkIns(emulator).length;
    emulator.resetCounters();
    save(emulator, { keyResultId: 'KR2', value: '', confidence: 'green' });
    const saveCalls = emulator.counters.total;
    // Growing Check-ins for 10,000 rows at once is one more call (Sheets needs the rows first).
    const growth = daily.byMethod['Sheet.insertRowsAfter'] ?? 0;
    expect(growth).toBeLessThanOrEqual(1);
    return { daily: daily.total - growth, reads: daily.spreadsheetReads, recorded, saveCalls };
  }

  it('is the same number of spreadsheet calls at 100 and at 10,000 key results', () => {
    const small = count(96);
    const large = count(9_996);
    expect(small.recorded).toBe(100);
    expect(large.recorded).toBe(10_000);
    expect({ ...large, recorded: 0 }).toEqual({ ...small, recorded: 0 });
    console.log(
      `live key results: daily run ${small.daily} calls (${small.reads} reads) at 100 and at 10,000 KRs, all live (one more to grow Check-ins); a check-in ${small.saveCalls} calls at both`,
    );
  }, 180_000);
});
