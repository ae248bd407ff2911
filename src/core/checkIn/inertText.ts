import { NEEDS_APOSTROPHE } from '../text';

// Besides formulas (NEEDS_APOSTROPHE), Sheets reads number- or date-looking text as a
// number or date; a leading apostrophe keeps it text (the apostrophe is not shown), so
// every text a person typed in the sidebar goes through here.
const LOOKS_LIKE_NUMBER_OR_DATE = /^[\d\s.,/:%$€-]+$/;
// Also read as values: booleans in either language, scientific notation (1e3), times of
// day (9 am), dates with a month's name (1 Jan, mar 2026), and error words (#N/A).
const BOOLEAN = /^\s*(true|false|verdadero|falso)\s*$/i;
const SCIENTIFIC = /^\s*[+-]?(\d+[.,]?\d*|[.,]\d+)\s*e\s*[+-]?\d+\s*$/i;
const TIME_OF_DAY = /^\s*\d{1,2}([:.]\d{1,2}){0,2}\s*(a\.?\s?m\.?|p\.?\s?m\.?)\s*$/i;
const MONTH =
  /(^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-zé]*\.?($|[^a-z])/i;

/** The text to write so that the cell holds exactly `text`, as text. */
export function inertText(text: string): string {
  if (text === '') return '';
  const parsed =
    NEEDS_APOSTROPHE.test(text) ||
    text.startsWith('#') ||
    LOOKS_LIKE_NUMBER_OR_DATE.test(text) ||
    BOOLEAN.test(text) ||
    SCIENTIFIC.test(text) ||
    TIME_OF_DAY.test(text) ||
    (/\d/.test(text) && text.length <= 40 && MONTH.test(text));
  return parsed ? `'${text}` : text;
}

/** Control characters other than tab and line feed: never meaningful in a comment. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A comment as stored: Windows line ends unified, control characters and outer space removed. */
export function cleanComment(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim();
}
