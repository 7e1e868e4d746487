import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '@lots/core';
import { acquireDataDirLock, type TDataDirLock } from './lock.ts';
import { assertMigrated, migrate, type TMigrationExecutor } from './migrate.ts';
import type { TBulkSession, TCopyFrom } from './copy.ts';
import type { Database } from './schema.ts';
import { join } from 'node:path';

/**
 * Column names snake_case in SQL, camelCase in TypeScript. Nested JSON (jsonb columns,
 * json_agg results) is returned as stored: its keys are camelCase already, and
 * walking every nested object of every row cost more than the query on the busiest page.
 */
const camelCase = () => new CamelCasePlugin({ maintainNestedObjectKeys: true });

export type TDatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string };

export type TMigrateMode = 'apply' | 'verify';

export type TLotsDatabase = {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  /** Migrations applied while opening (empty when none were pending). */
  applied: string[];
  close: () => Promise<void>;
  /** PGlite only: a tarball of the data directory (test templates). */
  dumpDataDir?: () => Promise<Blob>;
  /**
   * ANALYZE (and on a server VACUUM) as the owner, after a bulk write: the planner's statistics must describe
   * the data, or a report right after an import can choose a plan 100 times slower.
   * (PGlite runs no autovacuum at all; the application role may not ANALYZE tables
   * it does not own.)
   */
  refreshStatistics: () => Promise<void>;
  /**
   * Server only: runs `fn` on one pooled connection of its own, so that a bulk load
   * can COPY inside its transaction (`lots import`, ADR 0007). PGlite has none.
   */
  bulkSession?: <T>(fn: (session: TBulkSession) => Promise<T>) => Promise<T>;
};

/** The role every application query runs as: not a superuser, so row-level security applies. */
export const APP_ROLE = 'lots_app';

// Same JS shapes on both engines: counts and numerics as numbers, dates as ISO strings.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (v: string) => Number(v);
const identity = (v: string) => v;

const pgliteParsers = { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: identity };

function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8 || oid === NUMERIC) return toNumber;
      if (oid === DATE) return identity;
      return (
        pg.types.getTypeParser as (oid: number, format?: string) => (value: string) => unknown
      )(oid, format);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

function pgliteExecutor(pglite: PGlite): TMigrationExecutor {
  return {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <R>(sql: string, params?: unknown[]) => (await pglite.query<R>(sql, params)).rows,
  };
}

async function assertAppRole(
  query: (sql: string) => Promise<{ current_user: string; rolsuper: boolean }[]>,
) {
  const rows = await query(
    'select current_user, (select rolsuper from pg_roles where rolname = current_user) as rolsuper',
  );
  const row = rows[0];
  if (row?.current_user !== APP_ROLE || row.rolsuper) {
    throw new AppError(
      'INTERNAL',
      `The application must run as the non-superuser role ${APP_ROLE}, not ${row?.current_user ?? '?'}`,
    );
  }
}

