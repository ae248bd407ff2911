// Turns the emulated workbook into what the page draws: display values, cell styles with
// the recorded conditional-format rules applied (the common conditions, evaluated the way
// Sheets does: the first rule that matches a cell formats it), notes and charts.
import { columnLetters, columnNumber, quoteSheetName } from '../emulator/a1';
import {
  type ChartModel,
  type ConditionalFormatRuleModel,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type GridRange,
  type SheetModel,
} from '../emulator/workbook/model';
import type { Workbook } from '../emulator/workbook/workbook';
import type { CellStyle, ChartView, SheetView } from './state';

/** The grid shows at most this many rows of a sheet; the page says when it cuts. */
export const MAX_SHOWN_ROWS = 500;
const MIN_SHOWN_ROWS = 20;
const MIN_SHOWN_COLUMNS = 8;

type ConditionalFormat = ConditionalFormatRuleModel['format'];

const CELL_REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A custom-formula rule is written for the range's top-left cell; Sheets applies it to
 * every other cell with its relative references moved along. String literals and quoted
 * sheet names are left untouched.
 */
export function shiftRelativeReferences(
  formula: string,
  rowOffset: number,
  columnOffset: number,
): string {
  if (rowOffset === 0 && columnOffset === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part.replace(
        CELL_REFERENCE,
        (_whole, columnDollar: string, letters: string, rowDollar: string, digits: string) => {
          const column = columnDollar
            ? columnNumber(letters)
            : columnNumber(letters) + columnOffset;
          const row = rowDollar ? Number(digits) : Number(digits) + rowOffset;
          if (column < 1 || row < 1) return '#REF!';
          return `${columnDollar}${columnLetters(column)}${rowDollar}${row}`;
        },
      );
    })
    .join('');
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return isTruthy(value[0]?.[0]);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.toUpperCase() === 'TRUE';
  return false;
}

interface RuleContext {
  readonly workbook: Workbook;
  readonly sheet: SheetModel;
}

/** A criterion value: a number, text, or a formula (`=…`) evaluated on the rule's sheet. */
function criterionValue(context: RuleContext, value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('=')) {
    try {
      const result = context.workbook.engine.calculateFormula(
        value,
        context.workbook.hfSheet(context.sheet),
      );
      return Array.isArray(result) ? result[0]?.[0] : result;
    } catch {
      return undefined;
    }
  }
  return value;
}

/** True when the rule's condition holds for one cell (value, display text, position). */
function ruleMatches(
  context: RuleContext,
  rule: ConditionalFormatRuleModel,
  range: GridRange,
  cell: { value: unknown; display: string; row: number; column: number },
): boolean {
  const text = cell.display.toLowerCase();
  const first = criterionValue(context, rule.values[0]);
  const second = criterionValue(context, rule.values[1]);
  const firstText = String(first ?? '').toLowerCase();
  const number = numberOf(cell.value);
  const firstNumber = numberOf(first);
  const secondNumber = numberOf(second);
  const compare = (test: (value: number, bound: number) => boolean) =>
    number !== undefined && firstNumber !== undefined && test(number, firstNumber);
  switch (rule.condition) {
    case 'CELL_EMPTY':
      return cell.display === '';
    case 'CELL_NOT_EMPTY':
      return cell.display !== '';
    case 'TEXT_EQ':
      return cell.display !== '' && text === firstText;
    case 'TEXT_NOT_EQ':
      return text !== firstText;
    case 'TEXT_CONTAINS':
      return cell.display !== '' && text.includes(firstText);
    case 'TEXT_DOES_NOT_CONTAIN':
    case 'TEXT_NOT_CONTAINS':
      return !text.includes(firstText);
    case 'TEXT_STARTS_WITH':
      return cell.display !== '' && text.startsWith(firstText);
    case 'TEXT_ENDS_WITH':
      return cell.display !== '' && text.endsWith(firstText);
    case 'NUMBER_EQ':
    case 'NUMBER_EQUAL_TO':
      return compare((value, bound) => value === bound);
    case 'NUMBER_NOT_EQ':
    case 'NUMBER_NOT_EQUAL_TO':
      return compare((value, bound) => value !== bound);
    case 'NUMBER_GREATER_THAN':
      return compare((value, bound) => value > bound);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return compare((value, bound) => value >= bound);
    case 'NUMBER_LESS_THAN':
      return compare((value, bound) => value < bound);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return compare((value, bound) => value <= bound);
    case 'NUMBER_BETWEEN':
    case 'NUMBER_NOT_BETWEEN': {
      if (number === undefined || firstNumber === undefined || secondNumber === undefined) {
        return false;
      }
      const low = Math.min(firstNumber, secondNumber);
      const high = Math.max(firstNumber, secondNumber);
      const inside = number >= low && number <= high;
      return rule.condition === 'NUMBER_BETWEEN' ? inside : !inside;
    }
    case 'CUSTOM_FORMULA': {
      if (typeof rule.values[0] !== 'string') return false;
      const formula = rule.values[0].startsWith('=') ? rule.values[0] : `=${rule.values[0]}`;
      const shifted = shiftRelativeReferences(
        formula,
        cell.row - range.row,
        cell.column - range.column,
      );
      try {
        return isTruthy(
          context.workbook.engine.calculateFormula(
            shifted,
            context.workbook.hfSheet(context.sheet),
          ),
        );
      } catch {
        return false;
      }
    }
    default:
      // Date conditions and gradients are not drawn; the cell keeps its own format.
      return false;
  }
}

