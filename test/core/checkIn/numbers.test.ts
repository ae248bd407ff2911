import {
  editableValue,
  formatNumber,
  formatPercent,
  formatValue,
  parseCheckInValue,
  parseLocaleNumber,
  valueKindOf,
} from '../../../src/core/checkIn/numbers';

describe('parseLocaleNumber', () => {
  it.each([
    ['1.234,5', 'es', 1234.5],
    ['1234,5', 'es', 1234.5],
    ['1.234.567', 'es', 1234567],
    [',5', 'es', 0.5],
    ['-3,25', 'es', -3.25],
    ['1,234.5', 'en', 1234.5],
    ['1234.5', 'en', 1234.5],
    ['  12 ', 'en', 12],
    ['1\u00a0234,5', 'es', 1234.5],
    ['+7', 'en', 7],
    ['\u22122', 'en', -2],
    ['12%', 'en', 12],
    ['12,5 %', 'es', 12.5],
  ] as const)('%s in %s is %d', (text, language, expected) => {
    const parsed = parseLocaleNumber(text, language);
    expect(parsed).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    ['12.5', 'es'],
    ['12,5', 'en'],
    ['1.23,4', 'es'],
    ['abc', 'en'],
    ['NaN', 'en'],
    ['Infinity', 'en'],
    ['0x1A', 'en'],
    ['1e5', 'en'],
    ['=1+1', 'en'],
    ['@SUM(1)', 'en'],
    ['--1', 'en'],
    ['1,2,3', 'en'],
  ] as const)('%s in %s is not a number', (text, language) => {
    expect(parseLocaleNumber(text, language)).toEqual({ ok: false, error: 'valueNotNumber' });
  });

  it('says empty and whitespace are missing, not wrong', () => {
    expect(parseLocaleNumber('', 'es')).toEqual({ ok: false, error: 'valueRequired' });
    expect(parseLocaleNumber(' \t ', 'en')).toEqual({ ok: false, error: 'valueRequired' });
  });

  it('turns negative zero into zero and refuses numbers beyond 10^15', () => {
    const zero = parseLocaleNumber('-0', 'en');
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
    expect(parseLocaleNumber('9'.repeat(20), 'en')).toEqual({ ok: false, error: 'valueTooLarge' });
  });
});

describe('formatNumber and formatPercent', () => {
  it('writes numbers the way each language reads them', () => {
    expect(formatNumber(1234.5, 'es')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(-1234567.891, 'en')).toBe('-1,234,567.89');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatPercent(0.125, 'es', 1)).toBe('12,5 %');
    expect(formatPercent(0.6, 'en')).toBe('60%');
  });

  it('round-trips through parseLocaleNumber in both languages', () => {
    for (const value of [0, 1, 12.5, 1234.5, 987654321.25, -42.75]) {
      for (const language of ['en', 'es'] as const) {
        expect(parseLocaleNumber(formatNumber(value, language), language)).toMatchObject({
          ok: true,
          value,
        });
      }
    }
  });
});

describe('valueKindOf', () => {
  it('tells binary, percentage (fraction or points) and plain numbers apart', () => {
    expect(valueKindOf({ type: 'binary', unit: '', start: null, target: null })).toBe('binary');
    expect(valueKindOf({ type: 'auto', unit: '%', start: 0.12, target: 0.07 })).toBe('percent');
    expect(valueKindOf({ type: 'auto', unit: ' % ', start: 10, target: 40 })).toBe('percentPoints');
    expect(valueKindOf({ type: 'increase', unit: 'USD', start: 0, target: 1 })).toBe('number');
  });
});

describe('parseCheckInValue', () => {
  it('reads 12% and 12 alike for a percentage KR stored as a fraction', () => {
    expect(parseCheckInValue('12%', 'percent', 'en')).toEqual({ ok: true, value: 0.12 });
    expect(parseCheckInValue('12,5', 'percent', 'es')).toEqual({ ok: true, value: 0.125 });
    expect(parseCheckInValue('40%', 'percentPoints', 'en')).toEqual({ ok: true, value: 40 });
  });

  it('refuses a % sign on a plain number KR', () => {
    expect(parseCheckInValue('12%', 'number', 'en')).toEqual({
      ok: false,
      error: 'valuePercentNotAllowed',
    });
  });

  it('reads yes/no words in either language and stores the workbook word', () => {
    expect(parseCheckInValue('sí', 'binary', 'es')).toEqual({ ok: true, value: 'Sí', done: true });
    expect(parseCheckInValue('yes', 'binary', 'es')).toEqual({ ok: true, value: 'Sí', done: true });
    expect(parseCheckInValue(false, 'binary', 'en')).toEqual({
      ok: true,
      value: 'No',
      done: false,
    });
    expect(parseCheckInValue('maybe', 'binary', 'en')).toEqual({
      ok: false,
      error: 'valueNotYesNo',
    });
    expect(parseCheckInValue('', 'binary', 'en')).toEqual({ ok: false, error: 'valueNotYesNo' });
  });

  it('accepts finite numbers from callers and refuses every other type', () => {
    expect(parseCheckInValue(17.5, 'number', 'en')).toEqual({ ok: true, value: 17.5 });
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, [], true]) {
      expect(parseCheckInValue(bad, 'number', 'en').ok).toBe(false);
    }
  });
});

describe('formatValue and editableValue', () => {
  it('shows stored values as people read them and edits them in the same notation', () => {
    expect(formatValue(0.125, 'percent', 'es')).toBe('12,5 %');
    expect(formatValue(1234.5, 'number', 'en')).toBe('1,234.5');
    expect(formatValue('Sí', 'binary', 'en')).toBe('Yes');
    expect(formatValue(null, 'number', 'en')).toBe('–');
    expect(editableValue(0.125, 'percent', 'es')).toBe('12,5');
    expect(editableValue(1234.5, 'number', 'es')).toBe('1.234,5');
  });
});
