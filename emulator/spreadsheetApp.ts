// SpreadsheetApp over the in-memory Workbook, with the method names and signatures of
// @types/google-apps-script. Every Spreadsheet/Sheet/Range method call is one counted
// service call (instrument()); builders are local objects and are not counted, except
// the SpreadsheetApp.new…() that creates them.
import { columnLetters, parseA1, rangeA1 } from './a1';
import { type CounterName, instrument, type Requirement, type Runtime } from './runtime';
import type { UiRecorder } from './ui';
import type {
  ChartModel,
  ConditionalFormatRuleModel,
  DataValidationModel,
  GradientPoint,
  GridRange,
  ProtectionModel,
  SheetModel,
} from './workbook/model';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './workbook/model';
import type { Workbook } from './workbook/workbook';

const READS =
  /^(getValues?|getDisplayValues?|getFormulas?|getFormulasR1C1|getFormulaR1C1|getNumberFormats?|getBackgrounds?|getFontWeights?|getFontColors?|getFontStyles?|getFontSizes?|getNotes?|getDataValidations?|getHorizontalAlignments?|getVerticalAlignments?|getWraps?|isBlank)$/;
const WRITES =
  /^(set(?!ActiveSheet$|ActiveRange$)|clear|append|insert|delete|remove|protect|autoResize|hide|show|merge|sort|copyTo|moveTo|update|rename|moveActiveSheet)/;

function classifySpreadsheet(method: string): { counter: CounterName; requirement: Requirement } {
  if (READS.test(method)) return { counter: 'spreadsheetReads', requirement: 'document' };
  if (WRITES.test(method)) return { counter: 'spreadsheetWrites', requirement: 'document' };
  if (method === 'toast') return { counter: 'ui', requirement: 'document' };
  return { counter: 'spreadsheetOther', requirement: 'document' };
}

function classifyApp(method: string): { counter: CounterName; requirement: Requirement } {
  if (method === 'getUi') return { counter: 'spreadsheetOther', requirement: 'menu' };
  if (method.startsWith('new')) return { counter: 'spreadsheetOther', requirement: 'menu' };
  return { counter: 'spreadsheetOther', requirement: 'document' };
}

const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>;

export const SPREADSHEET_ENUMS = {
  DataValidationCriteria: enumOf(
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CHECKBOX',
    'NUMBER_BETWEEN',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'TEXT_CONTAINS',
    'CUSTOM_FORMULA',
  ),
  BooleanCriteria: enumOf(
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'TEXT_EQ',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_STARTS_WITH',
    'TEXT_ENDS_WITH',
    'NUMBER_EQ',
    'NUMBER_NOT_EQ',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_BETWEEN',
    'CUSTOM_FORMULA',
  ),
  ProtectionType: enumOf('RANGE', 'SHEET'),
  InterpolationType: enumOf('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  Dimension: enumOf('COLUMNS', 'ROWS'),
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
  ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
  SheetType: enumOf('GRID', 'OBJECT'),
};

export const CHART_TYPES = enumOf(
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SCORECARD',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
);

export interface SpreadsheetEnvironment {
  readonly runtime: Runtime;
  readonly workbook: Workbook;
  readonly ui: UiRecorder;
  /** The owner of the document (can always edit protected ranges). */
  readonly ownerEmail: string;
  readonly currentUserEmail: () => string;
  readonly getUi: () => unknown;
  activeSheetId: number;
}

function colour(value: string | null): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return String(value).toLowerCase();
}

function is2d(values: unknown): values is unknown[][] {
  return Array.isArray(values) && values.every((row) => Array.isArray(row));
}

type Bounds = Omit<GridRange, 'sheetId'>;

// ---------------------------------------------------------------------------------------
// Builders and plain objects (not counted: they do not reach the document)

