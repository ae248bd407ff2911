// The emulator's clock, and the `Date` the bundle sees. In Apps Script, JavaScript's local
// time is the script's time zone (the manifest's): `new Date(2026, 9, 1)` is midnight
// there, `getHours()` reads the hour there. Node has one process-wide zone (and jest keeps
// it from changing), so the bundle gets a Date subclass whose local-time methods use the
// script's zone, and whose no-argument constructor and Date.now() read the clock.
import { DAY_NAMES, fromWallClock, MONTH_NAMES, offsetMinutes, wallClock } from './dates';

export class Clock {
  private epochMs: number;
  constructor(start: Date) {
    this.epochMs = start.getTime();
  }
  now(): Date {
    return new Date(this.epochMs);
  }
  nowMs(): number {
    return this.epochMs;
  }
  set(date: Date): void {
    if (Number.isNaN(date.getTime())) throw new Error('Clock.set: invalid date');
    this.epochMs = date.getTime();
  }
  advance(ms: number): void {
    this.epochMs += ms;
  }
}

const RealDate = Date;
const HAS_ZONE = /(Z|[+-]\d\d:?\d\d|GMT|UTC)\s*$|GMT[+-]\d/i;
const DATE_ONLY_ISO = /^\d{4}-\d\d-\d\d$/;

type Fields = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

/** A Date class whose local time is `timeZone()`, and whose `new Date()` is the clock's time. */
export function zonedDateClass(clock: Clock, timeZone: () => string): DateConstructor {
  const fieldsOf = (ms: number): Fields => {
    const wall = wallClock(ms, timeZone());
    return {
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: wall.hour,
      minute: wall.minute,
      second: wall.second,
      millisecond: wall.millisecond,
    };
  };
  const build = (fields: Fields): number => fromWallClock(fields, timeZone());
  const parse = (text: string): number => {
    const trimmed = String(text).trim();
    if (HAS_ZONE.test(trimmed) || DATE_ONLY_ISO.test(trimmed)) return RealDate.parse(trimmed);
    const host = new RealDate(trimmed);
    if (Number.isNaN(host.getTime())) return Number.NaN;
    // The host read it as its own local time; read the same wall clock in the script's zone.
    return build({
      year: host.getFullYear(),
      month: host.getMonth() + 1,
      day: host.getDate(),
      hour: host.getHours(),
      minute: host.getMinutes(),
      second: host.getSeconds(),
      millisecond: host.getMilliseconds(),
    });
  };

  class ZonedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.nowMs());
      else if (args.length === 1) {
        const [value] = args;
        if (typeof value === 'string') super(parse(value));
        else if (value instanceof RealDate) super(value.getTime());
        else super(value as number);
      } else {
        const [year, month, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] =
          args.map(Number);
        const fullYear = year >= 0 && year <= 99 ? 1900 + year : year;
        // Month and day may overflow (month 12, day 0): Date.UTC inside normalises them.
        super(build({ year: fullYear, month: month + 1, day, hour, minute, second, millisecond }));
      }
    }
    private change(update: (fields: Fields) => void): number {
      if (Number.isNaN(this.getTime())) return Number.NaN;
      const fields = fieldsOf(this.getTime());
      update(fields);
      return this.setTime(build(fields));
    }
    override getFullYear() {
      return fieldsOf(this.getTime()).year;
    }
    override getMonth() {
      return fieldsOf(this.getTime()).month - 1;
    }
    override getDate() {
      return fieldsOf(this.getTime()).day;
    }
    override getDay() {
      return wallClock(this.getTime(), timeZone()).weekday;
    }
    override getHours() {
      return fieldsOf(this.getTime()).hour;
    }
    override getMinutes() {
      return fieldsOf(this.getTime()).minute;
    }
    override getSeconds() {
      return fieldsOf(this.getTime()).second;
    }
    override getTimezoneOffset() {
      return -offsetMinutes(this.getTime(), timeZone());
    }
    override setFullYear(year: number, month?: number, day?: number) {
      return this.change((fields) => {
        fields.year = year;
        if (month !== undefined) fields.month = month + 1;
        if (day !== undefined) fields.day = day;
      });
    }
    override setMonth(month: number, day?: number) {
      return this.change((fields) => {
        fields.month = month + 1;
        if (day !== undefined) fields.day = day;
      });
    }
    override setDate(day: number) {
      return this.change((fields) => {
        fields.day = day;
      });
    }
    override setHours(hour: number, minute?: number, second?: number, millisecond?: number) {
      return this.change((fields) => {
        fields.hour = hour;
        if (minute !== undefined) fields.minute = minute;
        if (second !== undefined) fields.second = second;
        if (millisecond !== undefined) fields.millisecond = millisecond;
      });
    }
    override setMinutes(minute: number, second?: number, millisecond?: number) {
      return this.change((fields) => {
        fields.minute = minute;
        if (second !== undefined) fields.second = second;
        if (millisecond !== undefined) fields.millisecond = millisecond;
      });
    }
    override setSeconds(second: number, millisecond?: number) {
      return this.change((fields) => {
        fields.second = second;
        if (millisecond !== undefined) fields.millisecond = millisecond;
      });
    }
    override toDateString() {
      if (Number.isNaN(this.getTime())) return 'Invalid Date';
      const fields = fieldsOf(this.getTime());
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${DAY_NAMES[this.getDay()].slice(0, 3)} ${MONTH_NAMES[fields.month - 1].slice(0, 3)} ${pad(fields.day)} ${fields.year}`;
    }
    override toTimeString() {
      if (Number.isNaN(this.getTime())) return 'Invalid Date';
      const fields = fieldsOf(this.getTime());
      const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
      const offset = -this.getTimezoneOffset();
      return `${pad(fields.hour)}:${pad(fields.minute)}:${pad(fields.second)} GMT${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
    }
    override toString() {
      return Number.isNaN(this.getTime())
        ? 'Invalid Date'
        : `${this.toDateString()} ${this.toTimeString()}`;
    }
    override toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return super.toLocaleString(locales, { timeZone: timeZone(), ...options });
    }
    override toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return super.toLocaleDateString(locales, { timeZone: timeZone(), ...options });
    }
    override toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return super.toLocaleTimeString(locales, { timeZone: timeZone(), ...options });
    }
  }

  // Callable without `new` (returns a string), and `instanceof Date` holds for every Date.
  function ScriptDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new ZonedDate().toString();
    return new ZonedDate(...args);
  }
  ScriptDate.prototype = ZonedDate.prototype;
  Object.defineProperty(ScriptDate, Symbol.hasInstance, {
    value: (value: unknown) => value instanceof RealDate,
  });
  ScriptDate.now = () => clock.nowMs();
  ScriptDate.parse = parse;
  ScriptDate.UTC = RealDate.UTC;
  return ScriptDate as unknown as DateConstructor;
}
