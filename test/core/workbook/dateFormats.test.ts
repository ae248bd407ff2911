import { dateOfDay, localCalendarDay, sameWallClockIn } from '../../../src/core/dates';
import {
  localeDateFormat,
  localeDateTimeFormat,
  showsDate,
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
