// The formula engine as the spreadsheet has it: the script's custom functions (its own
// top-level functions, run in custom-function context), the SPARKLINE stand-in, TODAY/NOW
// on the emulator's clock, and typed dates read in the locale's order.
import type vm from 'node:vm';
import type { HyperFormula } from 'hyperformula';
import { registerClockFunctions } from './clockFunctions';
import { type CustomFunctionDefinition, createFormulaEngine } from './customFunctionPlugin';
import { fromWallClock } from './dates';
import type { Runtime } from './runtime';

export interface SpreadsheetEngineOptions {
  /** The spreadsheet's locale: typed dates are read day first outside `en`/`en_US`. */
  readonly locale: string;
  readonly runtime: Runtime;
  /** The script's custom functions: top-level functions of the loaded bundle. */
  readonly scriptFunctions: readonly Omit<CustomFunctionDefinition, 'implementation'>[];
  /** The loaded bundle the custom functions run in. */
  readonly context: () => vm.Context;
  /** The script's own Date class, and the spreadsheet's time zone, for date arguments. */
  readonly scriptDate: () => DateConstructor;
  readonly timeZone: () => string;
  /** Extra engine functions implemented by the test. */
  readonly extraFunctions: readonly CustomFunctionDefinition[];
  /** Called on every SPARKLINE call. */
  readonly onSparkline: () => void;
}

export function createSpreadsheetEngine(options: SpreadsheetEngineOptions): HyperFormula {
  const customFunctions: CustomFunctionDefinition[] = options.scriptFunctions.map((entry) => ({
    name: entry.name,
    params: entry.params,
    resultShape: entry.resultShape,
    // Sheets calls the script's own top-level function, in custom-function context.
    implementation: (...args: unknown[]) =>
      options.runtime.asCustomFunction(entry.name, () =>
        (options.context()[entry.name] as (...a: unknown[]) => unknown)(
          ...args.map((arg) => asScriptDates(arg, options.scriptDate(), options.timeZone())),
        ),
      ),
  }));
  customFunctions.push({
    name: 'SPARKLINE',
    params: [{}, { optional: true }],
    resultShape: { from: 'argument', indexes: [] },
    implementation: () => {
      options.onSparkline();
      return '';
    },
  });
  customFunctions.push(...options.extraFunctions);
  const dayFirst = !/^en(_US)?$/i.test(options.locale);
  registerClockFunctions();
  return createFormulaEngine({}, customFunctions, {
    dateFormats: dayFirst
      ? ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD', 'YYYY/MM/DD']
      : ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'],
    maxRows: 2_000_000,
    // Sheets keeps a date-time's milliseconds; the engine's default output rounding would not.
    smartRounding: false,
  });
}

/**
 * The formula engine hands a custom function date cells as Dates at the cell's wall
 * clock in the machine's local time; Sheets hands the instant at that wall clock in the
 * spreadsheet's time zone, as the script's own kind of Date.
 */
function asScriptDates(value: unknown, ScriptDate: DateConstructor, timeZone: string): unknown {
  if (Array.isArray(value)) return value.map((item) => asScriptDates(item, ScriptDate, timeZone));
  if (!(value instanceof Date)) return value;
  return new ScriptDate(
    fromWallClock(
      {
        year: value.getFullYear(),
        month: value.getMonth() + 1,
        day: value.getDate(),
        hour: value.getHours(),
        minute: value.getMinutes(),
        second: value.getSeconds(),
        millisecond: value.getMilliseconds(),
      },
      timeZone,
    ),
  );
}
