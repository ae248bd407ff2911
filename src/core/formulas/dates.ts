// Spreadsheet dates are serial day numbers counted from 1899-12-30, read on the wall
// clock of the script's time zone. Going through the local calendar fields (not the
// epoch milliseconds) keeps every day exactly 1 long across daylight-saving changes.
import { DAY_MS, SERIAL_EPOCH_UTC } from '../dates';

/** The serial number of a local date-time (1899-12-30 = 0; time of day as a fraction). */
export function serialFromDate(date: Date): number {
  const wallClock = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (wallClock - SERIAL_EPOCH_UTC) / DAY_MS;
}

/** The local date-time of a serial number. */
export function dateFromSerial(serial: number): Date {
  const wallClock = new Date(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS));
  const date = new Date(
    wallClock.getUTCFullYear(),
    wallClock.getUTCMonth(),
    wallClock.getUTCDate(),
    wallClock.getUTCHours(),
    wallClock.getUTCMinutes(),
    wallClock.getUTCSeconds(),
    wallClock.getUTCMilliseconds(),
  );
  // new Date(y, m, …) maps years 0–99 to 1900–1999.
  date.setFullYear(wallClock.getUTCFullYear());
  return date;
}
