// Registers the add-on's custom functions in HyperFormula so that formulas in tests and
// in the emulator compute as they do in Sheets:
// - arguments arrive as Sheets hands them to a custom function: ranges as 2D arrays of
//   plain values (empty cells as ""), single cells as plain values, dates as Date;
// - a 2D result spills over the size Sheets would give it (docs/architecture.md, Tests:
//   HyperFormula spills only when the plugin declares `sizeOfResultArrayMethod`);
// - a thrown error becomes a #VALUE! cell with the error's message; an error, thrown or
//   passed in, fills the function's own cell only (nothing spills), as in Sheets.
import {
  ArraySize,
  CellError,
  type ConfigParams,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import type { ResultShape } from '../src/server/publicFunction';

export interface CustomFunctionDefinition {
  readonly name: string;
  readonly params: readonly { readonly optional?: boolean }[];
  readonly resultShape?: ResultShape;
  // biome-ignore lint/suspicious/noExplicitAny: implementations take whatever Sheets passes.
  readonly implementation: (...args: any[]) => unknown;
}

interface Binding {
  readonly functions: Map<string, CustomFunctionDefinition>;
  readonly executions: Record<string, number>;
}

// HyperFormula registers plugins globally; each engine finds its own functions here.
const bindings = new WeakMap<object, Binding>();
const registeredNames = new Set<string>();

type Ast = { args: unknown[] };
type State = unknown;
type PluginThis = FunctionPlugin & {
  dependencyGraph: object;
  runFunction: (
    args: unknown[],
    state: State,
    metadata: unknown,
    fn: (...values: unknown[]) => unknown,
  ) => unknown;
  metadata: (name: string) => unknown;
  arraySizeForAst: (ast: unknown, state: State) => ArraySize;
};

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function serialToDate(serial: number): Date {
  const utc = new Date(SERIAL_EPOCH_MS + Math.round(serial * DAY_MS));
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

function dateToSerial(date: Date): number {
  const asUtc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  );
  return (asUtc - SERIAL_EPOCH_MS) / DAY_MS;
}

/** One HyperFormula value as Sheets would hand it to a custom function. */
function toSheetsValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined || value === null) return '';
  if (value instanceof CellError) return `#${value.type}!`.replace('#DIV_BY_ZERO!', '#DIV/0!');
  if (typeof value === 'object' && value !== null && 'val' in value) {
    // HyperFormula's typed numbers (dates, percentages, currency).
    const rich = value as { val: number; constructor: { name: string } };
    return /^Date/.test(rich.constructor.name) ? serialToDate(rich.val) : rich.val;
  }
  return value;
}

function toArgument(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toSheetsValue));
  return toSheetsValue(value);
}

function toEngineValue(value: unknown): unknown {
  if (value === undefined || value === null) return EmptyValue;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return new CellError(ErrorType.NUM);
  if (typeof value === 'string' && /^#[A-Z/0!?]+/.test(value)) {
    // A text beginning with #VALUE! is how our functions report a bad row: show it as
    // the text it is (Sheets shows the string; it is not an engine error).
    return value;
  }
  return value;
}

/** The size Sheets gives the result: the broadcast of all ranges, or one argument's shape. */
function predictedSize(
  plugin: PluginThis,
  ast: Ast,
  state: State,
  definition: CustomFunctionDefinition,
): ArraySize {
  const sizes = ast.args.map((arg) => {
    const type = (arg as { type?: string }).type;
    return type === 'EMPTY' ? undefined : plugin.arraySizeForAst(arg, state);
  });
  const shape = definition.resultShape ?? { from: 'broadcast' as const };
  let width = 1;
  let height = 1;
  if (shape.from === 'broadcast') {
    for (const [index, size] of sizes.entries()) {
      if (!size || (shape.indexes && !shape.indexes.includes(index))) continue;
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    }
  } else {
    const given = shape.indexes.map((index) => sizes[index]).find((size) => size !== undefined);
    if (given) {
      width = given.width;
      height = given.height;
    }
  }
  return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
}

function shapeResult(result: unknown, size: ArraySize): unknown {
  if (!Array.isArray(result)) {
    return size.isScalar() ? toEngineValue(result) : fill(size, () => toEngineValue(result));
  }
  const rows = result as unknown[][];
  if (size.isScalar()) return toEngineValue(Array.isArray(rows[0]) ? rows[0][0] : rows[0]);
  // Sheets shows what the function returns; cells beyond it stay empty.
  return fill(size, (row, column) =>
    toEngineValue(Array.isArray(rows[row]) ? rows[row][column] : undefined),
  );
}

function fill(
  size: ArraySize,
  valueAt: (row: number, column: number) => unknown,
): SimpleRangeValue {
  const data: unknown[][] = [];
  for (let row = 0; row < size.height; row++) {
    const cells: unknown[] = [];
    for (let column = 0; column < size.width; column++) cells.push(valueAt(row, column));
    data.push(cells);
  }
  return SimpleRangeValue.onlyValues(data as never);
}

/**
 * A function that fails (it threw, or an argument is an error) shows the error in its own
 * cell only, as in Sheets, where it spills nothing. Handed to HyperFormula as a bare error,
 * a spilling function's whole area would hold it (an `ErroredArray`), and HyperFormula 3.5
 * throws "Unknown array" evaluating any formula that reads exactly that area, e.g.
 * `FILTER(Objectives!I2:I, …)` over a `KR_STATUS` column when `Settings` holds an error.
 */
function errorResult(error: CellError, size: ArraySize): unknown {
  if (size.isScalar()) return error;
  return fill(size, (row, column) => (row === 0 && column === 0 ? error : EmptyValue));
}

