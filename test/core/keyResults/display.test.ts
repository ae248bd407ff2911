import {
  displayedText,
  displayLike,
  valuePair,
  withUnit,
} from '../../../src/core/keyResults/display';
import { valueLine } from '../../../src/core/reminders/keyResults';

describe('valuePair and withUnit', () => {
  it('adds the unit only when the texts do not already show it', () => {
    expect(valuePair('12', '40', 'users')).toBe('12 → 40 users');
    expect(valuePair('$3,700,000', '$10,000,000', '$')).toBe('$3,700,000 → $10,000,000');
    expect(valuePair('11%', '7%', '%')).toBe('11% → 7%');
    expect(valuePair('3.700.000 €', '10.000.000 €', 'EUR')).toBe('3.700.000 € → 10.000.000 € EUR');
    expect(valuePair('5', '9', '')).toBe('5 → 9');
    expect(withUnit('40 USUARIOS', 'usuarios')).toBe('40 USUARIOS');
  });
});

describe('displayedText', () => {
  it('reads the display text a row carries, trimmed, and nothing else', () => {
    expect(displayedText({ displayed: { current: ' 11% ' } }, 'current')).toBe('11%');
    expect(displayedText({ displayed: { current: 11 } }, 'current')).toBe('');
    expect(displayedText({ current: 0.11 }, 'current')).toBe('');
    expect(displayedText({ displayed: null }, 'current')).toBe('');
  });
});

describe('valueLine: the email’s "current → target"', () => {
  const row = (cells: Record<string, unknown>) => ({ id: 'KR-1', type: '', ...cells });

  it('uses what the cells show when the sheet gave it', () => {
    const cells = row({
      start: 3_700_000,
      current: 3_700_000,
      target: 10_000_000,
      unit: '$',
      displayed: { current: '$3,700,000', target: '$10,000,000' },
    });
    expect(valueLine(cells, 'en')).toBe('$3,700,000 → $10,000,000');
  });

  it('without display texts writes a percent KR as %, never as a fraction', () => {
    const cells = row({ start: 0.11, current: 0.11, target: 0.07, unit: '%' });
    expect(valueLine(cells, 'en')).toBe('11% → 7%');
    expect(valueLine(cells, 'es')).toBe('11 % → 7 %');
    // A percent KR whose cells are formatted as plain numbers still reads as a percent.
    const plain = { ...cells, displayed: { current: '0,11', target: '0,07' } };
    expect(valueLine(plain, 'es')).toBe('11 % → 7 %');
    const points = row({ start: 11, current: 9, target: 7, unit: '%' });
    expect(valueLine(points, 'es')).toBe('9 % → 7 %');
  });

  it('without display texts writes numbers in the language with the unit', () => {
    const cells = row({ start: 0, current: 1234.5, target: 40_000, unit: 'users' });
    expect(valueLine(cells, 'en')).toBe('1,234.5 → 40,000 users');
    expect(valueLine(cells, 'es')).toBe('1.234,5 → 40.000 users');
    expect(valueLine(row({ current: '', target: 10, unit: '' }), 'en')).toBe('— → 10');
  });
});

describe('displayLike: a new value written as a sample writes its own', () => {
  it.each([
    ['$10,000,000', 10_000_000, 3_950_000, '$3,950,000'],
    ['$10.000.000', 10_000_000, 3_950_000, '$3.950.000'],
    ['10.000.000 €', 10_000_000, 1234.5, '1.234,5 €'],
    ['7%', 0.07, 0.095, '9.5%'],
    ['7 %', 0.07, 0.12, '12 %'],
    ['7,00 %', 0.07, 0.125, '12,50 %'],
    ['40', 40, 12.5, '12.5'],
    ['1,500', 1500, 2000, '2,000'],
    ['1,5', 1.5, 2.25, '2,25'],
    ['$1,000', 1000, -250, '-$250'],
    ['40 users', 40, 1500, '1,500 users'],
  ])('like %s (%p): %p → %s', (sample, sampleValue, value, expected) => {
    expect(displayLike(sample, sampleValue, value)).toBe(expected);
  });

  it('gives up rather than guess when the sample does not show its value', () => {
    expect(displayLike('TBD', 40, 12)).toBeNull();
    expect(displayLike('', 40, 12)).toBeNull();
    expect(displayLike('41', 40, 12)).toBeNull();
    expect(displayLike('40', '40', 12)).toBeNull();
    expect(displayLike('40', 40, 'twelve')).toBeNull();
  });
});