function safeColor(color: string | undefined | null): string | undefined {
  if (!color) return undefined;
  return /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i.test(color) ? color : undefined;
}

function alignmentOf(value: string | undefined): CellStyle['align'] {
  const normalized = value?.toLowerCase();
  if (normalized === 'left' || normalized === 'center' || normalized === 'right') return normalized;
  if (normalized === 'normal' || normalized === 'general-left') return 'left';
  if (normalized === 'general-right') return 'right';
  return undefined;
}

class StyleTable {
  readonly styles: CellStyle[] = [{}];
  private readonly ids = new Map<string, number>([['{}', 0]]);
  idOf(style: CellStyle): number {
    const key = JSON.stringify(style);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
    }
    return id;
  }
}

function withoutUndefined(style: Record<string, unknown>): CellStyle {
  return Object.fromEntries(
    Object.entries(style).filter(([, value]) => value !== undefined && value !== false),
  ) as CellStyle;
}

export function sheetView(
  workbook: Workbook,
  sheet: SheetModel,
  maxRows = MAX_SHOWN_ROWS,
): SheetView {
  const extent = workbook.extent(sheet);
  const charts = chartReach(sheet);
  const columns = Math.min(
    sheet.maxColumns,
    Math.max(extent.lastColumn + 1, sheet.frozenColumns + 1, MIN_SHOWN_COLUMNS, charts.columns),
  );
  // Sheets counts the "" an array formula leaves in blank rows as data (getLastRow), but
  // a person sees those rows as empty: show the grid down to the last row that shows text.
  const scanned = Math.min(sheet.maxRows, Math.max(extent.lastRow, 1));
  const scannedDisplay = workbook.displayValues(sheet, {
    row: 1,
    column: 1,
    rows: scanned,
    columns,
  });
  let lastRow = scannedDisplay.length;
  while (lastRow > 1 && scannedDisplay[lastRow - 1].every((text) => text === '')) lastRow -= 1;
  const rows = Math.min(
    sheet.maxRows,
    maxRows,
    Math.max(lastRow + 2, sheet.frozenRows + 1, MIN_SHOWN_ROWS, charts.rows),
  );
  const area = { row: 1, column: 1, rows, columns };
  const display = workbook.displayValues(sheet, area);
  const values = workbook.values(sheet, area);
  const formulas: Record<string, string> = {};
  workbook.formulas(sheet, area).forEach((cells, rowIndex) => {
    cells.forEach((formula, columnIndex) => {
      if (formula) formulas[`${rowIndex + 1},${columnIndex + 1}`] = formula;
    });
  });

  const conditional: (ConditionalFormat | undefined)[][] = display.map((cells) =>
    cells.map(() => undefined),
  );
  const context: RuleContext = { workbook, sheet };
  for (const rule of sheet.conditionalFormatRules) {
    for (const range of rule.ranges) {
      if (range.sheetId !== sheet.id) continue;
      const lastShownRow = Math.min(range.row + range.rows - 1, rows);
      const lastShownColumn = Math.min(range.column + range.columns - 1, columns);
      for (let row = range.row; row <= lastShownRow; row += 1) {
        for (let column = range.column; column <= lastShownColumn; column += 1) {
          if (conditional[row - 1][column - 1]) continue;
          const cell = {
            value: values[row - 1][column - 1],
            display: display[row - 1][column - 1],
            row,
            column,
          };
          if (ruleMatches(context, rule, range, cell))
            conditional[row - 1][column - 1] = rule.format;
        }
      }
    }
  }

  const table = new StyleTable();
  const notes: Record<string, string> = {};
  const controls: Record<string, 'dropdown' | 'checkbox'> = {};
  const styleIds = display.map((cells, rowIndex) =>
    cells.map((_text, columnIndex) => {
      const row = rowIndex + 1;
      const column = columnIndex + 1;
      const properties = workbook.cellProperties(sheet, row, column);
      const format = conditional[rowIndex][columnIndex];
      const value = values[rowIndex][columnIndex];
      if (properties?.note) notes[`${row},${column}`] = properties.note;
      const validation = properties?.validation?.criteriaType;
      if (validation === 'CHECKBOX') controls[`${row},${column}`] = 'checkbox';
      else if (validation === 'VALUE_IN_LIST' || validation === 'VALUE_IN_RANGE') {
        controls[`${row},${column}`] = 'dropdown';
      }
      const numeric = typeof value === 'number' || value instanceof Date;
      return table.idOf(
        withoutUndefined({
          background: safeColor(format?.background) ?? safeColor(properties?.background),
          color: safeColor(format?.fontColor) ?? safeColor(properties?.fontColor),
          bold: format?.bold ?? properties?.fontWeight === 'bold',
          italic: format?.italic ?? properties?.fontStyle === 'italic',
          align:
            alignmentOf(properties?.horizontalAlignment) ??
            (numeric || typeof value === 'boolean' ? 'right' : undefined),
          wrap: properties?.wrap,
        }),
      );
    }),
  );

  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.hidden,
    tabColor: safeColor(sheet.tabColor) ?? null,
    frozenRows: Math.min(sheet.frozenRows, rows),
    hiddenRows: [...sheet.hiddenRows].filter((row) => row <= rows).sort((a, b) => a - b),
    frozenColumns: Math.min(sheet.frozenColumns, columns),
    totalRows: lastRow,
    columnWidths: Array.from(
      { length: columns },
      (_, index) => sheet.columnWidths.get(index + 1) ?? DEFAULT_COLUMN_WIDTH,
    ),
    cells: display,
    styleIds,
    styles: table.styles,
    notes,
    controls,
    formulas,
  };
}

