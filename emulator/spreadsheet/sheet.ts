// The Sheet object: its ranges, grid size, rows and columns, frozen rows, widths, charts,
// conditional format rules and protections. Counted through SpreadsheetApi.
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type GridRange,
  type SheetModel,
} from '../workbook/model';
import type { Workbook } from '../workbook/workbook';
import type { SpreadsheetApi } from './api';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { ConditionalFormatRule } from './conditionalFormat';
import { checkBounds, colour } from './grid';
import { createProtection, type ProtectionFacade } from './protection';
import type { RangeFacade } from './range';
import type { SpreadsheetFacade } from './spreadsheet';

export class SheetFacade {
  constructor(
    private readonly api: SpreadsheetApi,
    private readonly sheetId: number,
  ) {}
  private get workbook(): Workbook {
    return this.api.env.workbook;
  }
  private get model(): SheetModel {
    return this.workbook.sheetById(this.sheetId);
  }
  private wholeSheet(): GridRange {
    return {
      sheetId: this.sheetId,
      row: 1,
      column: 1,
      rows: this.model.maxRows,
      columns: this.model.maxColumns,
    };
  }
  getName(): string {
    return this.model.name;
  }
  setName(name: string): SheetFacade {
    this.workbook.renameSheet(this.model, String(name));
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.workbook.sheets.indexOf(this.model) + 1;
  }
  getParent(): SpreadsheetFacade {
    return this.api.spreadsheet();
  }
  activate(): SheetFacade {
    this.api.env.activeSheetId = this.sheetId;
    return this;
  }
  /** getRange(a1) | (row, column) | (row, column, numRows) | (row, column, numRows, numColumns) */
  getRange(...args: unknown[]): RangeFacade {
    if (typeof args[0] === 'string') return this.api.rangeFromA1(args[0], this.model);
    const [row, column, rows = 1, columns = 1] = args as number[];
    if (typeof row !== 'number' || typeof column !== 'number') {
      throw new Error(
        `The parameters (${args.map((arg) => typeof arg).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    const grid = { sheetId: this.sheetId, row, column, rows, columns };
    checkBounds(this.model, grid);
    return this.api.range(grid);
  }
  getRangeList(a1Notations: string[]) {
    const ranges = a1Notations.map((a1) => this.api.rangeFromA1(a1, this.model));
    return { getRanges: () => ranges };
  }
  getDataRange(): RangeFacade {
    const { lastRow, lastColumn } = this.workbook.extent(this.model);
    return this.api.range({
      sheetId: this.sheetId,
      row: 1,
      column: 1,
      rows: Math.max(1, lastRow),
      columns: Math.max(1, lastColumn),
    });
  }
  getLastRow(): number {
    return this.workbook.extent(this.model).lastRow;
  }
  getLastColumn(): number {
    return this.workbook.extent(this.model).lastColumn;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  appendRow(rowContents: unknown[]): SheetFacade {
    if (!Array.isArray(rowContents))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = this.workbook.extent(this.model).lastRow + 1;
    this.workbook.ensureSize(this.model, row, rowContents.length);
    this.api.checkEditable({
      sheetId: this.sheetId,
      row,
      column: 1,
      rows: 1,
      columns: Math.max(1, rowContents.length),
    });
    if (rowContents.length > 0) this.workbook.writeValues(this.model, row, 1, [rowContents]);
    return this;
  }
  insertRowAfter(afterPosition: number): SheetFacade {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): SheetFacade {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetFacade {
    this.workbook.insertRows(this.model, afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetFacade {
    this.workbook.insertRows(this.model, beforePosition, howMany);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.workbook.insertRows(this.model, rowIndex, numRows);
  }
  deleteRow(rowPosition: number): SheetFacade {
    this.workbook.deleteRows(this.model, rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.workbook.deleteRows(this.model, rowPosition, howMany);
  }
  insertColumnAfter(afterPosition: number): SheetFacade {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): SheetFacade {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetFacade {
    this.workbook.insertColumns(this.model, afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetFacade {
    this.workbook.insertColumns(this.model, beforePosition, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.workbook.insertColumns(this.model, columnIndex, numColumns);
  }
  deleteColumn(columnPosition: number): SheetFacade {
    this.workbook.deleteColumns(this.model, columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.workbook.deleteColumns(this.model, columnPosition, howMany);
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): SheetFacade {
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetFacade {
    for (let column = startColumn; column < startColumn + numColumns; column += 1)
      this.model.columnWidths.set(column, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(columnPosition: number): SheetFacade {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetFacade {
    // Approximates Sheets' fit-to-content: about 7 px per character of the longest text.
    const { lastRow } = this.workbook.extent(this.model);
    if (lastRow === 0) return this;
    const shown = this.workbook.displayValues(this.model, {
      row: 1,
      column: startColumn,
      rows: lastRow,
      columns: numColumns,
    });
    for (let offset = 0; offset < numColumns; offset += 1) {
      const longest = Math.max(...shown.map((cells) => cells[offset].length));
      this.model.columnWidths.set(
        startColumn + offset,
        Math.max(DEFAULT_COLUMN_WIDTH / 2, longest * 7 + 10),
      );
    }
    return this;
  }
  setRowHeight(rowPosition: number, height: number): SheetFacade {
    this.model.rowHeights.set(rowPosition, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let row = rowIndex; row < rowIndex + numRows; row++) this.model.hiddenRows.add(row);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let row = rowIndex; row < rowIndex + numRows; row++) this.model.hiddenRows.delete(row);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.model.hiddenRows.has(rowPosition);
  }
  hideSheet(): SheetFacade {
    this.model.hidden = true;
    return this;
  }
  showSheet(): SheetFacade {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  setTabColor(color: string | null): SheetFacade {
    this.model.tabColor = colour(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetFacade {
    const grid = this.wholeSheet();
    if (!options?.formatOnly) this.workbook.clearContents(this.model, grid);
    if (!options?.contentsOnly) this.workbook.clearFormats(this.model, grid);
    return this;
  }
  clearContents(): SheetFacade {
    this.workbook.clearContents(this.model, this.wholeSheet());
    return this;
  }
  clearFormats(): SheetFacade {
    this.workbook.clearFormats(this.model, this.wholeSheet());
    return this;
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.model.conditionalFormatRules = rules.map((rule) => rule.model);
    this.workbook.changed();
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.model.conditionalFormatRules.map(
      (rule) => new ConditionalFormatRule(rule, this.api.rangeFacade),
    );
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalFormatRules = [];
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.api.rangeFacade, () => this.workbook.objectId());
  }
  insertChart(chart: EmbeddedChart): void {
    this.model.charts.push(chart.model);
  }
  updateChart(chart: EmbeddedChart): void {
    const index = this.model.charts.findIndex((candidate) => candidate.id === chart.model.id);
    if (index < 0) throw new Error('Chart not found.');
    this.model.charts[index] = chart.model;
  }
  removeChart(chart: EmbeddedChart): void {
    const index = this.model.charts.findIndex((candidate) => candidate.id === chart.model.id);
    if (index >= 0) this.model.charts.splice(index, 1);
  }
  getCharts(): EmbeddedChart[] {
    return this.model.charts.map((chart) => new EmbeddedChart(chart, this.api.rangeFacade));
  }
  protect(): ProtectionFacade {
    return this.api.protection(createProtection(this.api, 'SHEET', this.wholeSheet()));
  }
  getProtections(type: string): ProtectionFacade[] {
    return this.workbook.protections
      .filter((protection) => protection.type === type && protection.range.sheetId === this.sheetId)
      .map((protection) => this.api.protection(protection));
  }
}
