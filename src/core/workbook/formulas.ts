import type { Language } from '../i18n/language';

/**
 * The computed columns' formulas, built from the column letters actually found by header,
 * so they follow the user's column order. Each is ONE formula in row 2 over open-ended
 * ranges (`F2:F`): recalculation costs the same number of custom-function executions for
 * 10 rows or 10,000.
 */

/** A sheet as found in the workbook: its real name and the 0-based index of each column. */
export interface PlacedSheet {
  readonly name: string;
  readonly indexByKey: Readonly<Record<string, number>>;
}

/** Settings: its real name and the 1-based row of each setting (values are in column B). */
export interface PlacedSettings {
  readonly name: string;
  readonly rowByKey: Readonly<Record<string, number>>;
}

interface FormulaContext {
  readonly language: Language;
  readonly objectives: PlacedSheet;
  readonly keyResults: PlacedSheet;
  readonly kpis: PlacedSheet;
  readonly settings: PlacedSettings;
}

/** `0` → `A`, `26` → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `'Key Results'!` — always quoted, quotes doubled, so any sheet name works. */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A text literal for a formula. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function columnRange(sheet: PlacedSheet, key: string, fromSheet?: string): string {
  const index = sheet.indexByKey[key];
  if (index === undefined) throw new Error(`Column ${key} is missing from ${sheet.name}`);
  const letter = columnLetter(index);
  const prefix = fromSheet === sheet.name ? '' : sheetPrefix(sheet.name);
  return `${prefix}${letter}2:${letter}`;
}

/** Absolute reference to a setting's value cell; blank text when the setting is absent. */
export function settingCell(settings: PlacedSettings, key: string, fromSheet?: string): string {
  const row = settings.rowByKey[key];
  if (row === undefined) return '""';
  const prefix = fromSheet === settings.name ? '' : sheetPrefix(settings.name);
  return `${prefix}$B$${row}`;
}

export interface ComputedFormulas {
  readonly objectives: Readonly<Record<string, string>>;
  readonly keyResults: Readonly<Record<string, string>>;
  readonly kpis: Readonly<Record<string, string>>;
  readonly settings: Readonly<Record<string, string>>;
  /**
   * What earlier versions wrote in a column whose formula changed since (before rows had
   * a Period), by sheet key then column key: still the add-on's, so an upgrade replaces it.
   */
  readonly former: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * 1 or more for each row of `sheet` in the current period (Period blank, or Settings ›
 * Period in any case), 0 for a row of another period: the array condition every
 * per-period formula filters by (core/workbook/periods.ts is the same rule).
 */
export function currentPeriodCondition(
  sheet: PlacedSheet,
  settings: PlacedSettings,
  fromSheet?: string,
): string {
  const period = columnRange(sheet, 'period', fromSheet);
  return `((LEN(TRIM(${period}))=0)+(TRIM(${period})=TRIM(${settingCell(settings, 'period', fromSheet)})))`;
}

export function computedFormulas(context: FormulaContext): ComputedFormulas {
  const { objectives, keyResults, kpis, settings, language } = context;
  const status = (progress: string, expected: string, fromSheet: string) =>
    `=KR_STATUS(${progress}, ${expected}, ${quoted(language)}, ${settingCell(settings, 'greenAt', fromSheet)}, ${settingCell(settings, 'yellowAt', fromSheet)})`;

  const kr = (key: string) => columnRange(keyResults, key, keyResults.name);
  const keyResultFormulas = {
    progress: `=KR_PROGRESS(${kr('start')}, ${kr('target')}, ${kr('current')}, ${kr('type')})`,
    // The period's elapsed share is computed once in Settings; every KR row of the current
    // period shows it, and a row of a closed period is judged at its period's end (1).
    expected: `=ARRAYFORMULA(IF(LEN(${kr('id')}&${kr('keyResult')}), IF(${currentPeriodCondition(keyResults, settings, keyResults.name)}, ${settingCell(settings, 'elapsed', keyResults.name)}, 1), ""))`,
    status: status(kr('progress'), kr('expected'), keyResults.name),
  };

  const objective = (key: string) => columnRange(objectives, key, objectives.name);
  const krFromObjectives = (key: string) => columnRange(keyResults, key, objectives.name);
  // Objectives and KRs are nodes of one tree; an objective's own progress is blank (its
  // value comes from its children), hence the blank column stacked above the KRs'. Only
  // the current period's KRs are nodes: a closed KR's progress is History's.
  const currentKrIds = `ARRAYFORMULA(IF(${currentPeriodCondition(keyResults, settings, objectives.name)}, ${krFromObjectives('id')}, ""))`;
  const objectiveFormulas = {
    progress:
      `=OKR_CASCADE({${objective('id')}; ${currentKrIds}}, ` +
      `{${objective('parentId')}; ${krFromObjectives('objectiveId')}}, ` +
      `{ARRAYFORMULA(IF(${objective('id')}="", "", "")); ${krFromObjectives('progress')}}, ` +
      `{${objective('weight')}; ${krFromObjectives('weight')}}, ${objective('id')})`,
    status: status(
      objective('progress'),
      settingCell(settings, 'elapsed', objectives.name),
      objectives.name,
    ),
  };

  const kpi = (key: string) => columnRange(kpis, key, kpis.name);
  const kpiFormulas = {
    status: `=KPI_STATUS(${kpi('current')}, ${kpi('healthyMin')}, ${kpi('healthyMax')}, ${quoted(language)})`,
  };

  const setting = (key: string) => settingCell(settings, key, settings.name);
  const calendarDays = `KR_EXPECTED(${setting('periodStart')}, ${setting('periodEnd')}, ${setting('asOf')})`;
  const settingsFormulas = {
    // Calendar days, or working days once Holidays is filled: the rule every feature
    // follows (core/keyResults/expected.ts).
    elapsed:
      settings.rowByKey.holidays === undefined
        ? `=${calendarDays}`
        : `=IF(LEN(TRIM(${setting('holidays')}))=0, ${calendarDays}, ` +
          `KR_EXPECTED(${setting('periodStart')}, ${setting('periodEnd')}, ${setting('asOf')}, ${setting('holidays')}))`,
  };

  const former = {
    keyResults: {
      expected: `=ARRAYFORMULA(IF(LEN(${kr('id')}&${kr('keyResult')}), ${settingCell(settings, 'elapsed', keyResults.name)}, ""))`,
    },
    objectives: {
      progress: objectiveFormulas.progress.replace(currentKrIds, krFromObjectives('id')),
    },
  };

  return {
    objectives: objectiveFormulas,
    keyResults: keyResultFormulas,
    kpis: kpiFormulas,
    settings: settingsFormulas,
    former,
  };
}

/** Formulas compared the way a person would: case, spaces and `$` do not matter. */
export function sameFormula(left: string, right: string): boolean {
  const normalize = (formula: string) => formula.replace(/[\s$]/g, '').toUpperCase();
  return normalize(left) === normalize(right);
}
