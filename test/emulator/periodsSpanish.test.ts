// The same periods in a Spanish workbook: after Close period with carry-over, the sidebar
// names the period and lists only its key results, the Tablero counts them, a check-in on
// a closed key result is refused in Spanish naming its copy, and Mostrar/ocultar períodos
// pasados says what it did.
import type { CheckInContext } from '../../src/core/checkIn/context';
import { KEY_RESULTS_SHEET } from '../../src/core/workbook/schema';
import { rowsByKey, templateWorkbook } from './fixtures/cycleFixture';

describe('periods in a Spanish workbook', () => {
  const emulator = templateWorkbook('es');
  emulator.clock.set(new Date('2026-12-31T20:00:00Z'));
  for (const answer of ['YES', 'OK', 'YES', 'OK', 'YES', 'OK'] as const)
    emulator.ui.queueResponse(answer);
  emulator.run('closePeriod');
  const rows = rowsByKey(emulator, KEY_RESULTS_SHEET.name.es, KEY_RESULTS_SHEET);
  const closed = rows.filter((row) => row.period === '2026-Q4');
  const current = rows.filter((row) => row.period === '2027-Q1');

  it('shows the new period’s key results only, and names the period', () => {
    expect([closed.length, current.length]).toEqual([12, 12]);
    const context = emulator.callFromClient('getCheckInContext', [], {
      user: { email: 'laura@example.com' },
    }) as CheckInContext;
    expect(context.period).toBe('2027-Q1');
    expect(context.keyResults.map((keyResult) => keyResult.id)).toEqual(
      current.map((row) => row.id),
    );
    const tablero = emulator.sheetValues('Tablero');
    expect(tablero[2]!.slice(0, 2)).toEqual(['Período', '2027-Q1']);
    const counts = [tablero[3]![4], tablero[4]![4], tablero[5]![4]] as number[];
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(12);
    // A closed key result's Status is its final grade in Spanish.
    expect(
      closed.every((row) => ['En camino', 'En riesgo', 'Desviado'].includes(String(row.status))),
    ).toBe(true);
  });

  it('refuses a check-in on a closed key result, in Spanish, naming its copy', () => {
    const copy = current.find((row) => row.continues === 'KR2.1')!;
    expect(() =>
      emulator.callFromClient(
        'saveCheckIn',
        [{ keyResultId: 'KR2.1', value: 80, confidence: 'green', confirmed: true }],
        { user: { email: 'martin@example.com' } },
      ),
    ).toThrow(
      `El resultado clave «KR2.1» es de 2026-Q4, que está cerrado: no se guardó nada. Continúa como ${copy.id} en 2027-Q1: registra el avance allí.`,
    );
  });

  it('hides and shows the past period’s rows, saying so in Spanish', () => {
    emulator.run('togglePastPeriods');
    expect(emulator.ui.toasts.at(-1)).toMatchObject({
      title: 'Períodos pasados',
      message: expect.stringContaining('Filas de períodos pasados ocultas: 12.'),
    });
    emulator.run('togglePastPeriods');
    expect(emulator.ui.toasts.at(-1)!.message).toBe(
      'Filas de períodos pasados visibles otra vez: 12.',
    );
  });
});
