import { parseA1, rangeA1 } from '../../emulator/a1';
import { formatSimpleDate } from '../../emulator/dates';
import { formatNumber, localeSymbols } from '../../emulator/numberFormat';

describe('A1 notation', () => {
  it.each([
    ['B3', { row: 3, column: 2, rows: 1, columns: 1 }],
    ['$A$1:C4', { row: 1, column: 1, rows: 4, columns: 3 }],
    ['C4:A1', { row: 1, column: 1, rows: 4, columns: 3 }],
    ['A:C', { row: 1, column: 1, rows: undefined, columns: 3 }],
    ['2:4', { row: 2, column: 1, rows: 3, columns: undefined }],
    ['K2:K', { row: 2, column: 11, rows: undefined, columns: 1 }],
    [
      "'Key Results'!AA10:AB11",
      { sheetName: 'Key Results', row: 10, column: 27, rows: 2, columns: 2 },
    ],
    ["'It''s'!A1", { sheetName: "It's", row: 1, column: 1, rows: 1, columns: 1 }],
  ])('%s', (a1, expected) => {
    expect(parseA1(a1)).toEqual({ sheetName: undefined, ...expected });
  });

  it('refuses what is not a range', () => {
    for (const bad of ['', 'A', 'A1:B2:C3', '1A', 'ABCD1'])
      expect(() => parseA1(bad)).toThrow('Range not found');
  });

  it('writes ranges back', () => {
    expect(rangeA1(1, 1, 1, 1)).toBe('A1');
    expect(rangeA1(2, 26, 3, 2)).toBe('Z2:AA4');
  });
});

describe('number formats (getDisplayValue)', () => {
  const en = localeSymbols('en_US');
  const es = localeSymbols('es_AR');
  it.each([
    [0.6, '0%', en, '60%'],
    [0.125, '0.0%', en, '12.5%'],
    [1234.5, '#,##0.00', en, '1,234.50'],
    [1234.5, '#,##0.00', es, '1.234,50'],
    [-3, '0.00;(0.00)', en, '(3.00)'],
    [-3, '0', en, '-3'],
    [7.25, '0.0" pts"', en, '7.3 pts'],
    [0, '0;-0;"none"', en, 'none'],
    [46112, 'yyyy-mm-dd', en, '2026-03-31'],
    [46112.75, 'd mmm yyyy h:mm am/pm', en, '31 Mar 2026 6:00 PM'],
    [46112.5, 'dddd dd/mm/yy hh:mm:ss', en, 'Tuesday 31/03/26 12:00:00'],
    [0.8264462809917, '', en, '0.826446281'],
  ])('%p under %p', (value, pattern, symbols, shown) => {
    expect(formatNumber(value, pattern, symbols)).toBe(shown);
  });
});

describe('Utilities.formatDate patterns', () => {
  const instant = new Date('2026-01-05T13:04:05.123Z');
  it.each([
    ['UTC', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2026-01-05T13:04:05.123Z'],
    ['America/Argentina/Buenos_Aires', 'dd/MM/yy HH:mm z', '05/01/26 10:04 GMT-03:00'],
    ['Asia/Kolkata', 'EEE MMM d, h:mm a Z', 'Mon Jan 5, 6:34 PM +0530'],
    ['UTC', "D u 'week''s' yyyy", "5 1 week's 2026"],
  ])('%s %s', (zone, pattern, expected) => {
    expect(formatSimpleDate(instant, zone, pattern)).toBe(expected);
  });
});
