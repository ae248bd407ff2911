import { NEEDS_APOSTROPHE } from '../text';

// Besides formulas (NEEDS_APOSTROPHE), Sheets reads number- or date-looking text as a
// number or date; a leading apostrophe keeps it text (the apostrophe is not shown), so
// every text a person typed in the sidebar goes through here.
const LOOKS_LIKE_NUMBER_OR_DATE = /^[\d\s.,/:%$€-]+$/;

/** The text to write so that the cell holds exactly `text`, as text. */
export function inertText(text: string): string {
  if (text === '') return '';
  return NEEDS_APOSTROPHE.test(text) || LOOKS_LIKE_NUMBER_OR_DATE.test(text) ? `'${text}` : text;
}

/** Control characters other than tab and line feed: never meaningful in a comment. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A comment as stored: Windows line ends unified, control characters and outer space removed. */
export function cleanComment(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim();
}
