import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemScope } from '@lots/db';
import { createTestLots, importOrThrow, twoProgrammeWorld } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';

/*
 * The fidelity tables behind the same second wall as case data: raw SQL in another
 * programme's context sees no review, proposal (case numbers) or score, and cannot
 * write one.
 */
let lots: TLots;
const programmeIds: Record<string, string> = {};

beforeAll(async () => {
  lots = await createTestLots();
  await importOrThrow(lots, twoProgrammeWorld());
  for (const p of await lots.db.inScope(systemScope(), (r) => r.organisation.listProgrammes())) {
    programmeIds[p.key] = p.id;
  }
  await lots.db.inScope(systemScope(), async (r) => {
    const review = await r.fidelityReviews.create({
      programmeId: programmeIds['prog-a']!,
      kind: 'self_assessment',
      windowFrom: '2023-07-01',
      windowTo: '2024-06-30',
      instrumentId: 'ips-25',
      instrumentVersion: 1,
      createdBy: null,
    });
    await r.fidelityReviews.replaceProposals(review, [
      { itemId: 'competitive_jobs', score: 5, evidence: { records: ['PA-1'] }, note: 'n' },
    ]);
  });
});
afterAll(async () => lots.close());

describe('fidelity tables and row-level security', () => {
  it('another programme sees and writes nothing, even with raw SQL', async () => {
    const counts = await lots.raw.db.transaction().execute(async (trx) => {
      await sql`select set_config('lots.programmes', ${`{${programmeIds['prog-b']}}`}, true)`.execute(
        trx,
      );
      const out: number[] = [];
      for (const table of ['fidelity_review', 'fidelity_proposal', 'fidelity_item_score']) {
        const res = await sql<{
          n: number;
        }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx);
        out.push(res.rows[0]?.n ?? -1);
      }
      return out;
    });
    expect(counts).toEqual([0, 0, 0]);
    const write = lots.raw.db.transaction().execute(async (trx) => {
      await sql`select set_config('lots.programmes', ${`{${programmeIds['prog-b']}}`}, true)`.execute(
        trx,
      );
      await sql`insert into fidelity_review (programme_id, kind, window_from, window_to, instrument_id, instrument_version)
        values (${programmeIds['prog-a']}, 'external', '2024-01-01', '2024-06-30', 'ips-25', 1)`.execute(
        trx,
      );
    });
    await expect(write).rejects.toThrow(/row-level security/);
  });
});
