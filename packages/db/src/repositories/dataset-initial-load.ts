import { sql, type Transaction } from 'kysely';
import { APP_ROLE } from '../connect.ts';
import type { Database } from '../schema.ts';

/*
 * An initial load (`lots import` into a server database with no enrolments yet, the
 * common case for a national dataset; ADR 0007): PostgreSQL's "Populating a Database"
 * advice. Inside the import's transaction, as the owner of the tables, the indexes and
 * the foreign keys of the big tables are dropped; the rows go in without per-row index
 * maintenance or foreign-key triggers; then every index and constraint is created
 * again from the definitions read from the catalog before the drop, which checks every
 * row at once (a violation fails the import). DDL is transactional in PostgreSQL: a
 * failure anywhere rolls back the rows and the drops alike.
 *
 * The rows of those tables go in by COPY straight into the table, not through a
 * staging table and `insert … select`: COPY refuses a table whose row-level security
 * applies, so the load turns it off on these three tables until `finish` turns it on
 * again, in the same transaction, under the ACCESS EXCLUSIVE lock (no one else can
 * read or write them meanwhile; no commit ever sees it off). Tenancy still holds for
 * every row: each one's (enrolment_id, programme_id) must match its enrolment's (a
 * foreign key, checked for every row by `finish`), and enrolments are inserted as the
 * application role, checked by row-level security as before.
 */

/** The tables whose indexes and foreign keys an initial load rebuilds. */
const rebuilt = ['event', 'follow_up', 'income_source'] as const;
/** Empty too, or the load is not an initial one (every enrolment then is new). */
const mustBeEmpty = ['enrolment', ...rebuilt] as const;

const tableList = sql.raw(rebuilt.map((t) => `'${t}'::regclass`).join(', '));

export type TInitialLoad = {
  /** The transaction's time (`now()`), as text: `voided_at` of rows loaded voided. */
  now: string;
  /** Creates the indexes and constraints again (checking every row); call before commit. */
  finish: () => Promise<void>;
};

/** The tables whose rows an initial load copies straight in (row-level security off meanwhile). */
export type TLoadedTable = (typeof rebuilt)[number];

async function isEmpty(trx: Transaction<Database>): Promise<boolean> {
  const any = mustBeEmpty.map((t) => `exists (select 1 from ${t})`).join(' or ');
  const result = await sql<{ taken: boolean }>`select ${sql.raw(any)} as taken`.execute(trx);
  return result.rows[0]?.taken === false;
}

async function run(trx: Transaction<Database>, statements: readonly string[]) {
  for (const statement of statements) await sql.raw(statement).execute(trx);
}

/** The statements that drop, then create again, the indexes and foreign keys of `rebuilt`. */
async function definitions(trx: Transaction<Database>) {
  // Primary and unique keys another table's foreign key refers to stay.
  const constraints = await sql<{ type: string; drop: string; create: string }>`
    select c.contype as type,
           format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname) as drop,
           format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname,
                  pg_get_constraintdef(c.oid)) as create
    from pg_constraint c
    where c.conrelid in (${tableList}) and c.contype in ('p', 'u', 'f')
      and (c.contype = 'f' or not exists (
        select 1 from pg_constraint r where r.contype = 'f' and r.conindid = c.conindid))
    order by c.conrelid, c.conname`.execute(trx);
  const indexes = await sql<{ drop: string; create: string }>`
    select format('drop index %s', i.indexrelid::regclass) as drop,
           pg_get_indexdef(i.indexrelid) as create
    from pg_index i
    where i.indrelid in (${tableList})
      and not exists (select 1 from pg_constraint c
                      where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
    order by i.indrelid, i.indexrelid`.execute(trx);
  const fks = constraints.rows.filter((c) => c.type === 'f');
  const keys = constraints.rows.filter((c) => c.type !== 'f');
  return {
    drop: [...fks, ...keys, ...indexes.rows].map((r) => r.drop),
    // Keys and indexes first; the foreign keys, checked last, then read indexed tables.
    create: [...keys, ...indexes.rows, ...fks].map((r) => r.create),
  };
}

const rowSecurity = (action: 'enable' | 'disable') =>
  rebuilt.map((t) => `alter table ${t} ${action} row level security`);

/** Runs `fn` as the login of the connection (the tables' owner), then as the application role again. */
async function asOwner<T>(trx: Transaction<Database>, fn: () => Promise<T>): Promise<T> {
  await sql`select set_config('role', session_user, true)`.execute(trx);
  const result = await fn();
  await sql`select set_config('role', ${APP_ROLE}, true)`.execute(trx);
  return result;
}

/**
 * Starts an initial load when the database holds no enrolments, events, follow-ups or
 * income sources, and the connection's login owns the tables (DDL needs the owner).
 * Otherwise returns undefined and nothing changes: rows go in with every index and
 * constraint in place. Until the import commits or rolls back, no one else reads or
 * writes events, follow-ups and income sources (ACCESS EXCLUSIVE) or writes enrolments.
 */
export async function beginInitialLoad(
  trx: Transaction<Database>,
): Promise<TInitialLoad | undefined> {
  const owner = await sql<{ owns: boolean }>`
    select bool_and(pg_get_userbyid(c.relowner) = session_user) as owns
    from pg_class c where c.oid in (${tableList})`.execute(trx);
  if (owner.rows[0]?.owns !== true || !(await isEmpty(trx))) return undefined;
  const ddl = await asOwner(trx, async () => {
    await sql.raw(`lock table enrolment in share row exclusive mode`).execute(trx);
    await sql.raw(`lock table ${rebuilt.join(', ')} in access exclusive mode`).execute(trx);
    // Checked again under the lock: a write may have come in since.
    if (!(await isEmpty(trx))) return undefined;
    const found = await definitions(trx);
    await run(trx, found.drop);
    await run(trx, rowSecurity('disable'));
    return found;
  });
  if (!ddl) return undefined;
  const now = await sql<{ now: string }>`select now()::text as now`.execute(trx);
  return {
    now: now.rows[0]?.now ?? '',
    finish: () =>
      asOwner(trx, async () => {
        await run(trx, rowSecurity('enable'));
        // Index builds sort in memory up to this much, instead of on disk.
        await sql`select set_config('maintenance_work_mem', '256MB', true)`.execute(trx);
        await run(trx, ddl.create);
      }),
  };
}
