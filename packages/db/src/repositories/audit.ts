import { sql, type Transaction } from 'kysely';
import { textArrayLiteral, uuidArrayLiteral } from '../array-literals.ts';
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
    /**
     * One row per enrolment touched by a bulk operation (`lots import`, `lots export`),
     * written by one statement in the caller's transaction: the enrolments of
     * `programmeIds`, or those named by programme key and enrolment key in `keys`.
     */
    async appendPerEnrolment(
      entry: Pick<TAuditEntry, 'action' | 'reason' | 'userEmail' | 'details'>,
      target:
        | { programmeIds: readonly string[] }
        | { keys: readonly { programme: string; key: string }[] },
    ) {
      const details = entry.details ? JSON.stringify(entry.details) : null;
      const chosen =
        'programmeIds' in target
          ? sql`enrolment e where e.programme_id = any(${uuidArrayLiteral(target.programmeIds)}::uuid[])`
          : sql`enrolment e
              join programme p on p.id = e.programme_id
              join unnest(${textArrayLiteral(target.keys.map((k) => k.programme))}::text[],
                          ${textArrayLiteral(target.keys.map((k) => k.key))}::text[]) as k(programme_key, enrolment_key)
                on k.programme_key = p.key and k.enrolment_key = e.key`;
      await sql`insert into audit_log
          (user_id, user_email, action, entity, entity_id, programme_id, enrolment_id, reason, details)
        select ${scope.userId}::uuid, ${entry.userEmail ?? null}, ${entry.action}, 'participant',
               e.participant_id, e.programme_id, e.id, ${entry.reason ?? null}, ${details}::jsonb
        from ${chosen}
        order by e.programme_id, e.key`.execute(trx);
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
