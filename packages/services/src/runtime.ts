import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  LotsDb,
  openDatabase,
  type TDatabaseConfig,
  type TLotsDatabase,
  type TMigrateMode,
} from '@lots/db';
import { AppError } from '@lots/core';
import type { TConfig } from './config/config.ts';
import { createCaches, type TLotsCaches } from './caches.ts';
import { createIdentityCipher, type TIdentityCipher } from './crypto/identity-cipher.ts';
import { loadFidelityInstruments } from './fidelity/instruments.ts';

/** Everything a use case needs: the scoped database, the identity cipher and a clock. */
export type TLots = {
  db: LotsDb;
  engine: 'pglite' | 'postgres';
  cipher: TIdentityCipher;
  now: () => Date;
  sessionHours: number;
  /** Reports suppress counts 1 … threshold−1 (LOTS_SUPPRESSION_THRESHOLD; outcomes.md "Small numbers"). */
  suppressionThreshold: number;
  /** In-memory caches of the server (caches.ts). */
  caches: TLotsCaches;
  close: () => Promise<void>;
  /** Migrations applied while opening. */
  applied: string[];
  raw: TLotsDatabase;
};

export function databaseConfigFrom(
  config: Pick<TConfig, 'DATABASE_URL' | 'LOTS_DATA_DIR'>,
): TDatabaseConfig {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL }
    : { kind: 'pglite', dataDir: config.LOTS_DATA_DIR };
}

/**
 * The identity key: from LOTS_ENCRYPTION_KEY, or — for the embedded database only —
 * generated once into the data directory so that `npm start` needs no setup.
 */
export function resolveEncryptionKey(
  config: Pick<TConfig, 'DATABASE_URL' | 'LOTS_DATA_DIR' | 'LOTS_ENCRYPTION_KEY'>,
): Buffer {
  if (config.LOTS_ENCRYPTION_KEY) return Buffer.from(config.LOTS_ENCRYPTION_KEY, 'base64');
  if (config.DATABASE_URL) {
    throw new AppError(
      'VALIDATION_FAILED',
      'LOTS_ENCRYPTION_KEY is required with DATABASE_URL (openssl rand -base64 32)',
      {
        issues: [{ path: ['LOTS_ENCRYPTION_KEY'], message: 'is required with DATABASE_URL' }],
      },
    );
  }
  mkdirSync(config.LOTS_DATA_DIR, { recursive: true });
  const file = join(config.LOTS_DATA_DIR, 'identity.key');
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

export function createLots(
  database: TLotsDatabase,
  key: Buffer,
  options: {
    sessionHours?: number;
    now?: () => Date;
    suppressionThreshold?: number;
    sessionCacheSeconds?: number;
  } = {},
): TLots {
  const now = options.now ?? (() => new Date());
  return {
    db: new LotsDb(database.db, database.bulkSession),
    engine: database.engine,
    cipher: createIdentityCipher(key),
    now,
    sessionHours: options.sessionHours ?? 12,
    suppressionThreshold: options.suppressionThreshold ?? 5,
    caches: createCaches({ sessionCacheSeconds: options.sessionCacheSeconds ?? 0, now }),
    close: () => database.close(),
    applied: database.applied,
    raw: database,
  };
}

export async function openLots(config: TConfig, mode: TMigrateMode = 'apply'): Promise<TLots> {
  const key = resolveEncryptionKey(config);
  loadFidelityInstruments(config.LOTS_FIDELITY_INSTRUMENTS);
  const database = await openDatabase(databaseConfigFrom(config), mode);
  return createLots(database, key, {
    sessionHours: config.LOTS_SESSION_HOURS,
    suppressionThreshold: config.LOTS_SUPPRESSION_THRESHOLD,
    sessionCacheSeconds: config.LOTS_SESSION_CACHE_SECONDS,
  });
}
