// Array results as Sheets spills them. HyperFormula reserves an array formula's predicted
// size when the formula is entered: FILTER(Objectives!B2:B, …) reserves every row of its
// input (an open-ended range reaches the sheet's bottom), a custom function the broadcast
// of its ranges, and a value typed anywhere in that area turns the formula into #REF!.
// Sheets blocks only the cells the result actually fills: below them, typing is fine.
// So a formula blocked by cells outside its actual result is re-entered constrained to that
// result (ARRAY_CONSTRAIN, which HyperFormula sizes from its literal arguments), and
// re-fitted after every write, so that it grows into free cells and shows #REF! once its
// result would reach a typed cell, as in Sheets. getFormula still returns what was written.
import { type CellValue, DetailedCellError, type HyperFormula } from 'hyperformula';
import { key, type SheetModel } from './model';
import type { Workbook } from './workbook';

interface ArrayVertex {
  readonly cellAddress: { sheet: number; row: number; col: number };
}

/** getFormula of a fitted cell: the formula as written, without the fitting wrapper. */
export function writtenFormula(sheet: SheetModel, cellKey: string, formula: string): string {
  const fitted = sheet.fittedFormulas.size > 0 ? sheet.fittedFormulas.get(cellKey) : undefined;
  return fitted && formula.startsWith('=ARRAY_CONSTRAIN(') ? fitted.written : formula;
}

/** The rows × columns the formula's result really has: trailing empty rows and columns dropped. */
function actualSize(
  engine: HyperFormula,
  formula: string,
  sheetId: number,
): { rows: number; columns: number } {
  const result = engine.calculateFormula(formula, sheetId) as CellValue | CellValue[][];
  if (!Array.isArray(result)) return { rows: 1, columns: 1 };
  let rows = 0;
  let columns = 0;
  result.forEach((cells, row) => {
    cells.forEach((value, column) => {
      if (value === null || value === undefined) return;
      rows = Math.max(rows, row + 1);
      columns = Math.max(columns, column + 1);
    });
  });
  return { rows: Math.max(rows, 1), columns: Math.max(columns, 1) };
}

function blocked(engine: HyperFormula, address: ArrayVertex['cellAddress']): boolean {
  const value = engine.getCellValue(address);
  return value instanceof DetailedCellError && value.type === 'SPILL';
}

/** True when a cell of the area (other than the anchor) holds content. */
function occupied(
  engine: HyperFormula,
  anchor: ArrayVertex['cellAddress'],
  size: { rows: number; columns: number },
): boolean {
  for (let row = 0; row < size.rows; row += 1) {
    for (let column = 0; column < size.columns; column += 1) {
      if (row === 0 && column === 0) continue;
      const address = { sheet: anchor.sheet, row: anchor.row + row, col: anchor.col + column };
      if (!engine.isCellEmpty(address) && !engine.isCellPartOfArray(address)) return true;
    }
  }
  return false;
}

/** After a write: fit every blocked array formula, and re-fit those fitted before. */
export function fitArrayResults(workbook: Workbook): void {
  const engine = workbook.engine;
  const mapping = (
    engine as unknown as {
      dependencyGraph: { arrayMapping: { arrayMapping: Map<unknown, ArrayVertex> } };
    }
  ).dependencyGraph.arrayMapping.arrayMapping;
  const anchors = new Map<string, ArrayVertex['cellAddress']>();
  for (const vertex of mapping.values()) {
    const address = vertex.cellAddress;
    anchors.set(`${address.sheet}:${address.row}:${address.col}`, address);
  }
  for (const sheet of workbook.sheets) {
    const hf = workbook.hfSheet(sheet);
    for (const cellKey of sheet.fittedFormulas.keys()) {
      const [row, column] = cellKey.split(',').map(Number);
      anchors.set(`${hf}:${row - 1}:${column - 1}`, { sheet: hf, row: row - 1, col: column - 1 });
    }
  }
  for (const anchor of anchors.values()) {
    const sheet = workbook.sheets.find((candidate) => workbook.hfSheet(candidate) === anchor.sheet);
    if (!sheet) continue;
    const cellKey = key(anchor.row + 1, anchor.col + 1);
    const current = engine.getCellFormula(anchor);
    const fitted = sheet.fittedFormulas.get(cellKey);
    if (!current) {
      sheet.fittedFormulas.delete(cellKey);
      continue;
    }
    const isFitted = fitted !== undefined && current.startsWith('=ARRAY_CONSTRAIN(');
    if (!isFitted && !blocked(engine, anchor)) {
      sheet.fittedFormulas.delete(cellKey);
      continue;
    }
    const written = isFitted ? fitted.written : current;
    const size = actualSize(engine, written, anchor.sheet);
    // Cells inside the actual result are taken: Sheets shows #REF! too, so leave it blocked.
    if (occupied(engine, anchor, size)) {
      if (isFitted) engine.setCellContents(anchor, [[written]]);
      sheet.fittedFormulas.set(cellKey, { written });
      continue;
    }
    const wrapped = `=ARRAY_CONSTRAIN(${written.slice(1)}, ${size.rows}, ${size.columns})`;
    sheet.fittedFormulas.set(cellKey, { written });
    if (wrapped !== current) engine.setCellContents(anchor, [[wrapped]]);
  }
}
