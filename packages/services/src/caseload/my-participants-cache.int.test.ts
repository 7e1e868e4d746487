import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestLots,
  createTestUser,
  importOrThrow,
  twoProgrammeWorld,
} from '../../test-support/index.ts';
import { resolveAccess, type TAccess } from '../auth/access.ts';
import { recordEvent } from '../events/record-event.ts';
import type { TLots } from '../runtime.ts';
import { listMyParticipants } from './list-my-participants.ts';

/*
 * "Mina deltagare" is served again from memory while nothing it shows has changed
 * (caches.ts, migration 20261206010000_programme_data_version.sql). What a user relies
 * on: every read is audited, a change shows on the next read whoever made it, and a
 * new day is a new list.
 */
let lots: TLots;
let clock = new Date('2026-06-01T10:00:00Z');
let sup: TAccess;
const meta = { ip: '127.0.0.1' };

async function accessOf(email: string): Promise<TAccess> {
  const user = await lots.db.unscoped((r) => r.users.findByEmail(email));
  if (!user) throw new Error(email);
  return lots.db.unscoped((r) =>
    resolveAccess(r, { id: user.id, email: user.email, displayName: 'S', locale: 'sv' }),
  );
}

/** A write made outside Lots' use cases (another process, psql), as the system. */
async function asSystem(statement: string): Promise<void> {
  await lots.db.kysely.transaction().execute(async (trx) => {
    await sql`select set_config('lots.system', 'on', true)`.execute(trx);
    await sql.raw(statement).execute(trx);
  });
}

