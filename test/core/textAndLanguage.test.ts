import { interpolate, languageFromTag } from '../../src/core/i18n/language';
import { foldText, isBlank } from '../../src/core/text';
import { asPlainText } from '../../src/core/workbook/safeText';

describe('languageFromTag', () => {
  it.each([
    ['es', 'es'],
    ['es-AR', 'es'],
    ['es_ES', 'es'],
    ['Español', 'es'],
    ['en_US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [42, 'en'],
  ])('%p → %p', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });
});

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} KRs in {team} {missing}', { count: 3, team: 'Ventas' })).toBe(
      '3 KRs in Ventas {missing}',
    );
  });
});

describe('foldText', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldText('  Último   Viernes ')).toBe('ultimo viernes');
    expect(foldText('CONFIGURACIÓN')).toBe('configuracion');
    expect(foldText(null)).toBe('');
    expect(foldText(15)).toBe('15');
  });
});

describe('isBlank', () => {
  it('treats empty, null and whitespace as blank, zero and FALSE as values', () => {
    expect([isBlank(''), isBlank('  '), isBlank(null), isBlank(undefined)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([isBlank(0), isBlank(false), isBlank('x')]).toEqual([false, false, false]);
  });
});

describe('asPlainText', () => {
  it('keeps text that Sheets would read as a formula, or whose apostrophe it would swallow, as text', () => {
    for (const typed of ['=IMPORTXML("x")', '+1', '-5 days', '@SUM(1)', '\tx', "'quoted"]) {
      expect(asPlainText(typed)).toBe(`'${typed}`);
    }
  });

  it('leaves plain text, figures a person types and non-text values alone', () => {
    expect([asPlainText('Ventas'), asPlainText('12%'), asPlainText(3), asPlainText(true)]).toEqual([
      'Ventas',
      '12%',
      3,
      true,
    ]);
  });
});
