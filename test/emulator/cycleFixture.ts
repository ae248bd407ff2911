// Shared helpers of the OKR cycle's emulator tests: the template workbook with its
// example OKRs, and a snapshot of every cell a person typed (formulas as written, other
// cells by value; cells an array formula spills into are computed, not typed).
import type { Emulator } from '../../emulator';
import type { Language } from '../../src/core/i18n/language';
import { mapColumns } from '../../src/core/workbook/headers';
import type { SheetSpec } from '../../src/core/workbook/schema';
import { freshEmulator } from './workbookFixture';

/** The template with the example OKRs, made by the add-on's own menu actions. */
export function templateWorkbook(language: Language): Emulator {
  const emulator = freshEmulator(language === 'es' ? 'es_AR' : 'en_US', language);
  emulator.run('createOrUpgradeWorkbook');
  emulator.run('insertExampleOkrs');
  return emulator;
}

export type CellSnapshot = Map<string, unknown>;

function comparable(value: unknown): unknown {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]'
    ? `date:${(value as Date).toISOString()}`
    : value;
}

/** `Sheet!R,C` → what the person typed there (non-empty cells only). */
export function userCells(emulator: Emulator, sheetNames?: readonly string[]): CellSnapshot {
  const snapshot: CellSnapshot = new Map();
  const engine = emulator.engine;
  for (const sheet of emulator.spreadsheet.sheets) {
    if (sheetNames && !sheetNames.includes(sheet.name)) continue;
    const id = engine.getSheetId(sheet.name);
    const values = emulator.sheetValues(sheet.name);
    const formulas = emulator.sheetFormulas(sheet.name);
    for (let row = 0; row < values.length; row++) {
      for (let column = 0; column < values[row].length; column++) {
        const value = values[row][column];
        const formula = formulas[row]?.[column] ?? '';
        const spilled =
          formula === '' &&
          id !== undefined &&
          engine.isCellPartOfArray({ sheet: id, row, col: column });
        if (spilled || (formula === '' && (value === '' || value === null))) continue;
        snapshot.set(
          `${sheet.name}!${row + 1},${column + 1}`,
          formula !== '' ? formula : comparable(value),
        );
      }
    }
  }
  return snapshot;
}

/** Cells whose typed content differs between two snapshots (a cell gone or added counts). */
export function changedCells(before: CellSnapshot, after: CellSnapshot): string[] {
  const changed: string[] = [];
  for (const [key, value] of before) if (after.get(key) !== value) changed.push(key);
  return changed;
}

/** A sheet's rows as objects by column key (headers found by name, either language). */
export function rowsByKey(
  emulator: Emulator,
  sheetName: string,
  spec: SheetSpec,
): Record<string, unknown>[] {
  const [header, ...rows] = emulator.sheetValues(sheetName);
  const { indexByKey } = mapColumns(header, spec);
  return rows
    .filter((cells) => cells.some((cell) => cell !== '' && cell !== null))
    .map((cells) => {
      const record: Record<string, unknown> = {};
      for (const [key, index] of Object.entries(indexByKey)) record[key] = cells[index];
      return record;
    });
}

/** The 1-based row of the cell in `sheetName` whose value is `text` in column `column` (0-based). */
export function rowOf(emulator: Emulator, sheetName: string, column: number, text: string): number {
  return emulator.sheetValues(sheetName).findIndex((cells) => cells[column] === text) + 1;
}
