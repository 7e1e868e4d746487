import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { createRepositories, type TRepositories } from './repositories/index.ts';

/**
 * What one request may touch. Built once per request from the authenticated user's
 * grants (services/auth/resolve-access.ts) and passed to {@link LotsDb.inScope}, the
 * single choke point: every repository is created from it and filters by it, and the
 * same programme list is set for row-level security in the transaction.
 */
export type TScope = {
  kind: 'user' | 'system' | 'anonymous';
  userId: string | null;
  /** Programmes whose rows the transaction may read at all (RLS). */
  programmeIds: readonly string[];
  /** Associations whose employers the transaction may read (RLS). */
  associationIds: readonly string[];
  /**
   * Programmes where the user may see personal data, and whose participants:
   * `all` (supervisor) or only those assigned to the listed specialists.
   */
  personalData: readonly { programmeId: string; specialistIds: 'all' | readonly string[] }[];
};

export const anonymousScope: TScope = {
  kind: 'anonymous',
  userId: null,
  programmeIds: [],
  associationIds: [],
  personalData: [],
};

/** Only for migrations, imports run by an admin, and scheduled jobs. */
export function systemScope(userId: string | null = null): TScope {
  return { kind: 'system', userId, programmeIds: [], associationIds: [], personalData: [] };
}

function uuidArrayLiteral(ids: readonly string[]): string {
  for (const id of ids) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`not a uuid: ${id}`);
  }
  return `{${ids.join(',')}}`;
}

export type TScopedContext = { repos: TRepositories; scope: TScope; trx: Transaction<Database> };

export class LotsDb {
  constructor(readonly kysely: Kysely<Database>) {}

  /**
   * Runs `fn` in one transaction restricted to `scope`. Everything inside commits
   * or rolls back together, audit rows included.
   */
  async inScope<T>(scope: TScope, fn: (repos: TRepositories) => Promise<T>): Promise<T> {
    return this.kysely.transaction().execute(async (trx) => {
      await sql`select
          set_config('lots.programmes', ${uuidArrayLiteral(scope.programmeIds)}, true),
          set_config('lots.associations', ${uuidArrayLiteral(scope.associationIds)}, true),
          set_config('lots.system', ${scope.kind === 'system' ? 'on' : ''}, true)`.execute(trx);
      return fn(createRepositories(trx, scope));
    });
  }

  /** Reads that concern no tenant: reference tables and the login lookup. */
  async unscoped<T>(fn: (repos: TRepositories) => Promise<T>): Promise<T> {
    return this.inScope(anonymousScope, fn);
  }
}
