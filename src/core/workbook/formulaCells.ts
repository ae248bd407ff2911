// Which cells hold a person's formula or are filled by an array formula, from the
// formulas of a block (Range.getFormulas: the formula in its own cell, "" in the cells an
// array result fills). Sheets gives no call that says which cells an array fills, so its
// area is estimated from the formula, erring wide: a cell that may be filled is never
// written (writing it would turn the whole array into #REF!).

/** Why a cell is not written: it holds a formula, or an array formula fills it. */
export type BlockedReason = 'formula' | 'array';

export interface BlockedCell {
  readonly reason: BlockedReason;
  /** The cell holding the formula (the array's anchor), 1-based. */
  readonly row: number;
  readonly column: number;
}

/** The formula cells of a sheet and the areas their array results may fill. */
export interface FormulaCells {
  /** Why the cell at (row, column) (1-based sheet positions) must not be written, or null. */
  blockedAt(row: number, column: number): BlockedCell | null;
  /** The formula written in the cell, or '' (only within the block read). */
  formulaAt(row: number, column: number): string;
}

// Functions whose result can be more than one cell. Formulas come back in English names
// whatever the locale (Range.getFormulas).
const ARRAY_FUNCTIONS =
  /\b(ARRAYFORMULA|FILTER|SORT|SORTN|UNIQUE|QUERY|IMPORT[A-Z]*|SEQUENCE|MAP|BYROW|BYCOL|MAKEARRAY|SCAN|FLATTEN|TRANSPOSE|SPLIT|MMULT|ARRAY_CONSTRAIN|CHOOSECOLS|CHOOSEROWS|HSTACK|VSTACK|TOCOL|TOROW|WRAPROWS|WRAPCOLS|GOOGLEFINANCE|FREQUENCY|LINEST|LOGEST|TREND|GROWTH|MINVERSE|MUNIT|RANDARRAY|REGEXEXTRACT|DETECTLANGUAGE|KR_[A-Z_]+|OKR_[A-Z_]+|KPI_[A-Z_]+)\s*\(/i;
// Functions whose result size does not follow from the ranges they read.
const UNBOUNDED_ROWS =
  /\b(SEQUENCE|MAKEARRAY|SPLIT|IMPORT[A-Z]*|GOOGLEFINANCE|RANDARRAY|MUNIT|FLATTEN|TOCOL|WRAPCOLS|VSTACK)\s*\(/i;
const UNBOUNDED_COLUMNS =
  /\b(SEQUENCE|MAKEARRAY|SPLIT|IMPORTDATA|IMPORTHTML|IMPORTXML|IMPORTFEED|GOOGLEFINANCE|RANDARRAY|MUNIT|TOROW|WRAPROWS|HSTACK)\s*\(/i;
const REFERENCE = /\$?([A-Z]{1,3})?\$?(\d+)?:\$?([A-Z]{1,3})?\$?(\d+)?/gi;

function letters(text: string): number {
  let column = 0;
  for (const char of text.toUpperCase()) column = column * 26 + char.charCodeAt(0) - 64;
  return column;
}

/** Whether the formula's result may be more than one cell. */
export function mayFillArray(formula: string): boolean {
  return formula.includes('{') || ARRAY_FUNCTIONS.test(formula);
}

/** Whether an array literal of `formula` has a column separator (`,` or `\` outside parentheses and quotes). */
function literalHasColumns(formula: string): boolean {
  const parentheses: number[] = [];
  let quote = '';
  for (const char of formula) {
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') parentheses.push(0);
    else if (char === '}') parentheses.pop();
    else if (parentheses.length > 0) {
      const depth = parentheses.length - 1;
      if (char === '(') parentheses[depth]! += 1;
      else if (char === ')') parentheses[depth]! -= 1;
      else if ((char === ',' || char === '\\') && parentheses[depth] === 0) return true;
    }
  }
  return false;
}

/** Rows × columns an array formula's result may take (Infinity when it cannot be told). */
export function arrayExtent(formula: string): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  let anyRange = false;
  for (const match of formula.matchAll(REFERENCE)) {
    const [, fromColumn, fromRow, toColumn, toRow] = match;
    if (!fromColumn && !fromRow) continue;
    anyRange = true;
    const height = fromRow && toRow ? Math.abs(Number(toRow) - Number(fromRow)) + 1 : Infinity;
    const width =
      fromColumn && toColumn ? Math.abs(letters(toColumn) - letters(fromColumn)) + 1 : Infinity;
    rows = Math.max(rows, height);
    columns = Math.max(columns, width);
  }
  if (/\bTRANSPOSE\s*\(/i.test(formula)) [rows, columns] = [Math.max(rows, columns), Infinity];
  if (formula.includes('{')) {
    // An array literal: each `,` (or `\`) in it adds columns, each `;` rows; unknown sizes
    // go wide. A `,` between a function's arguments inside the literal adds none.
    if (literalHasColumns(formula)) columns = anyRange ? Infinity : Math.max(columns, 50);
    if (formula.includes(';')) rows = Infinity;
  }
  // No range read (a named range, a scalar spread by ARRAYFORMULA): any height, except the
  // add-on's own functions over single cells, which give one value.
  const ownFunctionOnly = /^=\s*(KR|OKR|KPI)_[A-Z_]+\(/i.test(formula);
  if (UNBOUNDED_ROWS.test(formula) || (!anyRange && !formula.includes('{') && !ownFunctionOnly))
    rows = Infinity;
  if (UNBOUNDED_COLUMNS.test(formula)) columns = Infinity;
  return { rows, columns };
}

/**
 * The formula cells of a block read at (`firstRow`, `firstColumn`), and the areas their
 * array results may fill: from the anchor right and down by the estimated size, each
 * column's area stopping before the next formula below it (a result reaching it would
 * show #REF! and fill nothing).
 */
export function formulaCells(
  formulas: readonly (readonly string[])[],
  firstRow = 1,
  firstColumn = 1,
): FormulaCells {
  const own = new Map<number, Map<number, string>>();
  const anchors: { row: number; column: number; rows: number; columns: number }[] = [];
  formulas.forEach((cells, rowOffset) => {
    cells.forEach((formula, columnOffset) => {
      if (!formula) return;
      const row = firstRow + rowOffset;
      const column = firstColumn + columnOffset;
      const byColumn = own.get(row) ?? new Map<number, string>();
      own.set(row, byColumn);
      byColumn.set(column, formula);
      if (mayFillArray(formula)) anchors.push({ row, column, ...arrayExtent(formula) });
    });
  });
  // Each column's formula rows, sorted, to stop an area at the next formula below.
  const formulaRows = new Map<number, number[]>();
  for (const [row, byColumn] of own) {
    for (const column of byColumn.keys()) {
      const rows = formulaRows.get(column) ?? [];
      rows.push(row);
      formulaRows.set(column, rows);
    }
  }
  for (const rows of formulaRows.values()) rows.sort((a, b) => a - b);
  const nextFormulaBelow = (column: number, row: number): number => {
    const rows = formulaRows.get(column);
    return rows?.find((candidate) => candidate > row) ?? Infinity;
  };
  return {
    formulaAt: (row, column) => own.get(row)?.get(column) ?? '',
    blockedAt(row, column) {
      if (own.get(row)?.has(column)) return { reason: 'formula', row, column };
      for (const anchor of anchors) {
        if (row < anchor.row || column < anchor.column) continue;
        if (row - anchor.row >= anchor.rows || column - anchor.column >= anchor.columns) continue;
        // In the anchor's column the area stops at the next formula below it; elsewhere at
        // the first formula from the anchor's row down.
        const stop = nextFormulaBelow(
          column,
          column === anchor.column ? anchor.row : anchor.row - 1,
        );
        if (row >= stop) continue;
        return { reason: 'array', row: anchor.row, column: anchor.column };
      }
      return null;
    },
  };
}

/** A cell an action left as it was, and why. */
export interface SkippedCell {
  readonly sheet: string;
  /** The cell, `H3`. */
  readonly cell: string;
  readonly reason: BlockedReason;
  /** The formula's cell (the array's anchor for `array`), `H2`. */
  readonly source: string;
}

const SKIPPED_TEXTS = {
  en: {
    formula: "Left {cells} in '{sheet}' as they are: they hold a formula.",
    array: "Left {cells} in '{sheet}' as they are: the array formula in {source} fills them.",
  },
  es: {
    formula: "Se dejaron {cells} de '{sheet}' como estaban: tienen una fórmula.",
    array:
      "Se dejaron {cells} de '{sheet}' como estaban: los llena la fórmula matricial de {source}.",
  },
} as const;

/** One sentence per sheet, reason and source: which cells were left alone and why. */
export function describeSkipped(
  skipped: readonly SkippedCell[],
  language: 'en' | 'es',
  shown = 8,
): string {
  const groups = new Map<string, { first: SkippedCell; cells: string[] }>();
  for (const item of skipped) {
    const group = `${item.sheet}\u0000${item.reason}\u0000${item.reason === 'array' ? item.source : ''}`;
    const known = groups.get(group);
    if (known) {
      if (!known.cells.includes(item.cell)) known.cells.push(item.cell);
    } else groups.set(group, { first: item, cells: [item.cell] });
  }
  return [...groups.values()]
    .map(({ first, cells }) => {
      const list = cells.slice(0, shown).join(', ') + (cells.length > shown ? ', …' : '');
      return SKIPPED_TEXTS[language][first.reason]
        .replace('{cells}', list)
        .replace('{sheet}', first.sheet)
        .replace('{source}', first.source);
    })
    .join(' ');
}
