// Formulas as a person types them in a spreadsheet's locale. Apps Script's setFormula and
// getFormula always use the English syntax; the Sheets editor uses the locale's: where the
// decimal separator is a comma (es_ES, es_AR…), `;` separates arguments, `,` is the decimal
// mark, and in array literals `\` separates columns (rows keep `;`).
// Text in double quotes and quoted sheet names are never touched.

/** True for locales whose numbers use a decimal comma (their formulas then use `;`). */
export function usesDecimalComma(locale: string): boolean {
  const language = locale.toLowerCase().slice(0, 2);
  return ['es', 'pt', 'de', 'fr', 'it', 'nl', 'ru', 'tr', 'id', 'pl'].includes(language);
}

type Direction = 'toEnglish' | 'toLocale';

// A quoted string, a quoted sheet name, or one character.
const TOKEN = /"(?:[^"]|"")*"?|'(?:[^']|'')*'?|[\s\S]/g;
const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;

function translate(formula: string, direction: Direction): string {
  const open: string[] = [];
  let out = '';
  let previous = '';
  const tokens = formula.match(TOKEN) ?? [];
  for (let index = 0; index < tokens.length; index += 1) {
    // In range by the loop's bound.
    const token = tokens[index]!;
    const next = tokens[index + 1] ?? '';
    const inArray = open.at(-1) === '{';
    let written = token;
    if (token === '(' || token === '{') open.push(token);
    else if (token === ')' || token === '}') open.pop();
    else if (direction === 'toEnglish') {
      if (token === ';' && !inArray) written = ',';
      else if (token === '\\' && inArray) written = ',';
      else if (token === ',') written = '.';
    } else if (token === ',') written = inArray ? '\\' : ';';
    else if (token === '.' && /\d/.test(next) && isNumberStart(out, previous)) written = ',';
    out += written;
    if (token.length === 1) previous = token;
    else previous = '"';
  }
  return out;
}

/**
 * A `.` belongs to a number when what precedes it is digits that do not end a name or a
 * reference (`A1.5` is not a number, `NETWORKDAYS.INTL` is a name).
 */
function isNumberStart(written: string, previous: string): boolean {
  if (!/\d/.test(previous) && IDENTIFIER_CHAR.test(previous)) return false;
  const digits = /(\d*)$/.exec(written)?.[1] ?? '';
  const before = written.charAt(written.length - digits.length - 1);
  return !IDENTIFIER_CHAR.test(before) && before !== '.';
}

/** What a person typed in the locale's syntax, as setFormula takes it (English syntax). */
export function toEnglishFormula(formula: string, locale: string): string {
  if (!formula.startsWith('=') || !usesDecimalComma(locale)) return formula;
  return translate(formula, 'toEnglish');
}

/** A formula as getFormula returns it (English syntax), as the locale's editor shows it. */
export function toLocaleFormula(formula: string, locale: string): string {
  if (!formula.startsWith('=') || !usesDecimalComma(locale)) return formula;
  return translate(formula, 'toLocale');
}

/**
 * A documented example, `formula → result`, in the locale's syntax: the formula translated,
 * and a numeric result with the locale's decimal mark.
 */
export function localizeExample(example: string, locale: string): string {
  const [formula = '', ...result] = example.split(' → ');
  const shown = toLocaleFormula(formula, locale);
  if (result.length === 0) return shown;
  const value = result.join(' → ');
  const localized =
    usesDecimalComma(locale) && /^-?\d+\.\d+…?$/.test(value) ? value.replace('.', ',') : value;
  return `${shown} → ${localized}`;
}
