import { sql, type Kysely, type Transaction } from 'kysely';
import { uuidArrayLiteral } from '../array-literals.ts';
import type { Database } from '../schema.ts';

/** A programme's data version (see migration 20261206010000_programme_data_version.sql). */
export type TDataVersion = { programmeId: string; version: string };

/** The current data versions of the programmes ("0" for one never written to). */
export async function readDataVersions(
  trx: Transaction<Database>,
  programmeIds: readonly string[],
): Promise<TDataVersion[]> {
  if (programmeIds.length === 0) return [];
  const { rows } = await sql<{ programmeId: string; version: string }>`
    select x.programme_id, coalesce(d.version, 0)::text as version
    from unnest(${uuidArrayLiteral(programmeIds)}::uuid[]) as x(programme_id)
    left join programme_data_version d on d.programme_id = x.programme_id
    order by x.programme_id`.execute(trx);
  return rows;
}

export type TUnchangedReadAudit = {
  versions: readonly TDataVersion[];
  userId: string | null;
  userEmail: string | null;
  ip: string | null;
  /** The audit rows of the read: one per programme shown. */
  rows: readonly { programmeId: string; details: Record<string, unknown> }[];
};

/**
 * Reads served again from memory, in one statement and no transaction, however many
 * there are: for each read whose programmes' data versions are all still the ones
 * given, its audit rows are appended and its answer is true; a read with a changed
 * version writes nothing and answers false (the caller reads afresh). The versions and
 * the inserts see one snapshot, so an answer served after `true` is exactly what
 * reading the tables would have given. Needs no scope: audit_log takes inserts from
 * the application role (its select is what row-level security limits), and the
 * versions are counters, not personal data.
 *
 * `LotsDb.auditIfUnchanged` gathers the reads that arrive together into one call
 * (ADR 0009): under load, one statement and one commit serve tens of requests.
 */
export async function auditIfUnchangedBatch(
  db: Kysely<Database>,
  reads: readonly TUnchangedReadAudit[],
): Promise<boolean[]> {
  if (reads.length === 0) return [];
  const checks = JSON.stringify(
    reads.flatMap((read, i) =>
      read.versions.map((v) => ({
        read: i,
        programme_id: v.programmeId,
        version: String(BigInt(v.version)),
      })),
    ),
  );
  const rows = JSON.stringify(
    reads.flatMap((read, i) =>
      read.rows.map((r, n) => ({
        read: i,
        n,
        user_id: read.userId,
        user_email: read.userEmail,
        ip: read.ip,
        programme_id: r.programmeId,
        details: r.details,
      })),
    ),
  );
  const { rows: result } = await sql<{ stale: number[] }>`
    with stale as (
      select distinct c.read
      from json_to_recordset(${checks}::json) as c(read int, programme_id uuid, version bigint)
      left join programme_data_version d on d.programme_id = c.programme_id
      where coalesce(d.version, 0) <> c.version
    ),
    -- A data-modifying CTE runs whether or not the query reads it.
    written as (
      insert into audit_log (user_id, user_email, action, entity, programme_id, ip, details)
      select a.user_id, a.user_email, 'list', 'participant', a.programme_id, a.ip, a.details
      from json_to_recordset(${rows}::json)
        as a(read int, n int, user_id uuid, user_email text, programme_id uuid, ip text, details jsonb)
      where a.read not in (select read from stale)
      order by a.read, a.n
    )
    select coalesce((select array_agg(read) from stale), '{}') as stale`.execute(db);
  const stale = new Set((result[0]?.stale ?? []).map(Number));
  return reads.map((_, i) => !stale.has(i));
}

/**
 * For a bulk write (the import): the triggers leave the versions alone for the rest
 * of the transaction, and `bumpDataVersions` moves them once at its end, so the
 * counters' row locks are held for an instant instead of the whole import.
 */
export async function deferDataVersions(trx: Transaction<Database>): Promise<void> {
  await sql`select set_config('lots.defer_data_version', 'on', true)`.execute(trx);
}

/** Moves the versions of the programmes (in id order, as the triggers do). */
export async function bumpDataVersions(
  trx: Transaction<Database>,
  programmeIds: readonly string[],
): Promise<void> {
  if (programmeIds.length === 0) return;
  await sql`
    insert into programme_data_version as v (programme_id, version)
    select id, 1 from unnest(${uuidArrayLiteral(programmeIds)}::uuid[]) as x(id) order by id
    on conflict (programme_id) do update set version = v.version + 1`.execute(trx);
}
