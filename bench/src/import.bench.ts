import { readFile } from 'node:fs/promises';
import { formatIssue } from '@lots/core';
import { importDataset } from '@lots/services';
import type { TEngineHost, TFreshDatabase } from './engines.ts';
import type { TBenchResult } from './results.ts';
import { summarise, timeMs } from './stats.ts';

export type TImportBench = {
  results: TBenchResult[];
  /** The database of the last run, kept for the report benchmarks. */
  last: TFreshDatabase;
};

/**
 * Import throughput of `lots import` (issue part 2): each run imports the whole file
 * into a fresh, migrated database. Timed: importDataset (validation, then the one
 * transaction that writes everything); reading and JSON.parse are timed apart.
 */
export async function benchImport(
  host: TEngineHost,
  file: string,
  size: string,
  runs: number,
): Promise<TImportBench> {
  const parse = await timeMs(async () => JSON.parse(await readFile(file, 'utf8')) as unknown);
  const doc = parse.value;
  const ms: number[] = [];
  const perSecond: number[] = [];
  let events = 0;
  let participants = 0;
  let last: TImportBench['last'] | undefined;
  for (let i = 0; i < runs; i++) {
    await last?.dispose();
    last = await host.fresh();
    const lots = last.lots;
    const { ms: took, value } = await timeMs(() => importDataset(lots, doc));
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
  const extra = { events, participants, parseMs: Math.round(parse.ms) };
  return {
    last,
    results: [
      { ...base, unit: 'events/s', stats: summarise(perSecond), extra },
      { ...base, unit: 'ms', stats: summarise(ms), extra },
    ],
  };
}
