import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

export type TMachine = {
  nproc: number;
  memTotalGiB: number;
  cpuModel: string;
  node: string;
  date: string;
  loadAverage: number[];
};

function memTotalGiB(): number {
  try {
    const line = readFileSync('/proc/meminfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('MemTotal:'));
    const kB = Number(line?.replace(/[^0-9]/g, '') ?? Number.NaN);
    return Math.round((kB / 1024 / 1024) * 10) / 10;
  } catch {
    return Number.NaN;
  }
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(): TMachine {
  return {
    nproc: availableParallelism(),
    memTotalGiB: memTotalGiB(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
