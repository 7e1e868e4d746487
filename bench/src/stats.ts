/** Summary of repeated runs: the median and the spread (min–max and the interquartile range). */
export type TStats = {
  runs: number;
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
  samples: number[];
};

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (at - lo);
}

export function summarise(samples: readonly number[]): TStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    samples: [...samples],
  };
}

/** Milliseconds taken by `fn`, on the monotonic clock. */
export async function timeMs<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Runs `fn` once to warm up (caches, JIT, query plans), then `runs` times, and summarises. */
export async function measure(runs: number, fn: () => Promise<unknown>): Promise<TStats> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timeMs(fn)).ms);
  return summarise(samples);
}

const digits = (n: number) => (n >= 100 ? 0 : n >= 10 ? 1 : 2);
export const fmt = (n: number) => n.toFixed(digits(Math.abs(n)));

/** `12.3 (11.9–13.0)`: median with min–max. */
export function formatStats(s: TStats): string {
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}