function a1Of(workbook: Workbook, range: GridRange): string {
  const sheet = workbook.sheets.find((candidate) => candidate.id === range.sheetId);
  const start = `${columnLetters(range.column)}${range.row}`;
  const end = `${columnLetters(range.column + range.columns - 1)}${range.row + range.rows - 1}`;
  return `${sheet ? `${quoteSheetName(sheet.name)}!` : ''}${start}:${end}`;
}

/** Sheets' size for a chart that sets none. */
const DEFAULT_CHART_WIDTH = 600;
const DEFAULT_CHART_HEIGHT = 371;
/** Sheets' default series colours. */
const DEFAULT_CHART_COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];

function chartSize(chart: ChartModel): { width: number; height: number } {
  const size = (option: unknown, fallback: number) =>
    typeof option === 'number' && option > 0 ? Math.min(option, 2000) : fallback;
  return {
    width: size(chart.options.width, DEFAULT_CHART_WIDTH),
    height: size(chart.options.height, DEFAULT_CHART_HEIGHT),
  };
}

/** The rows and columns the sheet's charts cover, so the grid shows the cells under them. */
function chartReach(sheet: SheetModel): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const chart of sheet.charts) {
    const { width, height } = chartSize(chart);
    const { row, column, offsetX, offsetY } = chart.position;
    let last = column - 1;
    for (let covered = -offsetX; covered < width; ) {
      last += 1;
      covered += sheet.columnWidths.get(last) ?? DEFAULT_COLUMN_WIDTH;
    }
    columns = Math.max(columns, last);
    rows = Math.max(rows, row + Math.ceil((offsetY + height) / DEFAULT_ROW_HEIGHT));
  }
  return { rows, columns };
}

