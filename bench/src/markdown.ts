import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { TMachine } from './machine.ts';
import type { TBenchResult } from './results.ts';
import { fmt } from './stats.ts';

export const startMarker = '<!-- bench:results:start -->';
export const endMarker = '<!-- bench:results:end -->';

const measuredOn = (machine: TMachine) =>
  `${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.nproc} CPUs ` +
  `(${machine.cpuModel}), ${machine.memTotalGiB} GiB memory, Node ${machine.node}; ` +
  `load average at the end ${machine.loadAverage.join(', ')}`;

export function resultsMarkdown(
  machine: TMachine | readonly TMachine[],
  results: readonly TBenchResult[],
): string {
  const runs: readonly TMachine[] = 'date' in machine ? [machine] : machine;
  const lines = [
    runs.length === 1 && runs[0]
      ? `Measured ${measuredOn(runs[0])}.`
      : `Merged from ${runs.length} runs (a figure comes from the last run that measured it): ` +
        `${runs.map(measuredOn).join('; ')}.`,
    '',
    '| Benchmark | Size | Engine | Case | Unit | Median | Min–max | IQR | Runs | Note |',
    '| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const s = r.stats;
    const cells = [
      r.benchmark,
      r.size ?? '',
      r.engine ?? '',
      r.case ?? '',
      r.unit,
      s ? fmt(s.median) : (r.note ?? 'not yet measured'),
      s ? `${fmt(s.min)}–${fmt(s.max)}` : '',
      s ? `${fmt(s.q1)}–${fmt(s.q3)}` : '',
      s ? String(s.runs) : '',
      s ? (r.note ?? '') : '',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const ratios = lotsDuckDbRatios(results);
  if (ratios.length > 0) {
    lines.push(
      '',
      'Lots / DuckDB (median over median, same dataset and question; the figure to watch):',
      '',
      '| Benchmark | Size | Engine | Case | Lots ms | DuckDB ms | Lots / DuckDB |',
      '| --- | --- | --- | --- | ---: | ---: | ---: |',
    );
    for (const r of ratios) {
      const cells = [r.benchmark, r.size, r.engine, r.case, fmt(r.lots), fmt(r.duckdb), r.ratio];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export type TRatio = {
  benchmark: string;
  size: string;
  engine: string;
  case: string;
  lots: number;
  duckdb: number;
  ratio: string;
  label: string;
};

/** Lots' median over DuckDB's for each report, size and case measured on both. */
export function lotsDuckDbRatios(results: readonly TBenchResult[]): TRatio[] {
  const ratios: TRatio[] = [];
  for (const duck of results.filter((r) => r.engine === 'duckdb' && r.stats)) {
    const same = results.filter(
      (r) =>
        r.engine !== 'duckdb' &&
        r.benchmark === duck.benchmark &&
        r.size === duck.size &&
        r.case === duck.case &&
        r.stats,
    );
    for (const lots of same) {
      const a = lots.stats?.median ?? Number.NaN;
      const b = duck.stats?.median ?? Number.NaN;
      const where = [lots.benchmark, lots.size, lots.engine, lots.case].join(' ');
      ratios.push({
        benchmark: lots.benchmark,
        size: lots.size ?? '',
        engine: lots.engine ?? '',
        case: lots.case ?? '',
        lots: a,
        duckdb: b,
        ratio: `${fmt(a / b)} ×`,
        label: where,
      });
    }
  }
  return ratios;
}

/** Replaces the generated part of BENCHMARKS.md (between the markers), leaving the prose alone. */
export async function updateBenchmarksFile(file: string, section: string): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start === -1 || end < start) throw new Error(`${file} has no ${startMarker} … ${endMarker}`);
  const next = `${text.slice(0, start + startMarker.length)}\n${section}\n${text.slice(end)}`;
  // Formatted like the rest of the repository, so `prettier --check` stays green.
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(next, { ...options, filepath: file }), 'utf8');
}

/** One key per figure: a later run's figure replaces an earlier one's. */
export function mergeResults(runs: readonly (readonly TBenchResult[])[]): TBenchResult[] {
  const merged = new Map<string, TBenchResult>();
  for (const results of runs) {
    for (const r of results) {
      const key = [r.benchmark, r.size, r.engine, r.case, r.unit].join('|');
      merged.delete(key);
      merged.set(key, r);
    }
  }
  return [...merged.values()];
}
