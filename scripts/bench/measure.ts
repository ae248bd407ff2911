import { cpus } from 'node:os';

/** Median of `runs` timings of `work` (after one warm-up run), in milliseconds. */
export function medianMs(work: () => unknown, runs = 7): number {
  work();
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    timings.push((used.user + used.system) / 1000);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)];
}

/** Median wall time of a fast operation, measured in batches for resolution. */
export function medianWallMs(work: () => unknown, runs = 51): number {
  work();
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    work();
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)];
}

export function machineNote(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
}
