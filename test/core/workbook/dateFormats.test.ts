import { dateOfDay, localCalendarDay, sameWallClockIn } from '../../../src/core/dates';
import {
  dayInLocale,
  localeDateFormat,
  localeDateTimeFormat,
  showsDate,
  typedDay,
} from '../../../src/core/workbook/dateFormats';

describe('localeDateFormat', () => {
  it.each([
    ['es_AR', 'dd/mm/yyyy'],
    ['es_ES', 'dd/mm/yyyy'],
    ['en_GB', 'dd/mm/yyyy'],
    ['en_US', 'm/d/yyyy'],
    ['de_DE', 'dd.mm.yyyy'],
    ['nl_NL', 'dd-mm-yyyy'],
    ['ja_JP', 'yyyy-mm-dd'],
    ['', 'yyyy-mm-dd'],
  ])('%s: %s', (locale, format) => {
    expect(localeDateFormat(locale)).toBe(format);
  });

  it('adds the time of day to the minute for date-times', () => {
    expect(localeDateTimeFormat('es_AR')).toBe('dd/mm/yyyy hh:mm');
    expect(localeDateTimeFormat('en_US')).toBe('m/d/yyyy hh:mm');
  });

  it('tells date formats from others', () => {
    expect(showsDate('dd/mm/yyyy')).toBe(true);
    expect(showsDate('yyyy-mm-dd')).toBe(true);
    expect(showsDate('0%')).toBe(false);
    expect(showsDate('"days" 0')).toBe(false);
  });
});

describe('sameWallClockIn', () => {
  it.each(['America/Argentina/Buenos_Aires', 'Europe/Madrid', 'Pacific/Auckland'])(
    'keeps the day and the time of day in %s',
    (timeZone) => {
      const local = new Date(2026, 10, 30, 9, 15);
      const written = sameWallClockIn(local, timeZone);
      expect(written.getTime() - dateOfDay('2026-11-30', timeZone).getTime()).toBe(
        (9 * 60 + 15) * 60_000,
      );
      expect(localCalendarDay(local)).toBe('2026-11-30');
    },
  );
});

describe('days in messages: shown and typed as the locale writes them', () => {
  it.each([
    ['es_AR', '01/10/2026'],
    ['en_GB', '01/10/2026'],
    ['en_US', '10/1/2026'],
    ['de_DE', '01.10.2026'],
    ['ja_JP', '2026-10-01'],
    ['', '2026-10-01'],
  ])('%s shows 2026-10-01 as %s and reads it back', (locale, shown) => {
    expect(dayInLocale('2026-10-01', locale)).toBe(shown);
    expect(typedDay(shown, locale)).toBe('2026-10-01');
    expect(typedDay('2026-10-01', locale)).toBe('2026-10-01');
  });

  it('reads the order of the locale, and refuses days that do not exist', () => {
    expect(typedDay('3/4/2027', 'en_US')).toBe('2027-03-04');
    expect(typedDay('3/4/2027', 'es_AR')).toBe('2027-04-03');
    expect(typedDay(' 31-03-2027 ', 'es_ES')).toBe('2027-03-31');
    expect(typedDay('31/02/2027', 'es_AR')).toBeNull();
    expect(typedDay('2027-02-30', 'es_AR')).toBeNull();
    expect(typedDay('13/13/2027', 'en_US')).toBeNull();
    expect(typedDay('1/1/27', 'es_AR')).toBeNull();
    expect(typedDay('mañana', 'es_AR')).toBeNull();
  });
});
