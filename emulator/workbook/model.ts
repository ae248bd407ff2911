// The spreadsheet's data model: sheets with their per-cell properties (keyed `row,column`,
// 1-based, as in Apps Script), validations, conditional format rules, charts, protections.
// The cells' contents and computed values live in the HyperFormula engine (workbook.ts).
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
  /** Rows hidden by hideRows (1-based; not shifted when rows are inserted or deleted). */
  readonly hiddenRows: Set<number>;
  /** Key `row,column` (1-based). */
  cells: Map<string, CellProperties>;
  /** Formulas with open-ended ranges, as written (`=SUM(C2:C)`), by cell key. */
  openFormulas: Map<string, string>;
  /** Formulas with ranges inside an array literal (`{A2:A; B2:B}`), by cell key. */
  stackedFormulas: Map<string, true>;
  /** Array formulas re-entered to the size of their actual result (spillArea.ts), as written. */
  fittedFormulas: Map<string, { readonly written: string }>;
  conditionalFormatRules: ConditionalFormatRuleModel[];
  readonly charts: ChartModel[];
}

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function key(row: number, column: number): string {
  return `${row},${column}`;
}

export type Bounds = Omit<GridRange, 'sheetId'>;

export function inside(region: Bounds, row: number, column: number): boolean {
  return (
    row >= region.row &&
    row < region.row + region.rows &&
    column >= region.column &&
    column < region.column + region.columns
  );
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
