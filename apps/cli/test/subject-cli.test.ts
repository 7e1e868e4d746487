import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, enrolment, programme, specialist } from '@lots/services/test-support';
import { runCli } from './run-cli.ts';

let dir: string;
let dataDir: string;
const lots = (...args: string[]) => runCli(['--data-dir', dataDir, ...args]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-subject-'));
  dataDir = join(dir, 'data');
  const doc = dataset({
    programmes: [programme('prog-s', 'assoc-a', { caseNumberPrefix: 'PS' })],
    specialists: [specialist('ss1', 'prog-s')],
    participants: [
      enrolment('s-1', 'prog-s', 'ss1', {
        caseNumber: 'PS-2024-001',
        identity: { name: 'Signe Subjekt', personalNumber: '19900101-0017' },
      }),
    ],
  });
  const file = join(dir, 'doc.json');
  writeFileSync(file, JSON.stringify(doc));
  expect(lots('import', file).code).toBe(0);
  for (const [email, role, extra] of [
    ['sup@test.se', 'supervisor', []],
    ['spec@test.se', 'specialist', ['--specialist', 'ss1']],
  ] as const) {
    const res = lots(
      'user',
      'create',
      '--email',
      email,
      '--password',
      'test-password-123',
      '--role',
      role,
      '--programme',
      'prog-s',
      ...extra,
    );
    expect(res.code, res.stderr).toBe(0);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const person = ['--programme', 'prog-s', '--case-number', 'PS-2024-001'];

describe('lots subject (the data subject’s rights from the command line)', () => {
  it('export writes everything held as JSON, and the export itself is audited', () => {
    const res = lots('subject', 'export', ...person, '--as', 'sup@test.se');
    expect(res.code, res.stderr).toBe(0);
    const data = JSON.parse(res.stdout);
    expect(data.format).toBe('lots-subject-export');
    expect(data.identity).toMatchObject({
      name: 'Signe Subjekt',
      personalNumber: '19900101-0017',
    });
    expect(data.enrolments.map((e: { caseNumber: string }) => e.caseNumber)).toEqual([
      'PS-2024-001',
    ]);
    expect(data.audit).toContainEqual(
      expect.objectContaining({
        action: 'export',
        entity: 'participant',
        userEmail: 'sup@test.se',
      }),
    );
  });

  it('only a supervisor of the programme may; unknown cases and users are named', () => {
    const spec = lots('subject', 'export', ...person, '--as', 'spec@test.se');
    expect(spec.code).toBe(1);
    expect(spec.stderr).toMatch(/supervisor/i);
    const unknown = lots(
      'subject',
      'export',
      '--programme',
      'prog-s',
      '--case-number',
      'PS-2024-999',
      '--as',
      'sup@test.se',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--case-number');
    const nobody = lots('subject', 'erase', ...person, '--as', 'x@test.se', '--reason', 'test');
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('--as');
  });

  it('erase removes the identity and keeps the case; the export then shows it erased', () => {
    const res = lots(
      'subject',
      'erase',
      ...person,
      '--as',
      'sup@test.se',
      '--reason',
      'begäran från den registrerade',
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Erased the identity of PS-2024-001/);
    const after = JSON.parse(lots('subject', 'export', ...person, '--as', 'sup@test.se').stdout);
    expect(after.identity).toMatchObject({ name: null, personalNumber: null });
    expect(after.identity.erasedAt).not.toBeNull();
    expect(after.enrolments).toHaveLength(1);
    expect(after.audit).toContainEqual(
      expect.objectContaining({ action: 'erase', reason: 'begäran från den registrerade' }),
    );
  });
});
