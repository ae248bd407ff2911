// What the document objects share: the environment (runtime, workbook, users), how their
// method calls are counted, and the factory that wraps each facade in instrument().
import { columnLetters, parseA1 } from '../a1';
import { type CounterName, instrument, type Requirement, type Runtime } from '../runtime';
import type { UiRecorder } from '../ui';
import type { GridRange, ProtectionModel, SheetModel } from '../workbook/model';
import type { Workbook } from '../workbook/workbook';
import { checkBounds } from './grid';
import { ProtectionFacade } from './protection';
import { RangeFacade } from './range';
import { SheetFacade } from './sheet';
import { SpreadsheetFacade } from './spreadsheet';

const READS =
  /^(getValues?|getDisplayValues?|getFormulas?|getFormulasR1C1|getFormulaR1C1|getNumberFormats?|getBackgrounds?|getFontWeights?|getFontColors?|getFontStyles?|getFontSizes?|getNotes?|getDataValidations?|getHorizontalAlignments?|getVerticalAlignments?|getWraps?|isBlank)$/;
const WRITES =
  /^(set(?!ActiveSheet$|ActiveRange$)|clear|append|insert|delete|remove|protect|autoResize|hide|show|merge|sort|copyTo|moveTo|update|rename|moveActiveSheet)/;

function classifySpreadsheet(method: string): {
  counter: CounterName;
  requirement: Requirement;
} {
  if (READS.test(method)) return { counter: 'spreadsheetReads', requirement: 'document' };
  if (WRITES.test(method)) return { counter: 'spreadsheetWrites', requirement: 'document' };
  if (method === 'toast') return { counter: 'ui', requirement: 'document' };
  return { counter: 'spreadsheetOther', requirement: 'document' };
}

export function classifyApp(method: string): { counter: CounterName; requirement: Requirement } {
  if (method === 'getUi') return { counter: 'spreadsheetOther', requirement: 'menu' };
  if (method.startsWith('new')) return { counter: 'spreadsheetOther', requirement: 'menu' };
  return { counter: 'spreadsheetOther', requirement: 'document' };
}

export interface SpreadsheetEnvironment {
  readonly runtime: Runtime;
  readonly workbook: Workbook;
  readonly ui: UiRecorder;
  /** The owner of the document (can always edit protected ranges). */
  readonly ownerEmail: string;
  readonly currentUserEmail: () => string;
  readonly getUi: () => unknown;
  activeSheetId: number;
}

export class SpreadsheetApi {
  constructor(readonly env: SpreadsheetEnvironment) {}

  spreadsheet(): SpreadsheetFacade {
    return instrument(
      new SpreadsheetFacade(this),
      'Spreadsheet',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  sheet(model: SheetModel): SheetFacade {
    return instrument(
      new SheetFacade(this, model.id),
      'Sheet',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  range(grid: GridRange, notation?: string): RangeFacade {
    return instrument(
      new RangeFacade(this, grid, notation),
      'Range',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  /** A range from A1 notation; whole columns (`A:C`) and rows (`2:4`) keep that notation. */
  rangeFromA1(a1: string, defaultSheet: SheetModel): RangeFacade {
    const grid = this.resolveA1(a1, defaultSheet);
    const reference = parseA1(String(a1));
    let notation: string | undefined;
    if (reference.rows === undefined && reference.row === 1 && reference.columns !== undefined) {
      notation = `${columnLetters(grid.column)}:${columnLetters(grid.column + grid.columns - 1)}`;
    } else if (
      reference.columns === undefined &&
      reference.column === 1 &&
      reference.rows !== undefined
    ) {
      notation = `${grid.row}:${grid.row + grid.rows - 1}`;
    }
    return this.range(grid, notation);
  }
  protection(model: ProtectionModel): ProtectionFacade {
    return instrument(
      new ProtectionFacade(this, model),
      'Protection',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  readonly rangeFacade = (grid: GridRange): RangeFacade => this.range(grid);
  /** Criteria values hold ranges as `{ gridRange }` in the model; hand back Range objects. */
  readonly criteriaValue = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && 'gridRange' in value
      ? this.range((value as { gridRange: GridRange }).gridRange)
      : Array.isArray(value)
        ? [...value]
        : value;

  /** Bounds of an A1 reference on a sheet, open ends closed at the sheet's edges. */
  resolveA1(a1: string, defaultSheet: SheetModel): GridRange {
    const reference = parseA1(String(a1));
    const sheet =
      reference.sheetName === undefined
        ? defaultSheet
        : this.env.workbook.sheetByName(reference.sheetName);
    if (!sheet) throw new Error(`Range not found`);
    const grid = {
      sheetId: sheet.id,
      row: reference.row,
      column: reference.column,
      rows: reference.rows ?? sheet.maxRows - reference.row + 1,
      columns: reference.columns ?? sheet.maxColumns - reference.column + 1,
    };
    checkBounds(sheet, grid);
    return grid;
  }

  /** Refuses writes to a protected range the current user may not edit (warning-only passes). */
  checkEditable(grid: GridRange): void {
    const email = this.env.currentUserEmail();
    if (email === this.env.ownerEmail) return;
    for (const protection of this.env.workbook.protections) {
      if (protection.warningOnly || protection.editors.includes(email)) continue;
      const range = protection.range;
      if (range.sheetId !== grid.sheetId) continue;
      const overlaps =
        range.row < grid.row + grid.rows &&
        grid.row < range.row + range.rows &&
        range.column < grid.column + grid.columns &&
        grid.column < range.column + range.columns;
      if (overlaps) {
        throw new Error(
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
        );
      }
    }
  }
}
