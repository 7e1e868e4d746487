import type { TStats } from './stats.ts';

/** One measured (or not yet measured) figure, as written to bench/results/*.json. */
export type TBenchResult = {
  benchmark: string;
  engine?: string;
  size?: string;
  /** What was measured, e.g. `programme-year`. */
  case?: string;
  unit: string;
  stats: TStats | null;
  /** Say why a figure is missing, or what it includes. */
  note?: string;
  extra?: Record<string, number | string>;
};

export type TBenchContext = {
  runs: number;
  /** Runs of the import benchmark (each imports into a fresh database). */
  importRuns: number;
};
