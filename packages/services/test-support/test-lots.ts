import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type TLotsDatabase } from '@lots/db';
import { createLots, type TLots } from '../src/runtime.ts';

export const TEST_KEY = Buffer.alloc(32, 7);

/** The engine this test project runs on (set per Vitest project). */
export function testEngine(): 'pglite' | 'postgres' {
  return inject('lotsEngine');
}

/** A fresh, migrated database for one test file, from the run's template. */
export async function openTestDatabase(): Promise<TLotsDatabase> {
  if (testEngine() === 'pglite') {
    const blob = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ kind: 'pglite-memory', loadDataDir: blob }, 'verify');
  }
  const base = inject('pgUrl');
  const name = `lots_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  // The template's last connections may still be closing: retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template lots_template`);
      break;
    } catch (error) {
      if (attempt >= 50 || !(error as Error).message.includes('being accessed by other users'))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await admin.end();
  return openDatabase({ kind: 'postgres', url: base.replace(/\/[^/]*$/, `/${name}`) }, 'verify');
}

export async function createTestLots(
  options: { now?: () => Date; suppressionThreshold?: number; sessionCacheSeconds?: number } = {},
): Promise<TLots> {
  return createLots(await openTestDatabase(), TEST_KEY, options);
}
