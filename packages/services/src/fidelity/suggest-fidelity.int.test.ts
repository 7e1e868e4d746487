import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@lots/core';
import { systemScope } from '@lots/db';
import {
  createTestLots,
  createTestUser,
  importOrThrow,
  twoProgrammeWorld,
} from '../../test-support/index.ts';
import { resolveAccess, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { suggestFidelity } from './suggest-fidelity.ts';

/*
 * The fidelity repository's SQL on the engine of the test project (PGlite and
 * PostgreSQL), in the system scope (CLI) and in a supervisor's scope. In the
 * standard world prog-a (with prog-a1) has 4 open enrolments on 1 + 0.5 + 1 FTE, all
 * enrolled 2024-01-15; a-3 met emp-a face to face on 2024-01-20 and started a
 * competitive job there on 2024-03-01.
 */
let lots: TLots;
const query = { programme: 'prog-a', date: '2024-06-30' };

async function accessOf(email: string): Promise<TAccess> {
  const user = await lots.db.unscoped((r) => r.users.findByEmail(email));
  if (!user) throw new Error(email);
  return lots.db.unscoped((r) =>
    resolveAccess(r, { id: user.id, email: user.email, displayName: 'X', locale: 'sv' }),
  );
}

beforeAll(async () => {
  lots = await createTestLots();
  await importOrThrow(lots, twoProgrammeWorld());
  await createTestUser(lots, { email: 'sup@test.se', role: 'supervisor', programme: 'prog-a' });
  await createTestUser(lots, {
    email: 'spec@test.se',
    role: 'specialist',
    programme: 'prog-a',
    specialist: 'sa1',
  });
});
afterAll(async () => lots.close());

describe('suggestFidelity', () => {
  it('counts the programme with its sub-programme in the system scope', async () => {
    const s = await suggestFidelity(lots, query);
    expect(s.window).toEqual({ from: '2023-07-01', to: '2024-06-30' });
    const byId = Object.fromEntries(s.items.map((i) => [i.id, i]));
    expect(byId.caseload_size).toMatchObject({
      score: 5,
      evidence: { numerator: 4, denominator: 2.5, value: 2 },
    });
    expect(byId.rapid_job_search).toMatchObject({
      score: 5,
      evidence: { numerator: 5, denominator: 1, value: 5, details: { withoutContact: 3 } },
    });
    expect(byId.employer_diversity).toMatchObject({
      score: 5,
      evidence: { numerator: 1, denominator: 1 },
    });
    expect(byId.competitive_jobs).toMatchObject({ score: 5, evidence: { value: 100 } });
    // Nothing face to face in the 12 weeks before D.
    expect(byId.employer_contact_frequency).toMatchObject({
      score: 1,
      evidence: { numerator: 0, denominator: 36, value: 0 },
    });
  });

  it('gives a supervisor the same proposals and audits the read', async () => {
    const sup = await accessOf('sup@test.se');
    const scoped = await suggestFidelity(lots, query, { access: sup });
    expect(scoped).toEqual(await suggestFidelity(lots, query));
    const audit = await lots.db.inScope(systemScope(), (r) =>
      r.audit.list({ programmeIds: [...sup.programmes.keys()], limit: 50 }),
    );
    expect(audit.filter((a) => a.action === 'fidelity.suggest').length).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 for another programme and refuses a specialist', async () => {
    const sup = await accessOf('sup@test.se');
    await expect(
      suggestFidelity(lots, { ...query, programme: 'prog-b' }, { access: sup }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const spec = await accessOf('spec@test.se');
    const refused = await suggestFidelity(lots, query, { access: spec }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('FORBIDDEN');
  });
});
