import { describe, expect, it } from 'vitest';
import { lotsDuckDbRatios, mergeResults, resultsMarkdown } from './markdown.ts';
import type { TBenchResult } from './results.ts';
import { summarise } from './stats.ts';

const machine = {
  nproc: 2,
  memTotalGiB: 23.5,
  cpuModel: 'test CPU',
  node: 'v20.0.0',
  date: '2026-12-05T22:00:00.000Z',
  loadAverage: [1, 2, 3],
};

const result = (engine: string, c: string, samples: number[]): TBenchResult => ({
  benchmark: 'outcome-overview',
  engine,
  size: 'small',
  case: c,
  unit: 'ms',
  stats: summarise(samples),
});

describe('lotsDuckDbRatios', () => {
  it('divides each engine’s median by DuckDB’s for the same report, size and case only', () => {
    const ratios = lotsDuckDbRatios([
      result('pglite', 'programme-year', [90, 100, 110]),
      result('postgres', 'programme-year', [40, 50, 60]),
      result('postgres', 'whole-dataset', [1000]),
      result('duckdb', 'programme-year', [9, 10, 11]),
    ]);
    expect(ratios.map((r) => [r.engine, r.case, r.ratio])).toEqual([
      ['pglite', 'programme-year', '10.0 ×'],
      ['postgres', 'programme-year', '5.00 ×'],
    ]);
  });
});

describe('resultsMarkdown', () => {
  it('writes the machine, every figure with its note, and the ratio table when DuckDB ran', () => {
    const md = resultsMarkdown(machine, [
      { ...result('postgres', 'programme-year', [50]), note: '3 requests timed out' },
      result('duckdb', 'programme-year', [10]),
      { benchmark: 'api-caseload', unit: 'ms p99', stats: null, note: 'no answer within 10 s' },
    ]);
    expect(md).toContain('on 2 CPUs (test CPU), 23.5 GiB memory, Node v20.0.0');
    expect(md).toContain('| 50.0 | 50.0–50.0 | 50.0–50.0 | 1 | 3 requests timed out |');
    expect(md).toContain('| no answer within 10 s |');
    expect(md).toContain(
      '| outcome-overview | small | postgres | programme-year | 50.0 | 10.0 | 5.00 × |',
    );
  });
});

describe('mergeResults (npm run bench -- report)', () => {
  it('keeps every figure, a later run’s replacing an earlier one’s for the same figure', () => {
    const first = [
      result('postgres', 'programme-year', [50]),
      result('postgres', 'whole-dataset', [900]),
    ];
    const second = [result('postgres', 'whole-dataset', [700])];
    const merged = mergeResults([first, second]);
    expect(merged.map((r) => [r.case, r.stats?.median])).toEqual([
      ['programme-year', 50],
      ['whole-dataset', 700],
    ]);
    const later = { ...machine, date: '2026-12-06T02:00:00.000Z' };
    expect(resultsMarkdown([machine, later], merged)).toContain(
      'Merged from 2 runs (a figure comes from the last run that measured it): 2026-12-05 22:00 UTC',
    );
  });
});
