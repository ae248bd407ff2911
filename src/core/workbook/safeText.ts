/**
 * Text a person typed, made safe to write back with setValues: Sheets would read a
 * leading `=`, `+`, `-` or `@` (or a tab, CR, LF) as the start of a formula, so such text
 * gets the `'` prefix that keeps it text. Other values pass unchanged.
 */
export function asPlainText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : value;
}
