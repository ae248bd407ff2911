// What Sheets shows in a cell (getDisplayValue): the value under its number format, in the
// spreadsheet locale's separators. Covers the formats an add-on sets (0, 0.00, #,##0,
// 0%, 0.0%, "text" literals, dates and times, @); not Sheets' every format feature.
import { DAY_NAMES, MONTH_NAMES, serialWallClock } from './dates';

export interface LocaleSymbols {
  readonly decimal: string;
  readonly group: string;
  readonly spanish: boolean;
}

export function localeSymbols(locale: string): LocaleSymbols {
  const language = locale.toLowerCase().slice(0, 2);
  const comma = ['es', 'pt', 'de', 'fr', 'it', 'nl', 'ru', 'tr', 'id', 'pl'].includes(language);
  return { decimal: comma ? ',' : '.', group: comma ? '.' : ',', spanish: language === 'es' };
}

/** Sheets' automatic format for dates, per locale (what `setValue(new Date())` applies). */
export function defaultDateFormat(locale: string, withTime: boolean): string {
  const dayFirst = !/^en(_US)?$/i.test(locale) && !/^en_PH/i.test(locale);
  const date = dayFirst ? 'd/M/yyyy' : 'M/d/yyyy';
  return withTime ? `${date} H:mm:ss` : date;
}

export function isDateFormat(pattern: string): boolean {
  const unquoted = pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dyhs]/i.test(unquoted) || /(^|[^0#?])m/i.test(unquoted.replace(/[0#?.,%]/g, ''));
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** The automatic ("General") display of a number: up to 10 significant digits. */
export function generalNumber(value: number, symbols: LocaleSymbols): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  let text = String(Number(value.toPrecision(10)));
  if (/e/.test(text)) text = value.toExponential(2).toUpperCase();
  return text.replace('.', symbols.decimal);
}

function formatNumberSection(value: number, section: string, symbols: LocaleSymbols): string {
  const literals: string[] = [];
  // Pull quoted and escaped literals out so their characters are not read as placeholders.
  const pattern = section
    .replace(/"([^"]*)"/g, (_all, text: string) => {
      literals.push(text);
      return `\uE000${literals.length - 1}\uE001`;
    })
    .replace(/\\(.)/g, (_all, text: string) => {
      literals.push(text);
      return `\uE000${literals.length - 1}\uE001`;
    });
  const percent = pattern.includes('%');
  const scaled = percent ? value * 100 : value;
  const firstPlaceholder = pattern.search(/[0#?]/);
  if (firstPlaceholder < 0) return restoreLiterals(pattern, literals);
  let lastPlaceholder = firstPlaceholder;
  for (let index = firstPlaceholder; index < pattern.length; index += 1) {
    if (/[0#?.,]/.test(pattern[index])) lastPlaceholder = index;
    else break;
  }
  const numberPattern = pattern.slice(firstPlaceholder, lastPlaceholder + 1);
  const [integerPattern, decimalPattern = ''] = numberPattern.split('.');
  const decimals = decimalPattern.replace(/[^0#?]/g, '').length;
  const requiredDecimals = decimalPattern.replace(/[^0]/g, '').length;
  const grouped = integerPattern.includes(',');
  const minIntegerDigits = integerPattern.replace(/[^0]/g, '').length;
  let [integerDigits, decimalDigits = ''] = Math.abs(scaled).toFixed(decimals).split('.');
  while (decimalDigits.length > requiredDecimals && decimalDigits.endsWith('0')) {
    decimalDigits = decimalDigits.slice(0, -1);
  }
  if (integerDigits === '0' && minIntegerDigits === 0) integerDigits = '';
  integerDigits = integerDigits.padStart(minIntegerDigits, '0');
  if (grouped) integerDigits = groupDigits(integerDigits, symbols.group);
  const number = decimalDigits
    ? `${integerDigits}${symbols.decimal}${decimalDigits}`
    : integerDigits;
  return restoreLiterals(
    pattern.slice(0, firstPlaceholder) + number + pattern.slice(lastPlaceholder + 1),
    literals,
  );
}

function restoreLiterals(text: string, literals: readonly string[]): string {
  return text.replace(/\uE000(\d+)\uE001/g, (_all, index: string) => literals[Number(index)]);
}

function formatDateSection(serial: number, pattern: string, symbols: LocaleSymbols): string {
  const clock = serialWallClock(serial);
  const tokens =
    pattern.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|\.0+|[^"\\ymdhsa]+|./gi) ?? [];
  const twelveHour = tokens.some((token) => /^(am\/pm|a\/p)$/i.test(token));
  let output = '';
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const lower = token.toLowerCase();
    if (token.startsWith('"')) output += token.slice(1, -1);
    else if (token.startsWith('\\')) output += token.slice(1);
    else if (lower.startsWith('y')) {
      output += lower.length <= 2 ? String(clock.year % 100).padStart(2, '0') : String(clock.year);
    } else if (lower.startsWith('m')) {
      // `m` after an hour or before a second means minutes, as in Sheets.
      const previous = tokens
        .slice(0, index)
        .reverse()
        .find((t) => /^[a-z]/i.test(t));
      const next = tokens.slice(index + 1).find((t) => /^[a-z]/i.test(t));
      const minutes =
        (previous !== undefined && /^h/i.test(previous)) ||
        (next !== undefined && /^s/i.test(next));
      if (minutes) output += String(clock.minute).padStart(lower.length >= 2 ? 2 : 1, '0');
      else if (lower.length >= 4) output += MONTH_NAMES[clock.month - 1];
      else if (lower.length === 3) output += MONTH_NAMES[clock.month - 1].slice(0, 3);
      else output += String(clock.month).padStart(lower.length, '0');
    } else if (lower.startsWith('d')) {
      if (lower.length >= 4) output += DAY_NAMES[clock.weekday];
      else if (lower.length === 3) output += DAY_NAMES[clock.weekday].slice(0, 3);
      else output += String(clock.day).padStart(lower.length, '0');
    } else if (lower.startsWith('h')) {
      const hour = twelveHour ? (clock.hour % 12 === 0 ? 12 : clock.hour % 12) : clock.hour;
      output += String(hour).padStart(lower.length >= 2 ? 2 : 1, '0');
    } else if (lower.startsWith('s')) {
      output += String(clock.second).padStart(lower.length >= 2 ? 2 : 1, '0');
    } else if (lower.startsWith('.0')) {
      output +=
        symbols.decimal +
        String(clock.millisecond)
          .padStart(3, '0')
          .slice(0, lower.length - 1);
    } else if (lower === 'am/pm') output += clock.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') output += clock.hour < 12 ? 'A' : 'P';
    else output += token;
  }
  return output;
}

/** Display text of a number under a Sheets number format pattern. */
export function formatNumber(value: number, pattern: string, symbols: LocaleSymbols): string {
  if (!pattern || /^general$/i.test(pattern)) return generalNumber(value, symbols);
  if (pattern === '@') return generalNumber(value, symbols);
  const sections = pattern.split(';');
  const section =
    value < 0 && sections[1] !== undefined
      ? sections[1]
      : value === 0 && sections[2] !== undefined
        ? sections[2]
        : sections[0];
  if (isDateFormat(section)) return formatDateSection(value, section, symbols);
  const text = formatNumberSection(
    value < 0 && sections[1] !== undefined ? -value : value,
    section,
    symbols,
  );
  return value < 0 && sections[1] === undefined && /[1-9]/.test(text) ? `-${text}` : text;
}
