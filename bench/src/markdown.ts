import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { TMachine } from './machine.ts';
import type { TBenchResult } from './results.ts';
import { fmt } from './stats.ts';

export const startMarker = '<!-- bench:results:start -->';
export const endMarker = '<!-- bench:results:end -->';

export function resultsMarkdown(machine: TMachine, results: readonly TBenchResult[]): string {
  const lines = [
    `Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.nproc} CPUs ` +
      `(${machine.cpuModel}), ${machine.memTotalGiB} GiB memory, Node ${machine.node}; ` +
      `load average at the end ${machine.loadAverage.join(', ')}.`,
    '',
    '| Benchmark | Size | Engine | Case | Unit | Median | Min–max | IQR | Runs |',
    '| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: |',
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
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
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
