// Wall-clock times in a named time zone through Utilities.formatDate, which Apps Script
// documents; Intl with a named zone is not documented there, so server code never uses it
// for "what day is it now" (core may, given an explicit zone, where it is tested).
import type { IsoDay } from '../core/dates';

function formatIn(instant: Date, timeZone: string, pattern: string): string {
  try {
    return Utilities.formatDate(instant, timeZone || Session.getScriptTimeZone(), pattern);
  } catch {
    // A zone Sheets holds but the runtime does not know: the script's own zone.
    return Utilities.formatDate(instant, Session.getScriptTimeZone(), pattern);
  }
}

/** The calendar day of an instant in `timeZone` ('' = the script's zone). */
export function dayIn(instant: Date, timeZone: string): IsoDay {
  return formatIn(instant, timeZone, 'yyyy-MM-dd') as IsoDay;
}

/** "yyyy-MM-dd HH:mm" of an instant in `timeZone` ('' = the script's zone). */
export function minuteIn(instant: Date, timeZone: string): string {
  return formatIn(instant, timeZone, 'yyyy-MM-dd HH:mm');
}
