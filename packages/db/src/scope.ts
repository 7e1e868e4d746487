import { sql, type Kysely, type Transaction } from 'kysely';
import { uuidArrayLiteral } from './array-literals.ts';
import type { TBulkSession } from './copy.ts';
import type { Database } from './schema.ts';
import { createRepositories, type TRepositories } from './repositories/index.ts';
import { anonymousScope, type TScope } from './scope-types.ts';
import { auditIfUnchanged, type TUnchangedReadAudit } from './repositories/data-version.ts';

export { anonymousScope, systemScope, type TScope } from './scope-types.ts';

export type TScopedContext = { repos: TRepositories; scope: TScope; trx: Transaction<Database> };

export class LotsDb {
  constructor(
    readonly kysely: Kysely<Database>,
    private readonly bulkSession?: <T>(fn: (session: TBulkSession) => Promise<T>) => Promise<T>,
  ) {}

  /**
   * Runs `fn` in one transaction restricted to `scope`. Everything inside commits
   * or rolls back together, audit rows included. `bulk`: on a server, the transaction
   * gets a connection of its own and the dataset writer may COPY (`lots import`).
   */
  async inScope<T>(
    scope: TScope,
    fn: (repos: TRepositories) => Promise<T>,
    options: { bulk?: boolean } = {},
  ): Promise<T> {
    if (options.bulk && this.bulkSession) {
      return this.bulkSession((session) => transact(session.db, scope, fn, session.copyFrom));
    }
    return transact(this.kysely, scope, fn);
  }

  /**
   * A read served again from memory: appends its audit rows if the programmes' data
   * versions are unchanged, in one statement; false means read afresh (data-version.ts).
   */
  async auditIfUnchanged(input: TUnchangedReadAudit): Promise<boolean> {
    return auditIfUnchanged(this.kysely, input);
  }

  /** Reads that concern no tenant: reference tables and the login lookup. */
  async unscoped<T>(fn: (repos: TRepositories) => Promise<T>): Promise<T> {
    return this.inScope(anonymousScope, fn);
  }
}

function transact<T>(
  kysely: Kysely<Database>,
  scope: TScope,
  fn: (repos: TRepositories) => Promise<T>,
  copyFrom?: TBulkSession['copyFrom'],
): Promise<T> {
  return kysely.transaction().execute(async (trx) => {
    await sql`select
        set_config('lots.programmes', ${uuidArrayLiteral(scope.programmeIds)}, true),
        set_config('lots.associations', ${uuidArrayLiteral(scope.associationIds)}, true),
        set_config('lots.system', ${scope.kind === 'system' ? 'on' : ''}, true)`.execute(trx);
    return fn(createRepositories(trx, scope, copyFrom));
  });
}
