// Wall-clock arithmetic in a named time zone (via Intl), Sheets' date serial numbers
// (days since 1899-12-30 in the spreadsheet's time zone), and Java SimpleDateFormat
// patterns as Utilities.formatDate reads them.

export interface WallClock {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    parts[part.type] = part.value;
  }
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

const offsetCache = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 900000;

/** Minutes east of UTC at that instant (zones change offset only on quarter hours). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const bucket = Math.floor(epochMs / QUARTER_HOUR);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    offset = computeOffsetMinutes(bucket * QUARTER_HOUR, timeZone);
    if (zone.size > 100000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset;
}

function computeOffsetMinutes(epochMs: number, timeZone: string): number {
  const clock = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
  return Math.round((asUtc - epochMs) / 60000);
}

/** The instant at which the zone's clocks show that wall-clock time. */
export function fromWallClock(
  clock: Omit<WallClock, 'weekday' | 'millisecond'> & { millisecond?: number },
  timeZone: string,
): number {
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond ?? 0,
  );
  let guess = asUtc - offsetMinutes(asUtc, timeZone) * 60000;
  guess = asUtc - offsetMinutes(guess, timeZone) * 60000;
  return guess;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export function dateToSerial(date: Date, timeZone: string): number {
  const epochMs = date.getTime();
  return (epochMs + offsetMinutes(epochMs, timeZone) * 60000 - SERIAL_EPOCH) / DAY_MS;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const asUtc = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return new Date(
    fromWallClock(
      {
        year: asUtc.getUTCFullYear(),
        month: asUtc.getUTCMonth() + 1,
        day: asUtc.getUTCDate(),
        hour: asUtc.getUTCHours(),
        minute: asUtc.getUTCMinutes(),
        second: asUtc.getUTCSeconds(),
        millisecond: asUtc.getUTCMilliseconds(),
      },
      timeZone,
    ),
  );
}

/** Wall clock of a serial number (no time zone: serials are wall-clock already). */
export function serialWallClock(serial: number): WallClock {
  const asUtc = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return {
    year: asUtc.getUTCFullYear(),
    month: asUtc.getUTCMonth() + 1,
    day: asUtc.getUTCDate(),
    hour: asUtc.getUTCHours(),
    minute: asUtc.getUTCMinutes(),
    second: asUtc.getUTCSeconds(),
    millisecond: asUtc.getUTCMilliseconds(),
    weekday: asUtc.getUTCDay(),
  };
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, '0');
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const rest = pad(Math.abs(minutes) % 60, 2);
  return `${sign}${hours}${colon ? ':' : ''}${rest}`;
}

/**
 * Utilities.formatDate: a Java SimpleDateFormat pattern (y M d H h m s S E a z Z X u D,
 * quoted literals with '…', '' for a quote) in the given time zone, English names.
 */
export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const epoch = date.getTime();
  const clock = wallClock(epoch, timeZone);
  const offset = offsetMinutes(epoch, timeZone);
  let output = '';
  for (let index = 0; index < pattern.length; ) {
    const char = pattern[index];
    if (char === "'") {
      // '' is a quote; inside a quoted run, '' is a quote too.
      if (pattern[index + 1] === "'") {
        output += "'";
        index += 2;
        continue;
      }
      index += 1;
      while (index < pattern.length) {
        if (pattern[index] === "'" && pattern[index + 1] === "'") {
          output += "'";
          index += 2;
        } else if (pattern[index] === "'") {
          index += 1;
          break;
        } else {
          output += pattern[index];
          index += 1;
        }
      }
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      output += char;
      index += 1;
      continue;
    }
    let count = 1;
    while (pattern[index + count] === char) count += 1;
    index += count;
    switch (char) {
      case 'y':
      case 'Y':
        output += count === 2 ? pad(clock.year % 100, 2) : pad(clock.year, count);
        break;
      case 'M':
      case 'L':
        if (count >= 4) output += MONTH_NAMES[clock.month - 1];
        else if (count === 3) output += MONTH_NAMES[clock.month - 1].slice(0, 3);
        else output += pad(clock.month, count);
        break;
      case 'd':
        output += pad(clock.day, count);
        break;
      case 'D': {
        const dayOfYear =
          (Date.UTC(clock.year, clock.month - 1, clock.day) - Date.UTC(clock.year, 0, 1)) / DAY_MS +
          1;
        output += pad(dayOfYear, count);
        break;
      }
      case 'H':
        output += pad(clock.hour, count);
        break;
      case 'k':
        output += pad(clock.hour === 0 ? 24 : clock.hour, count);
        break;
      case 'h':
        output += pad(clock.hour % 12 === 0 ? 12 : clock.hour % 12, count);
        break;
      case 'K':
        output += pad(clock.hour % 12, count);
        break;
      case 'm':
        output += pad(clock.minute, count);
        break;
      case 's':
        output += pad(clock.second, count);
        break;
      case 'S':
        output += pad(clock.millisecond, 3).slice(0, Math.max(count, 3)).padEnd(count, '0');
        break;
      case 'E':
        output += count >= 4 ? DAY_NAMES[clock.weekday] : DAY_NAMES[clock.weekday].slice(0, 3);
        break;
      case 'u':
        output += String(clock.weekday === 0 ? 7 : clock.weekday);
        break;
      case 'a':
        output += clock.hour < 12 ? 'AM' : 'PM';
        break;
      case 'z':
        output += `GMT${offsetText(offset, true)}`;
        break;
      case 'Z':
        output += offsetText(offset, false);
        break;
      case 'X':
        output +=
          offset === 0
            ? 'Z'
            : count === 1
              ? offsetText(offset, false).slice(0, 3)
              : offsetText(offset, count >= 3);
        break;
      default:
        throw new Error(`Invalid argument: format (illegal pattern character '${char}')`);
    }
  }
  return output;
}