class AddOnCustomFunctions extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

/**
 * HyperFormula drops the date type of a single-cell reference on the way into a
 * function (ranges keep it); Sheets hands a date cell over as a Date, so look it up.
 */
function referencesDateCell(plugin: PluginThis, arg: unknown, state: State): boolean {
  const node = arg as {
    type?: string;
    reference?: { toSimpleCellAddress(base: unknown): unknown };
  };
  if (node.type !== 'CELL_REFERENCE' || !node.reference) return false;
  const address = node.reference.toSimpleCellAddress(
    (state as { formulaAddress: unknown }).formulaAddress,
  );
  const graph = plugin.dependencyGraph as { getCellValue(address: unknown): unknown };
  const value = graph.getCellValue(address) as { constructor?: { name: string } } | undefined;
  return typeof value === 'object' && value !== null && /^Date/.test(value.constructor?.name ?? '');
}

function methodsFor(name: string) {
  const run = function (this: PluginThis, ast: Ast, state: State) {
    const binding = bindings.get(this.dependencyGraph);
    const definition = binding?.functions.get(name);
    if (!binding || !definition) return new CellError(ErrorType.NAME, `Unknown function ${name}`);
    const size = predictedSize(this, ast, state, definition);
    const dateReferences = ast.args.map((arg) => referencesDateCell(this, arg, state));
    const result = this.runFunction(
      ast.args,
      state,
      this.metadata(name),
      (...values: unknown[]) => {
        binding.executions[name] = (binding.executions[name] ?? 0) + 1;
        try {
          const args = values.map((value, index) =>
            dateReferences[index] && typeof value === 'number'
              ? serialToDate(value)
              : toArgument(value),
          );
          // Sheets passes only the arguments written in the formula.
          while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
          return shapeResult(definition.implementation(...args), size);
        } catch (error) {
          return new CellError(
            ErrorType.VALUE,
            error instanceof Error ? error.message : String(error),
          );
        }
      },
    );
    return result instanceof CellError ? errorResult(result, size) : result;
  };
  const size = function (this: PluginThis, ast: Ast, state: State) {
    const definition = bindings.get(this.dependencyGraph)?.functions.get(name);
    return definition ? predictedSize(this, ast, state, definition) : ArraySize.scalar();
  };
  return { run, size };
}

function ensureRegistered(definitions: readonly CustomFunctionDefinition[]): void {
  const fresh = definitions.filter(
    (definition) => !registeredNames.has(definition.name.toUpperCase()),
  );
  if (fresh.length === 0) return;
  for (const definition of fresh) {
    const name = definition.name.toUpperCase();
    const { run, size } = methodsFor(name);
    const prototype = AddOnCustomFunctions.prototype as unknown as Record<string, unknown>;
    prototype[`run_${name}`] = run;
    prototype[`size_${name}`] = size;
    AddOnCustomFunctions.implementedFunctions[name] = {
      method: `run_${name}`,
      sizeOfResultArrayMethod: `size_${name}`,
      vectorizationForbidden: true,
      // Every argument optional here: the add-on's own code reports missing ones as Sheets users see them.
      parameters: definition.params.map(() => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: true,
      })),
    };
    registeredNames.add(name);
  }
  if (HyperFormula.getRegisteredFunctionNames('enGB').some((name) => registeredNames.has(name))) {
    HyperFormula.unregisterFunctionPlugin(AddOnCustomFunctions);
  }
  HyperFormula.registerFunctionPlugin(AddOnCustomFunctions, {
    enGB: Object.fromEntries([...registeredNames].map((name) => [name, name])),
  });
}

/**
 * A HyperFormula engine holding `sheets` (name → rows of raw contents; strings starting
 * with `=` are formulas) with `functions` available as custom functions.
 */
export function createFormulaEngine(
  sheets: Record<string, unknown[][]>,
  functions: readonly CustomFunctionDefinition[],
  config: Partial<ConfigParams> = {},
): HyperFormula {
  ensureRegistered(functions);
  const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', ...config });
  bindings.set(engine.dependencyGraph, {
    functions: new Map(functions.map((definition) => [definition.name.toUpperCase(), definition])),
    executions: {},
  });
  engine.batch(() => {
    for (const [name, rows] of Object.entries(sheets)) {
      engine.addSheet(name);
      engine.setSheetContent(engine.getSheetId(name)!, rows as never);
    }
  });
  return engine;
}

/** How many times each custom function has run in this engine (Sheets' "executions"). */
export function customFunctionExecutions(engine: HyperFormula): Record<string, number> {
  return { ...(bindings.get(engine.dependencyGraph)?.executions ?? {}) };
}

const OPEN_RANGE =
  /((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*)!)?(\$?[A-Z]{1,3}\$?(\d+)):(\$?[A-Z]{1,3})(?![\w$(.])/g;

/**
 * Rewrites Sheets' open-ended ranges (`C2:C`, `'Key Results'!K2:K`), which HyperFormula
 * cannot parse, to end at the sheet's last row, as Sheets extends them to the bottom.
 * Text inside double quotes is left alone.
 */
export function translateOpenRanges(
  formula: string,
  lastRowOf: (sheetName: string | undefined) => number,
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            OPEN_RANGE,
            (
              _whole,
              sheetRef: string | undefined,
              start: string,
              startRow: string,
              end: string,
            ) => {
              const sheetName = sheetRef
                ? sheetRef.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'")
                : undefined;
              const lastRow = Math.max(Number(startRow), lastRowOf(sheetName));
              return `${sheetRef ?? ''}${start}:${end}${lastRow}`;
            },
          ),
    )
    .join('');
}