class DataValidation {
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

class DataValidationBuilder {
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

class ConditionalFormatRule {
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

class ConditionalFormatRuleBuilder {
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

class EmbeddedChart {
  constructor(
    readonly model: ChartModel,
    private readonly rangeFacade: (range: GridRange) => RangeFacade,
  ) {}
  getChartId(): number {
    return this.model.id;
  }
  getRanges(): RangeFacade[] {
    return this.model.ranges.map(this.rangeFacade);
  }
  getOptions() {
    return { get: (option: string) => this.model.options[option] ?? null };
  }
  getContainerInfo() {
    const { position } = this.model;
    return {
      getAnchorRow: () => position.row,
      getAnchorColumn: () => position.column,
      getOffsetX: () => position.offsetX,
      getOffsetY: () => position.offsetY,
    };
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.rangeFacade, () => this.model.id, this.model);
  }
}

class EmbeddedChartBuilder {
  private type = 'LINE';
  private ranges: GridRange[] = [];
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};
  constructor(
    private readonly rangeFacade: (range: GridRange) => RangeFacade,
    private readonly newId: () => number,
    private readonly from?: ChartModel,
  ) {
    if (from) {
      this.type = from.type;
      this.ranges = [...from.ranges];
      this.position = { ...from.position };
      this.options = { ...from.options };
    }
  }
  addRange(range: RangeFacade): this {
    this.ranges.push(range.grid());
    return this;
  }
  removeRange(range: RangeFacade): this {
    const grid = range.grid();
    this.ranges = this.ranges.filter(
      (candidate) => JSON.stringify(candidate) !== JSON.stringify(grid),
    );
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  getRanges(): RangeFacade[] {
    return this.ranges.map(this.rangeFacade);
  }
  setChartType(type: string): this {
    this.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.type;
  }
  asPieChart() {
    return this.setChartType('PIE');
  }
  asBarChart() {
    return this.setChartType('BAR');
  }
  asColumnChart() {
    return this.setChartType('COLUMN');
  }
  asLineChart() {
    return this.setChartType('LINE');
  }
  asAreaChart() {
    return this.setChartType('AREA');
  }
  asScatterChart() {
    return this.setChartType('SCATTER');
  }
  asTableChart() {
    return this.setChartType('TABLE');
  }
  setOption(option: string, value: unknown): this {
    this.options[String(option)] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    return this.setOption('numHeaders', headers);
  }
  setMergeStrategy(strategy: string): this {
    return this.setOption('mergeStrategy', strategy);
  }
  setHiddenDimensionStrategy(strategy: string): this {
    return this.setOption('hiddenDimensionStrategy', strategy);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.setOption('transposeRowsAndColumns', transpose);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(position: string): this {
    return this.setOption('legend.position', position);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', colors);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(
      {
        id: this.from?.id ?? this.newId(),
        type: this.type,
        ranges: [...this.ranges],
        position: { ...this.position },
        options: { ...this.options },
      },
      this.rangeFacade,
    );
  }
}

// ---------------------------------------------------------------------------------------
// Document objects (counted)

export class SpreadsheetApi {
  constructor(readonly env: SpreadsheetEnvironment) {}

