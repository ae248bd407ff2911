// The in-memory spreadsheet: sheets with their cells (contents and computed values live in
// one HyperFormula engine), per-cell formats, validations, notes, conditional format rules,
// charts, protections, named ranges, frozen rows and column widths. Coordinates are
// 1-based, as in Apps Script. The SpreadsheetApp facade (spreadsheetApp.ts) sits on top.
import {
  type CellValue,
  DetailedCellError,
  type HyperFormula,
  type RawCellContent,
} from 'hyperformula';
import { columnLetters, parseA1, quoteSheetName } from './a1';
import { translateOpenRanges } from './customFunctionPlugin';
import { dateToSerial, serialToDate } from './dates';
import {
  defaultDateFormat,
  formatNumber,
  generalNumber,
  isDateFormat,
  localeSymbols,
} from './numberFormat';

export interface CellProperties {
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  note?: string;
  validation?: DataValidationModel;
}

export interface DataValidationModel {
  readonly criteriaType: string;
  readonly criteriaValues: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface GridRange {
  readonly sheetId: number;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** One end (or the middle) of a colour scale: `type` is an InterpolationType. */
export interface GradientPoint {
  readonly color: string;
  readonly type: 'MIN' | 'MAX' | 'NUMBER' | 'PERCENT' | 'PERCENTILE';
  readonly value: string;
}

export interface ConditionalFormatRuleModel {
  readonly ranges: readonly GridRange[];
  /** e.g. `TEXT_EQ`, `CUSTOM_FORMULA`, `NUMBER_GREATER_THAN`; `GRADIENT` for a colour scale. */
  readonly condition: string;
  readonly gradient?: {
    readonly min?: GradientPoint;
    readonly mid?: GradientPoint;
    readonly max?: GradientPoint;
  };
  readonly values: readonly unknown[];
  readonly format: {
    readonly background?: string;
    readonly fontColor?: string;
    readonly bold?: boolean;
    readonly italic?: boolean;
  };
}

export interface ChartModel {
  readonly id: number;
  readonly type: string;
  readonly ranges: readonly GridRange[];
  readonly position: { row: number; column: number; offsetX: number; offsetY: number };
  readonly options: Record<string, unknown>;
}

export interface ProtectionModel {
  readonly id: number;
  readonly type: 'RANGE' | 'SHEET';
  readonly range: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
}

export interface SheetModel {
  /** The `gid`: stable, survives renames and moves. */
  readonly id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  /** Key `row,column` (1-based). */
  cells: Map<string, CellProperties>;
  /** Formulas with open-ended ranges, as written (`=SUM(C2:C)`), by cell key. */
  openFormulas: Map<string, string>;
  /** Formulas with ranges inside an array literal (`{A2:A; B2:B}`), by cell key. */
  stackedFormulas: Map<string, true>;
  conditionalFormatRules: ConditionalFormatRuleModel[];
  readonly charts: ChartModel[];
}

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function errorText(error: DetailedCellError): string {
  // Sheets reports circular references and blocked array results as #REF!.
  if (error.type === 'CYCLE' || error.type === 'SPILL') return '#REF!';
  if (error.type === 'LIC') return '#ERROR!';
  return error.value;
}

type Bounds = Omit<GridRange, 'sheetId'>;

function inside(region: Bounds, row: number, column: number): boolean {
  return (
    row >= region.row &&
    row < region.row + region.rows &&
    column >= region.column &&
    column < region.column + region.columns
  );
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

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

export interface WorkbookOptions {
  readonly id: string;
  readonly name: string;
  readonly locale: string;
  readonly timeZone: string;
}

export class Workbook {
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, GridRange>();
  readonly protections: ProtectionModel[] = [];
  readonly id: string;
  name: string;
  locale: string;
  timeZone: string;
  /** Makes the Date objects getValues returns (the emulator gives the script's own Date). */
  makeDate: (epochMs: number) => Date = (epochMs) => new Date(epochMs);
  private nextSheetId = 0;
  private nextObjectId = 1;
  /** Bumped by every change; caches of computed values check it. */
  private version = 0;
  private readonly sheetValueCache = new Map<
    number,
    { version: number; lastRow: number; lastColumn: number }
  >();

  constructor(
    readonly engine: HyperFormula,
    options: WorkbookOptions,
  ) {
    this.id = options.id;
    this.name = options.name;
    this.locale = options.locale;
    this.timeZone = options.timeZone;
  }

  objectId(): number {
    return this.nextObjectId++;
  }

  changed(): void {
    this.version += 1;
  }

  // ---- sheets ------------------------------------------------------------------------

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  sheetById(id: number): SheetModel {
    const sheet = this.sheets.find((candidate) => candidate.id === id);
    if (!sheet) throw new Error('This sheet has been deleted.');
    return sheet;
  }

  hfSheet(sheet: SheetModel): number {
    const id = this.engine.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} is missing from the engine`);
    return id;
  }

  addSheet(name: string | undefined, index?: number): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      // New sheets are named in the spreadsheet's language: Sheet2, Hoja 2.
      const prefix = /^es/i.test(this.locale) ? 'Hoja ' : 'Sheet';
      let number = this.sheets.length + 1;
      while (this.sheetByName(`${prefix}${number}`)) number += 1;
      sheetName = `${prefix}${number}`;
    }
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    const sheet: SheetModel = {
      id: this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919,
      name: sheetName,
      maxRows: 1000,
      maxColumns: 26,
      frozenRows: 0,
      frozenColumns: 0,
      hidden: false,
      tabColor: null,
      columnWidths: new Map(),
      rowHeights: new Map(),
      cells: new Map(),
      openFormulas: new Map(),
      stackedFormulas: new Map(),
      conditionalFormatRules: [],
      charts: [],
    };
    this.nextSheetId += 1;
    this.engine.addSheet(sheetName);
    const position =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(position, 0, sheet);
    this.refreshOpenFormulas();
    this.changed();
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.engine.removeSheet(this.hfSheet(sheet));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [name, range] of this.namedRanges)
      if (range.sheetId === sheet.id) this.namedRanges.delete(name);
    this.changed();
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    if (
      this.sheets.some(
        (other) => other !== sheet && other.name.toLowerCase() === name.toLowerCase(),
      )
    ) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.engine.renameSheet(this.hfSheet(sheet), name);
    sheet.name = name;
    this.changed();
  }

  // ---- reading -----------------------------------------------------------------------

  private rawValues(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): CellValue[][] {
    const hf = this.hfSheet(sheet);
    return this.engine.getRangeValues({
      start: { sheet: hf, row: range.row - 1, col: range.column - 1 },
      end: { sheet: hf, row: range.row + range.rows - 2, col: range.column + range.columns - 2 },
    });
  }

  /** True where Sheets would hand back a Date: a date format, or a date-typed result. */
  private isDateCell(sheet: SheetModel, row: number, column: number): boolean {
    const format =
      sheet.cells.size > 0 ? sheet.cells.get(key(row, column))?.numberFormat : undefined;
    if (format) return isDateFormat(format);
    const type = this.engine.getCellValueDetailedType({
      sheet: this.hfSheet(sheet),
      row: row - 1,
      col: column - 1,
    });
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME';
  }

  /** Range.getValues(): computed values; Date for date cells; "" for empty; #ERR text for errors. */
  values(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): unknown[][] {
    const raw = this.rawValues(sheet, range);
    return raw.map((cells, rowOffset) =>
      cells.map((value, columnOffset) => {
        if (value === null || value === undefined) return '';
        if (value instanceof DetailedCellError) return errorText(value);
        if (
          typeof value === 'number' &&
          this.isDateCell(sheet, range.row + rowOffset, range.column + columnOffset)
        ) {
          return this.makeDate(serialToDate(value, this.timeZone).getTime());
        }
        return value;
      }),
    );
  }

  /** Range.getDisplayValues(): what the cell shows, under its number format and locale. */
  displayValues(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): string[][] {
    const raw = this.rawValues(sheet, range);
    const symbols = localeSymbols(this.locale);
    const hf = this.hfSheet(sheet);
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
        const type = this.engine.getCellValueDetailedType({
          sheet: hf,
          row: row - 1,
          col: column - 1,
        });
        if (type === 'NUMBER_DATE')
          return formatNumber(value, defaultDateFormat(this.locale, false), symbols);
        if (type === 'NUMBER_DATETIME')
          return formatNumber(value, defaultDateFormat(this.locale, true), symbols);
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
  formulas(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): string[][] {
    const hf = this.hfSheet(sheet);
    const rows: string[][] = [];
    for (let row = range.row; row < range.row + range.rows; row += 1) {
      const cells: string[] = [];
      for (let column = range.column; column < range.column + range.columns; column += 1) {
        const open = sheet.openFormulas.get(key(row, column));
        cells.push(
          open ?? this.engine.getCellFormula({ sheet: hf, row: row - 1, col: column - 1 }) ?? '',
        );
      }
      rows.push(cells);
    }
    return rows;
  }

  /**
   * The last row and column with content: a value, a formula, or a cell an array result
   * fills, even with "" (Sheets' getLastRow counts those too).
   */
  extent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
    const cached = this.sheetValueCache.get(sheet.id);
    if (cached && cached.version === this.version) return cached;
    const hf = this.hfSheet(sheet);
    const values = this.engine.getSheetValues(hf);
    const formulas = this.engine.getSheetFormulas(hf);
    let lastRow = 0;
    let lastColumn = 0;
    const scan = (grid: unknown[][], filled: (cell: unknown) => boolean) => {
      grid.forEach((cells, rowIndex) => {
        for (let columnIndex = cells.length - 1; columnIndex >= 0; columnIndex -= 1) {
          if (filled(cells[columnIndex])) {
            lastRow = Math.max(lastRow, rowIndex + 1);
            lastColumn = Math.max(lastColumn, columnIndex + 1);
            break;
          }
        }
      });
    };
    // A formula's "" (an array formula's blank rows included) is content, as in Sheets:
    // getLastRow() counts it. Only cells with nothing in them are empty.
    scan(values, (cell) => cell !== null && cell !== undefined);
    scan(formulas, (cell) => typeof cell === 'string');
    const extent = { version: this.version, lastRow, lastColumn };
    this.sheetValueCache.set(sheet.id, extent);
    return extent;
  }

  cellProperties(sheet: SheetModel, row: number, column: number): CellProperties | undefined {
    return sheet.cells.get(key(row, column));
  }

  // ---- writing -----------------------------------------------------------------------

  /** Sets one property on every cell of the range (`undefined` clears it). */
  setProperty<K extends keyof CellProperties>(
    sheet: SheetModel,
    range: Omit<GridRange, 'sheetId'>,
    property: K,
    valueAt: (rowOffset: number, columnOffset: number) => CellProperties[K] | undefined,
  ): void {
    for (let r = 0; r < range.rows; r += 1) {
      for (let c = 0; c < range.columns; c += 1) {
        const cellKey = key(range.row + r, range.column + c);
        const value = valueAt(r, c);
        const properties = sheet.cells.get(cellKey);
        if (value === undefined || value === null) {
          if (properties) {
            delete properties[property];
            if (Object.keys(properties).length === 0) sheet.cells.delete(cellKey);
          }
        } else if (properties) properties[property] = value;
        else sheet.cells.set(cellKey, { [property]: value } as CellProperties);
      }
    }
    this.changed();
  }

  /**
   * What typing `value` into a cell stores, as Sheets reads a value written by
   * setValue(s)/appendRow: `=…` is a formula, `'…` literal text, numeric/date/boolean text
   * is parsed; under the plain-text format `@` everything stays text.
   */
  private entry(sheet: SheetModel, row: number, column: number, value: unknown): RawCellContent {
    // Hot path (a batch write of 200,000 rows comes through here): look keys up only when needed.
    const cellKey =
      sheet.openFormulas.size > 0 || sheet.cells.size > 0 || sheet.stackedFormulas.size > 0
        ? key(row, column)
        : '';
    if (sheet.openFormulas.size > 0) sheet.openFormulas.delete(cellKey);
    if (sheet.stackedFormulas.size > 0) sheet.stackedFormulas.delete(cellKey || key(row, column));
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'boolean') return value;
    const properties = sheet.cells.size > 0 ? sheet.cells.get(cellKey) : undefined;
    if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Date]') {
      if (!properties?.numberFormat) {
        sheet.cells.set(cellKey || key(row, column), {
          ...properties,
          numberFormat: defaultDateFormat(this.locale, true),
        });
      }
      return dateToSerial(value as Date, this.timeZone);
    }
    const text = String(value);
    if (properties?.numberFormat === '@') return `'${text}`;
    const first = text.charCodeAt(0);
    if (first === 61 /* = */ && text.length > 1) {
      return this.formulaEntry(sheet, cellKey || key(row, column), text);
    }
    // Text with no digit, or with letters no number, date or time uses (only a, e, m, p
    // appear in those: 1e3, 9:30 am), can only be text or a boolean: spare the engine its
    // number and date parsing (the apostrophe marks literal text and is not stored).
    if (
      first !== 39 /* ' */ &&
      first !== 35 /* # */ &&
      (!/[0-9]/.test(text) || /[b-df-lnoq-zB-DF-LNOQ-Z]/.test(text)) &&
      !/^\s*(true|false)\s*$/i.test(text)
    ) {
      return `'${text}`;
    }
    return text;
  }

