#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
//
//   node scripts/test.mjs                      all steps
//   node scripts/test.mjs --skip lint,e2e      all but these
//   node scripts/test.mjs --skip-e2e           same as --skip e2e
//   node scripts/test.mjs --only unit          just these
//   node scripts/test.mjs --only unit -- packages/core   extra arguments go to vitest
//   node scripts/test.mjs --keep-going         run every step, report all failures
//
// Plain Node ESM with no dependencies, so it runs before anything else works.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const e2eRunner = join(root, 'apps', 'e2e', 'run.mjs');

const resultsDir = join(root, '.tmp', 'test-results');
/** Vitest writes a JSON summary beside its usual output, so the run can print one count line. */
const reportTo = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(resultsDir, `${name}.json`)}`,
];

/** Adds up the tests of the JSON summaries this run wrote. */
function countTests() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const name of ['vitest', 'e2e']) {
    const file = join(resultsDir, `${name}.json`);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  return { passed, failed, skipped };
}

/** @typedef {{ name: string, title: string, aliases: string[], command: () => string[] | null }} Step */

/** @type {(vitestArgs: string[]) => Step[]} */
const steps = (vitestArgs) => [
  {
    name: 'typecheck',
    title: 'Type check (tsc)',
    aliases: ['tsc', 'types'],
    command: () => [bin('tsc'), '-p', 'tsconfig.json', '--noEmit'],
  },
  {
    name: 'lint',
    title: 'Lint (eslint, zero warnings)',
    aliases: ['eslint'],
    command: () => [bin('eslint'), '.', '--max-warnings', '0'],
  },
  {
    name: 'deps',
    title: 'Layering and cycles (dependency-cruiser)',
    aliases: ['depcruise', 'layers', 'cycles'],
    command: () => [
      bin('depcruise'),
      'packages',
      'apps',
      'bench',
      '--config',
      '.dependency-cruiser.cjs',
    ],
  },
  {
    name: 'format',
    title: 'Formatting (prettier --check)',
    aliases: ['prettier', 'fmt'],
    command: () => [bin('prettier'), '--check', '.'],
  },
  {
    name: 'unit',
    title: 'Unit, integration and API tests (vitest)',
    aliases: ['vitest', 'tests', 'int', 'api'],
    command: () => [bin('vitest'), 'run', ...reportTo('vitest'), ...vitestArgs],
  },
  {
    name: 'e2e',
    title: 'End-to-end (apps/e2e/run.mjs)',
    aliases: ['playwright'],
    command: () =>
      existsSync(e2eRunner) ? [process.execPath, e2eRunner, ...reportTo('e2e')] : null,
  },
];

function usage(all) {
  const names = all.map((s) => `  ${s.name.padEnd(10)} ${s.title}`).join('\n');
  return `usage: node scripts/test.mjs [--skip a,b] [--skip-<step>] [--only a,b] [--keep-going] [--list] [-- vitest args]

