/**
 * Invalid input to one of the formulas. Its message always begins with `#VALUE!` and
 * names the argument and the value, so it can be shown as is: in the row of a range
 * result, or as the error of a call on single values.
 */
export class FormulaInputError extends Error {
  constructor(message: string) {
    super(message.startsWith('#VALUE!') ? message : `#VALUE! ${message}`);
    this.name = 'FormulaInputError';
  }
}

/** Shows a value the way a person typed it, for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'blank';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) return 'an invalid date';
    const pad = (part: number) => String(part).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return String(value);
}
