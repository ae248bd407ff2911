// KPI_STATUS: the health label of a KPI, with the conventions of the other custom
// functions (ranges broadcast, blank rows give "", bad rows a #VALUE! text).
import { kpiHealth, kpiHealthLabel } from '../../core/cycle/kpi';
import { isBlank } from '../../core/text';
import { labelLanguageReader } from '../customFunctions/implementations';
import { broadcast, numberFrom, optionalNumberFrom } from '../customFunctions/sheetsArguments';

const NAMES = ['current', 'healthy_min', 'healthy_max', 'language'];

export function KPI_STATUS(
  current: unknown,
  healthyMin?: unknown,
  healthyMax?: unknown,
  language?: unknown,
): unknown {
  const labelLanguage = labelLanguageReader();
  return broadcast([current, healthyMin, healthyMax, language], NAMES, [0], (row) => {
    if (isBlank(row[0])) return '';
    const health = kpiHealth(
      numberFrom(row[0], 'current'),
      optionalNumberFrom(row[1], 'healthy_min'),
      optionalNumberFrom(row[2], 'healthy_max'),
    );
    return kpiHealthLabel(health, labelLanguage(row[3]));
  });
}
