import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, enrolment, programme, specialist } from '@lots/services/test-support';
import { runCli, spawnCli } from './run-cli.ts';

/*
 * The embedded database is one directory that only one process may open: a second
 * process gets a clear error naming the holder; a lock left by a dead process is
 * recovered; an import killed half-way leaves none of it.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-lock-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function waitFor(predicate: () => boolean, ms: number) {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (predicate()) resolve();
      else if (Date.now() - started > ms) reject(new Error('timed out'));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

describe('data directory lock', () => {
  it('a second process gets a clear error naming the holder, never a shared write', async () => {
    const dataDir = join(dir, 'busy');
    const server = spawnCli(['serve', '--port', '0', '--data-dir', dataDir]);
    let out = '';
    server.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await waitFor(() => out.includes('Lots kör på'), 60_000);
      const second = runCli(['export', '--data-dir', dataDir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(new RegExp(`in use by process ${server.pid} on ${hostname()}`));
      expect(second.stderr).toMatch(/serve/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    expect(existsSync(join(dataDir, 'lots.lock'))).toBe(false);
  });

  it('recovers a lock left by a process that died', () => {
    const dataDir = join(dir, 'stale');
    mkdirSync(dataDir, { recursive: true });
    // A pid far above any live one on this machine: the holder is gone.
    writeFileSync(
      join(dataDir, 'lots.lock'),
      JSON.stringify({
        pid: 2 ** 22 - 7,
        host: hostname(),
        command: 'lots serve',
        startedAt: '2026-01-01T00:00:00Z',
      }),
    );
    const res = runCli(['migrate', '--data-dir', dataDir]);
    expect(res.code, res.stderr).toBe(0);
    expect(existsSync(join(dataDir, 'lots.lock'))).toBe(false);
  });

  it('an import killed half-way (kill -9) leaves none of it, and the directory opens again', async () => {
    const dataDir = join(dir, 'killed');
    expect(runCli(['migrate', '--data-dir', dataDir]).code).toBe(0);
    const participants = Array.from({ length: 2500 }, (_, i) =>
      enrolment(`p${i}`, 'big', 's1', {
        events: Array.from({ length: 12 }, (_, j) => ({
          type: 'note' as const,
          date: '2024-02-01',
          text: `anteckning ${j}`,
        })),
      }),
    );
    const big = join(dir, 'big.json');
    writeFileSync(
      big,
      JSON.stringify(
        dataset({
          programmes: [programme('big', 'assoc-a')],
          specialists: [specialist('s1', 'big')],
          participants,
        }),
      ),
    );
    const importer = spawnCli(['import', big, '--data-dir', dataDir]);
    const exit = new Promise<NodeJS.Signals | null>((resolve) =>
      importer.once('exit', (_code, signal) => resolve(signal)),
    );
    // Kill once the import has the directory and has been writing for a while.
    await waitFor(() => existsSync(join(dataDir, 'lots.lock')), 60_000);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    importer.kill('SIGKILL');
    expect(
      await exit,
      'the import finished before it could be killed: make the dataset larger',
    ).toBe('SIGKILL');
    const after = runCli(['export', '--data-dir', dataDir]);
    expect(after.code, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout).participants).toEqual([]);
  });
});
