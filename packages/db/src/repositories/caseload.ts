import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { personalDataFilter } from './participants.ts';

/** An event as the caseload rules read it (`voidedAt` as an ISO timestamp). */
export type TWorkspaceEvent = {
  type: string;
  date: string;
  employerId: string | null;
  data: Record<string, unknown>;
  voidedAt: string | null;
  voidedReason: string | null;
};

const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Caseloads, specialists and assignments (process.md "Caseload and queue"). Lists of
 * participants go through the personal-data filter; counts per specialist are not
 * personal data and are limited to the programmes asked for (and by RLS).
 */
export function createCaseloadRepository(trx: Transaction<Database>, scope: TScope) {
  const inScope = (ids: readonly string[]) =>
    scope.kind === 'system' ? [...ids] : ids.filter((id) => scope.programmeIds.includes(id));

  const enrolments = () =>
    trx
      .selectFrom('enrolment')
      .innerJoin('programme', 'programme.id', 'enrolment.programmeId')
      .leftJoin('specialist', 'specialist.id', 'enrolment.specialistId')
      .leftJoin(
        'participantIdentity',
        'participantIdentity.participantId',
        'enrolment.participantId',
      )
      .select([
        'enrolment.id',
        'enrolment.programmeId',
        'programme.key as programmeKey',
        'programme.closureAfterDays',
        'programme.followUpMonths',
        'enrolment.caseNumber',
        'enrolment.enrolledAt',
        'enrolment.closedAt',
        'enrolment.specialistId',
        'specialist.name as specialistName',
        'participantIdentity.nameEnc',
        'participantIdentity.erasedAt',
      ]);

  return {
    /**
     * The workspace of "Mina deltagare" in one query: the open and closed enrolments of
     * the programmes (optionally of one specialist) with, for an open one, its events
     * (what the caseload rules read, in date order) and, for a closed one, its
     * follow-ups. One round trip instead of four: the page is the most used in Lots.
     */
    async listWorkspace(filter: { programmeIds: readonly string[]; specialistId?: string }) {
      if (filter.programmeIds.length === 0) return [];
      let q = enrolments()
        .select('enrolment.status')
        .select([
          // Keys spelt out: the nested JSON is returned as built (no camelCase mapping).
          sql<TWorkspaceEvent[]>`case when enrolment.status = 'enrolled' then
            (select coalesce(json_agg(json_build_object('type', ev.type, 'date', ev.date::text,
                'employerId', ev.employer_id, 'data', ev.data, 'voidedAt', ev.voided_at,
                'voidedReason', ev.voided_reason) order by ev.date, ev.created_at), '[]')
             from event ev where ev.enrolment_id = enrolment.id)
            else '[]' end`.as('events'),
          sql<{ date: string; months: number | null }[]>`case when enrolment.status = 'closed' then
            (select coalesce(json_agg(json_build_object('date', f.date::text, 'months', f.months)), '[]')
             from follow_up f where f.enrolment_id = enrolment.id)
            else '[]' end`.as('followUps'),
        ])
        .where('enrolment.status', 'in', ['enrolled', 'closed'])
        .where(personalDataFilter(scope, filter.programmeIds))
        .orderBy('enrolment.caseNumber');
      if (filter.specialistId) q = q.where('enrolment.specialistId', '=', filter.specialistId);
      return q.execute();
    },

    /** Specialists of the programmes (with the programme's key), by name. */
    async listSpecialists(programmeIds: readonly string[]) {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('specialist')
        .innerJoin('programme', 'programme.id', 'specialist.programmeId')
        .select([
          'specialist.id',
          'specialist.key',
          'specialist.name',
          'specialist.fte',
          'specialist.active',
          'specialist.userId',
          'specialist.programmeId',
          'programme.key as programmeKey',
        ])
        .where('specialist.programmeId', 'in', ids)
        .orderBy('specialist.name')
        .orderBy('specialist.key')
        .execute();
    },

    /** A specialist in one of the scope's programmes; undefined otherwise (404). */
    async findSpecialist(id: string) {
      if (!isUuid(id)) return undefined;
      let q = trx
        .selectFrom('specialist')
        .select(['id', 'key', 'name', 'fte', 'active', 'userId', 'programmeId'])
        .where('id', '=', id);
      if (scope.kind !== 'system') {
        if (scope.programmeIds.length === 0) return undefined;
        q = q.where('programmeId', 'in', [...scope.programmeIds]);
      }
      return q.executeTakeFirst();
    },

    /**
     * Enrolments active on `date` per assigned specialist: enrolled on or before it and
     * not closed by it. The current assignment counts (assignment history is not kept).
     */
    async activeCounts(programmeIds: readonly string[], date: string) {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('enrolment')
        .select(['specialistId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('programmeId', 'in', ids)
        .where('status', 'in', ['enrolled', 'closed'])
        .where('enrolledAt', '<=', date)
        .where((eb) => eb.or([eb('closedAt', 'is', null), eb('closedAt', '>', date)]))
        .groupBy('specialistId')
        .execute();
    },

    async assign(enrolmentId: string, specialistId: string) {
      await trx
        .updateTable('enrolment')
        .set({ specialistId, updatedAt: new Date() })
        .where('id', '=', enrolmentId)
        .execute();
    },

    /** Non-voided employer contacts made by the specialist in [from, to]. */
    async employerContacts(specialistId: string, from: string, to: string) {
      return trx
        .selectFrom('event')
        .select([
          'event.date',
          sql<boolean>`coalesce((event.data ->> 'faceToFace')::boolean, false)`.as('faceToFace'),
        ])
        .where('event.specialistId', '=', specialistId)
        .where('event.type', '=', 'employer_contact')
        .where('event.voidedAt', 'is', null)
        .where('event.date', '>=', from)
        .where('event.date', '<=', to)
        .execute();
    },
  };
}

export type TCaseloadRepository = ReturnType<typeof createCaseloadRepository>;
