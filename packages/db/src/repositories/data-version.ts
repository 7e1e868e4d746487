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
 * A read served again from memory, in one statement and no transaction: when every
 * programme's data version is still the one given, the read's audit rows are appended
 * and the answer is true; otherwise nothing is written and the caller reads afresh.
 * The versions and the insert see one snapshot, so an answer served after `true` is
 * exactly what reading the tables would have given. Needs no scope: audit_log takes
 * inserts from the application role (its select is what row-level security limits),
 * and the versions are counters, not personal data.
 */
export async function auditIfUnchanged(
  db: Kysely<Database>,
  input: TUnchangedReadAudit,
): Promise<boolean> {
  const ids = input.versions.map((v) => v.programmeId);
  const versions = `{${input.versions.map((v) => String(BigInt(v.version))).join(',')}}`;
  const rows = JSON.stringify(
    input.rows.map((r) => ({ programme_id: r.programmeId, details: r.details })),
  );
  const { rows: result } = await sql<{ ok: boolean }>`
    with expected as (
      select * from unnest(${uuidArrayLiteral(ids)}::uuid[], ${versions}::bigint[]) as x(programme_id, version)
    ),
    same as (
      select not exists (
        select 1 from expected x
        left join programme_data_version d on d.programme_id = x.programme_id
        where coalesce(d.version, 0) <> x.version) as ok
    ),
    written as (
      insert into audit_log (user_id, user_email, action, entity, programme_id, ip, details)
      select ${input.userId}::uuid, ${input.userEmail}, 'list', 'participant', a.programme_id,
        ${input.ip}, a.details
      from json_to_recordset(${rows}::json) as a(programme_id uuid, details jsonb), same
      where same.ok
      returning 1
    )
    select (select ok from same) as ok, (select count(*) from written) as n`.execute(db);
  return result[0]?.ok === true;
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
