import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoProgrammeWorld } from '@lots/services/test-support';
import { runCli } from './run-cli.ts';

/*
 * The command line on the embedded database, run as separate processes exactly as a
 * user runs them: import validation, idempotency, export round trip, users.
 */
let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-cli-'));
  dataDir = join(dir, 'data');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

describe('lots import / export', () => {
  it('--help works everywhere', () => {
    for (const args of [
      ['--help'],
      ['import', '--help'],
      ['export', '--help'],
      ['user', 'create', '--help'],
      ['serve', '--help'],
      ['migrate', '--help'],
      ['demo', '--help'],
    ]) {
      const res = runCli(args);
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.stdout).toMatch(/Usage: lots/);
    }
  });

  it('a dataset with errors writes nothing and names every error by its JSON path', () => {
    const doc = twoProgrammeWorld();
    const bad = structuredClone(doc) as unknown as { participants: Record<string, unknown>[] };
    (bad.participants[0] as { enrolledAt: string }).enrolledAt = '2023-12-01'; // before the referral
    (bad.participants[1] as { municipality: string }).municipality = '9999';
    (bad.participants[2] as { events: { date: string }[] }).events[0]!.date = '2020-01-01';
    delete (bad.participants[3] as { consent?: unknown }).consent;
    const res = runCli(['import', file('bad.json', bad), '--data-dir', dataDir]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      'participants[0].referral.date: must be on or before enrolledAt 2023-12-01',
    );
    expect(res.stderr).toContain('participants[1].municipality');
    expect(res.stderr).toContain('participants[2].events[0].date');
    expect(res.stderr).toContain('participants[3].consent');
    expect(res.stderr).toMatch(/nothing was written/);
    const exported = runCli(['export', '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).participants).toEqual([]);
  });

  it('rejects a file that is not JSON, clearly', () => {
    const res = runCli(['import', file('broken.json', '{ "format": '), '--data-dir', dataDir]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/not valid JSON/);
  });

  it('a good import twice leaves one copy, and export → import → export is the identity', () => {
    const good = file('good.json', twoProgrammeWorld());
    const quiet = runCli(['import', good, '--data-dir', dataDir]);
    expect(quiet.code).toBe(0);
    // No steps printed when standard error is not a terminal, unless asked for.
    expect(quiet.stderr).not.toContain('lots import:');
    const first = runCli(['--data-dir', dataDir, 'export']);
    const again1 = runCli(['import', good, '--data-dir', dataDir, '--progress']);
    expect(again1.code).toBe(0);
    const steps = again1.stderr.split('\n').filter((l) => l.startsWith('lots import:'));
    const events = (
      JSON.parse(first.stdout) as { participants: { events?: unknown[] }[] }
    ).participants
      .map((p) => p.events?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(steps.map((l) => l.replace(/ \(\d+\.\d s\)$/, ''))).toEqual([
      'lots import: the whole file checked: 6 entries, no errors (rows written meanwhile)',
      `lots import: 6 entries with ${events} events written`,
      'lots import: committed',
    ]);
    const second = runCli(['export', '--data-dir', dataDir]);
    expect(second.stdout).toBe(first.stdout);
    const doc = JSON.parse(first.stdout);
    expect(doc.participants).toHaveLength(6);

    const roundTripDir = join(dir, 'data-rt');
    const exportedFile = file('exported.json', first.stdout);
    expect(runCli(['import', exportedFile, '--data-dir', roundTripDir]).code).toBe(0);
    const again = runCli([
      'export',
      '--data-dir',
      roundTripDir,
      '--output',
      join(dir, 'again.json'),
    ]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(first.stdout);
  });

  it('exports one programme with its sub-programmes', () => {
    const res = runCli(['export', '--programme', 'prog-a', '--data-dir', dataDir]);
    const doc = JSON.parse(res.stdout);
    expect(doc.programmes.map((p: { key: string }) => p.key)).toEqual(['prog-a', 'prog-a1']);
    expect(
      doc.participants.every((p: { programme: string }) => p.programme.startsWith('prog-a')),
    ).toBe(true);
  });

  it('creates users with a role on a programme, and explains a bad role', () => {
    const ok = runCli([
      'user',
      'create',
      '--email',
      'ny@test.se',
      '--password',
      'long-enough-pw',
      '--role',
      'supervisor',
      '--programme',
      'prog-a',
      '--data-dir',
      dataDir,
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Created ny@test.se/);
    const bad = runCli([
      'user',
      'create',
      '--email',
      'x@test.se',
      '--password',
      'long-enough-pw',
      '--role',
      'boss',
      '--programme',
      'prog-a',
      '--data-dir',
      dataDir,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/role/);
    const noProgramme = runCli([
      'user',
      'create',
      '--email',
      'x@test.se',
      '--password',
      'long-enough-pw',
      '--role',
      'supervisor',
      '--programme',
      'nope',
      '--data-dir',
      dataDir,
    ]);
    expect(noProgramme.code).toBe(1);
    expect(noProgramme.stderr).toMatch(/programme: no programme with key nope/);
  });
});