  spreadsheet(): SpreadsheetFacade {
    return instrument(
      new SpreadsheetFacade(this),
      'Spreadsheet',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  sheet(model: SheetModel): SheetFacade {
    return instrument(
      new SheetFacade(this, model.id),
      'Sheet',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  range(grid: GridRange, notation?: string): RangeFacade {
    return instrument(
      new RangeFacade(this, grid, notation),
      'Range',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  /** A range from A1 notation; whole columns (`A:C`) and rows (`2:4`) keep that notation. */
  rangeFromA1(a1: string, defaultSheet: SheetModel): RangeFacade {
    const grid = this.resolveA1(a1, defaultSheet);
    const reference = parseA1(String(a1));
    let notation: string | undefined;
    if (reference.rows === undefined && reference.row === 1 && reference.columns !== undefined) {
      notation = `${columnLetters(grid.column)}:${columnLetters(grid.column + grid.columns - 1)}`;
    } else if (
      reference.columns === undefined &&
      reference.column === 1 &&
      reference.rows !== undefined
    ) {
      notation = `${grid.row}:${grid.row + grid.rows - 1}`;
    }
    return this.range(grid, notation);
  }
  protection(model: ProtectionModel): ProtectionFacade {
    return instrument(
      new ProtectionFacade(this, model),
      'Protection',
      this.env.runtime,
      classifySpreadsheet,
    );
  }
  readonly rangeFacade = (grid: GridRange): RangeFacade => this.range(grid);
  /** Criteria values hold ranges as `{ gridRange }` in the model; hand back Range objects. */
  readonly criteriaValue = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && 'gridRange' in value
      ? this.range((value as { gridRange: GridRange }).gridRange)
      : Array.isArray(value)
        ? [...value]
        : value;

  /** Bounds of an A1 reference on a sheet, open ends closed at the sheet's edges. */
  resolveA1(a1: string, defaultSheet: SheetModel): GridRange {
    const reference = parseA1(String(a1));
    const sheet =
      reference.sheetName === undefined
        ? defaultSheet
        : this.env.workbook.sheetByName(reference.sheetName);
    if (!sheet) throw new Error(`Range not found`);
    const grid = {
      sheetId: sheet.id,
      row: reference.row,
      column: reference.column,
      rows: reference.rows ?? sheet.maxRows - reference.row + 1,
      columns: reference.columns ?? sheet.maxColumns - reference.column + 1,
    };
    checkBounds(sheet, grid);
    return grid;
  }

  /** Refuses writes to a protected range the current user may not edit (warning-only passes). */
  checkEditable(grid: GridRange): void {
    const email = this.env.currentUserEmail();
    if (email === this.env.ownerEmail) return;
    for (const protection of this.env.workbook.protections) {
      if (protection.warningOnly || protection.editors.includes(email)) continue;
      const range = protection.range;
      if (range.sheetId !== grid.sheetId) continue;
      const overlaps =
        range.row < grid.row + grid.rows &&
        grid.row < range.row + range.rows &&
        range.column < grid.column + grid.columns &&
        grid.column < range.column + range.columns;
      if (overlaps) {
        throw new Error(
          'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
        );
      }
    }
  }
}

function checkBounds(sheet: SheetModel, grid: Bounds): void {
  if (grid.row < 1) throw new Error('The starting row of the range is too small.');
  if (grid.column < 1) throw new Error('The starting column of the range is too small.');
  if (grid.rows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (grid.columns < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (
    grid.row + grid.rows - 1 > sheet.maxRows ||
    grid.column + grid.columns - 1 > sheet.maxColumns
  ) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

export class SpreadsheetFacade {
  constructor(private readonly api: SpreadsheetApi) {}
  private get workbook(): Workbook {
    return this.api.env.workbook;
  }
  private activeModel(): SheetModel {
    const active = this.workbook.sheets.find((sheet) => sheet.id === this.api.env.activeSheetId);
    return active ?? this.workbook.sheets[0];
  }
  getId(): string {
    return this.workbook.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.workbook.id}/edit`;
  }
  getName(): string {
    return this.workbook.name;
  }
  rename(name: string): void {
    this.workbook.name = String(name);
  }
  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.workbook.locale = String(locale);
    this.workbook.changed();
  }
  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.workbook.timeZone = String(timeZone);
    this.workbook.changed();
  }
  getSheets(): SheetFacade[] {
    return this.workbook.sheets.map((sheet) => this.api.sheet(sheet));
  }
  getNumSheets(): number {
    return this.workbook.sheets.length;
  }
  getSheetByName(name: string): SheetFacade | null {
    const sheet = this.workbook.sheetByName(String(name));
    return sheet ? this.api.sheet(sheet) : null;
  }
  getSheetById(id: number): SheetFacade | null {
    const sheet = this.workbook.sheets.find((candidate) => candidate.id === id);
    return sheet ? this.api.sheet(sheet) : null;
  }
  /** insertSheet() | (index) | (name) | (name, index) | (name, index, options) | (options) */
  insertSheet(...args: unknown[]): SheetFacade {
    let name: string | undefined;
    let index: number | undefined;
    for (const arg of args) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
    }
    const sheet = this.workbook.addSheet(name, index);
    this.api.env.activeSheetId = sheet.id;
    return this.api.sheet(sheet);
  }
  deleteSheet(sheet: SheetFacade): void {
    this.workbook.removeSheet(
      this.workbook.sheetById(this.api.env.runtime.uncounted(() => sheet.getSheetId())),
    );
  }
  getActiveSheet(): SheetFacade {
    return this.api.sheet(this.activeModel());
  }
  setActiveSheet(sheet: SheetFacade): SheetFacade {
    this.api.env.activeSheetId = this.api.env.runtime.uncounted(() => sheet.getSheetId());
    return sheet;
  }
  moveActiveSheet(position: number): void {
    const sheets = this.workbook.sheets;
    const active = this.activeModel();
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(Math.max(0, Math.min(position - 1, sheets.length)), 0, active);
  }
  getSheetName(): string {
    return this.activeModel().name;
  }
  getRange(a1: string): RangeFacade {
    return this.api.rangeFromA1(a1, this.activeModel());
  }
  getRangeByName(name: string): RangeFacade | null {
    const range = this.workbook.namedRanges.get(String(name));
    return range ? this.api.range(range) : null;
  }
  setNamedRange(name: string, range: RangeFacade): void {
    this.workbook.setNamedRange(String(name), range.grid());
  }
  removeNamedRange(name: string): void {
    this.workbook.removeNamedRange(String(name));
  }
  getNamedRanges() {
    return [...this.workbook.namedRanges.keys()].map((name) => ({
      getName: () => name,
      getRange: () => this.api.range(this.workbook.namedRanges.get(name)!),
      remove: () => this.workbook.removeNamedRange(name),
      setRange: (range: RangeFacade) => this.workbook.setNamedRange(name, range.grid()),
    }));
  }
  getProtections(type: string): ProtectionFacade[] {
    return this.workbook.protections
      .filter((protection) => protection.type === type)
      .map((protection) => this.api.protection(protection));
  }
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.api.env.ui.toasts.push({
      message: String(message),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  getDataRange(): RangeFacade {
    return new SheetFacade(this.api, this.activeModel().id).getDataRange();
  }
  getLastRow(): number {
    return this.workbook.extent(this.activeModel()).lastRow;
  }
  getLastColumn(): number {
    return this.workbook.extent(this.activeModel()).lastColumn;
  }
  appendRow(rowContents: unknown[]): SpreadsheetFacade {
    new SheetFacade(this.api, this.activeModel().id).appendRow(rowContents);
    return this;
  }
}

export class SheetFacade {
  constructor(
    private readonly api: SpreadsheetApi,
    private readonly sheetId: number,
  ) {}
  private get workbook(): Workbook {
    return this.api.env.workbook;
  }
  private get model(): SheetModel {
    return this.workbook.sheetById(this.sheetId);
  }
  private wholeSheet(): GridRange {
    return {
      sheetId: this.sheetId,
      row: 1,
      column: 1,
      rows: this.model.maxRows,
      columns: this.model.maxColumns,
    };
  }
  getName(): string {
    return this.model.name;
  }
  setName(name: string): SheetFacade {
    this.workbook.renameSheet(this.model, String(name));
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.workbook.sheets.indexOf(this.model) + 1;
  }
  getParent(): SpreadsheetFacade {
    return this.api.spreadsheet();
  }
  activate(): SheetFacade {
    this.api.env.activeSheetId = this.sheetId;
    return this;
  }
  /** getRange(a1) | (row, column) | (row, column, numRows) | (row, column, numRows, numColumns) */
  getRange(...args: unknown[]): RangeFacade {
    if (typeof args[0] === 'string') return this.api.rangeFromA1(args[0], this.model);
    const [row, column, rows = 1, columns = 1] = args as number[];
    if (typeof row !== 'number' || typeof column !== 'number') {
      throw new Error(
        `The parameters (${args.map((arg) => typeof arg).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    const grid = { sheetId: this.sheetId, row, column, rows, columns };
    checkBounds(this.model, grid);
    return this.api.range(grid);
  }
  getRangeList(a1Notations: string[]) {
    const ranges = a1Notations.map((a1) => this.api.rangeFromA1(a1, this.model));
    return { getRanges: () => ranges };
  }
  getDataRange(): RangeFacade {
    const { lastRow, lastColumn } = this.workbook.extent(this.model);
    return this.api.range({
      sheetId: this.sheetId,
      row: 1,
      column: 1,
      rows: Math.max(1, lastRow),
      columns: Math.max(1, lastColumn),
    });
  }
  getLastRow(): number {
    return this.workbook.extent(this.model).lastRow;
  }
  getLastColumn(): number {
    return this.workbook.extent(this.model).lastColumn;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  appendRow(rowContents: unknown[]): SheetFacade {
    if (!Array.isArray(rowContents))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = this.workbook.extent(this.model).lastRow + 1;
    this.workbook.ensureSize(this.model, row, rowContents.length);
    this.api.checkEditable({
      sheetId: this.sheetId,
      row,
      column: 1,
      rows: 1,
      columns: Math.max(1, rowContents.length),
    });
    if (rowContents.length > 0) this.workbook.writeValues(this.model, row, 1, [rowContents]);
    return this;
  }
  insertRowAfter(afterPosition: number): SheetFacade {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): SheetFacade {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetFacade {
    this.workbook.insertRows(this.model, afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetFacade {
    this.workbook.insertRows(this.model, beforePosition, howMany);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.workbook.insertRows(this.model, rowIndex, numRows);
  }
  deleteRow(rowPosition: number): SheetFacade {
    this.workbook.deleteRows(this.model, rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.workbook.deleteRows(this.model, rowPosition, howMany);
  }
  insertColumnAfter(afterPosition: number): SheetFacade {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): SheetFacade {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetFacade {
    this.workbook.insertColumns(this.model, afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetFacade {
    this.workbook.insertColumns(this.model, beforePosition, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.workbook.insertColumns(this.model, columnIndex, numColumns);
  }
  deleteColumn(columnPosition: number): SheetFacade {
    this.workbook.deleteColumns(this.model, columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.workbook.deleteColumns(this.model, columnPosition, howMany);
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): SheetFacade {
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetFacade {
    for (let column = startColumn; column < startColumn + numColumns; column += 1)
      this.model.columnWidths.set(column, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumn(columnPosition: number): SheetFacade {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetFacade {
    // Approximates Sheets' fit-to-content: about 7 px per character of the longest text.
    const { lastRow } = this.workbook.extent(this.model);
    if (lastRow === 0) return this;
    const shown = this.workbook.displayValues(this.model, {
      row: 1,
      column: startColumn,
      rows: lastRow,
      columns: numColumns,
    });
    for (let offset = 0; offset < numColumns; offset += 1) {
      const longest = Math.max(...shown.map((cells) => cells[offset].length));
      this.model.columnWidths.set(
        startColumn + offset,
        Math.max(DEFAULT_COLUMN_WIDTH / 2, longest * 7 + 10),
      );
    }
    return this;
  }
  setRowHeight(rowPosition: number, height: number): SheetFacade {
    this.model.rowHeights.set(rowPosition, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  hideSheet(): SheetFacade {
    this.model.hidden = true;
    return this;
  }
  showSheet(): SheetFacade {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  setTabColor(color: string | null): SheetFacade {
    this.model.tabColor = colour(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetFacade {
    const grid = this.wholeSheet();
    if (!options?.formatOnly) this.workbook.clearContents(this.model, grid);
    if (!options?.contentsOnly) this.workbook.clearFormats(this.model, grid);
    return this;
  }
  clearContents(): SheetFacade {
    this.workbook.clearContents(this.model, this.wholeSheet());
    return this;
  }
  clearFormats(): SheetFacade {
    this.workbook.clearFormats(this.model, this.wholeSheet());
    return this;
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.model.conditionalFormatRules = rules.map((rule) => rule.model);
    this.workbook.changed();
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.model.conditionalFormatRules.map(
      (rule) => new ConditionalFormatRule(rule, this.api.rangeFacade),
    );
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalFormatRules = [];
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.api.rangeFacade, () => this.workbook.objectId());
  }
  insertChart(chart: EmbeddedChart): void {
    this.model.charts.push(chart.model);
  }
  updateChart(chart: EmbeddedChart): void {
    const index = this.model.charts.findIndex((candidate) => candidate.id === chart.model.id);
    if (index < 0) throw new Error('Chart not found.');
    this.model.charts[index] = chart.model;
  }
  removeChart(chart: EmbeddedChart): void {
    const index = this.model.charts.findIndex((candidate) => candidate.id === chart.model.id);
    if (index >= 0) this.model.charts.splice(index, 1);
  }
  getCharts(): EmbeddedChart[] {
    return this.model.charts.map((chart) => new EmbeddedChart(chart, this.api.rangeFacade));
  }
  protect(): ProtectionFacade {
    return this.api.protection(createProtection(this.api, 'SHEET', this.wholeSheet()));
  }
  getProtections(type: string): ProtectionFacade[] {
    return this.workbook.protections
      .filter((protection) => protection.type === type && protection.range.sheetId === this.sheetId)
      .map((protection) => this.api.protection(protection));
  }
}

function createProtection(
  api: SpreadsheetApi,
  type: 'RANGE' | 'SHEET',
  range: GridRange,
): ProtectionModel {
  const editors = [api.env.ownerEmail];
  const current = api.env.currentUserEmail();
  if (current && !editors.includes(current)) editors.push(current);
  const model: ProtectionModel = {
    id: api.env.workbook.objectId(),
    type,
    range,
    description: '',
    warningOnly: false,
    editors,
    domainEdit: false,
  };
  api.env.workbook.protections.push(model);
  return model;
}

export class ProtectionFacade {
  constructor(
    private readonly api: SpreadsheetApi,
    private readonly model: ProtectionModel,
  ) {}
  getProtectionType(): string {
    return this.model.type;
  }
  getRange(): RangeFacade {
    return this.api.range(this.model.range);
  }
  setDescription(description: string): ProtectionFacade {
    this.model.description = String(description);
    return this;
  }
  getDescription(): string {
    return this.model.description;
  }
  setWarningOnly(warningOnly: boolean): ProtectionFacade {
    this.model.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }
  addEditor(email: string | { getEmail(): string }): ProtectionFacade {
    return this.addEditors([email]);
  }
  addEditors(emails: (string | { getEmail(): string })[]): ProtectionFacade {
    for (const email of emails) {
      const address = typeof email === 'string' ? email : email.getEmail();
      if (!this.model.editors.includes(address)) this.model.editors.push(address);
    }
    return this;
  }
  removeEditor(email: string | { getEmail(): string }): ProtectionFacade {
    return this.removeEditors([email]);
  }
  removeEditors(emails: (string | { getEmail(): string })[]): ProtectionFacade {
    const addresses = emails.map((email) => (typeof email === 'string' ? email : email.getEmail()));
    // The owner can never be removed, as in Sheets.
    this.model.editors = this.model.editors.filter(
      (editor) => editor === this.api.env.ownerEmail || !addresses.includes(editor),
    );
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return this.model.editors.map((email) => ({ getEmail: () => email }));
  }
  setDomainEdit(editable: boolean): ProtectionFacade {
    this.model.domainEdit = Boolean(editable);
    return this;
  }
  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }
  canEdit(): boolean {
    const email = this.api.env.currentUserEmail();
    return (
      this.model.warningOnly ||
      email === this.api.env.ownerEmail ||
      this.model.editors.includes(email)
    );
  }
  remove(): void {
    const protections = this.api.env.workbook.protections;
    const index = protections.indexOf(this.model);
    if (index >= 0) protections.splice(index, 1);
  }
}

export class RangeFacade {
  constructor(
    private readonly api: SpreadsheetApi,
    private readonly bounds: GridRange,
    private readonly notation?: string,
  ) {}
  /** The grid coordinates (emulator-internal; not an Apps Script method). */
  grid(): GridRange {
    return this.bounds;
  }
  private get workbook(): Workbook {
    return this.api.env.workbook;
  }
  private get model(): SheetModel {
    return this.workbook.sheetById(this.bounds.sheetId);
  }
  private cellsMatch(values: unknown, method: string): asserts values is unknown[][] {
    if (!is2d(values)) {
      throw new Error(
        `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== this.bounds.rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.bounds.rows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.bounds.columns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.bounds.columns}.`,
        );
      }
    }
  }
  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.bounds.rows }, () =>
      Array.from({ length: this.bounds.columns }, () => value),
    );
  }
  private first<T>(grid: T[][]): T {
    return grid[0][0];
  }
  private cellProperty<K extends keyof import('./workbook/model').CellProperties>(
    property: K,
    fallback: unknown,
  ): unknown[][] {
    const rows: unknown[][] = [];
    for (let r = 0; r < this.bounds.rows; r += 1) {
      const cells: unknown[] = [];
      for (let c = 0; c < this.bounds.columns; c += 1) {
        cells.push(
          this.workbook.cellProperties(this.model, this.bounds.row + r, this.bounds.column + c)?.[
            property
          ] ?? fallback,
        );
      }
      rows.push(cells);
    }
    return rows;
  }
  private setCellProperty<K extends keyof import('./workbook/model').CellProperties>(
    property: K,
    valueAt: (r: number, c: number) => import('./workbook/model').CellProperties[K] | undefined,
  ): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.setProperty(this.model, this.bounds, property, valueAt);
    return this;
  }

  // -- geometry
  getA1Notation(): string {
    if (this.notation) return this.notation;
    const { row, column, rows, columns } = this.bounds;
    return rangeA1(row, column, rows, columns);
  }
  getRow(): number {
    return this.bounds.row;
  }
  getRowIndex(): number {
    return this.bounds.row;
  }
  getColumn(): number {
    return this.bounds.column;
  }
  getColumnIndex(): number {
    return this.bounds.column;
  }
  getNumRows(): number {
    return this.bounds.rows;
  }
  getNumColumns(): number {
    return this.bounds.columns;
  }
  getHeight(): number {
    return this.bounds.rows;
  }
  getWidth(): number {
    return this.bounds.columns;
  }
  getLastRow(): number {
    return this.bounds.row + this.bounds.rows - 1;
  }
  getLastColumn(): number {
    return this.bounds.column + this.bounds.columns - 1;
  }
  getGridId(): number {
    return this.bounds.sheetId;
  }
  getSheet(): SheetFacade {
    return this.api.sheet(this.model);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeFacade {
    const grid = {
      sheetId: this.bounds.sheetId,
      row: this.bounds.row + rowOffset,
      column: this.bounds.column + columnOffset,
      rows: numRows ?? this.bounds.rows,
      columns: numColumns ?? this.bounds.columns,
    };
    checkBounds(this.model, grid);
    return this.api.range(grid);
  }
  getCell(row: number, column: number): RangeFacade {
    if (row < 1 || column < 1 || row > this.bounds.rows || column > this.bounds.columns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.api.range({
      ...this.bounds,
      row: this.bounds.row + row - 1,
      column: this.bounds.column + column - 1,
      rows: 1,
      columns: 1,
    });
  }
  activate(): RangeFacade {
    this.api.env.activeSheetId = this.bounds.sheetId;
    return this;
  }

  // -- values and formulas
  getValues(): unknown[][] {
    return this.workbook.values(this.model, this.bounds);
  }
  getValue(): unknown {
    return this.first(this.workbook.values(this.model, { ...this.bounds, rows: 1, columns: 1 }));
  }
  getDisplayValues(): string[][] {
    return this.workbook.displayValues(this.model, this.bounds);
  }
  getDisplayValue(): string {
    return this.first(
      this.workbook.displayValues(this.model, { ...this.bounds, rows: 1, columns: 1 }),
    );
  }
  getFormulas(): string[][] {
    return this.workbook.formulas(this.model, this.bounds);
  }
  getFormula(): string {
    return this.first(this.workbook.formulas(this.model, { ...this.bounds, rows: 1, columns: 1 }));
  }
  isBlank(): boolean {
    const values = this.workbook.values(this.model, this.bounds);
    const formulas = this.workbook.formulas(this.model, this.bounds);
    return (
      values.every((cells) => cells.every((value) => value === '')) &&
      formulas.every((cells) => cells.every((formula) => formula === ''))
    );
  }
  setValues(values: unknown[][]): RangeFacade {
    this.cellsMatch(values, 'setValues');
    this.api.checkEditable(this.bounds);
    this.workbook.writeValues(this.model, this.bounds.row, this.bounds.column, values);
    return this;
  }
  setValue(value: unknown): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.writeValues(this.model, this.bounds.row, this.bounds.column, this.fill(value));
    return this;
  }
  setFormulas(formulas: string[][]): RangeFacade {
    this.cellsMatch(formulas, 'setFormulas');
    this.api.checkEditable(this.bounds);
    this.workbook.writeFormulas(
      this.model,
      this.bounds.row,
      this.bounds.column,
      formulas.map((cells) =>
        cells.map((formula) => (formula === null || formula === undefined ? '' : String(formula))),
      ),
    );
    return this;
  }
  setFormula(formula: string): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.writeFormulas(
      this.model,
      this.bounds.row,
      this.bounds.column,
      this.fill(String(formula)),
    );
    return this;
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): RangeFacade {
    this.api.checkEditable(this.bounds);
    if (options?.validationsOnly) return this.clearDataValidations();
    if (options?.commentsOnly) return this.clearNote();
    if (!options?.formatOnly) this.workbook.clearContents(this.model, this.bounds);
    if (!options?.contentsOnly) this.workbook.clearFormats(this.model, this.bounds, false);
    return this;
  }
  clearContent(): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.clearContents(this.model, this.bounds);
    return this;
  }
  clearFormat(): RangeFacade {
    this.api.checkEditable(this.bounds);
    this.workbook.clearFormats(this.model, this.bounds);
    return this;
  }

  // -- formats
  getNumberFormats(): string[][] {
    return this.cellProperty('numberFormat', '0.###############') as string[][];
  }
  getNumberFormat(): string {
    return this.first(this.getNumberFormats());
  }
  setNumberFormat(numberFormat: string): RangeFacade {
    return this.setCellProperty('numberFormat', () => String(numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): RangeFacade {
    this.cellsMatch(numberFormats, 'setNumberFormats');
    return this.setCellProperty('numberFormat', (r, c) => String(numberFormats[r][c]));
  }
  getBackgrounds(): string[][] {
    return this.cellProperty('background', '#ffffff') as string[][];
  }
  getBackground(): string {
    return this.first(this.getBackgrounds());
  }
  setBackground(color: string | null): RangeFacade {
    return this.setCellProperty('background', () => colour(color));
  }
  setBackgrounds(colors: (string | null)[][]): RangeFacade {
    this.cellsMatch(colors, 'setBackgrounds');
    return this.setCellProperty('background', (r, c) => colour(colors[r][c]));
  }
  getFontWeights(): string[][] {
    return this.cellProperty('fontWeight', 'normal') as string[][];
  }
  getFontWeight(): string {
    return this.first(this.getFontWeights());
  }
  setFontWeight(fontWeight: string | null): RangeFacade {
    return this.setCellProperty('fontWeight', () =>
      fontWeight === 'normal' ? undefined : (fontWeight ?? undefined),
    );
  }
  setFontWeights(fontWeights: (string | null)[][]): RangeFacade {
    this.cellsMatch(fontWeights, 'setFontWeights');
    return this.setCellProperty('fontWeight', (r, c) =>
      fontWeights[r][c] === 'normal' ? undefined : (fontWeights[r][c] ?? undefined),
    );
  }
  getFontColors(): string[][] {
    return this.cellProperty('fontColor', '#000000') as string[][];
  }
  getFontColor(): string {
    return this.first(this.getFontColors());
  }
  setFontColor(color: string | null): RangeFacade {
    return this.setCellProperty('fontColor', () => colour(color));
  }
  setFontColors(colors: (string | null)[][]): RangeFacade {
    this.cellsMatch(colors, 'setFontColors');
    return this.setCellProperty('fontColor', (r, c) => colour(colors[r][c]));
  }
  setFontStyle(fontStyle: string | null): RangeFacade {
    return this.setCellProperty('fontStyle', () =>
      fontStyle === 'normal' ? undefined : (fontStyle ?? undefined),
    );
  }
  getFontStyle(): string {
    return this.first(this.cellProperty('fontStyle', 'normal')) as string;
  }
  setFontSize(size: number): RangeFacade {
    return this.setCellProperty('fontSize', () => size);
  }
  getFontSize(): number {
    return this.first(this.cellProperty('fontSize', 10)) as number;
  }
  setHorizontalAlignment(alignment: string | null): RangeFacade {
    return this.setCellProperty('horizontalAlignment', () => alignment ?? undefined);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): RangeFacade {
    this.cellsMatch(alignments, 'setHorizontalAlignments');
    return this.setCellProperty('horizontalAlignment', (r, c) => alignments[r][c] ?? undefined);
  }
  getHorizontalAlignment(): string {
    return this.first(this.cellProperty('horizontalAlignment', 'general')) as string;
  }
  setVerticalAlignment(alignment: string | null): RangeFacade {
    return this.setCellProperty('verticalAlignment', () => alignment ?? undefined);
  }
  getVerticalAlignment(): string {
    return this.first(this.cellProperty('verticalAlignment', 'bottom')) as string;
  }
  setWrap(isWrapEnabled: boolean): RangeFacade {
    return this.setCellProperty('wrap', () => Boolean(isWrapEnabled));
  }
  setWrapStrategy(strategy: string): RangeFacade {
    return this.setCellProperty('wrap', () => strategy === 'WRAP');
  }
  getWrap(): boolean {
    return this.first(this.cellProperty('wrap', false)) as boolean;
  }
  getNotes(): string[][] {
    return this.cellProperty('note', '') as string[][];
  }
  getNote(): string {
    return this.first(this.getNotes());
  }
  setNote(note: string | null): RangeFacade {
    return this.setCellProperty('note', () => (note ? String(note) : undefined));
  }
  setNotes(notes: (string | null)[][]): RangeFacade {
    this.cellsMatch(notes, 'setNotes');
    return this.setCellProperty('note', (r, c) => (notes[r][c] ? String(notes[r][c]) : undefined));
  }
  clearNote(): RangeFacade {
    return this.setCellProperty('note', () => undefined);
  }
  setBorder(..._args: unknown[]): RangeFacade {
    // Borders are accepted and not modelled.
    return this;
  }

  // -- data validation
  setDataValidation(rule: DataValidation | null): RangeFacade {
    return this.setCellProperty('validation', () => rule?.model);
  }
  setDataValidations(rules: (DataValidation | null)[][]): RangeFacade {
    this.cellsMatch(rules, 'setDataValidations');
    return this.setCellProperty('validation', (r, c) => rules[r][c]?.model);
  }
  getDataValidations(): (DataValidation | null)[][] {
    return (this.cellProperty('validation', null) as (DataValidationModel | null)[][]).map(
      (cells) =>
        cells.map((model) => (model ? new DataValidation(model, this.api.criteriaValue) : null)),
    );
  }
  getDataValidation(): DataValidation | null {
    return this.first(this.getDataValidations());
  }
  clearDataValidations(): RangeFacade {
    return this.setCellProperty('validation', () => undefined);
  }

  protect(): ProtectionFacade {
    return this.api.protection(createProtection(this.api, 'RANGE', this.bounds));
  }
}

export function createSpreadsheetApp(api: SpreadsheetApi) {
  const env = api.env;
  const app = {
    ...SPREADSHEET_ENUMS,
    getActiveSpreadsheet: () => api.spreadsheet(),
    getActive: () => api.spreadsheet(),
    getActiveSheet: () => new SpreadsheetFacade(api).getActiveSheet(),
    openById: (id: string) => {
      if (id !== env.workbook.id)
        throw new Error('You do not have permission to access the requested document.');
      return api.spreadsheet();
    },
    getUi: () => env.getUi(),
    flush: () => undefined,
    newDataValidation: () => new DataValidationBuilder(api.criteriaValue),
    newConditionalFormatRule: () => new ConditionalFormatRuleBuilder(api.rangeFacade),
  };
  return instrument(app, 'SpreadsheetApp', env.runtime, classifyApp);
}

export type { ConditionalFormatRule, DataValidation, EmbeddedChart };
