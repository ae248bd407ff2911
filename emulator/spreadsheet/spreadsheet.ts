// The Spreadsheet object (SpreadsheetApp.getActiveSpreadsheet()): its sheets, named ranges,
// locale and time zone. Counted through SpreadsheetApi.
import type { SheetModel } from '../workbook/model';
import type { Workbook } from '../workbook/workbook';
import type { SpreadsheetApi } from './api';
import type { ProtectionFacade } from './protection';
import type { RangeFacade } from './range';
import { SheetFacade } from './sheet';

export class SpreadsheetFacade {
  constructor(private readonly api: SpreadsheetApi) {}
  private get workbook(): Workbook {
    return this.api.env.workbook;
  }
  private activeModel(): SheetModel {
    const active = this.workbook.sheets.find((sheet) => sheet.id === this.api.env.activeSheetId);
    return active ?? this.workbook.sheets[0];
  }
  getId(): string {
    return this.workbook.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.workbook.id}/edit`;
  }
  getName(): string {
    return this.workbook.name;
  }
  rename(name: string): void {
    this.workbook.name = String(name);
  }
  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.workbook.locale = String(locale);
    this.workbook.changed();
  }
  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.workbook.timeZone = String(timeZone);
    this.workbook.changed();
  }
  getSheets(): SheetFacade[] {
    return this.workbook.sheets.map((sheet) => this.api.sheet(sheet));
  }
  getNumSheets(): number {
    return this.workbook.sheets.length;
  }
  getSheetByName(name: string): SheetFacade | null {
    const sheet = this.workbook.sheetByName(String(name));
    return sheet ? this.api.sheet(sheet) : null;
  }
  getSheetById(id: number): SheetFacade | null {
    const sheet = this.workbook.sheets.find((candidate) => candidate.id === id);
    return sheet ? this.api.sheet(sheet) : null;
  }
  /** insertSheet() | (index) | (name) | (name, index) | (name, index, options) | (options) */
  insertSheet(...args: unknown[]): SheetFacade {
    let name: string | undefined;
    let index: number | undefined;
    for (const arg of args) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
    }
    const sheet = this.workbook.addSheet(name, index);
    this.api.env.activeSheetId = sheet.id;
    return this.api.sheet(sheet);
  }
  deleteSheet(sheet: SheetFacade): void {
    this.workbook.removeSheet(
      this.workbook.sheetById(this.api.env.runtime.uncounted(() => sheet.getSheetId())),
    );
  }
  getActiveSheet(): SheetFacade {
    return this.api.sheet(this.activeModel());
  }
  setActiveSheet(sheet: SheetFacade): SheetFacade {
    this.api.env.activeSheetId = this.api.env.runtime.uncounted(() => sheet.getSheetId());
    return sheet;
  }
  moveActiveSheet(position: number): void {
    const sheets = this.workbook.sheets;
    const active = this.activeModel();
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(Math.max(0, Math.min(position - 1, sheets.length)), 0, active);
  }
  getSheetName(): string {
    return this.activeModel().name;
  }
  getRange(a1: string): RangeFacade {
    return this.api.rangeFromA1(a1, this.activeModel());
  }
  getRangeByName(name: string): RangeFacade | null {
    const range = this.workbook.namedRanges.get(String(name));
    return range ? this.api.range(range) : null;
  }
  setNamedRange(name: string, range: RangeFacade): void {
    this.workbook.setNamedRange(String(name), range.grid());
  }
  removeNamedRange(name: string): void {
    this.workbook.removeNamedRange(String(name));
  }
  getNamedRanges() {
    return [...this.workbook.namedRanges.keys()].map((name) => ({
      getName: () => name,
      getRange: () => this.api.range(this.workbook.namedRanges.get(name)!),
      remove: () => this.workbook.removeNamedRange(name),
      setRange: (range: RangeFacade) => this.workbook.setNamedRange(name, range.grid()),
    }));
  }
  getProtections(type: string): ProtectionFacade[] {
    return this.workbook.protections
      .filter((protection) => protection.type === type)
      .map((protection) => this.api.protection(protection));
  }
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.api.env.ui.toasts.push({
      message: String(message),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  getDataRange(): RangeFacade {
    return new SheetFacade(this.api, this.activeModel().id).getDataRange();
  }
  getLastRow(): number {
    return this.workbook.extent(this.activeModel()).lastRow;
  }
  getLastColumn(): number {
    return this.workbook.extent(this.activeModel()).lastColumn;
  }
  appendRow(rowContents: unknown[]): SpreadsheetFacade {
    new SheetFacade(this.api, this.activeModel().id).appendRow(rowContents);
    return this;
  }
}