  private formulaEntry(sheet: SheetModel, cellKey: string, formula: string): string {
    const translated = translateOpenRanges(formula, (name) =>
      name ? (this.sheetByName(name)?.maxRows ?? 1000) : sheet.maxRows,
    );
    if (translated !== formula) sheet.openFormulas.set(cellKey, formula);
    if (stackedRanges(translated, sheet.name).length > 0) sheet.stackedFormulas.set(cellKey, true);
    return translated;
  }

  private hasValidations(sheet: SheetModel): boolean {
    for (const properties of sheet.cells.values()) if (properties.validation) return true;
    return false;
  }

  private checkValidation(sheet: SheetModel, row: number, column: number, value: unknown): void {
    const validation = sheet.cells.get(key(row, column))?.validation;
    if (
      !validation ||
      validation.allowInvalid ||
      value === '' ||
      value === null ||
      value === undefined
    )
      return;
    if (typeof value === 'string' && value.startsWith('=')) return;
    let valid = true;
    if (validation.criteriaType === 'VALUE_IN_LIST') {
      const list = (validation.criteriaValues[0] as unknown[]).map(String);
      valid = list.includes(String(value));
    } else if (validation.criteriaType === 'CHECKBOX') {
      valid = typeof value === 'boolean' || /^(true|false)$/i.test(String(value));
    } else if (validation.criteriaType === 'NUMBER_BETWEEN') {
      const number = Number(value);
      valid =
        Number.isFinite(number) &&
        number >= Number(validation.criteriaValues[0]) &&
        number <= Number(validation.criteriaValues[1]);
    }
    if (!valid) {
      throw new Error(
        `The data you entered in cell ${columnLetters(column)}${row} violates the data validation rules set on this cell.`,
      );
    }
  }

