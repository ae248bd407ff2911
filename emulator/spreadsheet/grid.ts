// Small helpers shared by the Spreadsheet, Sheet and Range facades.
import type { GridRange, SheetModel } from '../workbook/model';

export function colour(value: string | null): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return String(value).toLowerCase();
}

export function is2d(values: unknown): values is unknown[][] {
  return Array.isArray(values) && values.every((row) => Array.isArray(row));
}

export type Bounds = Omit<GridRange, 'sheetId'>;

export function checkBounds(sheet: SheetModel, grid: Bounds): void {
  if (grid.row < 1) throw new Error('The starting row of the range is too small.');
  if (grid.column < 1) throw new Error('The starting column of the range is too small.');
  if (grid.rows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (grid.columns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (
    grid.row + grid.rows - 1 > sheet.maxRows ||
    grid.column + grid.columns - 1 > sheet.maxColumns
  ) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}
