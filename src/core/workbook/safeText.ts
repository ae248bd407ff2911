import { NEEDS_APOSTROPHE } from '../text';

/**
 * Text a person typed, made safe to write back with setValues (see NEEDS_APOSTROPHE).
 * Other values, and text Sheets would parse as a number or date, pass unchanged: the
 * template writes example figures such as `12%` as a person would type them.
 */
export function asPlainText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return NEEDS_APOSTROPHE.test(value) ? `'${value}` : value;
}
