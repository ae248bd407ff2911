import { latestCheckIns } from '../../../src/core/cycle/okrs';
import {
  nextPeriod,
  nextPeriodName,
  parsePeriodInput,
  periodFromSettings,
  periodKey,
} from '../../../src/core/cycle/period';
import { addMonths, dateOfDay, dayOf } from '../../../src/core/dates';
import { settingsOf } from './fixtures';

describe('addMonths', () => {
  it.each([
    ['2026-10-01', 3, '2027-01-01'],
    ['2026-12-31', 3, '2027-03-31'],
    ['2026-09-30', 3, '2026-12-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-15', 3, '2026-04-15'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('dayOf', () => {
  it('reads Dates on the wall clock, serial numbers and ISO text', () => {
    expect(dayOf(new Date(2026, 10, 22, 23, 30))).toBe('2026-11-22');
    expect(dayOf(46348)).toBe('2026-11-22');
    expect(dayOf('2026-11-22')).toBe('2026-11-22');
    expect(dayOf('2026-02-30')).toBeNull();
    expect(dayOf('soon')).toBeNull();
    expect(dayOf('')).toBeNull();
  });
});

describe('next period', () => {
  it('moves both dates one quarter and steps the quarter in the name', () => {
    expect(nextPeriod({ name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' }, 'en')).toEqual({
      name: 'Q1 2027',
      start: '2027-01-01',
      end: '2027-03-31',
    });
    expect(nextPeriod({ name: 'T2 2026', start: '2026-04-01', end: '2026-06-30' }, 'es')).toEqual({
      name: 'T3 2026',
      start: '2026-07-01',
      end: '2026-09-30',
    });
  });

  it.each([
    ['Q4 2026', 'Q1 2027'],
    ['T4-2026', 'T1-2027'],
    ['2026-Q4', '2027-Q1'],
    ['2026 T3', '2026 T4'],
    ['Ventas Q2 2026', 'Ventas Q3 2026'],
  ])('%s → %s', (name, expected) => {
    expect(nextPeriodName(name, '2027-01-01', '2027-03-31', 'en')).toBe(expected);
  });

  it('names an unrecognised period from its new dates', () => {
    expect(nextPeriodName('Autumn push', '2027-01-01', '2027-03-31', 'es')).toBe('T1 2027');
    expect(nextPeriodName('Autumn push', '2027-01-15', '2027-04-14', 'en')).toBe(
      '2027-01-15 – 2027-04-14',
    );
  });
});

describe('parsePeriodInput', () => {
  const proposed = { name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' };
  it('accepts the proposal when blank', () => {
    expect(parsePeriodInput('  ', proposed, 'en')).toEqual(proposed);
  });
  it('reads name; start; end and start; end', () => {
    expect(parsePeriodInput('H1 2027; 2027-01-01; 2027-06-30', proposed, 'en')).toEqual({
      name: 'H1 2027',
      start: '2027-01-01',
      end: '2027-06-30',
    });
    expect(parsePeriodInput('2027-04-01 ; 2027-06-30', proposed, 'es')).toEqual({
      name: 'T2 2027',
      start: '2027-04-01',
      end: '2027-06-30',
    });
  });
  it('renames only when given just a name', () => {
    expect(parsePeriodInput('Primer trimestre', proposed, 'es')).toEqual({
      ...proposed,
      name: 'Primer trimestre',
    });
  });
  it('refuses unreadable dates and an end before the start', () => {
    expect(parsePeriodInput('Q1; 2027-03-31; 2027-01-01', proposed, 'en')).toBeNull();
    expect(parsePeriodInput('Q1; tomorrow; 2027-01-01', proposed, 'en')).toBeNull();
    expect(parsePeriodInput('a; b; c; d', proposed, 'en')).toBeNull();
  });

  it('reads days typed as the spreadsheet locale writes them', () => {
    expect(parsePeriodInput('T2; 01/04/2027; 30/06/2027', proposed, 'es', 'es_AR')).toEqual({
      name: 'T2',
      start: '2027-04-01',
      end: '2027-06-30',
    });
    expect(parsePeriodInput('4/1/2027; 6/30/2027', proposed, 'en', 'en_US')).toMatchObject({
      start: '2027-04-01',
      end: '2027-06-30',
    });
    // The other order is not guessed: 30/06 is no month-first day.
    expect(parsePeriodInput('Q2; 01/04/2027; 30/06/2027', proposed, 'en', 'en_US')).toBeNull();
  });
});

describe('periodFromSettings and periodKey', () => {
  it('needs both dates with the end after the start; names an unnamed period by its dates', () => {
    expect(periodFromSettings(settingsOf({ periodStart: '2026-10-01' }))).toBeNull();
    expect(
      periodFromSettings(settingsOf({ periodStart: '2026-10-01', periodEnd: '2026-09-01' })),
    ).toBeNull();
    expect(
      periodFromSettings(settingsOf({ periodStart: '2026-10-01', periodEnd: '2026-12-31' })),
    ).toEqual({ name: '2026-10-01 – 2026-12-31', start: '2026-10-01', end: '2026-12-31' });
  });
  it('identifies a period by its name in any case or accents', () => {
    expect(periodKey('Q4 2026', null, null)).toBe(periodKey(' q4  2026 ', '2026-10-01', null));
    expect(periodKey('Período 4', null, null)).toBe(periodKey('periodo 4', null, null));
    expect(periodKey('', '2026-10-01', '2026-12-31')).not.toBe(
      periodKey('', '2026-10-01', '2026-12-30'),
    );
  });
});

describe('days in the spreadsheet time zone', () => {
  const buenosAires = 'America/Argentina/Buenos_Aires';
  it('reads a date cell (midnight there) as that day, whatever the runtime zone', () => {
    expect(dayOf(new Date('2026-10-01T03:00:00Z'), buenosAires)).toBe('2026-10-01');
    expect(dayOf(new Date('2026-10-01T02:59:00Z'), buenosAires)).toBe('2026-09-30');
  });
  it('writes a day as midnight there, across daylight-saving changes too', () => {
    expect(dateOfDay('2027-01-01', buenosAires).toISOString()).toBe('2027-01-01T03:00:00.000Z');
    expect(dateOfDay('2026-03-08', 'America/New_York').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(dateOfDay('2026-03-09', 'America/New_York').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
  });
});

describe('latestCheckIns', () => {
  it('keeps the newest check-in per key result, the later row on a tie', () => {
    const rows = [
      {
        rowNumber: 2,
        cells: { keyResultId: 'KR-1', timestamp: new Date('2026-11-01T12:00:00Z'), comment: 'old' },
      },
      {
        rowNumber: 3,
        cells: { keyResultId: 'kr-1', timestamp: new Date('2026-11-10T12:00:00Z'), comment: 'new' },
      },
      {
        rowNumber: 4,
        cells: {
          keyResultId: 'KR-1',
          timestamp: new Date('2026-11-05T12:00:00Z'),
          comment: 'late entry',
        },
      },
      {
        rowNumber: 5,
        cells: { keyResultId: 'KR-2', timestamp: new Date('2026-11-10T12:00:00Z'), comment: 'a' },
      },
      {
        rowNumber: 6,
        cells: { keyResultId: 'KR-2', timestamp: new Date('2026-11-10T12:00:00Z'), comment: 'b' },
      },
    ];
    const latest = latestCheckIns(rows, 'UTC');
    expect(latest.get('kr-1')).toMatchObject({ day: '2026-11-10', comment: 'new' });
    expect(latest.get('kr-2')).toMatchObject({ comment: 'b' });
  });
});
