// Expected progress: the share of the period elapsed on a day. One rule for the sheet's
// Time elapsed (Settings), the sidebar, the reminders, the mid-period review and the close:
//
// - Holidays blank (or only spaces): calendar days, (as of − start) / (end − start).
// - Holidays filled: working days, Monday to Friday without the listed days, exactly as
//   KR_EXPECTED(start, end, as_of, holidays) counts them.
// - A listed holiday that is not a day, a blank As of or an invalid period: the sheet
//   shows an error, so nothing is expected (null) anywhere.
//
// Days are calendar days of the spreadsheet (ISO texts), never instants, so a period typed
// as date text and one typed as a date give the same day in every time zone.
import { type IsoDay, localMidnight } from '../dates';
import { expectedProgress } from '../formulas/expected';

/** A period's days and the days off that working-day counting skips. */
export interface PeriodCalendar {
  readonly start: IsoDay | null;
  readonly end: IsoDay | null;
  readonly holidays: readonly IsoDay[];
  /** Count working days; absent: only when there are holidays. */
  readonly workingDays?: boolean;
  /** The Holidays cell lists something that is not a day. */
  readonly unreadableHolidays?: boolean;
}

/** The expected share of the period on `asOf`, in [0, 1]; null without a valid period. */
export function expectedOn(period: PeriodCalendar, asOf: IsoDay | null): number | null {
  const { start, end } = period;
  if (!start || !end || !asOf || end <= start || period.unreadableHolidays) return null;
  const workingDays = period.workingDays ?? period.holidays.length > 0;
  try {
    return expectedProgress(
      localMidnight(start),
      localMidnight(end),
      localMidnight(asOf),
      workingDays ? { holidays: period.holidays.map(localMidnight) } : undefined,
    );
  } catch {
    // A period without a single working day: KR_EXPECTED shows an error, nothing is expected.
    return null;
  }
}
