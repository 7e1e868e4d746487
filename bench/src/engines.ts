import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, openLots, type TLots } from '@lots/services';
import { startPgServer, type TPgServer } from '@lots/services/test-support';

export const engines = ['pglite', 'postgres'] as const;
export type TEngine = (typeof engines)[number];

/** A way to get fresh, empty, migrated Lots databases on one engine. */
export type TEngineHost = {
  engine: TEngine;
  /**
   * A new empty database; `dispose` closes and removes it. `env` opens the same
   * database from another process (`lots serve`), once `close` has released it
   * (PGlite allows one process per data directory).
   */
  fresh: () => Promise<TFreshDatabase>;
  stop: () => void;
};

export type TFreshDatabase = {
  lots: TLots;
  env: Record<string, string>;
  close: () => Promise<void>;
  dispose: () => Promise<void>;
};

const key = randomBytes(32).toString('base64');

/** Closes once, however often asked. */
function closer(lots: TLots): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () => (closed ??= lots.close());
}

/** Embedded PGlite in a temporary data directory, as `lots import --data-dir` uses it. */
function pgliteHost(): TEngineHost {
  return {
    engine: 'pglite',
    fresh: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lots-bench-pglite-'));
      const env = { LOTS_DATA_DIR: dir, LOTS_ENCRYPTION_KEY: key, LOTS_DEMO: 'false' };
      const lots = await openLots(loadConfig(env));
      const close = closer(lots);
      return {
        lots,
        env,
        close,
        dispose: async () => {
          await close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    // Nothing to stop: each database is removed by its own dispose.
    stop: () => undefined,
  };
}

/** A throw-away PostgreSQL server (the test suite's), one database per run. */
async function postgresHost(): Promise<TEngineHost> {
  const server: TPgServer = await startPgServer();
  // psql from the server's own binaries: bench needs no database driver of its own.
  const sql = (statement: string) =>
    execFileSync(join(server.binDir, 'psql'), [server.url(), '-qAtc', statement]);
  return {
    engine: 'postgres',
    fresh: async () => {
      const name = `lots_bench_${randomBytes(6).toString('hex')}`;
      sql(`create database ${name}`);
      const env = { DATABASE_URL: server.url(name), LOTS_ENCRYPTION_KEY: key, LOTS_DEMO: 'false' };
      const lots = await openLots(loadConfig(env));
      const close = closer(lots);
      return {
        lots,
        env,
        close,
        dispose: async () => {
          await close();
          sql(`drop database if exists ${name} with (force)`);
        },
      };
    },
    stop: () => server.stop(),
  };
}

export async function startEngine(engine: TEngine): Promise<TEngineHost> {
  return engine === 'pglite' ? pgliteHost() : postgresHost();
}
