import { kpiHealth, kpiHealthLabel, kpisNeedingAnOkr } from '../../../src/core/cycle/kpi';
import { row } from './fixtures';

describe('kpiHealth', () => {
  it('is healthy within the bounds given, bounds included', () => {
    expect(kpiHealth(5, 3, 8)).toBe('healthy');
    expect(kpiHealth(3, 3, 8)).toBe('healthy');
    expect(kpiHealth(8, 3, 8)).toBe('healthy');
    expect(kpiHealth(2.9, 3, 8)).toBe('unhealthy');
    expect(kpiHealth(9, null, 8)).toBe('unhealthy');
    expect(kpiHealth(-100, null, 8)).toBe('healthy');
    expect(kpiHealth(1, 3, null)).toBe('unhealthy');
    expect(kpiHealth(1, null, null)).toBe('healthy');
  });
  it('refuses a minimum above the maximum', () => {
    expect(() => kpiHealth(5, 9, 3)).toThrow('#VALUE! healthy_min 9 is above healthy_max 3');
  });
  it('has labels in both languages', () => {
    expect(kpiHealthLabel('unhealthy', 'en')).toBe('Unhealthy');
    expect(kpiHealthLabel('healthy', 'es')).toBe('Saludable');
  });
});

describe('kpisNeedingAnOkr', () => {
  const kpis = [
    row(
      {
        kpi: 'Cash runway (months)',
        current: 4,
        healthyMin: 6,
        healthyMax: '',
        relatedObjective: '',
      },
      2,
    ),
    row(
      { kpi: 'Churn', current: 0.08, healthyMin: '', healthyMax: 0.05, relatedObjective: 'O-2' },
      3,
    ),
    row({ kpi: 'NPS', current: 20, healthyMin: 30, healthyMax: '', relatedObjective: 'O-9' }, 4),
    row({ kpi: 'Tickets', current: 50, healthyMin: 0, healthyMax: 100, relatedObjective: '' }, 5),
    row({ kpi: 'Unmeasured', current: '', healthyMin: 1, relatedObjective: '' }, 6),
  ];

  it('suggests an OKR for each unhealthy KPI without an existing related objective', () => {
    const findings = kpisNeedingAnOkr(kpis, ['O-1', 'o-2'], 'en');
    expect(findings.map((finding) => [finding.rowNumber, finding.kpi])).toEqual([
      [2, 'Cash runway (months)'],
      [4, 'NPS'],
    ]);
    expect(findings[0].problem).toBe(
      'KPI “Cash runway (months)” is unhealthy (4; healthy from 6) and has no related objective.',
    );
    expect(findings[0].advice).toContain('Create an objective');
  });

  it('speaks Spanish', () => {
    const [finding] = kpisNeedingAnOkr(kpis.slice(0, 1), [], 'es');
    expect(finding.problem).toBe(
      'El KPI “Cash runway (months)” no está saludable (4; saludable desde 6) y no tiene objetivo relacionado.',
    );
  });
});