export async function openDatabase(
  config: TDatabaseConfig,
  mode: TMigrateMode = 'apply',
): Promise<TLotsDatabase> {
  if (config.kind === 'postgres') return openPostgres(config.url, mode);

  let lock: TDataDirLock | undefined;
  let pglite: PGlite;
  if (config.kind === 'pglite') {
    lock = acquireDataDirLock(config.dataDir);
    try {
      pglite = await PGlite.create({
        dataDir: join(config.dataDir, 'pgdata'),
        parsers: pgliteParsers,
      });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    pglite = await PGlite.create({
      parsers: pgliteParsers,
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    });
  }
  const closeAll = async () => {
    if (!pglite.closed) await pglite.close();
    lock?.release();
  };
  try {
    const ex = pgliteExecutor(pglite);
    let applied: string[] = [];
    if (mode === 'apply') applied = await migrate(ex);
    else await assertMigrated(ex);
    await pglite.exec(`set role ${APP_ROLE}`);
    await assertAppRole(
      async (sql) => (await pglite.query<{ current_user: string; rolsuper: boolean }>(sql)).rows,
    );
    const db = new Kysely<Database>({
      dialect: new PGliteDialect(pglite),
      plugins: [camelCase()],
    });
    return {
      db,
      engine: 'pglite',
      applied,
      close: async () => {
        await db.destroy().catch(() => undefined);
        await closeAll();
      },
      dumpDataDir: async () => {
        // The dump must be taken by the owner role so that it is a faithful copy.
        await pglite.exec('reset role');
        try {
          return await pglite.dumpDataDir('none');
        } finally {
          await pglite.exec(`set role ${APP_ROLE}`);
        }
      },
      // One exec: PGlite runs it whole, so no other query runs as the owner meanwhile.
      refreshStatistics: async () => {
        await pglite.exec(`reset role; analyze; set role ${APP_ROLE};`);
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function openPostgres(url: string, mode: TMigrateMode): Promise<TLotsDatabase> {
  const admin = new pg.Client({ connectionString: url, types: pgTypes() });
  await admin.connect();
  let applied: string[] = [];
  try {
    const ex: TMigrationExecutor = {
      exec: async (sql) => {
        await admin.query(sql);
      },
      query: async <R>(sql: string, params?: unknown[]) =>
        (await admin.query(sql, params)).rows as R[],
    };
    // The login of DATABASE_URL (the schema owner, not a superuser) must be allowed to
    // become the application role; say how to fix it rather than fail on first use.
    // (The first run creates lots_app itself when the login may create roles.)
    const may = await ex.query<{ login: string; member: boolean }>(
      `select session_user as login, (not exists (select 1 from pg_roles where rolname = '${APP_ROLE}')
                or pg_has_role(session_user, '${APP_ROLE}', 'MEMBER')) as member`,
    );
    const login = may[0]?.login ?? '?';
    if (!may[0]?.member) {
      throw new AppError(
        'INTERNAL',
        `DATABASE_URL logs in as ${login}, which may not use the role ${APP_ROLE}: as a superuser, run grant ${APP_ROLE} to ${login}`,
      );
    }
    if (mode === 'apply') applied = await migrate(ex);
    else await assertMigrated(ex);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    types: pgTypes(),
    max: Number(process.env.LOTS_DB_POOL_SIZE ?? 10),
    // Every pooled connection runs as the application role from its first query on.
    // No JIT: compiling a report's many filter expressions took longer (1.5 s on the
    // national overview) than running them; Lots' queries are short or set-based.
    options: `-c role=${APP_ROLE} -c jit=off`,
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await assertAppRole(
    async (sql) => (await pool.query<{ current_user: string; rolsuper: boolean }>(sql)).rows,
  );
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [camelCase()],
  });
  const refreshStatistics = async () => {
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    try {
      // VACUUM too, so that index-only scans (event_outcome_cover_idx) need no heap.
      await owner.query('vacuum (analyze)');
    } finally {
      await owner.end();
    }
  };
  return {
    db,
    engine: 'postgres',
    applied,
    close: () => db.destroy(),
    refreshStatistics,
    bulkSession: (fn) => withOneConnection(pool, fn),
  };
}

/**
 * Kysely over a "pool" of one checked-out client: its transaction's BEGIN, queries
 * and COMMIT go to that client, and so does COPY.
 */
async function withOneConnection<T>(
  pool: pg.Pool,
  fn: (session: TBulkSession) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  const borrowed = {
    query: client.query.bind(client),
    release: () => undefined,
  } as unknown as pg.PoolClient;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: { connect: async () => borrowed, end: async () => undefined },
    }),
    plugins: [new CamelCasePlugin()],
  });
  const copyFrom: TCopyFrom = async (statement, text) => {
    const pieces = typeof text === 'string' ? [text] : text;
    await pipeline(Readable.from(pieces), client.query(copyFromStdin(statement)));
  };
  try {
    return await fn({ db, copyFrom });
  } catch (error) {
    // A connection left mid-COPY or mid-transaction must not go back to the pool.
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    await db.destroy();
    client.release(failure);
  }
}