async function auditedReads(): Promise<number> {
  return lots.db.kysely.transaction().execute(async (trx) => {
    await sql`select set_config('lots.system', 'on', true)`.execute(trx);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log
      where details ->> 'view' = 'my-participants'`.execute(trx);
    return rows[0]?.n ?? 0;
  });
}

const list = () => listMyParticipants(lots, sup, { programme: 'prog-a' }, meta);

beforeAll(async () => {
  lots = await createTestLots({ now: () => clock });
  await importOrThrow(lots, twoProgrammeWorld());
  await createTestUser(lots, { email: 'sup@test.se', role: 'supervisor', programme: 'prog-a' });
  sup = await accessOf('sup@test.se');
});
afterAll(async () => lots.close());

describe('Mina deltagare served from memory', () => {
  it('serves an unchanged list again and audits every read, with the case numbers shown', async () => {
    const before = await auditedReads();
    const first = await list();
    const second = await list();
    expect(second).toBe(first);
    // One audit row per programme shown per read (prog-a and its sub-programme prog-a1).
    const perRead = new Set(first.items.map((i) => i.programmeKey)).size;
    expect(perRead).toBe(2);
    expect(await auditedReads()).toBe(before + 2 * perRead);
  });

  it('shows a change made through a use case on the next read', async () => {
    const first = await list();
    const alice = first.items.find((i) => i.name === 'Alice Andersson');
    if (!alice) throw new Error('Alice is not listed');
    expect(alice.lastContact?.date).not.toBe('2026-05-30');
    await recordEvent(
      lots,
      sup,
      alice.id,
      { type: 'meeting', date: '2026-05-30', kind: 'three_party', parties: ['AF'] },
      meta,
    );
    const next = await list();
    expect(next).not.toBe(first);
    expect(next.items.find((i) => i.id === alice.id)?.lastContact).toEqual({
      date: '2026-05-30',
      days: 2,
    });
  });

  it('shows a change written outside Lots (another process, SQL) on the next read', async () => {
    const first = await list();
    const bo = first.items.find((i) => i.name === 'Bo Berg');
    expect(bo?.specialist?.name).toBeDefined();
    await asSystem(`update specialist set name = 'Omdöpt Specialist' where key = 'sa2'`);
    const next = await list();
    expect(next.items.find((i) => i.name === 'Bo Berg')?.specialist?.name).toBe(
      'Omdöpt Specialist',
    );
  });

  it('shows a change of the programme’s settings on the next read', async () => {
    const first = await list();
    await asSystem(`update programme set follow_up_months = '{1}' where key = 'prog-a'`);
    const next = await list();
    expect(next).not.toBe(first);
  });

  it('computes the list anew on a new day', async () => {
    const first = await list();
    clock = new Date('2026-06-02T10:00:00Z');
    const next = await list();
    expect(next).not.toBe(first);
    expect(next.today).toBe('2026-06-02');
  });

  it('keeps users apart: another user’s list is never served from this one’s', async () => {
    await createTestUser(lots, {
      email: 'spec@test.se',
      role: 'specialist',
      programme: 'prog-a',
      specialist: 'sa1',
    });
    const spec = await accessOf('spec@test.se');
    const mine = await listMyParticipants(lots, spec, { programme: 'prog-a' }, meta);
    const all = await list();
    expect(mine.items.length).toBeLessThan(all.items.length);
    expect(
      mine.items.every(
        (i) => i.specialist?.name === all.items.find((a) => a.id === i.id)?.specialist?.name,
      ),
    ).toBe(true);
    expect(mine.items.map((i) => i.name)).not.toContain('Bo Berg');
  });
});

describe('reads served from memory that arrive together', () => {
  it('share one statement, and each is served or read afresh on its own', async () => {
    await createTestUser(lots, { email: 'supb@test.se', role: 'supervisor', programme: 'prog-b' });
    const supB = await accessOf('supb@test.se');
    const listB = () => listMyParticipants(lots, supB, { programme: 'prog-b' }, meta);
    const a = await list();
    const b = await listB();
    await asSystem(`update programme set follow_up_months = '{2}' where key = 'prog-b'`);
    const before = await auditedReads();
    const [a1, b1, a2, a3] = await Promise.all([list(), listB(), list(), list()]);
    // prog-a is unchanged: served again; prog-b changed: read afresh, with the change.
    expect([a1, a2, a3].every((x) => x === a)).toBe(true);
    expect(b1).not.toBe(b);
    // Every read audited: three of prog-a (two programmes each) and one of prog-b.
    expect(await auditedReads()).toBe(before + 3 * 2 + 1);
    // The three reads from memory were written by one statement: one transaction time.
    const times = await lots.db.kysely.transaction().execute(async (trx) => {
      await sql`select set_config('lots.system', 'on', true)`.execute(trx);
      const { rows } = await sql<{ n: number }>`select count(distinct at)::int as n from (
          select at from audit_log where details ->> 'view' = 'my-participants'
            and user_email = 'sup@test.se' order by id desc limit 6) as last`.execute(trx);
      return rows[0]?.n;
    });
    expect(times).toBe(1);
  });

  it('keeps one read’s failure from the others sharing its statement', async () => {
    const versions = await lots.db.kysely
      .selectFrom('programmeDataVersion')
      .select(['programmeId', sql<string>`version::text`.as('version')])
      .execute();
    const read = {
      versions,
      userId: null,
      userEmail: 'x@test.se',
      ip: null,
      rows: [{ programmeId: versions[0]!.programmeId, details: { view: 'test' } }],
    };
    const results = await Promise.allSettled([
      lots.db.auditIfUnchanged(read),
      lots.db.auditIfUnchanged({ ...read, userId: 'not-a-uuid' }),
      lots.db.auditIfUnchanged(read),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toEqual({ status: 'fulfilled', value: true });
  });
});

describe('programme data versions', () => {
  async function version(key: string): Promise<bigint> {
    const { rows } = await sql<{ v: string }>`select coalesce(d.version, 0)::text as v
      from programme p left join programme_data_version d on d.programme_id = p.id
      where p.key = ${key}`.execute(lots.db.kysely);
    return BigInt(rows[0]?.v ?? '0');
  }

  it('moves once per statement for the programmes written, and not for the others', async () => {
    const a = await version('prog-a');
    const b = await version('prog-b');
    await asSystem(`update enrolment set preferences = 'Arbete' where key in ('a-1', 'a-2')`);
    expect(await version('prog-a')).toBe(a + 1n);
    expect(await version('prog-b')).toBe(b);
    await asSystem(`update participant_identity set phone_enc = null where programme_id =
      (select id from programme where key = 'prog-b')`);
    expect(await version('prog-b')).toBe(b + 1n);
  });

  it('is left alone by a transaction that defers it (the import bumps its programmes itself)', async () => {
    const a = await version('prog-a');
    await lots.db.kysely.transaction().execute(async (trx) => {
      await sql`select set_config('lots.system', 'on', true), set_config('lots.defer_data_version', 'on', true)`.execute(
        trx,
      );
      await sql`update enrolment set preferences = 'Studier' where key = 'a-1'`.execute(trx);
    });
    expect(await version('prog-a')).toBe(a);
  });

  it('moves once per programme for a whole import, however many statements it ran', async () => {
    const a = await version('prog-a');
    const b = await version('prog-b');
    const first = await list();
    await importOrThrow(lots, twoProgrammeWorld());
    expect(await version('prog-a')).toBe(a + 1n);
    expect(await version('prog-b')).toBe(b + 1n);
    expect(await list()).not.toBe(first);
  });
});
