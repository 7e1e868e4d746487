import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { engines, startEngine, type TEngine } from './engines.ts';
import { benchApi } from './api.bench.ts';
import { benchFirstLoadJs, benchParticipantList, ensureWebBuild } from './web.bench.ts';
import { createBenchUsers, startLotsServer } from './server.ts';
import { benchDuckDb } from './duckdb.bench.ts';
import { datasetSizes, planDataset, type TDatasetSize } from './generate.ts';
import { benchImport } from './import.bench.ts';
import { describeMachine, type TMachine } from './machine.ts';
import {
  lotsDuckDbRatios,
  mergeResults,
  resultsMarkdown,
  updateBenchmarksFile,
} from './markdown.ts';
import { analyze, benchReports } from './reports.bench.ts';
import type { TBenchResult } from './results.ts';
import { formatStats } from './stats.ts';
import { writeDatasetFile } from './write-dataset.ts';

const usage = `npm run bench -- [options]            run the benchmarks
npm run bench -- generate --size S [--seed N] [--output FILE]   write a dataset file
npm run bench -- report FILE… [--update-md]   the results table of saved runs, merged in order

  --size small,municipal     sizes (small | municipal | national; national only when named)
  --engine pglite,postgres   engines (default both; national on PGlite only when named)
  --runs 5                   timed runs per report benchmark (after one warm-up)
  --import-runs N            imports per size and engine, each into a fresh database (default --runs)
  --only import,reports,duckdb,api,web   which benchmarks (default all)
  --seed 2184                dataset seed
  --connections 50           concurrent connections of the API benchmarks
  --api-seconds 10           duration of one API load run (bounded; loopback only)
  --api-runs 3               API load runs per route (after a 2 s warm-up)
  --api-rate 1000            also offer the caseload route this many requests/s in all (0: off)
  --build-web                rebuild the web app before the web benchmarks
  --analyze                  run ANALYZE after the import, before the report benchmarks
  --update-md                write the results table into BENCHMARKS.md`;

const benchmarks = ['import', 'reports', 'duckdb', 'api', 'web'] as const;

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => process.stdout.write(`${line}\n`);

function list<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value.split(',').filter(Boolean);
  const bad = items.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length > 0)
    throw new Error(`--${name}: unknown ${bad.join(', ')} (${allowed.join(', ')})`);
  return items as T[];
}

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return n;
}

/** The dataset file for a size and seed; generated once, as it is deterministic. */
async function datasetFile(size: TDatasetSize, seed: number): Promise<string> {
  const file = join(benchDir, '.data', `${size}-${seed}.json`);
  if (!existsSync(file)) {
    log(`generating ${size} (seed ${seed}) → ${file}`);
    const s = await writeDatasetFile(file, { size, seed });
    log(`  ${s.participants} enrolments, ${s.events} events, ${(s.bytes / 1e6).toFixed(1)} MB`);
  }
  return file;
}

async function generate(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { size: { type: 'string' }, seed: { type: 'string' }, output: { type: 'string' } },
  });
  const [size] = list(values.size ?? '', datasetSizes, 'size');
  if (!size) throw new Error('--size is required (small | municipal | national)');
  const seed = positive(values.seed ?? '2184', 'seed');
  const file = resolve(values.output ?? join(benchDir, '.data', `${size}-${seed}.json`));
  const s = await writeDatasetFile(file, { size, seed });
  log(
    `${file}: ${s.participants} enrolments, ${s.events} events, ${(s.bytes / 1e6).toFixed(1)} MB`,
  );
}