steps, in order:
${names}
`;
}

function parseArgs(argv, all) {
  const byName = new Map();
  for (const s of all) for (const n of [s.name, ...s.aliases]) byName.set(n, s.name);
  const resolve = (list, flag) =>
    list
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => {
        const name = byName.get(n);
        if (name === undefined) fail(`unknown step '${n}' in ${flag}\n\n${usage(all)}`);
        return name;
      });

  const opts = { skip: new Set(), only: null, keepGoing: false, list: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const eq = arg.indexOf('=');
      if (eq !== -1) return arg.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) fail(`${arg} needs a value\n\n${usage(all)}`);
      return next;
    };
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage(all));
      process.exit(0);
    } else if (arg === '--list') opts.list = true;
    else if (arg === '--keep-going' || arg === '-k') opts.keepGoing = true;
    else if (arg === '--skip' || arg.startsWith('--skip=')) {
      for (const n of resolve(value(), '--skip')) opts.skip.add(n);
    } else if (arg.startsWith('--skip-')) {
      for (const n of resolve(arg.slice('--skip-'.length), arg)) opts.skip.add(n);
    } else if (arg === '--only' || arg.startsWith('--only=')) {
      opts.only ??= new Set();
      for (const n of resolve(value(), '--only')) opts.only.add(n);
    } else fail(`unknown option '${arg}'\n\n${usage(all)}`);
  }
  return opts;
}

function fail(message) {
  process.stderr.write(`test.mjs: ${message}\n`);
  process.exit(2);
}

const seconds = (ms) => {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
};

function main() {
  const dashdash = process.argv.indexOf('--');
  const ownArgs = dashdash === -1 ? process.argv.slice(2) : process.argv.slice(2, dashdash);
  const vitestArgs = dashdash === -1 ? [] : process.argv.slice(dashdash + 1);
  const all = steps(vitestArgs);
  const opts = parseArgs(ownArgs, all);

  const selected = all.filter(
    (s) => !opts.skip.has(s.name) && (!opts.only || opts.only.has(s.name)),
  );
  if (opts.list) {
    process.stdout.write(`${selected.map((s) => s.name).join('\n')}\n`);
    return 0;
  }

  /** @type {{ name: string, status: 'passed' | 'failed' | 'skipped' | 'not run', ms: number, note?: string }[]} */
  const results = [];
  rmSync(resultsDir, { recursive: true, force: true });
  const started = performance.now();
  let exitCode = 0;

  for (const step of all) {
    if (!selected.includes(step)) {
      results.push({ name: step.name, status: 'skipped', ms: 0, note: 'by flag' });
      continue;
    }
    if (exitCode !== 0 && !opts.keepGoing) {
      results.push({ name: step.name, status: 'not run', ms: 0 });
      continue;
    }
    const command = step.command();
    if (command === null) {
      results.push({ name: step.name, status: 'skipped', ms: 0, note: 'nothing to run yet' });
      process.stdout.write(`\n── ${step.name}: skipped (${relative(root, e2eRunner)} not found)\n`);
      continue;
    }
    const [exe, ...args] = command;
    if (!existsSync(exe)) fail(`${relative(root, exe)} is missing: run \`npm ci\` first`);

    process.stdout.write(
      `\n── ${step.name}: ${step.title}\n   $ ${[relative(root, exe) || exe, ...args].join(' ')}\n\n`,
    );
    const t0 = performance.now();
    const r = spawnSync(exe, args, { cwd: root, stdio: 'inherit', env: process.env });
    const ms = performance.now() - t0;

    let note;
    if (r.error) note = r.error.message;
    else if (r.signal) note = `killed by ${r.signal}`;
    else if (r.status !== 0) note = `exit code ${r.status}`;
    const ok = note === undefined;
    results.push({ name: step.name, status: ok ? 'passed' : 'failed', ms, note });
    process.stdout.write(
      `\n── ${step.name}: ${ok ? 'passed' : `FAILED (${note})`} in ${seconds(ms)}\n`,
    );
    if (!ok && exitCode === 0)
      exitCode = typeof r.status === 'number' && r.status > 0 ? r.status : 1;
    if (r.signal === 'SIGINT' || r.signal === 'SIGTERM') break;
  }

  const total = performance.now() - started;
  process.stdout.write('\n── summary\n');
  for (const r of results) {
    const time = r.status === 'passed' || r.status === 'failed' ? seconds(r.ms) : '';
    const note = r.note && r.status !== 'passed' ? `  (${r.note})` : '';
    const line = `   ${r.name.padEnd(10)} ${r.status.padEnd(8)} ${time.padStart(10)}${note}`;
    process.stdout.write(`${line.trimEnd()}\n`);
  }
  const ran = results.filter((r) => r.status === 'passed' || r.status === 'failed');
  const failed = ran.filter((r) => r.status === 'failed');
  process.stdout.write(
    failed.length === 0
      ? `\ntest.mjs: all ${ran.length} steps ran clean in ${seconds(total)}\n`
      : `\ntest.mjs: FAILED at ${failed.map((r) => r.name).join(', ')} after ${seconds(total)}\n`,
  );
  const counts = countTests();
  const failedTests = counts.failed + (exitCode !== 0 && counts.failed === 0 ? 1 : 0);
  // The closing line CI reads: tests counted over every step (a failed check counts as one failure).
  process.stdout.write(
    `\n${counts.passed} passed, ${failedTests} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`,
  );
  return exitCode;
}

process.exitCode = main();
