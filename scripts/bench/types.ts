/** One line of the benchmark table. */
export interface BenchRow {
  readonly section: string;
  readonly operation: string;
  /** Rows (KRs) the operation ran over; 0 when size does not apply. */
  readonly size: number;
  /** Median CPU (wall on an idle machine) milliseconds over the runs. */
  readonly medianMs: number;
  readonly note?: string;
}
