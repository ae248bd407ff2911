// TODAY() and NOW() read the emulator's clock in the spreadsheet's time zone, as Sheets
// reads its own. HyperFormula registers functions globally, so each engine finds its clock
// here; an engine without one (plain formula tests) keeps the real time.
import { FunctionPlugin, HyperFormula, type ImplementedFunctions } from 'hyperformula';
import { wallClock } from './dates';

interface EngineClock {
  readonly nowMs: () => number;
  readonly timeZone: () => string;
}

const clocks = new WeakMap<object, EngineClock>();
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function serialNow(graph: object, withTime: boolean): number {
  const clock = clocks.get(graph);
  const nowMs = clock ? clock.nowMs() : Date.now();
  const timeZone = clock ? clock.timeZone() : Intl.DateTimeFormat().resolvedOptions().timeZone;
  const wall = wallClock(nowMs, timeZone);
  const day = (Date.UTC(wall.year, wall.month - 1, wall.day) - SERIAL_EPOCH) / 86400000;
  return withTime ? day + (wall.hour * 3600 + wall.minute * 60 + wall.second) / 86400 : day;
}

type PluginThis = FunctionPlugin & {
  dependencyGraph: object;
  runFunction: (args: unknown[], state: unknown, metadata: unknown, fn: () => unknown) => unknown;
  metadata: (name: string) => unknown;
};

class ClockFunctions extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: {
      method: 'today',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATE' as never,
    },
    NOW: {
      method: 'now',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATETIME' as never,
    },
  };
  today(this: PluginThis, ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      serialNow(this.dependencyGraph, false),
    );
  }
  now(this: PluginThis, ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () =>
      serialNow(this.dependencyGraph, true),
    );
  }
}

let registered = false;

/** Call before building an engine: engines take the function registry at build time. */
export function registerClockFunctions(): void {
  if (registered) return;
  HyperFormula.unregisterFunction('TODAY');
  HyperFormula.unregisterFunction('NOW');
  HyperFormula.registerFunction('TODAY', ClockFunctions);
  HyperFormula.registerFunction('NOW', ClockFunctions);
  registered = true;
}

/** Makes TODAY()/NOW() in `engine` follow `clock`. */
export function bindClock(engine: HyperFormula, clock: EngineClock): void {
  clocks.set((engine as unknown as { dependencyGraph: object }).dependencyGraph, clock);
}
