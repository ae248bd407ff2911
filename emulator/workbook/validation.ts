// Data validation on writes: list, checkbox and number-between rules with
// setAllowInvalid(false) refuse a value with Sheets' message; other criteria are recorded only.
import { columnLetters } from '../a1';
import { key, type SheetModel } from './model';

export function hasValidations(sheet: SheetModel): boolean {
  for (const properties of sheet.cells.values()) if (properties.validation) return true;
  return false;
}

export function checkValidation(
  sheet: SheetModel,
  row: number,
  column: number,
  value: unknown,
): void {
  const validation = sheet.cells.get(key(row, column))?.validation;
  if (
    !validation ||
    validation.allowInvalid ||
    value === '' ||
    value === null ||
    value === undefined
  )
    return;
  if (typeof value === 'string' && value.startsWith('=')) return;
  let valid = true;
  if (validation.criteriaType === 'VALUE_IN_LIST') {
    const list = (validation.criteriaValues[0] as unknown[]).map(String);
    valid = list.includes(String(value));
  } else if (validation.criteriaType === 'CHECKBOX') {
    valid = typeof value === 'boolean' || /^(true|false)$/i.test(String(value));
  } else if (validation.criteriaType === 'NUMBER_BETWEEN') {
    const number = Number(value);
    valid =
      Number.isFinite(number) &&
      number >= Number(validation.criteriaValues[0]) &&
      number <= Number(validation.criteriaValues[1]);
  }
  if (!valid) {
    throw new Error(
      `The data you entered in cell ${columnLetters(column)}${row} violates the data validation rules set on this cell.`,
    );
  }
}
