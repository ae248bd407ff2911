// Formulas the engine needs help with. Open-ended ranges (`C2:C`) are stored closed at the
// sheet's bottom and re-translated when it grows; array literals of ranges (`{A2:A; B2:B}`)
// are re-entered when what they read changes, since HyperFormula does not track them.
import { parseA1 } from '../a1';
import { translateOpenRanges } from '../customFunctionPlugin';
import { type Bounds, type GridRange, inside, overlaps, type SheetModel } from './model';
import type { Workbook } from './workbook';

const REFERENCE =
  /(?:('(?:[^']|'')+'|[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

/** The ranges a formula reads inside array literals (`{…}`), with their sheets' names. */
export function stackedRanges(
  formula: string,
  ownSheet: string,
): (Bounds & { sheetName: string })[] {
  const ranges: (Bounds & { sheetName: string })[] = [];
  formula.split(/("(?:[^"]|"")*")/).forEach((part, index) => {
    if (index % 2 === 1) return;
    for (const literal of part.match(/\{[^{}]*\}/g) ?? []) {
      if (!literal.includes(':')) continue;
      for (const match of literal.matchAll(REFERENCE)) {
        const sheetName = match[1] ? match[1].replace(/^'|'$/g, '').replace(/''/g, "'") : ownSheet;
        try {
          const reference = parseA1(match[2].replace(/\$/g, ''));
          ranges.push({
            sheetName,
            row: reference.row,
            column: reference.column,
            rows: reference.rows ?? 1,
            columns: reference.columns ?? 1,
          });
        } catch {
          // Not a reference (e.g. a function name); nothing to track.
        }
      }
    }
  });
  return ranges;
}

/**
 * HyperFormula does not track dependencies through an array literal of ranges
 * (`={A2:A; 'Key Results'!A2:A}`); Sheets does. After a change to `changed` (within
 * `region`, or anywhere), re-enter each such formula that reads the changed cells, so it
 * recomputes as Sheets would (once, as Sheets would run it once).
 */
export function recomputeStacked(
  workbook: Workbook,
  changed: SheetModel,
  region?: Omit<GridRange, 'sheetId'>,
): void {
  for (const sheet of workbook.sheets) {
    if (sheet.stackedFormulas.size === 0) continue;
    const hf = workbook.engine.getSheetId(sheet.name);
    if (hf === undefined) continue;
    for (const cellKey of sheet.stackedFormulas.keys()) {
      const [row, column] = cellKey.split(',').map(Number);
      const written = sheet === changed && region !== undefined && inside(region, row, column);
      if (written) continue;
      const address = { sheet: hf, row: row - 1, col: column - 1 };
      const formula = workbook.engine.getCellFormula(address);
      if (!formula) {
        sheet.stackedFormulas.delete(cellKey);
        continue;
      }
      const reads = stackedRanges(formula, sheet.name).some(
        (range) =>
          range.sheetName === changed.name && (region === undefined || overlaps(range, region)),
      );
      if (reads) workbook.engine.setCellContents(address, [[formula]]);
    }
  }
}

/** Open-ended ranges follow the bottom of their sheet: re-translate them after a resize. */
export function refreshOpenFormulas(workbook: Workbook): void {
  for (const sheet of workbook.sheets) {
    if (sheet.openFormulas.size === 0) continue;
    const hf = workbook.engine.getSheetId(sheet.name);
    if (hf === undefined) continue;
    for (const [cellKey, formula] of sheet.openFormulas) {
      const [row, column] = cellKey.split(',').map(Number);
      const translated = translateOpenRanges(formula, (name) =>
        name ? (workbook.sheetByName(name)?.maxRows ?? 1000) : sheet.maxRows,
      );
      workbook.engine.setCellContents({ sheet: hf, row: row - 1, col: column - 1 }, [[translated]]);
    }
  }
}
