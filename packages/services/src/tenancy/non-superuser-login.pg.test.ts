import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, systemScope } from '@lots/db';
import { TEST_KEY, importOrThrow, twoProgrammeWorld } from '../../test-support/index.ts';
import { exportDataset } from '../dataset/export-dataset.ts';
import { importDatasetFile } from '../dataset/import-dataset-file.ts';
import { createLots, type TLots } from '../runtime.ts';

/*
 * Production on a PostgreSQL server (ADR 0002): DATABASE_URL names an ordinary LOGIN
 * role — not a superuser — that owns the database (and so the schema Lots migrates)
 * and is a member of `lots_app`, created once by the DBA. Lots migrates as that role
 * and then runs every query as `lots_app`, so row-level security applies.
 */
const suffix = randomBytes(4).toString('hex');
const owner = `lots_owner_${suffix}`;
const database = `lots_login_${suffix}`;
let admin: pg.Client;
let lots: TLots;

beforeAll(async () => {
  const base = inject('pgUrl');
  admin = new pg.Client({ connectionString: base });
  await admin.connect();
  // What a DBA does once: the application role, an owner login that may use it, a database.
  await admin.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'lots_app') then
        create role lots_app nologin nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
      end if; end $$`);
  await admin.query(
    `create role ${owner} login password 'owner-password' nosuperuser nocreatedb nocreaterole nobypassrls`,
  );
  await admin.query(`grant lots_app to ${owner}`);
  await admin.query(`create database ${database} owner ${owner}`);
  const url = new URL(base);
  url.username = owner;
  url.password = 'owner-password';
  url.pathname = `/${database}`;
  lots = createLots(
    await openDatabase({ kind: 'postgres', url: url.toString() }, 'apply'),
    TEST_KEY,
  );
  await importOrThrow(lots, twoProgrammeWorld());
});

afterAll(async () => {
  await lots.close();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`drop role if exists ${owner}`);
  await admin.end();
});

describe('DATABASE_URL with a non-superuser login role (PostgreSQL server)', () => {
  it('migrates as the owner login, then runs as lots_app, neither a superuser', async () => {
    expect(lots.applied.length).toBeGreaterThan(0);
    const who = await sql<{ current: string; session: string; superuser: boolean }>`
      select current_user as current, session_user as session,
             (select rolsuper from pg_roles where rolname = session_user) as superuser`.execute(
      lots.raw.db,
    );
    expect(who.rows[0]).toEqual({ current: 'lots_app', session: owner, superuser: false });
  });

  it('row-level security applies: a query without tenancy context returns nothing', async () => {
    const counts = await lots.raw.db.transaction().execute(async (trx) => {
      const n = async (table: string) =>
        (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx))
          .rows[0]?.n;
      return [await n('enrolment'), await n('participant_identity'), await n('event')];
    });
    expect(counts).toEqual([0, 0, 0]);
    // The data is there: the system scope of the same connection sees it.
    const all = await lots.db.inScope(systemScope(), (r) => r.organisation.listProgrammes());
    const seen = await lots.raw.db.transaction().execute(async (trx) => {
      await sql`select set_config('lots.programmes', ${`{${all.map((p) => p.id).join(',')}}`}, true)`.execute(
        trx,
      );
      return (await sql<{ n: number }>`select count(*)::int as n from enrolment`.execute(trx))
        .rows[0]?.n;
    });
    expect(seen).toBe(twoProgrammeWorld().participants?.length);
  });

  it('a login that may not use lots_app gets a clear error naming the fix', async () => {
    const stranger = `lots_stranger_${suffix}`;
    await admin.query(`create role ${stranger} login password 'x-password' nosuperuser`);
    try {
      const url = new URL(inject('pgUrl'));
      url.username = stranger;
      url.password = 'x-password';
      url.pathname = `/${database}`;
      await expect(
        openDatabase({ kind: 'postgres', url: url.toString() }, 'verify'),
      ).rejects.toThrow(`grant lots_app to ${stranger}`);
    } finally {
      await admin.query(`drop role ${stranger}`);
    }
  });

  it('the audit log stays append-only for the application', async () => {
    await expect(
      lots.raw.db.transaction().execute(async (trx) => {
        await sql`select set_config('lots.system', 'on', true)`.execute(trx);
        await sql`delete from audit_log`.execute(trx);
      }),
    ).rejects.toThrow();
  });

  it('an initial load (import into an empty database) rebuilds the indexes as the non-superuser owner', async () => {
    const empty = `${database}_load`;
    await admin.query(`create database ${empty} owner ${owner}`);
    const url = new URL(inject('pgUrl'));
    url.username = owner;
    url.password = 'owner-password';
    url.pathname = `/${empty}`;
    const fresh = createLots(
      await openDatabase({ kind: 'postgres', url: url.toString() }, 'apply'),
      TEST_KEY,
    );
    try {
      const oid = async () =>
        (
          await sql<{
            oid: number;
          }>`select 'event_enrolment_idx'::regclass::oid::int as oid`.execute(fresh.raw.db)
        ).rows[0]?.oid;
      const before = await oid();
      const bytes = Buffer.from(JSON.stringify(twoProgrammeWorld()));
      const result = await importDatasetFile(fresh, () =>
        (async function* () {
          yield bytes;
        })(),
      );
      expect(result.ok).toBe(true);
      expect(await oid()).not.toBe(before);
      expect((await exportDataset(fresh)).participants).toHaveLength(
        twoProgrammeWorld().participants?.length ?? 0,
      );
      const owners = await sql<{ owner: string }>`
        select distinct pg_get_userbyid(relowner) as owner from pg_class
        where relname in ('event', 'event_enrolment_idx', 'event_pkey')`.execute(fresh.raw.db);
      expect(owners.rows).toEqual([{ owner }]);
    } finally {
      await fresh.close();
      await admin.query(`drop database if exists ${empty} with (force)`);
    }
  });
});
