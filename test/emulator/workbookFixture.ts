import { createEmulator, type Emulator } from '../../emulator';

export const NOW = new Date('2026-11-22T15:00:00Z');

/** A fresh emulator at a fixed moment, in `locale`, for a person whose locale may differ. */
export function freshEmulator(locale: string, userLocale = locale.slice(0, 2)): Emulator {
  return createEmulator({
    now: NOW,
    locale,
    user: { email: 'owner@example.com', locale: userLocale },
  });
}

/**
 * HyperFormula does not track dependencies through array literals of ranges
 * (`{A2:A; 'Key Results'!A2:A}`), which Sheets does: after inputs change, the objective
 * cascade would keep a stale value. Re-entering those formulas recomputes them exactly as
 * Sheets would have; call it before reading values that depend on them.
 */
export function recalculateStackedFormulas(emulator: Emulator): void {
  const engine = emulator.engine;
  for (const sheet of emulator.spreadsheet.sheets) {
    const id = engine.getSheetId(sheet.name);
    if (id === undefined) continue;
    const formulas = engine.getSheetFormulas(id);
    formulas.forEach((row, rowIndex) => {
      row.forEach((formula, column) => {
        if (formula && /\{[^}]*!/.test(formula)) {
          engine.setCellContents({ sheet: id, row: rowIndex, col: column }, [[formula]]);
        }
      });
    });
  }
}

/** Every formula cell that calls one of the add-on's custom functions, as `Sheet!R,C`. */
export function customFunctionCells(emulator: Emulator): string[] {
  const names = /\b(KR_PROGRESS|OKR_ROLLUP|OKR_CASCADE|KR_EXPECTED|KR_STATUS|KPI_STATUS)\(/i;
  const cells: string[] = [];
  for (const sheet of emulator.spreadsheet.sheets) {
    emulator.sheetFormulas(sheet.name).forEach((row, rowIndex) => {
      row.forEach((formula, column) => {
        if (names.test(formula)) cells.push(`${sheet.name}!${rowIndex + 1},${column + 1}`);
      });
    });
  }
  return cells;
}