  /** Writes a block of values with user-entry semantics (setValues). */
  writeValues(
    sheet: SheetModel,
    row: number,
    column: number,
    data: readonly (readonly unknown[])[],
  ): void {
    if (this.hasValidations(sheet)) {
      for (let r = 0; r < data.length; r += 1) {
        for (let c = 0; c < data[r].length; c += 1)
          this.checkValidation(sheet, row + r, column + c, data[r][c]);
      }
    }
    // Array.from: the script's arrays come from another realm, and the engine checks `instanceof Array`.
    const contents = Array.from(data, (cells, r) =>
      Array.from(cells, (value, c) => this.entry(sheet, row + r, column + c, value)),
    );
    this.engine.setCellContents(
      { sheet: this.hfSheet(sheet), row: row - 1, col: column - 1 },
      contents,
    );
    this.recomputeStacked(sheet, { row, column, rows: data.length, columns: data[0]?.length ?? 0 });
    this.changed();
  }

  /** setFormula(s): every non-empty string is a formula (a missing `=` is added by Sheets). */
  writeFormulas(
    sheet: SheetModel,
    row: number,
    column: number,
    formulas: readonly (readonly string[])[],
  ): void {
    const contents = Array.from(formulas, (cells, r) =>
      Array.from(cells, (formula, c) => {
        const cellKey = key(row + r, column + c);
        sheet.openFormulas.delete(cellKey);
        sheet.stackedFormulas.delete(cellKey);
        if (!formula) return null;
        const text = formula.startsWith('=') ? formula : `=${formula}`;
        return this.formulaEntry(sheet, cellKey, text);
      }),
    );
    this.engine.setCellContents(
      { sheet: this.hfSheet(sheet), row: row - 1, col: column - 1 },
      contents,
    );
    this.recomputeStacked(sheet, {
      row,
      column,
      rows: formulas.length,
      columns: formulas[0]?.length ?? 0,
    });
    this.changed();
  }

