// ConditionalFormatRule and its builder (SpreadsheetApp.newConditionalFormatRule()): local
// objects, not counted; Sheet.setConditionalFormatRules records them on the sheet.
import type { ConditionalFormatRuleModel, GradientPoint, GridRange } from '../workbook/model';
import { colour } from './grid';
import type { RangeFacade } from './range';

export class ConditionalFormatRule {
  constructor(
    readonly model: ConditionalFormatRuleModel,
    private readonly rangeFacade: (range: GridRange) => RangeFacade,
  ) {}
  getRanges(): RangeFacade[] {
    return this.model.ranges.map(this.rangeFacade);
  }
  getBooleanCondition() {
    const { condition, values, format } = this.model;
    return {
      getCriteriaType: () => condition,
      getCriteriaValues: () => [...values],
      getBackground: () => format.background ?? null,
      getFontColor: () => format.fontColor ?? null,
      getBold: () => format.bold ?? null,
      getItalic: () => format.italic ?? null,
    };
  }
  getGradientCondition() {
    const gradient = this.model.gradient;
    if (!gradient) return null;
    const point = (which: 'min' | 'mid' | 'max') => gradient[which];
    return {
      getMinColor: () => point('min')?.color ?? '',
      getMinType: () => point('min')?.type ?? null,
      getMinValue: () => point('min')?.value ?? '',
      getMidColor: () => point('mid')?.color ?? '',
      getMidType: () => point('mid')?.type ?? null,
      getMidValue: () => point('mid')?.value ?? '',
      getMaxColor: () => point('max')?.color ?? '',
      getMaxType: () => point('max')?.type ?? null,
      getMaxValue: () => point('max')?.value ?? '',
    };
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.rangeFacade, this.model);
  }
}

export class ConditionalFormatRuleBuilder {
  private ranges: GridRange[] = [];
  private condition = '';
  private values: unknown[] = [];
  private format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean } =
    {};
  private gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | undefined;
  constructor(
    private readonly rangeFacade: (range: GridRange) => RangeFacade,
    from?: ConditionalFormatRuleModel,
  ) {
    if (from) {
      this.ranges = [...from.ranges];
      this.condition = from.condition;
      this.values = [...from.values];
      this.format = { ...from.format };
      this.gradient = from.gradient ? { ...from.gradient } : undefined;
    }
  }
  private when(condition: string, values: unknown[]): this {
    this.condition = condition;
    this.values = values;
    this.gradient = undefined;
    return this;
  }
  private point(which: 'min' | 'mid' | 'max', point: GradientPoint): this {
    this.condition = 'GRADIENT';
    this.values = [];
    this.gradient = { ...this.gradient, [which]: { ...point, color: colour(point.color) ?? '' } };
    return this;
  }
  setGradientMinpoint(color: string) {
    return this.point('min', { color, type: 'MIN', value: '' });
  }
  setGradientMaxpoint(color: string) {
    return this.point('max', { color, type: 'MAX', value: '' });
  }
  setGradientMinpointWithValue(color: string, type: GradientPoint['type'], value: string) {
    return this.point('min', { color, type, value: String(value) });
  }
  setGradientMidpointWithValue(color: string, type: GradientPoint['type'], value: string) {
    return this.point('mid', { color, type, value: String(value) });
  }
  setGradientMaxpointWithValue(color: string, type: GradientPoint['type'], value: string) {
    return this.point('max', { color, type, value: String(value) });
  }
  whenCellEmpty() {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQ', [text]);
  }
  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string) {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextStartsWith(text: string) {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string) {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
  whenNumberEqualTo(number: number) {
    return this.when('NUMBER_EQ', [number]);
  }
  whenNumberNotEqualTo(number: number) {
    return this.when('NUMBER_NOT_EQ', [number]);
  }
  whenNumberGreaterThan(number: number) {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number) {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberBetween(start: number, end: number) {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenFormulaSatisfied(formula: string) {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  setBackground(color: string | null): this {
    this.format.background = colour(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.format.fontColor = colour(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this.format.bold = bold ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.format.italic = italic ?? undefined;
    return this;
  }
  setRanges(ranges: RangeFacade[]): this {
    this.ranges = ranges.map((range) => range.grid());
    return this;
  }
  getRanges(): RangeFacade[] {
    return this.ranges.map(this.rangeFacade);
  }
  build(): ConditionalFormatRule {
    if (!this.condition) throw new Error('Conditional format rule must have a condition.');
    if (this.ranges.length === 0)
      throw new Error('Conditional format rule must have at least one range.');
    return new ConditionalFormatRule(
      {
        ranges: [...this.ranges],
        condition: this.condition,
        values: [...this.values],
        format: { ...this.format },
        gradient: this.gradient ? { ...this.gradient } : undefined,
      },
      this.rangeFacade,
    );
  }
}
