// The in-memory spreadsheet: sheets with their cells (contents and computed values live in
// one HyperFormula engine), per-cell formats, validations, notes, conditional format rules,
// charts, protections, named ranges, frozen rows and column widths. Coordinates are
// 1-based, as in Apps Script. The SpreadsheetApp facade (emulator/spreadsheet/) sits on top.
import type { HyperFormula, RawCellContent } from 'hyperformula';
import { columnLetters, quoteSheetName } from '../a1';
import { translateOpenRanges } from '../customFunctionPlugin';
import { dateToSerial } from '../dates';
import { defaultDateFormat } from '../numberFormat';
import { recomputeStacked, refreshOpenFormulas, stackedRanges } from './formulaTracking';
import {
  type CellProperties,
  type GridRange,
  key,
  type ProtectionModel,
  type SheetModel,
} from './model';
import { readDisplayValues, readFormulas, readValues } from './read';
import { fitArrayResults } from './spillArea';
import { typedValue } from './typedText';
import { checkValidation, hasValidations } from './validation';

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
      hiddenRows: new Set(),
      cells: new Map(),
      openFormulas: new Map(),
      stackedFormulas: new Map(),
      fittedFormulas: new Map(),
      conditionalFormatRules: [],
      charts: [],
    };
    this.nextSheetId += 1;
    this.engine.addSheet(sheetName);
    const position =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(position, 0, sheet);
    refreshOpenFormulas(this);
    fitArrayResults(this);
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

  /** Range.getValues(): computed values; Date for date cells; "" for empty; #ERR text for errors. */
  values(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): unknown[][] {
    return readValues(this, sheet, range);
  }

  /** Range.getDisplayValues(): what the cell shows, under its number format and locale. */
  displayValues(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): string[][] {
    return readDisplayValues(this, sheet, range);
  }

  /** Range.getFormulas(): the formula as written for formula cells, "" elsewhere. */
  formulas(sheet: SheetModel, range: Omit<GridRange, 'sheetId'>): string[][] {
    return readFormulas(this, sheet, range);
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
    if (sheet.fittedFormulas.size > 0) sheet.fittedFormulas.delete(key(row, column));
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
    const typed =
      first === 39 || text.length > 30 ? null : typedValue(text, this.locale, this.currentYear());
    if (typed?.kind === 'text') return typed.text;
    if (typed?.kind === 'boolean') return typed.value;
    if (typed?.kind === 'date') {
      if (!properties?.numberFormat) {
        sheet.cells.set(cellKey || key(row, column), {
          ...properties,
          numberFormat: defaultDateFormat(this.locale, false),
        });
      }
      return typed.serial;
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

  /** The year a date typed without one falls in (Sheets takes the current year). */
  private currentYear(): number {
    return new Date().getUTCFullYear();
  }

  private formulaEntry(sheet: SheetModel, cellKey: string, formula: string): string {
    const translated = translateOpenRanges(formula, (name) =>
      name ? (this.sheetByName(name)?.maxRows ?? 1000) : sheet.maxRows,
    );
    if (translated !== formula) sheet.openFormulas.set(cellKey, formula);
    if (stackedRanges(translated, sheet.name).length > 0) sheet.stackedFormulas.set(cellKey, true);
    return translated;
  }

  /**
   * Puts a block into the engine. HyperFormula applies a block cell by cell, so a blank
   * after an array formula in the same block lands in its area and stops it spilling;
   * Sheets writes the block at once, and the array fills the blanks. So a block with both
   * formulas and blanks is written in two passes: everything but the formulas, then them.
   */
  private setContents(
    sheet: SheetModel,
    row: number,
    column: number,
    contents: RawCellContent[][],
  ): void {
    const at = { sheet: this.hfSheet(sheet), row: row - 1, col: column - 1 };
    let formulas = false;
    let blanks = false;
    for (const cells of contents) {
      for (const value of cells) {
        if (value === null) blanks = true;
        else if (typeof value === 'string' && value.startsWith('=')) formulas = true;
      }
      if (formulas && blanks) break;
    }
    if (!formulas || !blanks) {
      this.engine.setCellContents(at, contents);
      return;
    }
    const isFormula = (value: RawCellContent) => typeof value === 'string' && value.startsWith('=');
    this.engine.batch(() => {
      this.engine.setCellContents(
        at,
        contents.map((cells) => cells.map((value) => (isFormula(value) ? null : value))),
      );
      contents.forEach((cells, r) => {
        cells.forEach((value, c) => {
          if (isFormula(value))
            this.engine.setCellContents({ ...at, row: at.row + r, col: at.col + c }, [[value]]);
        });
      });
    });
  }

  /** Writes a block of values with user-entry semantics (setValues). */
  writeValues(
    sheet: SheetModel,
    row: number,
    column: number,
    data: readonly (readonly unknown[])[],
  ): void {
    if (hasValidations(sheet)) {
      for (let r = 0; r < data.length; r += 1) {
        for (let c = 0; c < data[r].length; c += 1)
          checkValidation(sheet, row + r, column + c, data[r][c]);
      }
    }
    // Array.from: the script's arrays come from another realm, and the engine checks `instanceof Array`.
    const contents = Array.from(data, (cells, r) =>
      Array.from(cells, (value, c) => this.entry(sheet, row + r, column + c, value)),
    );
    this.setContents(sheet, row, column, contents);
    recomputeStacked(this, sheet, {
      row,
      column,
      rows: data.length,
      columns: data[0]?.length ?? 0,
    });
    fitArrayResults(this);
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
        sheet.fittedFormulas.delete(cellKey);
        if (!formula) return null;
        const text = formula.startsWith('=') ? formula : `=${formula}`;
        return this.formulaEntry(sheet, cellKey, text);
      }),
    );
    this.setContents(sheet, row, column, contents);
    recomputeStacked(this, sheet, {
      row,
      column,
      rows: formulas.length,
      columns: formulas[0]?.length ?? 0,
    });
    fitArrayResults(this);
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
        sheet.fittedFormulas.delete(key(range.row + r, range.column + c));
      }
    }
    this.engine.setCellContents(
      { sheet: this.hfSheet(sheet), row: range.row - 1, col: range.column - 1 },
      empty,
    );
    recomputeStacked(this, sheet, range);
    fitArrayResults(this);
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
    sheet.fittedFormulas = move(sheet.fittedFormulas);
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
    refreshOpenFormulas(this);
    recomputeStacked(this, sheet);
    fitArrayResults(this);
    this.changed();
  }

  deleteRows(sheet: SheetModel, first: number, count: number): void {
    if (count >= sheet.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.engine.removeRows(this.hfSheet(sheet), [first - 1, count]);
    this.shiftCells(sheet, 'row', first, -count);
    sheet.maxRows -= count;
    refreshOpenFormulas(this);
    recomputeStacked(this, sheet);
    fitArrayResults(this);
    this.changed();
  }

  insertColumns(sheet: SheetModel, before: number, count: number): void {
    if (before <= sheet.maxColumns)
      this.engine.addColumns(this.hfSheet(sheet), [before - 1, count]);
    this.shiftCells(sheet, 'column', before, count);
    sheet.maxColumns += count;
    recomputeStacked(this, sheet);
    fitArrayResults(this);
    this.changed();
  }

  deleteColumns(sheet: SheetModel, first: number, count: number): void {
    if (count >= sheet.maxColumns)
      throw new Error("You can't delete all the columns on the sheet.");
    this.engine.removeColumns(this.hfSheet(sheet), [first - 1, count]);
    this.shiftCells(sheet, 'column', first, -count);
    sheet.maxColumns -= count;
    recomputeStacked(this, sheet);
    fitArrayResults(this);
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
    if (grew) refreshOpenFormulas(this);
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
