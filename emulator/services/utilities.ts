// Utilities: formatDate (Java SimpleDateFormat patterns), formatString, sleep (advances the
// clock), getUuid, base64.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import { formatSimpleDate } from '../dates';
import { instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';

export function formatString(template: string, ...args: unknown[]): string {
  let index = 0;
  return String(template).replace(
    /%(-?\d*)(?:\.(\d+))?([sdfi%])/g,
    (all, _width: string, precision: string, type: string) => {
      if (type === '%') return '%';
      const value = args[index++];
      if (type === 'd' || type === 'i') return String(Math.trunc(Number(value)));
      if (type === 'f')
        return precision ? Number(value).toFixed(Number(precision)) : String(Number(value));
      return value === undefined ? all : String(value);
    },
  );
}

export function createUtilities(runtime: Runtime, clock: Clock) {
  const service = {
    formatDate: (date: Date, timeZone: string, format: string) =>
      formatSimpleDate(new Date(date.getTime()), String(timeZone), String(format)),
    formatString,
    /** Sleeping advances the emulator clock instead of waiting. */
    sleep: (milliseconds: number) => clock.advance(Number(milliseconds)),
    getUuid: () => randomUUID(),
    base64Encode: (data: string | number[]) =>
      Buffer.from(typeof data === 'string' ? data : Uint8Array.from(data)).toString('base64'),
    base64EncodeWebSafe: (data: string | number[]) =>
      Buffer.from(typeof data === 'string' ? data : Uint8Array.from(data)).toString('base64url'),
    base64Decode: (encoded: string) =>
      [...Buffer.from(String(encoded), 'base64')].map((byte) => (byte > 127 ? byte - 256 : byte)),
    newBlob: (data: string) => ({
      getDataAsString: () => String(data),
      getBytes: () => [...Buffer.from(String(data))],
    }),
  };
  return instrument(
    service,
    'Utilities',
    runtime,
    kinds('utilities', () => 'pure'),
  );
}
