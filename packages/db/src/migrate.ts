import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '@lots/core';

export type TMigrationFile = { name: string; sql: string; checksum: string };

/** Runs SQL on the migration connection (superuser/owner, not the application role). */
export type TMigrationExecutor = {
  exec: (sql: string) => Promise<void>;
  query: <R>(sql: string, params?: unknown[]) => Promise<R[]>;
};

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

const NAME_PATTERN = /^\d{14}_[a-z0-9_]+\.sql$/;

export function readMigrationFiles(dir = MIGRATIONS_DIR): TMigrationFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      if (!NAME_PATTERN.test(name)) {
        throw new AppError(
          'MIGRATION_MISMATCH',
          `Migration file name ${name} must match <yyyymmddHHMMSS>_<name>.sql`,
        );
      }
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export type TMigrationPlan = { applied: string[]; pending: TMigrationFile[] };

/**
 * Compares the database's migration history with the files. Forward-only: the
 * applied list must be exactly a prefix of the files, with the same checksums;
 * anything else (an edited, removed or inserted migration, or a database newer than
 * this code) is a mismatch and Lots refuses to start.
 */
export function planMigrations(
  applied: { name: string; checksum: string }[],
  files: TMigrationFile[],
): TMigrationPlan {
  const problems: string[] = [];
  applied.forEach((row, i) => {
    const file = files[i];
    if (file === undefined) {
      problems.push(
        `the database has migration ${row.name}, which this version of Lots does not know (is the database newer than the code?)`,
      );
    } else if (file.name !== row.name) {
      problems.push(
        `migration #${i + 1} is ${row.name} in the database but ${file.name} in the files`,
      );
    } else if (file.checksum !== row.checksum) {
      problems.push(`migration ${row.name} was changed after it was applied (checksum differs)`);
    }
  });
  if (problems.length > 0) {
    throw new AppError(
      'MIGRATION_MISMATCH',
      `Database and migrations disagree: ${problems.join('; ')}`,
      {
        issues: problems.map((message) => ({ path: ['migrations'], message })),
      },
    );
  }
  return { applied: applied.map((a) => a.name), pending: files.slice(applied.length) };
}

export async function readAppliedMigrations(
  ex: TMigrationExecutor,
): Promise<{ name: string; checksum: string }[]> {
  await ex.exec(
    `create table if not exists lots_migration (
       name text primary key,
       checksum text not null,
       applied_at timestamptz not null default now())`,
  );
  return ex.query<{ name: string; checksum: string }>(
    'select name, checksum from lots_migration order by name',
  );
}

/** Applies pending migrations, each in its own transaction. Returns the names applied. */
export async function migrate(
  ex: TMigrationExecutor,
  files = readMigrationFiles(),
): Promise<string[]> {
  const plan = planMigrations(await readAppliedMigrations(ex), files);
  for (const file of plan.pending) {
    await ex.exec('begin');
    try {
      await ex.exec(file.sql);
      await ex.query('insert into lots_migration (name, checksum) values ($1, $2)', [
        file.name,
        file.checksum,
      ]);
      await ex.exec('commit');
    } catch (error) {
      await ex.exec('rollback');
      throw new AppError(
        'MIGRATION_MISMATCH',
        `Migration ${file.name} failed: ${(error as Error).message}`,
      );
    }
  }
  return plan.pending.map((f) => f.name);
}

/** Refuses to run against a database whose migrations are not exactly the files. */
export async function assertMigrated(
  ex: TMigrationExecutor,
  files = readMigrationFiles(),
): Promise<void> {
  const plan = planMigrations(await readAppliedMigrations(ex), files);
  if (plan.pending.length > 0) {
    throw new AppError(
      'MIGRATION_MISMATCH',
      `The database lacks ${plan.pending.length} migration(s) (${plan.pending.map((p) => p.name).join(', ')}); run \`lots migrate\`.`,
    );
  }
}
