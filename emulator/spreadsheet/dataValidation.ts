// DataValidation and its builder (SpreadsheetApp.newDataValidation()): local objects, not
// counted; they reach the document only through Range.setDataValidation(s).
import type { DataValidationModel } from '../workbook/model';
import type { RangeFacade } from './range';

export class DataValidation {
  constructor(
    readonly model: DataValidationModel,
    private readonly facadeValue: (value: unknown) => unknown,
  ) {}
  getCriteriaType(): string {
    return this.model.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    return this.model.criteriaValues.map(this.facadeValue);
  }
  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }
  getHelpText(): string {
    return this.model.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.facadeValue, this.model);
  }
}

export class DataValidationBuilder {
  private criteriaType = '';
  private criteriaValues: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  constructor(
    private readonly facadeValue: (value: unknown) => unknown,
    from?: DataValidationModel,
  ) {
    if (from) {
      this.criteriaType = from.criteriaType;
      this.criteriaValues = [...from.criteriaValues];
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }
  private criteria(type: string, values: unknown[]): this {
    this.criteriaType = type;
    this.criteriaValues = values;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.criteria('VALUE_IN_LIST', [[...values].map(String), showDropdown]);
  }
  requireValueInRange(range: RangeFacade, showDropdown = true) {
    return this.criteria('VALUE_IN_RANGE', [{ gridRange: range.grid() }, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    return this.criteria('CHECKBOX', checked === undefined ? [] : [checked, unchecked]);
  }
  requireNumberBetween(start: number, end: number) {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number) {
    return this.criteria('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number) {
    return this.criteria('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number) {
    return this.criteria('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    return this.criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number) {
    return this.criteria('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number) {
    return this.criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireDate() {
    return this.criteria('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date) {
    return this.criteria('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date) {
    return this.criteria('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date) {
    return this.criteria('DATE_BETWEEN', [start, end]);
  }
  requireTextIsEmail() {
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl() {
    return this.criteria('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(text: string) {
    return this.criteria('TEXT_CONTAINS', [text]);
  }
  requireFormulaSatisfied(formula: string) {
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = Boolean(allowInvalid);
    return this;
  }
  setHelpText(helpText: string): this {
    this.helpText = String(helpText);
    return this;
  }
  getCriteriaType(): string {
    return this.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    return this.criteriaValues.map(this.facadeValue);
  }
  build(): DataValidation {
    if (!this.criteriaType) throw new Error('You must set a criteria on the data validation rule.');
    return new DataValidation(
      {
        criteriaType: this.criteriaType,
        criteriaValues: this.criteriaValues,
        allowInvalid: this.allowInvalid,
        helpText: this.helpText,
      },
      this.facadeValue,
    );
  }
}
