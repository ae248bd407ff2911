// A1 notation as Sheets reads it: `A1`, `A1:C3`, `$A$1`, whole columns (`A:C`), whole rows
// (`2:4`), open-ended ranges (`A2:C`), optionally prefixed by a sheet name (`'My sheet'!A1`).

/** 1-based bounds; `rows`/`columns` undefined means "to the end of the sheet". */
export interface A1Reference {
  readonly sheetName?: string;
  readonly row: number;
  readonly column: number;
  readonly rows?: number;
  readonly columns?: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parsePart(part: string): { column?: number; row?: number } {
  const match = PART.exec(part.trim());
  if (!match || (!match[1] && !match[2])) throw new Error(`Range not found`);
  return {
    column: match[1] ? columnNumber(match[1]) : undefined,
    row: match[2] ? Number(match[2]) : undefined,
  };
}

/** Splits `'Sheet name'!A1:B2` into the sheet name and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { cells: a1 };
  let sheetName = a1.slice(0, bang).trim();
  if (sheetName.startsWith("'") && sheetName.endsWith("'")) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, cells: a1.slice(bang + 1) };
}

/** Parses an A1 reference; throws `Range not found` as Apps Script does for nonsense. */
export function parseA1(a1: string): A1Reference {
  const { sheetName, cells } = splitSheetName(a1);
  const [startText, endText, extra] = cells.split(':');
  if (extra !== undefined || !startText) throw new Error('Range not found');
  const start = parsePart(startText);
  const end = endText === undefined ? start : parsePart(endText);
  if (start.column === undefined && start.row === undefined) throw new Error('Range not found');
  const firstColumn = Math.min(start.column ?? 1, end.column ?? start.column ?? 1);
  const firstRow = Math.min(start.row ?? 1, end.row ?? start.row ?? 1);
  // A missing row on either side means the range runs to the bottom of the sheet; a
  // missing column, to its right edge.
  const openRows = start.row === undefined || end.row === undefined;
  const openColumns = start.column === undefined || end.column === undefined;
  const lastRow = Math.max(start.row ?? 0, end.row ?? 0);
  const lastColumn = Math.max(start.column ?? 0, end.column ?? 0);
  if (endText === undefined && (openRows || openColumns)) throw new Error('Range not found');
  return {
    sheetName,
    row: firstRow,
    column: firstColumn,
    rows: openRows ? undefined : lastRow - firstRow + 1,
    columns: openColumns ? undefined : lastColumn - firstColumn + 1,
  };
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, rows: number, columns: number): string {
  const start = cellA1(row, column);
  return rows === 1 && columns === 1
    ? start
    : `${start}:${cellA1(row + rows - 1, column + columns - 1)}`;
}

/** Quotes a sheet name for use in a reference when Sheets would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
