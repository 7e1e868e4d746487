import { statSync } from 'node:fs';
import { formatIssue } from '@lots/core';
import { importDatasetFile, openDatasetFile, type TImportStep } from '@lots/services';
import type { TEngineHost, TFreshDatabase } from './engines.ts';
import type { TBenchResult } from './results.ts';
import { summarise, timeMs } from './stats.ts';

export type TImportBench = {
  results: TBenchResult[];
  /** The database of the last run, kept for the report benchmarks. */
  last: TFreshDatabase;
};

/**
 * Import throughput of `lots import FILE` (issue part 2): each run imports the whole
 * file into a fresh, migrated database with `importDatasetFile`, as the CLI does —
 * streamed from disk in two passes (validate everything, then write in one
 * transaction), reading and parsing included. The peak resident memory of the process
 * during the run is sampled every 50 ms (the budget: under 1 GB for the national file).
 * The time of each step (validation, writes, indexes, commit, statistics) is kept as
 * the median over the runs and printed in the note.
 */
export async function benchImport(
  host: TEngineHost,
  file: string,
  size: string,
  runs: number,
): Promise<TImportBench> {
  const ms: number[] = [];
  const rss: number[] = [];
  const perSecond: number[] = [];
  let events = 0;
  let participants = 0;
  let last: TImportBench['last'] | undefined;
  const steps = new Map<TImportStep['step'], number[]>();
  for (let i = 0; i < runs; i++) {
    await last?.dispose();
    last = await host.fresh();
    const lots = last.lots;
    global.gc?.();
    let peak = process.memoryUsage.rss();
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
    const { ms: took, value } = await timeMs(() =>
      importDatasetFile(lots, () => openDatasetFile(file), {
        size: statSync(file).size,
        onProgress: ({ step, ms }) => steps.set(step, [...(steps.get(step) ?? []), ms]),
      }),
    ).finally(() => clearInterval(sampler));
    rss.push(peak / 1e6);
    if (!value.ok) {
      throw new Error(
        `import failed: ${value.issues.slice(0, 5).map(formatIssue).join('; ')} (${value.issues.length} issues)`,
      );
    }
    events = value.summary.events;
    participants = value.summary.participants;
    ms.push(took);
    perSecond.push(events / (took / 1000));
  }
  if (!last) throw new Error('runs must be at least 1');
  const base = { benchmark: 'import', engine: host.engine, size };
  const stepMs = Object.fromEntries(
    [...steps].map(([step, times]) => [step, Math.round(summarise(times).median)]),
  );
  const extra = {
    events,
    participants,
    peakRssMb: Math.round(Math.max(...rss)),
    ...Object.fromEntries(Object.entries(stepMs).map(([step, t]) => [`${step}Ms`, t])),
  };
  const note = Object.entries(stepMs)
    .map(([step, t]) => `${step} ${formatSeconds(t)}`)
    .join(', ');
  return {
    last,
    results: [
      { ...base, unit: 'events/s', stats: summarise(perSecond), extra },
      { ...base, unit: 'ms', stats: summarise(ms), extra, note: `steps (median): ${note}` },
      { ...base, unit: 'MB peak RSS', stats: summarise(rss), extra },
    ],
  };
}

/** 45.0 s, 0.58 s: seconds with three significant digits at most. */
function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 100 ? s.toFixed(0) : s >= 10 ? s.toFixed(1) : s.toFixed(2)} s`;
}
