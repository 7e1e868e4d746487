import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, enrolment, programme, specialist } from '@lots/services/test-support';
import { runCli } from './run-cli.ts';

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
});
