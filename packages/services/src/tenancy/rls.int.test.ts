import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousScope, systemScope } from '@lots/db';
import { createTestLots, importOrThrow, twoProgrammeWorld } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';

let lots: TLots;
beforeAll(async () => {
  lots = await createTestLots();
  await importOrThrow(lots, twoProgrammeWorld());
});
afterAll(async () => lots.close());

describe('row-level security, the second wall', () => {
  it('a query issued without a tenant context returns nothing', async () => {
    // Raw SQL that forgets every filter: only row-level security stands in the way.
    const rows = await lots.raw.db.transaction().execute(async (trx) => {
      const enrolments = await sql<{ n: number }>`select count(*)::int as n from enrolment`.execute(
        trx,
      );
      const events = await sql<{ n: number }>`select count(*)::int as n from event`.execute(trx);
      const identities = await sql<{
        n: number;
      }>`select count(*)::int as n from participant_identity`.execute(trx);
      return [enrolments.rows[0]?.n, events.rows[0]?.n, identities.rows[0]?.n];
    });
    expect(rows).toEqual([0, 0, 0]);
    const viaRepository = await lots.db.inScope(anonymousScope, (r) =>
      r.participants.countEnrolments({ programmeIds: [] }),
    );
    expect(viaRepository).toBe(0);
  });

  it('a scope of one programme sees only that programme, even with raw SQL', async () => {
    const ids = await lots.db.inScope(systemScope(), (r) => r.organisation.listProgrammes());
    const progB = ids.find((p) => p.key === 'prog-b')!;
    const seen = await lots.raw.db.transaction().execute(async (trx) => {
      await sql`select set_config('lots.programmes', ${`{${progB.id}}`}, true)`.execute(trx);
      return (
        await sql<{ programmeId: string }>`select distinct programme_id from enrolment`.execute(trx)
      ).rows;
    });
    expect(seen).toEqual([{ programmeId: progB.id }]);
  });

  it('the application role is not a superuser and cannot change the audit log', async () => {
    const who = await sql<{
      u: string;
      s: boolean;
    }>`select current_user as u, (select rolsuper from pg_roles where rolname = current_user) as s`.execute(
      lots.raw.db,
    );
    expect(who.rows[0]).toEqual({ u: 'lots_app', s: false });
    await lots.db.inScope(systemScope(), (r) => r.audit.append({ action: 'test', entity: 'test' }));
    const asSystem = (statement: ReturnType<typeof sql>) =>
      lots.raw.db.transaction().execute(async (trx) => {
        await sql`select set_config('lots.system', 'on', true)`.execute(trx);
        await statement.execute(trx);
      });
    await expect(asSystem(sql`update audit_log set action = 'x'`)).rejects.toThrow(
      /permission denied|append-only/,
    );
    await expect(asSystem(sql`delete from audit_log`)).rejects.toThrow(
      /permission denied|append-only/,
    );
  });

  it('a write outside the scope is refused by the database', async () => {
    const progs = await lots.db.inScope(systemScope(), (r) => r.organisation.listProgrammes());
    const a = progs.find((p) => p.key === 'prog-a')!;
    const b = progs.find((p) => p.key === 'prog-b')!;
    await expect(
      lots.raw.db.transaction().execute(async (trx) => {
        await sql`select set_config('lots.programmes', ${`{${a.id}}`}, true)`.execute(trx);
        await sql`insert into participant (programme_id, key) values (${b.id}, 'sneaky')`.execute(
          trx,
        );
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it('every policy reads the scope once per query, not once per row', async () => {
    // A bare lots_scope_programmes() in a policy is re-evaluated for every row (the
    // uuid array parsed again each time); the sub-select form runs once (InitPlan).
    const policies = await sql<{
      table: string;
      expr: string;
    }>`select tablename as table, coalesce(qual, '') || ' ' || coalesce(with_check, '') as expr
       from pg_policies where schemaname = current_schema()`.execute(lots.raw.db);
    const scoped = policies.rows.filter((p) => /lots_(is_system|scope_\w+)\(\)/.test(p.expr));
    expect(scoped.map((p) => p.table)).toEqual(expect.arrayContaining(['enrolment', 'event']));
    const perRow = scoped.filter((p) =>
      /(?<!SELECT )lots_(is_system|scope_programmes|scope_associations)\(\)/.test(p.expr),
    );
    expect(perRow).toEqual([]);
  });
});