/** A chart's data as labels (first column) and numeric series (the other columns). */
export function chartView(
  workbook: Workbook,
  sheet: SheetModel,
  chart: SheetModel['charts'][number],
): ChartView {
  const columns: { header: string; cells: unknown[]; display: string[]; formats: string[] }[] = [];
  for (const range of chart.ranges) {
    const source = workbook.sheets.find((candidate) => candidate.id === range.sheetId);
    if (!source) continue;
    const area = {
      row: range.row,
      column: range.column,
      rows: Math.min(range.rows, 200),
      columns: range.columns,
    };
    const values = workbook.values(source, area);
    const display = workbook.displayValues(source, area);
    for (let column = 0; column < area.columns; column += 1) {
      columns.push({
        header: '',
        cells: values.map((row) => row[column]),
        display: display.map((row) => row[column]),
        formats: values.map(
          (_row, row) =>
            workbook.cellProperties(source, area.row + row, area.column + column)?.numberFormat ??
            '',
        ),
      });
    }
  }
  const headerRow =
    columns.length > 1 && typeof columns[1].cells[0] === 'string' && columns[1].cells[0] !== '';
  const start = headerRow ? 1 : 0;
  const [labelColumn, ...valueColumns] = columns;
  const rowCount = labelColumn ? labelColumn.cells.length : 0;
  const keep: number[] = [];
  for (let index = start; index < rowCount; index += 1) {
    if (
      labelColumn.display[index] !== '' ||
      valueColumns.some((c) => numberOf(c.cells[index]) !== undefined)
    ) {
      keep.push(index);
    }
  }
  const title = chart.options.title;
  // The value axis is Sheets' hAxis on a bar chart (horizontal bars), vAxis otherwise.
  const axis = chart.type === 'BAR' ? 'hAxis' : 'vAxis';
  const option = (name: string) => chart.options[`${axis}.${name}`];
  const bound = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const percentCells = valueColumns.some((column) =>
    keep.some((row) => column.formats[row].includes('%')),
  );
  const colors = chart.options.colors;
  const legend = chart.options['legend.position'];
  return {
    id: chart.id,
    sheet: sheet.name,
    type: chart.type,
    title: typeof title === 'string' ? title : '',
    anchor: `${columnLetters(chart.position.column)}${chart.position.row}`,
    position: { ...chart.position },
    ...chartSize(chart),
    ranges: chart.ranges.map((range) => a1Of(workbook, range)),
    labels: keep.map((index) => labelColumn.display[index]),
    series: valueColumns.map((column, index) => ({
      name: headerRow ? column.display[0] : `${index + 1}`,
      values: keep.map((row) => numberOf(column.cells[row]) ?? 0),
      display: keep.map((row) => column.display[row]),
    })),
    axis: {
      percent: option('format') === 'percent' || percentCells,
      min: bound(option('viewWindow.min')),
      max: bound(option('viewWindow.max')),
    },
    colors: [
      ...(Array.isArray(colors) ? colors : [])
        .map((color) => safeColor(String(color)))
        .filter((color): color is string => color !== undefined),
      ...DEFAULT_CHART_COLORS,
    ],
    legend: typeof legend === 'string' ? legend.toLowerCase() : 'right',
  };
}
