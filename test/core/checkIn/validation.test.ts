import { cleanComment, inertText } from '../../../src/core/checkIn/inertText';
import { COMMENT_MAX_LENGTH, validateCheckIn } from '../../../src/core/checkIn/validation';

describe('validateCheckIn', () => {
  it('accepts a valid check-in and cleans its comment', () => {
    expect(
      validateCheckIn(
        { value: '1.234,5', confidence: 'yellow', comment: '  Cerramos 3 cuentas\r\nFalta apoyo ' },
        'number',
        'es',
      ),
    ).toEqual({
      ok: true,
      checkIn: { value: 1234.5, confidence: 'yellow', comment: 'Cerramos 3 cuentas\nFalta apoyo' },
    });
  });

  it('explains every invalid field at once, in the workbook language', () => {
    const result = validateCheckIn(
      { value: '12.5', confidence: 'maybe', comment: 'x'.repeat(COMMENT_MAX_LENGTH + 1) },
      'number',
      'es',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.value).toMatch(/1\.234,5/);
    expect(result.errors.confidence).toBe('Elige tu nivel de confianza.');
    expect(result.errors.comment).toBe('El comentario tiene 2001 caracteres; el límite es 2000.');
  });

  it('allows an empty comment and exactly 2,000 characters', () => {
    expect(
      validateCheckIn({ value: '1', confidence: 'green', comment: '' }, 'number', 'en').ok,
    ).toBe(true);
    expect(
      validateCheckIn(
        { value: '1', confidence: 'green', comment: 'é'.repeat(COMMENT_MAX_LENGTH) },
        'number',
        'en',
      ).ok,
    ).toBe(true);
  });

  it('refuses comments of the wrong type', () => {
    for (const comment of [42, {}, ['a'], true]) {
      expect(validateCheckIn({ value: '1', confidence: 'red', comment }, 'number', 'en').ok).toBe(
        false,
      );
    }
  });
});

describe('inertText', () => {
  it.each([
    '=IMPORTXML("http://x","//a")',
    '+1',
    '-1',
    '@SUM(1)',
    '\tx',
    '\nx',
    "'quoted",
    '12',
    '2026-01-01',
    '1/2',
    'TRUE',
    'false',
    ' Verdadero ',
    '1e3',
    '2.5E-2',
    '9 am',
    '10:30 p.m.',
    '1 Jan 2026',
    'mar 2026',
    '#N/A',
  ])('makes %j literal text with a leading apostrophe', (text) => {
    expect(inertText(text)).toBe(`'${text}`);
  });

  it.each(['Cerramos 3 cuentas', '<script>alert(1)</script>', '3 clients', '', 'True story', 'e3'])(
    'leaves %j as it is',
    (text) => {
      expect(inertText(text)).toBe(text);
    },
  );

  it('cleanComment strips control characters but keeps line breaks', () => {
    expect(cleanComment('a\u0000b\u0007\r\nc\td ')).toBe('ab\nc\td');
  });
});
