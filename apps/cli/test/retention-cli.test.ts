import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, enrolment, programme, specialist } from '@lots/services/test-support';
import { runCli, spawnCli } from './run-cli.ts';

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-retention-'));
  dataDir = join(dir, 'data');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lots retention run', () => {
  it('erases identities past the programme’s retention and keeps the statistics', () => {
    const doc = dataset({
      programmes: [programme('prog-r', 'assoc-a', { caseNumberPrefix: 'PR', retentionYears: 2 })],
      specialists: [specialist('sr1', 'prog-r')],
      participants: [
        enrolment('old', 'prog-r', 'sr1', {
          identity: { name: 'Gammal Gustav' },
          closure: { date: '2024-03-01', reason: 'moved' },
        }),
        enrolment('open', 'prog-r', 'sr1', { identity: { name: 'Öppen Olga' } }),
      ],
    });
    const file = join(dir, 'doc.json');
    writeFileSync(file, JSON.stringify(doc));
    expect(runCli(['--data-dir', dataDir, 'import', file]).code).toBe(0);

    const early = runCli(['--data-dir', dataDir, 'retention', 'run', '--date', '2026-03-01']);
    expect(early.code, early.stderr).toBe(0);
    expect(early.stdout).toContain('erased the identity of 0 person(s)');

    const run = runCli(['--data-dir', dataDir, 'retention', 'run', '--date', '2026-03-02']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('erased the identity of 1 person(s)');

    const exported = runCli(['--data-dir', dataDir, 'export']);
    expect(exported.stdout).not.toContain('Gammal Gustav');
    expect(exported.stdout).toContain('Öppen Olga');
    expect(exported.stdout).toContain('"reason": "moved"');

    const bad = runCli(['--data-dir', dataDir, 'retention', 'run', '--date', '2026-02-30']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--date');
  });

  it('lots serve runs the retention by itself at start and logs what it erased', async () => {
    const serveDir = join(dir, 'serve');
    const doc = dataset({
      programmes: [programme('prog-s', 'assoc-a', { caseNumberPrefix: 'PS', retentionYears: 2 })],
      specialists: [specialist('ss1', 'prog-s')],
      participants: [
        enrolment('long-ago', 'prog-s', 'ss1', {
          identity: { name: 'Länge Sedan' },
          closure: { date: '2024-03-01', reason: 'moved' },
        }),
      ],
    });
    const file = join(dir, 'serve.json');
    writeFileSync(file, JSON.stringify(doc));
    expect(runCli(['--data-dir', serveDir, 'import', file]).code).toBe(0);

    const server = spawnCli(['serve', '--port', '0', '--data-dir', serveDir], {
      LOTS_LOG_LEVEL: 'info',
    });
    let out = '';
    server.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const check = setInterval(() => {
          if (out.includes('erased the identity of')) {
            clearInterval(check);
            resolve();
          } else if (server.exitCode !== null) {
            clearInterval(check);
            reject(new Error(`lots serve exited: ${out}`));
          }
        }, 50);
      });
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    expect(out).toContain('vid start och därefter med 24 timmars mellanrum');
    expect(out).toMatch(
      /retention run for \d{4}-\d{2}-\d{2}: erased the identity of 1 person\(s\)/,
    );
    expect(out).toContain('prog-s ');
    const exported = runCli(['--data-dir', serveDir, 'export']);
    expect(exported.stdout).not.toContain('Länge Sedan');
  });

  it('lots serve refuses a retention interval that is not a number of hours, naming it', () => {
    const bad = runCli(['serve', '--port', '0', '--data-dir', join(dir, 'bad')], {
      env: { LOTS_RETENTION_INTERVAL_HOURS: '-5' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('LOTS_RETENTION_INTERVAL_HOURS: must be 0 (off) or more hours');
  });
});
