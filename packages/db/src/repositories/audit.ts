import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';

export type TAuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  programmeId?: string | null;
  enrolmentId?: string | null;
  ip?: string | null;
  reason?: string | null;
  userEmail?: string | null;
  details?: Record<string, unknown> | null;
};

/** Append-only: the application role has no UPDATE or DELETE on audit_log. */
export function createAuditRepository(trx: Transaction<Database>, scope: TScope) {
  return {
    async append(entry: TAuditEntry) {
      await trx
        .insertInto('auditLog')
        .values({
          userId: scope.userId,
          userEmail: entry.userEmail ?? null,
          action: entry.action,
          entity: entry.entity,
          entityId: entry.entityId ?? null,
          programmeId: entry.programmeId ?? null,
          enrolmentId: entry.enrolmentId ?? null,
          ip: entry.ip ?? null,
          reason: entry.reason ?? null,
          details: entry.details ? JSON.stringify(entry.details) : null,
        })
        .execute();
    },
    async list(filter: { programmeIds: readonly string[]; enrolmentId?: string; limit: number }) {
      if (filter.programmeIds.length === 0) return [];
      let q = trx
        .selectFrom('auditLog')
        .selectAll()
        .where('programmeId', 'in', [...filter.programmeIds])
        .orderBy('id', 'desc')
        .limit(filter.limit);
      if (filter.enrolmentId) q = q.where('enrolmentId', '=', filter.enrolmentId);
      return q.execute();
    },
  };
}
