// Formulas in the locale's syntax (the editor, the Spanish docs) and the English syntax
// setFormula takes: separators translated outside strings and quoted sheet names.
import {
  localizeExample,
  toEnglishFormula,
  toLocaleFormula,
  usesDecimalComma,
} from '../../../src/core/i18n/formulaLocale';

describe('formula locale syntax', () => {
  it('knows which locales write decimals with a comma', () => {
    expect(usesDecimalComma('es_ES')).toBe(true);
    expect(usesDecimalComma('es_AR')).toBe(true);
    expect(usesDecimalComma('en_US')).toBe(false);
  });

  it('reads Spanish-style formulas as English syntax', () => {
    expect(toEnglishFormula('=KR_PROGRESS(0;100;50)', 'es_ES')).toBe('=KR_PROGRESS(0,100,50)');
    expect(toEnglishFormula('=KR_STATUS(0,3; 0,5; "es")', 'es_AR')).toBe(
      '=KR_STATUS(0.3, 0.5, "es")',
    );
    expect(toEnglishFormula('=DATE(2027;1;1)', 'es_ES')).toBe('=DATE(2027,1,1)');
  });

  it('leaves strings and quoted sheet names alone', () => {
    expect(toEnglishFormula('=CONCAT("a;b,c"; \'Hoja; 1,5\'!A1)', 'es_ES')).toBe(
      '=CONCAT("a;b,c", \'Hoja; 1,5\'!A1)',
    );
    expect(toLocaleFormula('=CONCAT("a,b.5", \'Sheet, 1.5\'!A1)', 'es_ES')).toBe(
      '=CONCAT("a,b.5"; \'Sheet, 1.5\'!A1)',
    );
  });

  it('translates array literals: backslash between columns, semicolon between rows', () => {
    expect(toEnglishFormula('={1\\2;3\\4}', 'es_ES')).toBe('={1,2;3,4}');
    expect(toLocaleFormula('={1,2;3,4}', 'es_ES')).toBe('={1\\2;3\\4}');
    // A function call inside the literal keeps argument separators.
    expect(toLocaleFormula('={SUM(1,2.5), 3}', 'es_ES')).toBe('={SUM(1;2,5)\\ 3}');
    expect(toEnglishFormula('={SUM(1;2,5)\\ 3}', 'es_ES')).toBe('={SUM(1,2.5), 3}');
  });

  it('shows English syntax in the locale, numbers but not names or references', () => {
    expect(toLocaleFormula('=KR_STATUS(0.3, 0.5, "es")', 'es_ES')).toBe(
      '=KR_STATUS(0,3; 0,5; "es")',
    );
    expect(toLocaleFormula('=NETWORKDAYS.INTL(A1, B2, .5)', 'es_ES')).toBe(
      '=NETWORKDAYS.INTL(A1; B2; ,5)',
    );
    expect(toLocaleFormula('=OKR_ROLLUP(K2:K, J2:J, , "O-1")', 'es_ES')).toBe(
      '=OKR_ROLLUP(K2:K; J2:J; ; "O-1")',
    );
  });

  it('is the identity in point-decimal locales and for plain values', () => {
    expect(toEnglishFormula('=KR_PROGRESS(0,100,50)', 'en_US')).toBe('=KR_PROGRESS(0,100,50)');
    expect(toLocaleFormula('=KR_STATUS(0.3, 0.5)', 'en_US')).toBe('=KR_STATUS(0.3, 0.5)');
    expect(toEnglishFormula('0,5', 'es_ES')).toBe('0,5');
  });

  it('round-trips', () => {
    const formulas = [
      '=KR_EXPECTED(DATE(2026,1,1), DATE(2026,4,1), DATE(2026,2,15))',
      '=OKR_CASCADE({"O";"KR1"}, {"";"O"}, {"";0.27}, , "O")',
      "=SUM('Key Results'!K2:K) * 1.5",
    ];
    for (const formula of formulas) {
      expect(toEnglishFormula(toLocaleFormula(formula, 'es_ES'), 'es_ES')).toBe(formula);
    }
  });

  it('localizes documented examples with their results', () => {
    expect(localizeExample('=KR_PROGRESS(12%, 7%, 9%) → 0.6', 'es')).toBe(
      '=KR_PROGRESS(12%; 7%; 9%) → 0,6',
    );
    expect(localizeExample('=KR_STATUS(0.3, 0.5, "es") → En riesgo', 'es')).toBe(
      '=KR_STATUS(0,3; 0,5; "es") → En riesgo',
    );
    expect(localizeExample('=OKR_ROLLUP({1;0;0}, {1;2;3}) → 0.8264…', 'es')).toBe(
      '=OKR_ROLLUP({1;0;0}; {1;2;3}) → 0,8264…',
    );
    expect(localizeExample('=KR_PROGRESS(12%, 7%, 9%) → 0.6', 'en')).toBe(
      '=KR_PROGRESS(12%, 7%, 9%) → 0.6',
    );
  });
});
