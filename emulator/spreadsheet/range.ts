// The Range object: values, formulas, formats, notes, validations, and what reads and
// writes them. Counted through SpreadsheetApi; writes check protections.
import { rangeA1 } from '../a1';
import type { DataValidationModel, GridRange, SheetModel } from '../workbook/model';
import type { Workbook } from '../workbook/workbook';
import type { SpreadsheetApi } from './api';
import { DataValidation } from './dataValidation';
import { checkBounds, colour, is2d } from './grid';
import { createProtection, type ProtectionFacade } from './protection';
import type { SheetFacade } from './sheet';

export class RangeFacade {
  constructor(
    private readonly api: SpreadsheetApi,
    private readonly bounds: GridRange,
    private readonly notation?: string,
  ) {}
  /** The grid coordinates (emulator-internal; not an Apps Script method). */
  grid(): GridRange {
    return this.bounds;
  }
  private get workbook(): Workbook {
    return this.api.env.workbook;
  }
  private get model(): SheetModel {
    return this.workbook.sheetById(this.bounds.sheetId);
  }
  private cellsMatch(values: unknown, method: string): asserts values is unknown[][] {
    if (!is2d(values)) {
      throw new Error(
        `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== this.bounds.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.bounds.rows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.bounds.columns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.bounds.columns}.`,
        );
      }
    }
  }
  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.bounds.rows }, () =>
      Array.from({ length: this.bounds.columns }, () => value),
    );
  }
  private first<T>(grid: T[][]): T {
    return grid[0][0];
  }
  private cellProperty<K extends keyof import('../workbook/model').CellProperties>(
    property: K,
    fallback: unknown,
  ): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = 0; r < this.bounds.rows; r += 1) {
      const cells: unknown[] = [];
      for (let c = 0; c < this.bounds.columns; c += 1) {
        cells.push(
          this.workbook.cellProperties(this.model, this.bounds.row + r, this.bounds.column + c)?.[
            property
          ] ?? fallback,
        );
      }
      rows.push(cells);
    }
    return rows;
  }
  private setCellProperty<K extends keyof import('../workbook/model').CellProperties>(
    property: K,
    valueAt: (r: number, c: number) => import('../workbook/model').CellProperties[K] | undefined,
  ): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.setProperty(this.model, this.bounds, property, valueAt);
    return this;
  }

  // -- geometry
  getA1Notation(): string {
    if (this.notation) return this.notation;
    const { row, column, rows, columns } = this.bounds;
    return rangeA1(row, column, rows, columns);
  }
  getRow(): number {
    return this.bounds.row;
  }
  getRowIndex(): number {
    return this.bounds.row;
  }
  getColumn(): number {
    return this.bounds.column;
  }
  getColumnIndex(): number {
    return this.bounds.column;
  }
  getNumRows(): number {
    return this.bounds.rows;
  }
  getNumColumns(): number {
    return this.bounds.columns;
  }
  getHeight(): number {
    return this.bounds.rows;
  }
  getWidth(): number {
    return this.bounds.columns;
  }
  getLastRow(): number {
    return this.bounds.row + this.bounds.rows - 1;
  }
  getLastColumn(): number {
    return this.bounds.column + this.bounds.columns - 1;
  }
  getGridId(): number {
    return this.bounds.sheetId;
  }
  getSheet(): SheetFacade {
    return this.api.sheet(this.model);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeFacade {
    const grid = {
      sheetId: this.bounds.sheetId,
      row: this.bounds.row + rowOffset,
      column: this.bounds.column + columnOffset,
      rows: numRows ?? this.bounds.rows,
      columns: numColumns ?? this.bounds.columns,
    };
    checkBounds(this.model, grid);
    return this.api.range(grid);
  }
  getCell(row: number, column: number): RangeFacade {
    if (row < 1 || column < 1 || row > this.bounds.rows || column > this.bounds.columns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.api.range({
      ...this.bounds,
      row: this.bounds.row + row - 1,
      column: this.bounds.column + column - 1,
      rows: 1,
      columns: 1,
    });
  }
  activate(): RangeFacade {
    this.api.env.activeSheetId = this.bounds.sheetId;
    return this;
  }

  // -- values and formulas
  getValues(): unknown[][] {
    return this.workbook.values(this.model, this.bounds);
  }
  getValue(): unknown {
    return this.first(this.workbook.values(this.model, { ...this.bounds, rows: 1, columns: 1 }));
  }
  getDisplayValues(): string[][] {
    return this.workbook.displayValues(this.model, this.bounds);
  }
  getDisplayValue(): string {
    return this.first(
      this.workbook.displayValues(this.model, { ...this.bounds, rows: 1, columns: 1 }),
    );
  }
  getFormulas(): string[][] {
    return this.workbook.formulas(this.model, this.bounds);
  }
  getFormula(): string {
    return this.first(this.workbook.formulas(this.model, { ...this.bounds, rows: 1, columns: 1 }));
  }
  isBlank(): boolean {
    const values = this.workbook.values(this.model, this.bounds);
    const formulas = this.workbook.formulas(this.model, this.bounds);
    return (
      values.every((cells) => cells.every((value) => value === '')) &&
      formulas.every((cells) => cells.every((formula) => formula === ''))
    );
  }
  setValues(values: unknown[][]): RangeFacade {
    this.cellsMatch(values, 'setValues');
    this.api.checkEditable(this.bounds);
    this.workbook.writeValues(this.model, this.bounds.row, this.bounds.column, values);
    return this;
  }
  setValue(value: unknown): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.writeValues(this.model, this.bounds.row, this.bounds.column, this.fill(value));
    return this;
  }
  setFormulas(formulas: string[][]): RangeFacade {
    this.cellsMatch(formulas, 'setFormulas');
    this.api.checkEditable(this.bounds);
    this.workbook.writeFormulas(
      this.model,
      this.bounds.row,
      this.bounds.column,
      formulas.map((cells) =>
        cells.map((formula) => (formula === null || formula === undefined ? '' : String(formula))),
      ),
    );
    return this;
  }
  setFormula(formula: string): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.writeFormulas(
      this.model,
      this.bounds.row,
      this.bounds.column,
      this.fill(String(formula)),
    );
    return this;
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): RangeFacade {
    this.api.checkEditable(this.bounds);
    if (options?.validationsOnly) return this.clearDataValidations();
    if (options?.commentsOnly) return this.clearNote();
    if (!options?.formatOnly) this.workbook.clearContents(this.model, this.bounds);
    if (!options?.contentsOnly) this.workbook.clearFormats(this.model, this.bounds, false);
    return this;
  }
  clearContent(): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.clearContents(this.model, this.bounds);
    return this;
  }
  clearFormat(): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.clearFormats(this.model, this.bounds);
    return this;
  }

  // -- formats
  getNumberFormats(): string[][] {
    return this.cellProperty('numberFormat', '0.###############') as string[][];
  }
  getNumberFormat(): string {
    return this.first(this.getNumberFormats());
  }
  setNumberFormat(numberFormat: string): RangeFacade {
    return this.setCellProperty('numberFormat', () => String(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): RangeFacade {
    this.cellsMatch(numberFormats, 'setNumberFormats');
    return this.setCellProperty('numberFormat', (r, c) => String(numberFormats[r][c]));
  }
  getBackgrounds(): string[][] {
    return this.cellProperty('background', '#ffffff') as string[][];
  }
  getBackground(): string {
    return this.first(this.getBackgrounds());
  }
  setBackground(color: string | null): RangeFacade {
    return this.setCellProperty('background', () => colour(color));
  }
  setBackgrounds(colors: (string | null)[][]): RangeFacade {
    this.cellsMatch(colors, 'setBackgrounds');
    return this.setCellProperty('background', (r, c) => colour(colors[r][c]));
  }
  getFontWeights(): string[][] {
    return this.cellProperty('fontWeight', 'normal') as string[][];
  }
  getFontWeight(): string {
    return this.first(this.getFontWeights());
  }
  setFontWeight(fontWeight: string | null): RangeFacade {
    return this.setCellProperty('fontWeight', () =>
      fontWeight === 'normal' ? undefined : (fontWeight ?? undefined),
    );
  }
  setFontWeights(fontWeights: (string | null)[][]): RangeFacade {
    this.cellsMatch(fontWeights, 'setFontWeights');
    return this.setCellProperty('fontWeight', (r, c) =>
      fontWeights[r][c] === 'normal' ? undefined : (fontWeights[r][c] ?? undefined),
    );
  }
  getFontColors(): string[][] {
    return this.cellProperty('fontColor', '#000000') as string[][];
  }
  getFontColor(): string {
    return this.first(this.getFontColors());
  }
  setFontColor(color: string | null): RangeFacade {
    return this.setCellProperty('fontColor', () => colour(color));
  }
  setFontColors(colors: (string | null)[][]): RangeFacade {
    this.cellsMatch(colors, 'setFontColors');
    return this.setCellProperty('fontColor', (r, c) => colour(colors[r][c]));
  }
  setFontStyle(fontStyle: string | null): RangeFacade {
    return this.setCellProperty('fontStyle', () =>
      fontStyle === 'normal' ? undefined : (fontStyle ?? undefined),
    );
  }
  getFontStyle(): string {
    return this.first(this.cellProperty('fontStyle', 'normal')) as string;
  }
  setFontSize(size: number): RangeFacade {
    return this.setCellProperty('fontSize', () => size);
  }
  getFontSize(): number {
    return this.first(this.cellProperty('fontSize', 10)) as number;
  }
  setHorizontalAlignment(alignment: string | null): RangeFacade {
    return this.setCellProperty('horizontalAlignment', () => alignment ?? undefined);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): RangeFacade {
    this.cellsMatch(alignments, 'setHorizontalAlignments');
    return this.setCellProperty('horizontalAlignment', (r, c) => alignments[r][c] ?? undefined);
  }
  getHorizontalAlignment(): string {
    return this.first(this.cellProperty('horizontalAlignment', 'general')) as string;
  }
  setVerticalAlignment(alignment: string | null): RangeFacade {
    return this.setCellProperty('verticalAlignment', () => alignment ?? undefined);
  }
  getVerticalAlignment(): string {
    return this.first(this.cellProperty('verticalAlignment', 'bottom')) as string;
  }
  setWrap(isWrapEnabled: boolean): RangeFacade {
    return this.setCellProperty('wrap', () => Boolean(isWrapEnabled));
  }
  setWrapStrategy(strategy: string): RangeFacade {
    return this.setCellProperty('wrap', () => strategy === 'WRAP');
  }
  getWrap(): boolean {
    return this.first(this.cellProperty('wrap', false)) as boolean;
  }
  getNotes(): string[][] {
    return this.cellProperty('note', '') as string[][];
  }
  getNote(): string {
    return this.first(this.getNotes());
  }
  setNote(note: string | null): RangeFacade {
    return this.setCellProperty('note', () => (note ? String(note) : undefined));
  }
  setNotes(notes: (string | null)[][]): RangeFacade {
    this.cellsMatch(notes, 'setNotes');
    return this.setCellProperty('note', (r, c) => (notes[r][c] ? String(notes[r][c]) : undefined));
  }
  clearNote(): RangeFacade {
    return this.setCellProperty('note', () => undefined);
  }
  setBorder(..._args: unknown[]): RangeFacade {
    // Borders are accepted and not modelled.
    return this;
  }

  // -- data validation
  setDataValidation(rule: DataValidation | null): RangeFacade {
    return this.setCellProperty('validation', () => rule?.model);
  }
  setDataValidations(rules: (DataValidation | null)[][]): RangeFacade {
    this.cellsMatch(rules, 'setDataValidations');
    return this.setCellProperty('validation', (r, c) => rules[r][c]?.model);
  }
  getDataValidations(): (DataValidation | null)[][] {
    return (this.cellProperty('validation', null) as (DataValidationModel | null)[][]).map(
      (cells) =>
        cells.map((model) => (model ? new DataValidation(model, this.api.criteriaValue) : null)),
    );
  }
  getDataValidation(): DataValidation | null {
    return this.first(this.getDataValidations());
  }
  clearDataValidations(): RangeFacade {
    return this.setCellProperty('validation', () => undefined);
  }

  protect(): ProtectionFacade {
    return this.api.protection(createProtection(this.api, 'RANGE', this.bounds));
  }
}
