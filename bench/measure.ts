/**
 * What every benchmark here shares: medians of wall-clock and CPU time, and one printed line per
 * figure. CPU time is the fair figure on a shared 2-core machine: it does not count time the
 * process spent waiting for a core.
 */

export interface Timing {
  wall: number;
  cpu: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Collects garbage before a run when node runs with --expose-gc, so one run does not pay for another. */
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median wall and CPU milliseconds of `runs` calls after `warmup` unmeasured ones. */
export async function time(fn: () => unknown, runs: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** One line: label, wall ms, CPU ms (left out when NaN), and a note. */
export function row(label: string, t: Timing, extra = ''): void {
  const digits = t.wall < 100 ? 1 : 0;
  const cpu = Number.isNaN(t.cpu) ? '' : ` ${t.cpu.toFixed(digits).padStart(8)} ms cpu`;
  console.log(`${label.padEnd(56)} ${t.wall.toFixed(digits).padStart(8)} ms wall${cpu}${extra ? `  ${extra}` : ''}`);
}
