// What a cell looks like: its own formats with the sheet's conditional format rules applied
// (the first boolean rule that matches wins, as in Sheets; colour scales interpolate).
// Used by the playground to paint the grid, and by tests about status colours.
import type {
  ConditionalFormatRuleModel,
  GradientPoint,
  GridRange,
  SheetModel,
} from './workbook/model';
import type { Workbook } from './workbook/workbook';

export interface CellStyle {
  readonly background: string;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly horizontalAlignment?: string;
  readonly wrap?: boolean;
  readonly note?: string;
}

type Bounds = Omit<GridRange, 'sheetId'>;

function contains(range: GridRange, row: number, column: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.rows &&
    column >= range.column &&
    column < range.column + range.columns
  );
}

/** Moves the relative references of a rule's formula from its top-left cell to (dRow, dColumn) away. */
export function shiftReferences(formula: string, dRow: number, dColumn: number): string {
  const columnName = (column: number) => {
    let letters = '';
    for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
      letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
    return letters;
  };
  const columnNumber = (letters: string) =>
    [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
            (_all, fixedColumn: string, letters: string, fixedRow: string, digits: string) => {
              const column = fixedColumn ? letters : columnName(columnNumber(letters) + dColumn);
              const row = fixedRow ? digits : String(Number(digits) + dRow);
              return `${fixedColumn}${column}${fixedRow}${row}`;
            },
          ),
    )
    .join('');
}

function mix(from: string, to: string, share: number): string {
  const rgb = (hex: string) =>
    [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) || 0);
  const a = rgb(from);
  const b = rgb(to);
  return `#${a
    .map((value, index) =>
      Math.round(value + (b[index] - value) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function gradientColour(
  rule: ConditionalFormatRuleModel,
  value: number,
  numbers: number[],
): string | undefined {
  const gradient = rule.gradient;
  if (!gradient?.min || !gradient.max) return undefined;
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const at = (point: GradientPoint): number => {
    if (point.type === 'MIN') return low;
    if (point.type === 'MAX') return high;
    if (point.type === 'NUMBER') return Number(point.value);
    return low + ((high - low) * Number(point.value)) / 100;
  };
  const points = [gradient.min, gradient.mid, gradient.max]
    .filter((point): point is GradientPoint => point !== undefined)
    .map((point) => ({ at: at(point), color: point.color }));
  if (value <= points[0].at) return points[0].color;
  for (let index = 1; index < points.length; index += 1) {
    const [left, right] = [points[index - 1], points[index]];
    if (value <= right.at)
      return mix(
        left.color,
        right.color,
        right.at === left.at ? 1 : (value - left.at) / (right.at - left.at),
      );
  }
  return points[points.length - 1].color;
}

function matches(
  rule: ConditionalFormatRuleModel,
  value: unknown,
  display: string,
  formulaResult: () => unknown,
): boolean {
  const [first, second] = rule.values;
  const number = typeof value === 'number' ? value : Number.NaN;
  const text = display.toLowerCase();
  const wanted = String(first ?? '').toLowerCase();
  switch (rule.condition) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'TEXT_EQ':
      return text === wanted;
    case 'TEXT_CONTAINS':
      return text.includes(wanted);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(wanted);
    case 'TEXT_STARTS_WITH':
      return text.startsWith(wanted);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(wanted);
    case 'NUMBER_EQ':
      return number === Number(first);
    case 'NUMBER_NOT_EQ':
      return value !== '' && number !== Number(first);
    case 'NUMBER_GREATER_THAN':
      return number > Number(first);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return number >= Number(first);
    case 'NUMBER_LESS_THAN':
      return number < Number(first);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return number <= Number(first);
    case 'NUMBER_BETWEEN':
      return number >= Number(first) && number <= Number(second);
    case 'CUSTOM_FORMULA': {
      const result = formulaResult();
      return result === true || (typeof result === 'number' && result !== 0);
    }
    default:
      return false;
  }
}

export function effectiveStyles(
  workbook: Workbook,
  sheet: SheetModel,
  bounds: Bounds,
): CellStyle[][] {
  const values = workbook.values(sheet, bounds);
  const displays = workbook.displayValues(sheet, bounds);
  const rules = sheet.conditionalFormatRules;
  const hf = workbook.hfSheet(sheet);
  const numbersOf = new Map<ConditionalFormatRuleModel, number[]>();
  const gradientNumbers = (rule: ConditionalFormatRuleModel) => {
    let numbers = numbersOf.get(rule);
    if (!numbers) {
      numbers = rule.ranges
        .filter((range) => range.sheetId === sheet.id)
        .flatMap((range) => workbook.values(sheet, range).flat())
        .filter((value): value is number => typeof value === 'number');
      numbersOf.set(rule, numbers);
    }
    return numbers;
  };
  return values.map((cells, r) =>
    cells.map((value, c) => {
      const row = bounds.row + r;
      const column = bounds.column + c;
      const own = workbook.cellProperties(sheet, row, column) ?? {};
      let background = own.background ?? '#ffffff';
      let fontColor = own.fontColor ?? '#000000';
      let bold = own.fontWeight === 'bold';
      let italic = own.fontStyle === 'italic';
      for (const rule of rules) {
        const range = rule.ranges.find(
          (candidate) => candidate.sheetId === sheet.id && contains(candidate, row, column),
        );
        if (!range) continue;
        if (rule.condition === 'GRADIENT') {
          if (typeof value !== 'number') continue;
          background = gradientColour(rule, value, gradientNumbers(rule)) ?? background;
          break;
        }
        const formulaResult = () => {
          const formula = String(rule.values[0] ?? '');
          const result = workbook.engine.calculateFormula(
            shiftReferences(formula, row - range.row, column - range.column),
            hf,
          );
          return Array.isArray(result) ? result[0]?.[0] : result;
        };
        if (!matches(rule, value, displays[r][c], formulaResult)) continue;
        background = rule.format.background ?? background;
        fontColor = rule.format.fontColor ?? fontColor;
        bold = rule.format.bold ?? bold;
        italic = rule.format.italic ?? italic;
        break;
      }
      return {
        background,
        fontColor,
        bold,
        italic,
        horizontalAlignment: own.horizontalAlignment,
        wrap: own.wrap,
        note: own.note,
      };
    }),
  );
}
