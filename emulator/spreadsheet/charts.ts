// EmbeddedChart and its builder (Sheet.newChart()): recorded on the sheet, not rendered.
import type { ChartModel, GridRange } from '../workbook/model';
import type { RangeFacade } from './range';

export class EmbeddedChart {
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

export class EmbeddedChartBuilder {
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
