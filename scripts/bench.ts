// `npm run bench`: the figures of docs/architecture.md, Performance budgets, as medians
// with the machine noted. Budgets are asserted on deterministic counts in the tests, never
// on time here.
import { benchBundle } from './bench/bundle';
import { benchFormulas } from './bench/formulas';
import { machineNote } from './bench/measure';
import { benchOperations } from './bench/operations';
import type { BenchRow } from './bench/types';

async function main(): Promise<void> {
  // `npm run bench -- --quick` skips the 10,000-KR workbook.
  const quick = process.argv.includes('--quick');
  const rows: BenchRow[] = [
    ...benchBundle(),
    ...(await benchFormulas()),
    ...(await benchOperations(quick ? [100, 1_000] : [100, 1_000, 10_000])),
  ];
  printTable(rows);
  console.log(`\nMachine: ${machineNote()}. Times are medians in ms.`);
  console.log(
    'Operation times are CPU in the emulator and include its formula engine recalculating the\n' +
      'sheets after each write, which Sheets does on its own servers; the service-call counts are\n' +
      'what carries over to Apps Script, where each call is a round trip to the spreadsheet.',
  );
}

function printTable(rows: readonly BenchRow[]): void {
  const header = ['section', 'operation', 'size', 'median ms', 'note'];
  const lines = rows.map((row) => [
    row.section,
    row.operation,
    row.size ? String(row.size) : '',
    row.medianMs ? row.medianMs.toFixed(3) : '',
    row.note ?? '',
  ]);
  const widths = header.map((title, index) =>
    Math.max(title.length, ...lines.map((line) => line[index].length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