  clearContents(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): void {
    const empty = Array.from({ length: range.rows }, () =>
      Array.from({ length: range.columns }, () => null),
    );
    for (let r = 0; r < range.rows; r += 1) {
      for (let c = 0; c < range.columns; c += 1) {
        sheet.openFormulas.delete(key(range.row + r, range.column + c));
        sheet.stackedFormulas.delete(key(range.row + r, range.column + c));
      }
    }
    this.engine.setCellContents(
      { sheet: this.hfSheet(sheet), row: range.row - 1, col: range.column - 1 },
      empty,
    );
    this.recomputeStacked(sheet, range);
    this.changed();
  }

  clearFormats(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>, keepValidation = true): void {
    for (let r = 0; r < range.rows; r += 1) {
      for (let c = 0; c < range.columns; c += 1) {
        const cellKey = key(range.row + r, range.column + c);
        const properties = sheet.cells.get(cellKey);
        if (!properties) continue;
        const kept: CellProperties = {};
        if (properties.note !== undefined) kept.note = properties.note;
        if (keepValidation && properties.validation) kept.validation = properties.validation;
        if (Object.keys(kept).length) sheet.cells.set(cellKey, kept);
        else sheet.cells.delete(cellKey);
      }
    }
    this.changed();
  }

  // ---- structure ---------------------------------------------------------------------

