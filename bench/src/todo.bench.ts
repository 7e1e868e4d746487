import type { TBenchResult } from './results.ts';

/*
 * Benchmarks of issue part 2 that need packages not installed yet. Each is listed so
 * that the results and BENCHMARKS.md show the gap instead of hiding it.
 * TODO(bench): DuckDB reference queries with @duckdb/node-api over the same data
 *   (the Lots / DuckDB ratio is the figure to watch).
 * TODO(bench): the API under load on loopback with autocannon, 50 connections: a
 *   specialist's caseload page and the outcome overview (requests/s, p50/p99).
 * TODO(bench): the web app: gzipped JavaScript on first load, and time until the
 *   participant list is interactive in headless Chromium.
 */
const pending = [
  { benchmark: 'duckdb-reference', unit: 'ms', note: 'needs @duckdb/node-api' },
  { benchmark: 'api-caseload-load', unit: 'req/s', note: 'needs autocannon' },
  { benchmark: 'api-outcome-overview-load', unit: 'req/s', note: 'needs autocannon' },
  { benchmark: 'web-first-load-js', unit: 'kB gzip', note: 'not written yet' },
  { benchmark: 'web-participant-list-tti', unit: 'ms', note: 'needs headless Chromium' },
] as const;

export function benchTodo(log: (line: string) => void): TBenchResult[] {
  return pending.map((p) => {
    log(`${p.benchmark}: not yet measured (${p.note})`);
    return {
      benchmark: p.benchmark,
      unit: p.unit,
      stats: null,
      note: `not yet measured: ${p.note}`,
    };
  });
}
