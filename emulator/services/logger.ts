// Logger and console: what the bundle logs is recorded in the emulator's logs.
import type { Clock } from '../clock';
import { instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';
import { formatString } from './utilities';

export interface LogEntry {
  readonly level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  readonly message: string;
  readonly at: Date;
}

export function createLogger(logs: LogEntry[], runtime: Runtime, clock: Clock) {
  const logger = {
    log(format: unknown, ...values: unknown[]) {
      logs.push({
        level: 'Logger',
        message: values.length ? formatString(String(format), ...values) : String(format),
        at: clock.now(),
      });
      return logger;
    },
    getLog: () =>
      logs
        .filter((entry) => entry.level === 'Logger')
        .map((entry) => entry.message)
        .join('\n'),
    clear: () => {
      for (let index = logs.length - 1; index >= 0; index -= 1)
        if (logs[index].level === 'Logger') logs.splice(index, 1);
    },
  };
  return instrument(
    logger,
    'Logger',
    runtime,
    kinds('logger', () => 'pure'),
  );
}

export function createConsole(logs: LogEntry[], clock: Clock, echo: boolean) {
  const write =
    (level: LogEntry['level']) =>
    (...values: unknown[]) => {
      const message = values
        .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
        .join(' ');
      logs.push({ level, message, at: clock.now() });
      if (echo) console[level === 'Logger' ? 'log' : level](message);
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('log'),
  };
}