async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      size: { type: 'string', default: 'small,municipal' },
      engine: { type: 'string' },
      runs: { type: 'string', default: '5' },
      'import-runs': { type: 'string' },
      only: { type: 'string', default: benchmarks.join(',') },
      seed: { type: 'string', default: '2184' },
      connections: { type: 'string', default: '50' },
      'api-seconds': { type: 'string', default: '10' },
      'api-runs': { type: 'string', default: '3' },
      'api-rate': { type: 'string', default: '1000' },
      'update-md': { type: 'boolean', default: false },
      'build-web': { type: 'boolean', default: false },
      analyze: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return log(usage);
  const sizes = list(values.size, datasetSizes, 'size');
  // The server first: PGlite's WebAssembly memory is never given back to the process,
  // and PostgreSQL imports measured after PGlite runs in the same process were 30–40 %
  // slower (more heap for the garbage collector to walk), none of it PostgreSQL's.
  const chosen = list<TEngine>(values.engine ?? engines.join(','), engines, 'engine').sort(
    (a, b) => Number(b === 'postgres') - Number(a === 'postgres'),
  );
  // The embedded engine is for one programme on a laptop; the national size is a
  // server's (issue 7). It runs on PGlite only when asked for by name.
  const skipsNational = (engine: TEngine) => engine === 'pglite' && values.engine === undefined;
  const only = list(values.only, benchmarks, 'only');
  const runs = positive(values.runs, 'runs');
  const importRuns = positive(values['import-runs'] ?? values.runs, 'import-runs');
  const seed = positive(values.seed, 'seed');
  const api = {
    connections: positive(values.connections, 'connections'),
    seconds: positive(values['api-seconds'], 'api-seconds'),
    runs: positive(values['api-runs'], 'api-runs'),
    rate: Number(values['api-rate']),
  };
  if (!Number.isInteger(api.rate) || api.rate < 0)
    throw new Error('--api-rate must be a whole number ≥ 0 (0: saturate only)');
  const results: TBenchResult[] = [];
  const report = (r: TBenchResult) => {
    results.push(r);
    const where = [r.benchmark, r.size, r.engine, r.case].filter(Boolean).join(' ');
    const figure = r.stats ? `${formatStats(r.stats)} ${r.unit}` : '';
    log(`${where}: ${[figure, r.note].filter(Boolean).join('; ')}`);
  };

  // DuckDB is timed once per size; its counts are checked against every engine.
  const duckTimed = new Set<string>();
  if (only.includes('web')) {
    ensureWebBuild(values['build-web'], log);
    benchFirstLoadJs(log).forEach(report);
  }
  const needsData = ['import', 'reports', 'duckdb', 'api', 'web'] as const;
  if (needsData.some((b) => only.includes(b))) {
    for (const engine of chosen) {
      const host = await startEngine(engine);
      try {
        for (const size of sizes) {
          if (size === 'national' && skipsNational(engine)) {
            log('national on pglite: skipped (a server size; --engine pglite runs it)');
            continue;
          }
          const file = await datasetFile(size, seed);
          const plan = planDataset({ size, seed });
          // Reports need data, so they always follow one import (timed only when asked).
          const imported = await benchImport(
            host,
            file,
            size,
            only.includes('import') ? importRuns : 1,
          );
          try {
            if (only.includes('import')) imported.results.forEach(report);
            if (only.includes('reports')) {
              if (values.analyze) await analyze(imported.last.lots);
              const base = { engine, size: values.analyze ? `${size} (analyzed)` : size };
              (await benchReports(imported.last.lots, plan, base, runs)).forEach(report);
            }
            if (only.includes('duckdb')) {
              const timed = duckTimed.has(size) ? 0 : runs;
              duckTimed.add(size);
              const lots = { lots: imported.last.lots, engine };
              (await benchDuckDb(file, lots, plan, size, timed, log)).forEach(report);
            }
            if (only.includes('api') || only.includes('web')) {
              // `lots serve` in its own process over this database (PGlite: one process at a time).
              const users = await createBenchUsers(imported.last.lots, plan);
              await imported.last.close();
              const server = await startLotsServer(imported.last.env);
              try {
                const base = { engine, size };
                if (only.includes('api'))
                  (await benchApi(server.origin, users, base, api, log)).forEach(report);
                if (only.includes('web'))
                  (await benchParticipantList(server.origin, users, base, runs, log)).forEach(
                    report,
                  );
              } finally {
                await server.stop();
              }
            }
          } finally {
            await imported.last.dispose();
          }
        }
      } finally {
        host.stop();
      }
    }
  }
  for (const r of lotsDuckDbRatios(results)) log(`lots/duckdb ${r.label}: ${r.ratio}`);

  const machine = describeMachine();
  const outDir = join(benchDir, 'results');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${machine.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, `${JSON.stringify({ machine, seed, runs, importRuns, results }, null, 2)}\n`);
  log(`results: ${out}`);
  if (values['update-md']) {
    const md = join(benchDir, '..', 'BENCHMARKS.md');
    await updateBenchmarksFile(md, resultsMarkdown(machine, results));
    log(`updated ${md}`);
  }
}

/** `report FILE…`: the results table from saved runs (bench/results/*.json), merged in order. */
async function report(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'update-md': { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new Error('report: name one or more bench/results/*.json');
  const saved = positionals.map(
    (file) =>
      JSON.parse(readFileSync(resolve(file), 'utf8')) as {
        machine: TMachine;
        results: TBenchResult[];
      },
  );
  const section = resultsMarkdown(
    saved.map((s) => s.machine),
    mergeResults(saved.map((s) => s.results)),
  );
  log(section);
  if (values['update-md']) {
    const md = join(benchDir, '..', 'BENCHMARKS.md');
    await updateBenchmarksFile(md, section);
    log(`updated ${md}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = { generate, report };
try {
  await (command && commands[command] ? commands[command](rest) : run(process.argv.slice(2)));
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
