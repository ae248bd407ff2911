// KPIs measure the health of the business beside the OKRs that change it. A KPI is
// healthy while its current value sits within its healthy minimum and/or maximum; an
// unhealthy KPI that no objective works on is a candidate for a new OKR.
import { cellText, finiteNumber } from '../cells';
import { describeValue, FormulaInputError } from '../formulas/errors';
import { interpolate, type Language } from '../i18n/language';
import { idKey } from '../keyResults/identity';
import { foldText, isBlank } from '../text';
import { KPI_HEALTH_LABELS } from '../workbook/vocabulary';
import { KPI_FINDING_TEXTS } from './messages';
import type { SheetRow } from './okrs';

type KpiHealth = 'healthy' | 'unhealthy';

/**
 * Healthy when `current` ≥ `min` (if given) and ≤ `max` (if given), bounds included; with
 * neither bound every value is healthy. Throws when min exceeds max.
 */
export function kpiHealth(current: number, min: number | null, max: number | null): KpiHealth {
  if (!Number.isFinite(current)) {
    throw new FormulaInputError(`current is ${describeValue(current)}, not a number`);
  }
  if (min !== null && max !== null && min > max) {
    throw new FormulaInputError(
      `healthy_min ${describeValue(min)} is above healthy_max ${describeValue(max)}`,
    );
  }
  if (min !== null && current < min) return 'unhealthy';
  if (max !== null && current > max) return 'unhealthy';
  return 'healthy';
}

/** The label the KPIs Status column shows. */
export function kpiHealthLabel(health: KpiHealth, language: Language): string {
  return KPI_HEALTH_LABELS[language][health];
}

/** One Review OKRs finding: the KPI's row and what to tell the person. */
interface KpiFinding {
  readonly rowNumber: number;
  readonly kpi: string;
  readonly problem: string;
  readonly advice: string;
}

function rangeText(min: number | null, max: number | null, language: Language): string {
  if (min !== null && max !== null) return `${min}–${max}`;
  if (min !== null) return language === 'es' ? `desde ${min}` : `from ${min}`;
  return language === 'es' ? `hasta ${max}` : `up to ${max}`;
}

/**
 * KPIs (rows of the KPIs sheet by column key) that are unhealthy and have no related
 * objective (blank, or an id the Objectives sheet does not have): each suggests creating
 * an OKR for it. Health is computed from the numbers, so it does not depend on the
 * Status column's language or formula; KPIs without a number or a bound are skipped.
 */
export function kpisNeedingAnOkr(
  kpiRows: readonly SheetRow[],
  objectiveIds: Iterable<unknown>,
  language: Language,
): KpiFinding[] {
  const known = new Set<string>();
  for (const id of objectiveIds) if (!isBlank(id)) known.add(idKey(id));
  const texts = KPI_FINDING_TEXTS[language];
  const findings: KpiFinding[] = [];
  for (const row of kpiRows) {
    const current = finiteNumber(row.cells.current);
    const min = finiteNumber(row.cells.healthyMin);
    const max = finiteNumber(row.cells.healthyMax);
    if (current === null || (min === null && max === null)) continue;
    if (min !== null && max !== null && min > max) continue;
    if (kpiHealth(current, min, max) === 'healthy') continue;
    if (known.has(foldText(row.cells.relatedObjective))) continue;
    const kpi = cellText(row.cells.kpi);
    const values = { kpi, current, range: rangeText(min, max, language) };
    findings.push({
      rowNumber: row.rowNumber,
      kpi,
      problem: interpolate(texts.problem, values),
      advice: interpolate(texts.advice, values),
    });
  }
  return findings;
}
