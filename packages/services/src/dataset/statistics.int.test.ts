import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLots, importOrThrow } from '../../test-support/index.ts';
import { buildDemoDataset } from '../demo/demo-dataset.ts';
import type { TLots } from '../runtime.ts';

let lots: TLots;
beforeAll(async () => {
  lots = await createTestLots();
});
afterAll(async () => lots.close());

const analyzedAt = async (table: string) =>
  (
    await sql<{
      at: string | null;
    }>`select coalesce(last_analyze, last_autoanalyze)::text as at from pg_stat_user_tables where relname = ${table}`.execute(
      lots.raw.db,
    )
  ).rows[0]?.at ?? null;

describe('planner statistics after an import', () => {
  it('a bulk import leaves the event and enrolment tables analysed', async () => {
    // Without statistics the planner took minutes-long plans for the first report after
    // a large import (BENCHMARKS.md); PGlite has no autovacuum to catch up later.
    const before = await analyzedAt('event');
    const summary = await importOrThrow(lots, buildDemoDataset({ seed: 7, today: '2025-12-31' }));
    expect(summary.events + summary.participants).toBeGreaterThanOrEqual(1000);
    const after = await analyzedAt('event');
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    expect(await analyzedAt('enrolment')).not.toBeNull();
  });
});
