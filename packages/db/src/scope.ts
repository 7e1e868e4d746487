import DataLoader from 'dataloader';
import { sql, type Kysely, type Transaction } from 'kysely';
import { uuidArrayLiteral } from './array-literals.ts';
import type { TBulkSession } from './copy.ts';
import type { Database } from './schema.ts';
import { createRepositories, type TRepositories } from './repositories/index.ts';
import { anonymousScope, type TScope } from './scope-types.ts';
import { auditIfUnchangedBatch, type TUnchangedReadAudit } from './repositories/data-version.ts';

export { anonymousScope, systemScope, type TScope } from './scope-types.ts';

export type TScopedContext = { repos: TRepositories; scope: TScope; trx: Transaction<Database> };

export class LotsDb {
  /**
   * The reads served from memory that arrive in one turn of the event loop, checked
   * and audited in one statement (ADR 0009). No cache: every read is audited.
   */
  private readonly unchangedReads: DataLoader<TUnchangedReadAudit, boolean>;

  constructor(
    readonly kysely: Kysely<Database>,
    private readonly bulkSession?: <T>(fn: (session: TBulkSession) => Promise<T>) => Promise<T>,
  ) {
    this.unchangedReads = new DataLoader((reads) => auditReads(kysely, reads), {
      cache: false,
      maxBatchSize: 200,
      batchScheduleFn: (run) => setImmediate(run),
    });
  }

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
   * versions are unchanged; false means read afresh (data-version.ts). Reads arriving
   * together share one statement; the answer comes once their audit rows are written.
   */
  async auditIfUnchanged(input: TUnchangedReadAudit): Promise<boolean> {
    return this.unchangedReads.load(input);
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

/**
 * One statement for the batch; should it fail, each read is tried alone, so that one
 * read's failure (an error) is not every other read's.
 */
async function auditReads(
  kysely: Kysely<Database>,
  reads: readonly TUnchangedReadAudit[],
): Promise<(boolean | Error)[]> {
  try {
    return await auditIfUnchangedBatch(kysely, reads);
  } catch (error) {
    if (reads.length === 1) return [asError(error)];
    return Promise.all(
      reads.map(async (read) => {
        try {
          const [unchanged = false] = await auditIfUnchangedBatch(kysely, [read]);
          return unchanged;
        } catch (e) {
          return asError(e);
        }
      }),
    );
  }
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));
