// What Range.getValues(), getDisplayValues() and getFormulas() return for a block of cells,
// read from the engine with the cells' number formats and the spreadsheet's locale.
import { type CellValue, DetailedCellError } from 'hyperformula';
import { serialToDate } from '../dates';
import {
  defaultDateFormat,
  formatNumber,
  generalNumber,
  isDateFormat,
  localeSymbols,
} from '../numberFormat';
import { type GridRange, key, type SheetModel } from './model';
import { writtenFormula } from './spillArea';
import type { Workbook } from './workbook';

function errorText(error: DetailedCellError): string {
  // Sheets reports circular references and blocked array results as #REF!.
  if (error.type === 'CYCLE' || error.type === 'SPILL') return '#REF!';
  if (error.type === 'LIC') return '#ERROR!';
  return error.value;
}

function rawValues(
  workbook: Workbook,
  sheet: SheetModel,
  range: Omit<GridRange, 'sheetId'>,
): CellValue[][] {
  const hf = workbook.hfSheet(sheet);
  return workbook.engine.getRangeValues({
    start: { sheet: hf, row: range.row - 1, col: range.column - 1 },
    end: { sheet: hf, row: range.row + range.rows - 2, col: range.column + range.columns - 2 },
  });
}

/** True where Sheets would hand back a Date: a date format, or a date-typed result. */
function isDateCell(workbook: Workbook, sheet: SheetModel, row: number, column: number): boolean {
  const format = sheet.cells.size > 0 ? sheet.cells.get(key(row, column))?.numberFormat : undefined;
  if (format) return isDateFormat(format);
  const type = workbook.engine.getCellValueDetailedType({
    sheet: workbook.hfSheet(sheet),
    row: row - 1,
    col: column - 1,
  });
  return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME';
}

/** Range.getValues(): computed values; Date for date cells; "" for empty; #ERR text for errors. */
export function readValues(
  workbook: Workbook,
  sheet: SheetModel,
  range: Omit<GridRange, 'sheetId'>,
): unknown[][] {
  const raw = rawValues(workbook, sheet, range);
  return raw.map((cells, rowOffset) =>
    cells.map((value, columnOffset) => {
      if (value === null || value === undefined) return '';
      if (value instanceof DetailedCellError) return errorText(value);
      if (
        typeof value === 'number' &&
        isDateCell(workbook, sheet, range.row + rowOffset, range.column + columnOffset)
      ) {
        return workbook.makeDate(serialToDate(value, workbook.timeZone).getTime());
      }
      return value;
    }),
  );
}

/** Range.getDisplayValues(): what the cell shows, under its number format and locale. */
export function readDisplayValues(
  workbook: Workbook,
  sheet: SheetModel,
  range: Omit<GridRange, 'sheetId'>,
): string[][] {
  const raw = rawValues(workbook, sheet, range);
  const symbols = localeSymbols(workbook.locale);
  const hf = workbook.hfSheet(sheet);
  return raw.map((cells, rowOffset) =>
    cells.map((value, columnOffset) => {
      const row = range.row + rowOffset;
      const column = range.column + columnOffset;
      if (value === null || value === undefined) return '';
      if (value instanceof DetailedCellError) return errorText(value);
      if (typeof value === 'boolean') {
        return symbols.spanish ? (value ? 'VERDADERO' : 'FALSO') : value ? 'TRUE' : 'FALSE';
      }
      if (typeof value === 'string') return value;
      const format = sheet.cells.get(key(row, column))?.numberFormat;
      if (format) return formatNumber(value, format, symbols);
      const type = workbook.engine.getCellValueDetailedType({
        sheet: hf,
        row: row - 1,
        col: column - 1,
      });
      if (type === 'NUMBER_DATE')
        return formatNumber(value, defaultDateFormat(workbook.locale, false), symbols);
      if (type === 'NUMBER_DATETIME')
        return formatNumber(value, defaultDateFormat(workbook.locale, true), symbols);
      if (type === 'NUMBER_TIME') return formatNumber(value, 'H:mm:ss', symbols);
      if (type === 'NUMBER_PERCENT') {
        return formatNumber(
          value,
          Number.isInteger(Math.round(value * 1e6) / 1e4) ? '0%' : '0.00%',
          symbols,
        );
      }
      return generalNumber(value, symbols);
    }),
  );
}

/** Range.getFormulas(): the formula as written for formula cells, "" elsewhere. */
export function readFormulas(
  workbook: Workbook,
  sheet: SheetModel,
  range: Omit<GridRange, 'sheetId'>,
): string[][] {
  const hf = workbook.hfSheet(sheet);
  const rows: string[][] = [];
  for (let row = range.row; row < range.row + range.rows; row += 1) {
    const cells: string[] = [];
    for (let column = range.column; column < range.column + range.columns; column += 1) {
      const open = sheet.openFormulas.get(key(row, column));
      const formula = workbook.engine.getCellFormula({ sheet: hf, row: row - 1, col: column - 1 });
      cells.push(open ?? (formula ? writtenFormula(sheet, key(row, column), formula) : ''));
    }
    rows.push(cells);
  }
  return rows;
}
