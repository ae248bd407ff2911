// The sheets and columns the setup check reports: each table sheet found by name (either
// language) and its header row read, one short read per sheet.
import type { Language } from '../core/i18n/language';
import type { SheetFinding } from '../core/setupCheck';
import { mapColumns } from '../core/workbook/headers';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  KPIS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  REMINDER_LOG_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../core/workbook/schema';
import type { Settings } from '../core/workbook/settings';
import { findSheet, type Spreadsheet } from './tables';

const TABLE_SHEETS: readonly SheetSpec[] = [
  OBJECTIVES_SHEET,
  KEY_RESULTS_SHEET,
  CHECK_INS_SHEET,
  PEOPLE_SHEET,
  KPIS_SHEET,
  REMINDER_LOG_SHEET,
];

function headersOf(spec: SheetSpec, keys: readonly string[], language: Language): string[] {
  return keys.map(
    (key) => spec.columns.find((column) => column.key === key)?.header[language] ?? key,
  );
}

export function sheetsFound(
  spreadsheet: Spreadsheet,
  settings: Settings,
  language: Language,
): SheetFinding[] {
  const findings: SheetFinding[] = TABLE_SHEETS.map((spec) => {
    const sheet = findSheet(spreadsheet, spec);
    if (!sheet) {
      return { expected: spec.name[language], found: null, missingColumns: [], columns: 0 };
    }
    const width = Math.max(sheet.getLastColumn(), 1);
    const { missing } = mapColumns(sheet.getRange(1, 1, 1, width).getValues()[0] ?? [], spec);
    return {
      expected: spec.name[language],
      found: sheet.getName(),
      missingColumns: headersOf(spec, missing, language),
      columns: spec.columns.length,
    };
  });
  // Settings is a list of rows, not columns: what it lacks are settings.
  const settingsSheet = findSheet(spreadsheet, SETTINGS_SHEET);
  const missingSettings = SETTINGS_SHEET.columns
    .map((column) => column.key)
    .filter((key) => !settings.rowByKey[key]);
  findings.push({
    expected: SETTINGS_SHEET.name[language],
    found: settingsSheet ? settingsSheet.getName() : null,
    missingColumns: headersOf(SETTINGS_SHEET, missingSettings, language),
    columns: SETTINGS_SHEET.columns.length,
  });
  return findings;
}