  private shiftCells(sheet: SheetModel, axis: 'row' | 'column', at: number, delta: number): void {
    const move = <T>(map: Map<string, T>): Map<string, T> => {
      const moved = new Map<string, T>();
      for (const [cellKey, value] of map) {
        const [row, column] = cellKey.split(',').map(Number);
        const position = axis === 'row' ? row : column;
        if (delta < 0 && position >= at && position < at - delta) continue;
        const shifted = position >= at ? position + delta : position;
        moved.set(axis === 'row' ? key(shifted, column) : key(row, shifted), value);
      }
      return moved;
    };
    sheet.cells = move(sheet.cells);
    sheet.openFormulas = move(sheet.openFormulas);
    sheet.stackedFormulas = move(sheet.stackedFormulas);
    if (axis === 'column') {
      const widths = [...sheet.columnWidths];
      sheet.columnWidths.clear();
      for (const [column, width] of widths) {
        if (delta < 0 && column >= at && column < at - delta) continue;
        sheet.columnWidths.set(column >= at ? column + delta : column, width);
      }
    }
  }

  /** Inserts `count` empty rows before row `before` (1-based). */
  insertRows(sheet: SheetModel, before: number, count: number): void {
    if (before <= sheet.maxRows) this.engine.addRows(this.hfSheet(sheet), [before - 1, count]);
    this.shiftCells(sheet, 'row', before, count);
    sheet.maxRows += count;
    this.refreshOpenFormulas();
    this.recomputeStacked(sheet);
    this.changed();
  }

