// A team workbook for the reminder tests, written as a person would type it, with the
// sheets' headers taken from the schema (read by name, so column order is free).
import type { Emulator } from '../../emulator';
import type { Language } from '../../src/core/i18n/language';
import {
  CHECK_INS_SHEET,
  KEY_RESULTS_SHEET,
  OBJECTIVES_SHEET,
  PEOPLE_SHEET,
  REMINDER_LOG_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../../src/core/workbook/schema';

export type Row = Record<string, unknown>;

function headersOf(spec: SheetSpec, language: Language, keys: readonly string[]): string[] {
  return keys.map((key) => {
    const column = spec.columns.find((candidate) => candidate.key === key);
    if (!column) throw new Error(`${spec.key} has no column ${key}`);
    return column.header[language];
  });
}

/** Writes a table sheet: headers in `language`, rows as objects by column key. */
export function writeTable(
  emulator: Emulator,
  spec: SheetSpec,
  rows: readonly Row[],
  language: Language = 'en',
  keys: readonly string[] = spec.columns
    .filter((column) => !column.computed)
    .map((column) => column.key),
): void {
  const name = spec.name[language];
  emulator.writeSheet(name, [headersOf(spec, language, keys)]);
  // In chunks: the emulator's writeSheet spreads every row into one call's arguments.
  const chunkSize = 10_000;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows
      .slice(start, start + chunkSize)
      .map((row) => keys.map((key) => row[key] ?? ''));
    emulator.writeSheet(name, chunk, start + 2);
  }
}

export interface TeamWorkbook {
  people: Row[];
  keyResults: Row[];
  objectives: Row[];
  checkIns: Row[];
  settings: Record<string, unknown>;
}

export function writeSettings(
  emulator: Emulator,
  settings: Record<string, unknown>,
  language: Language = 'en',
) {
  const rows = Object.entries(settings).map(([key, value]) => {
    const column = SETTINGS_SHEET.columns.find((candidate) => candidate.key === key);
    if (!column) throw new Error(`No setting ${key}`);
    return [column.header[language], value];
  });
  emulator.writeSheet(SETTINGS_SHEET.name[language], [['Setting', 'Value'], ...rows]);
}

export function writeWorkbook(
  emulator: Emulator,
  workbook: TeamWorkbook,
  language: Language = 'en',
) {
  writeSettings(emulator, workbook.settings, language);
  writeTable(emulator, PEOPLE_SHEET, workbook.people, language);
  writeTable(emulator, OBJECTIVES_SHEET, workbook.objectives, language);
  writeTable(emulator, KEY_RESULTS_SHEET, workbook.keyResults, language, [
    ...KEY_RESULTS_SHEET.columns.filter((column) => !column.computed).map((column) => column.key),
    'status',
  ]);
  writeTable(emulator, CHECK_INS_SHEET, workbook.checkIns, language);
  writeTable(emulator, REMINDER_LOG_SHEET, [], language);
}

/** The Reminder log as objects by column key (English headers). */
export function reminderLog(emulator: Emulator, language: Language = 'en'): Row[] {
  const [header, ...rows] = emulator.sheetValues(REMINDER_LOG_SHEET.name[language]);
  const keys = (header ?? []).map(
    (text) =>
      REMINDER_LOG_SHEET.columns.find((column) => column.header[language] === text)?.key ??
      String(text),
  );
  return rows.map((row) => Object.fromEntries(keys.map((key, index) => [key, row[index]])));
}
