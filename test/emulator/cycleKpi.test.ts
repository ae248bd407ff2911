// KPI_STATUS in real formulas: one range formula fills the column; blank rows give "",
// a bad row shows its #VALUE! text and the others still compute; a single bad call errors.
import { createEmulator } from '../../emulator/index';
import { KPI_STATUS } from '../../src/server/cycle/kpiStatus';
import { PUBLIC_FUNCTIONS } from '../../src/server/registry';

describe('KPI_STATUS', () => {
  it('is a documented custom function of the public registry', () => {
    const entry = PUBLIC_FUNCTIONS.find((candidate) => candidate.name === 'KPI_STATUS');
    expect(entry?.kind).toBe('customFunction');
    expect(entry?.resultShape).toEqual({ from: 'broadcast' });
    expect(entry?.params.map((param) => param.name)).toEqual([
      'current',
      'healthy_min',
      'healthy_max',
      'language',
    ]);
    expect(entry?.examples?.length).toBeGreaterThan(0);
  });

  it('labels every row of a range in one execution, in either language', () => {
    const emulator = createEmulator();
    emulator.writeSheet('KPIs', [
      ['KPI', 'Current', 'Healthy min', 'Healthy max', 'Status', 'Estado'],
      [
        'Runway',
        4,
        6,
        '',
        '=KPI_STATUS(B2:B7, C2:C7, D2:D7)',
        '=KPI_STATUS(B2:B7, C2:C7, D2:D7, "es-AR")',
      ],
      ['Churn', 0.03, '', 0.05],
      ['NPS', 30, 30, 80],
      ['Not measured', '', 1, 2],
      ['Broken', 'n/a', 1, 2],
      ['Backwards', 5, 9, 3],
    ]);
    const values = emulator.sheetValues('KPIs').slice(1);
    expect(values.map((row) => row[4])).toEqual([
      'Unhealthy',
      'Healthy',
      'Healthy',
      '',
      '#VALUE! current is "n/a", not a number',
      '#VALUE! healthy_min 9 is above healthy_max 3',
    ]);
    expect(values.map((row) => row[5]).slice(0, 3)).toEqual([
      'No saludable',
      'Saludable',
      'Saludable',
    ]);
    expect(emulator.counters.customFunctionExecutions).toBe(2);
  });

  it('raises the error for a single bad value', () => {
    const emulator = createEmulator();
    emulator.writeSheet('KPIs', [['=KPI_STATUS("n/a", 1)', '=KPI_STATUS(7, 1, 5)']]);
    const [[bad, good]] = emulator.sheetValues('KPIs');
    expect(String(bad)).toMatch(/^#VALUE!/);
    expect(good).toBe('Unhealthy');
    expect(() => KPI_STATUS('n/a', 1)).toThrow('#VALUE! current is "n/a", not a number');
    expect(KPI_STATUS('', 1)).toBe('');
  });
});
