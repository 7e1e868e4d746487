import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { reportYear } from './reports.bench.ts';
import type { TBenchResult } from './results.ts';
import { login, type TBenchUsers } from './server.ts';
import { summarise } from './stats.ts';

/*
 * The API under load (issue 7 part 2): the Lots server on 127.0.0.1 with a database
 * holding a generated dataset, and autocannon in a child process (so that the load
 * generator does not share the server's event loop), 50 connections for a bounded
 * time on a specialist's caseload page ("Mina deltagare") and on the outcome
 * overview. Loopback only; each run is stopped after its duration plus a margin.
 */

export type TApiOptions = {
  connections: number;
  seconds: number;
  runs: number;
  /** Also offer this many requests/s in all (autocannon --overallRate); 0 = only saturate. */
  rate: number;
};

const run = promisify(execFile);
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

type TAutocannon = {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
};

async function autocannon(
  url: string,
  cookie: string,
  connections: number,
  seconds: number,
  rate = 0,
) {
  const args = [autocannonBin, '--json', '-c', String(connections), '-d', String(seconds)];
  if (rate > 0) args.push('--overallRate', String(rate));
  const { stdout } = await run(process.execPath, [...args, '-H', `cookie=${cookie}`, url], {
    timeout: (seconds + 30) * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 16 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as TAutocannon;
  // Timeouts are a figure (reported); another status than 2xx means a different question.
  if (result.non2xx > 0) {
    throw new Error(
      `${url}: ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts under load (${connections} connections, ${seconds} s)`,
    );
  }
  return result;
}

/**
 * Waits until the server has answered what a run left queued: autocannon stops
 * sending at the end of its duration, but the server still works through the
 * requests it accepted, and the next run must not start behind that backlog.
 */
async function drain(url: string, cookie: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(300_000) });
  await res.arrayBuffer();
}

/** Loads both routes of the server at `origin` as the bench users. */
export async function benchApi(
  origin: string,
  users: TBenchUsers,
  base: { engine: string; size: string },
  options: TApiOptions,
  log: (line: string) => void,
): Promise<TBenchResult[]> {
  const api = `${origin}/api/v1`;
  const { programme, password } = users;
  const routes = [
    {
      benchmark: 'api-caseload',
      url: `${api}/my-participants?programme=${programme}`,
      cookie: await login(origin, users.specialist, password),
    },
    {
      benchmark: 'api-outcome-overview',
      url: `${api}/reports/outcomes?programme=${programme}&from=${reportYear}-01-01&to=${reportYear}-12-31`,
      cookie: await login(origin, users.supervisor, password),
    },
  ];
  const results: TBenchResult[] = [];
  for (const route of routes) {
    // One plain request first: the figures are only worth something for a real answer.
    const res = await fetch(route.url, { headers: { cookie: route.cookie } });
    const body = (await res.json()) as { items?: unknown[]; rows?: unknown[] };
    if (res.status !== 200) throw new Error(`${route.url}: ${res.status} ${JSON.stringify(body)}`);
    const size = body.items?.length ?? body.rows?.length ?? 0;
    log(`${route.benchmark} ${base.size} ${base.engine}: ${size} rows per answer`);
    // Sequential latency of one request, then a short warm-up under load.
    const single: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await (await fetch(route.url, { headers: { cookie: route.cookie } })).arrayBuffer();
      single.push(performance.now() - start);
    }
    log(`  one request at a time: median ${summarise(single).median.toFixed(1)} ms`);
    await autocannon(route.url, route.cookie, options.connections, 2);
    await drain(route.url, route.cookie);
    // Saturated: as many requests as 50 connections get answered. Paced: the budget's
    // rate offered over the same connections, to read the latency a user gets at it.
    const modes = [
      { rate: 0, case: `${options.connections} conn` },
      // The budget's rate is the caseload page's (issue 7 part 4).
      ...(options.rate > 0 && route.benchmark === 'api-caseload'
        ? [
            {
              rate: options.rate,
              case: `${options.connections} conn, ${options.rate} req/s offered`,
            },
          ]
        : []),
    ];
    for (const mode of modes) {
      const perSecond: number[] = [];
      const p50: number[] = [];
      const p99: number[] = [];
      let timeouts = 0;
      for (let i = 0; i < options.runs; i++) {
        const r = await autocannon(
          route.url,
          route.cookie,
          options.connections,
          options.seconds,
          mode.rate,
        );
        await drain(route.url, route.cookie);
        perSecond.push(r['2xx'] / options.seconds);
        // No answer at all within the run: there is no latency to report, only timeouts.
        if (r['2xx'] > 0) {
          p50.push(r.latency.p50);
          p99.push(r.latency.p99);
        }
        timeouts += r.timeouts;
      }
      const extra = {
        connections: options.connections,
        seconds: options.seconds,
        rate: mode.rate,
        rows: size,
        timeouts,
        singleMs: summarise(single).median,
      };
      const note = timeouts > 0 ? `${timeouts} requests timed out (10 s)` : undefined;
      const latency = (samples: number[]) => (samples.length > 0 ? summarise(samples) : null);
      const common = {
        benchmark: route.benchmark,
        ...base,
        case: mode.case,
        extra,
        ...(note ? { note } : {}),
      };
      results.push({ ...common, unit: 'req/s', stats: summarise(perSecond) });
      const none = `no answer within ${options.seconds} s`;
      for (const [unit, samples] of [
        ['ms p50', p50],
        ['ms p99', p99],
      ] as const) {
        const stats = latency(samples);
        results.push({ ...common, unit, stats, ...(stats ? {} : { note: none }) });
      }
    }
  }
  return results;
}
