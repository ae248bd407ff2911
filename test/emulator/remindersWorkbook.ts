// A team workbook for the reminder tests, written as a person would type it, with the
// sheets' headers taken from the schema (read by name, so column order is free).
import { createEmulator, type Emulator } from '../../emulator';
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

export const TIME_ZONE = 'America/Argentina/Buenos_Aires'; // UTC−3 all year

/** 08:00 (or `hour`) in Buenos Aires on `day`. */
export function morningOf(day: string, hour = 8): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + (hour + 3) * 3_600_000);
}

export const MANAGERS = ['lead1@example.com', 'lead2@example.com', 'lead3@example.com'];

/**
 * Three managers, each with one report whose 1:1 is on the 15th and one KR at 0 of 100
 * (red), reminders set up; `extra` adds people and key results to that team.
 */
export function threeManagerTeam(
  options: { language?: string; extraPeople?: Row[]; extraKeyResults?: Row[] } = {},
): Emulator {
  const emulator = createEmulator({ timeZone: TIME_ZONE, now: morningOf('2026-01-10') });
  const people: Row[] = [];
  const keyResults: Row[] = [];
  MANAGERS.forEach((manager, index) => {
    people.push({ name: `Lead ${index + 1}`, email: manager });
    people.push({
      name: `Report ${index + 1}`,
      email: `report${index + 1}@example.com`,
      managerEmail: manager,
      oneOnOneSchedule: '15',
    });
    keyResults.push({
      id: `KR-${index + 1}`,
      objectiveId: 'O-1',
      keyResult: `Result ${index + 1}`,
      owner: `report${index + 1}@example.com`,
      start: 0,
      target: 100,
      current: 0,
    });
  });
  writeWorkbook(emulator, {
    settings: {
      language: options.language ?? 'English',
      periodStart: new Date('2026-01-01T03:00:00Z'),
      periodEnd: new Date('2026-04-01T03:00:00Z'),
      reminderDaysBefore: 2,
      reminderHour: 8,
    },
    people: [...people, ...(options.extraPeople ?? [])],
    objectives: [{ id: 'O-1', objective: 'Grow' }],
    keyResults: [...keyResults, ...(options.extraKeyResults ?? [])],
    checkIns: [],
  });
  emulator.run('setUpReminders');
  return emulator;
}

/** Moves the clock to `day` at `hour` and fires the daily triggers, as Apps Script would. */
export function onDay(emulator: Emulator, day: string, hour = 8) {
  emulator.clock.set(morningOf(day, hour));
  return emulator.fireDailyTriggers();
}