  deleteRows(sheet: SheetModel, first: number, count: number): void {
    if (count >= sheet.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.engine.removeRows(this.hfSheet(sheet), [first - 1, count]);
    this.shiftCells(sheet, 'row', first, -count);
    sheet.maxRows -= count;
    this.refreshOpenFormulas();
    this.recomputeStacked(sheet);
    this.changed();
  }

  insertColumns(sheet: SheetModel, before: number, count: number): void {
    if (before <= sheet.maxColumns)
      this.engine.addColumns(this.hfSheet(sheet), [before - 1, count]);
    this.shiftCells(sheet, 'column', before, count);
    sheet.maxColumns += count;
    this.recomputeStacked(sheet);
    this.changed();
  }

  deleteColumns(sheet: SheetModel, first: number, count: number): void {
    if (count >= sheet.maxColumns)
      throw new Error("You can't delete all the columns on the sheet.");
    this.engine.removeColumns(this.hfSheet(sheet), [first - 1, count]);
    this.shiftCells(sheet, 'column', first, -count);
    sheet.maxColumns -= count;
    this.recomputeStacked(sheet);
    this.changed();
  }

  /** Grows the grid (appendRow past the last row does this in Sheets). */
  ensureSize(sheet: SheetModel, rows: number, columns: number): void {
    let grew = false;
    if (rows > sheet.maxRows) {
      sheet.maxRows = rows;
      grew = true;
    }
    if (columns > sheet.maxColumns) sheet.maxColumns = columns;
    if (grew) this.refreshOpenFormulas();
  }

  /**
   * HyperFormula does not track dependencies through an array literal of ranges
   * (`={A2:A; 'Key Results'!A2:A}`); Sheets does. After a change to `changed` (within
   * `region`, or anywhere), re-enter each such formula that reads the changed cells, so it
   * recomputes as Sheets would (once, as Sheets would run it once).
   */
  private recomputeStacked(changed: SheetModel, region?: Omit<GridRange, 'sheetId'>): void {
    for (const sheet of this.sheets) {
      if (sheet.stackedFormulas.size === 0) continue;
      const hf = this.engine.getSheetId(sheet.name);
      if (hf === undefined) continue;
      for (const cellKey of sheet.stackedFormulas.keys()) {
        const [row, column] = cellKey.split(',').map(Number);
        const written = sheet === changed && region !== undefined && inside(region, row, column);
        if (written) continue;
        const address = { sheet: hf, row: row - 1, col: column - 1 };
        const formula = this.engine.getCellFormula(address);
        if (!formula) {
          sheet.stackedFormulas.delete(cellKey);
          continue;
        }
        const reads = stackedRanges(formula, sheet.name).some(
          (range) =>
            range.sheetName === changed.name && (region === undefined || overlaps(range, region)),
        );
        if (reads) this.engine.setCellContents(address, [[formula]]);
      }
    }
  }

  /** Open-ended ranges follow the bottom of their sheet: re-translate them after a resize. */
  private refreshOpenFormulas(): void {
    for (const sheet of this.sheets) {
      if (sheet.openFormulas.size === 0) continue;
      const hf = this.engine.getSheetId(sheet.name);
      if (hf === undefined) continue;
      for (const [cellKey, formula] of sheet.openFormulas) {
        const [row, column] = cellKey.split(',').map(Number);
        const translated = translateOpenRanges(formula, (name) =>
          name ? (this.sheetByName(name)?.maxRows ?? 1000) : sheet.maxRows,
        );
        this.engine.setCellContents({ sheet: hf, row: row - 1, col: column - 1 }, [[translated]]);
      }
    }
  }

  // ---- named ranges ------------------------------------------------------------------

  setNamedRange(name: string, range: GridRange): void {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error(`Named range name "${name}" is invalid.`);
    }
    const sheet = this.sheetById(range.sheetId);
    const reference = `=${quoteSheetName(sheet.name)}!$${columnLetters(range.column)}$${range.row}:$${columnLetters(range.column + range.columns - 1)}$${range.row + range.rows - 1}`;
    if (this.engine.getNamedExpression(name)) this.engine.changeNamedExpression(name, reference);
    else this.engine.addNamedExpression(name, reference);
    this.namedRanges.set(name, range);
    this.changed();
  }

  removeNamedRange(name: string): void {
    if (!this.namedRanges.delete(name)) throw new Error(`Named range ${name} not found.`);
    this.engine.removeNamedExpression(name);
    this.changed();
  }
}
