import { STATUS_LABELS } from '../formulas/status';
import type { Translations } from '../i18n/language';

/** The words of the workbook's dropdowns and computed labels, in each language. */

/** Objective levels, company down to a person. */
export const LEVEL_WORDS: Translations<readonly string[]> = {
  en: ['Company', 'Team', 'Individual'],
  es: ['Empresa', 'Equipo', 'Individual'],
};

/** KR type words KR_PROGRESS accepts (it reads both languages; the dropdown offers one). */
export const KEY_RESULT_TYPE_CHOICES: Translations<readonly string[]> = {
  en: ['increase', 'decrease', 'at least', 'at most', 'binary'],
  es: ['aumentar', 'reducir', 'al menos', 'como máximo', 'binario'],
};

/**
 * How sure the owner is of reaching the target, recorded with each check-in: the check-in
 * writes the traffic-light labels, so the dropdown offers the same words.
 */
export const CONFIDENCE_CHOICES: Translations<readonly string[]> = {
  en: Object.values(STATUS_LABELS.en),
  es: Object.values(STATUS_LABELS.es),
};

/** The KPI Status column's two labels. */
export const KPI_HEALTH_LABELS: Translations<{
  readonly healthy: string;
  readonly unhealthy: string;
}> = {
  en: { healthy: 'Healthy', unhealthy: 'Unhealthy' },
  es: { healthy: 'Saludable', unhealthy: 'No saludable' },
};

/** What the Language setting shows (parseSettings reads either). */
export const LANGUAGE_NAMES: Translations<string> = { en: 'English', es: 'Español' };
