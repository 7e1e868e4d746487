import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { personalDataFilter } from './participants.ts';

const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

const EMPLOYER_COLUMNS = [
  'employer.id',
  'employer.associationId',
  'employer.key',
  'employer.name',
  'employer.orgNumber',
  'employer.industry',
  'employer.type',
  'association.key as associationKey',
  'association.name as associationName',
] as const;

/**
 * The employer register, held per association. Reads are limited to the scope's
 * associations (RLS does the same); contact history and jobs go through the
 * personal-data filter because they are tied to case numbers.
 */
export function createEmployerRepository(trx: Transaction<Database>, scope: TScope) {
  const base = () => {
    const q = trx
      .selectFrom('employer')
      .innerJoin('association', 'association.id', 'employer.associationId')
      .select(EMPLOYER_COLUMNS);
    if (scope.kind === 'system') return q;
    return scope.associationIds.length === 0
      ? q.where(sql<boolean>`false`)
      : q.where('employer.associationId', 'in', [...scope.associationIds]);
  };

  return {
    async list(associationId: string, search?: string) {
      let q = base().where('employer.associationId', '=', associationId).orderBy('employer.name');
      if (search) {
        const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        q = q.where((eb) =>
          eb.or([eb('employer.name', 'ilike', like), eb('employer.orgNumber', 'like', like)]),
        );
      }
      return q.execute();
    },

    /** Undefined for unknown ids and for employers of other associations alike. */
    async find(id: string) {
      if (!isUuid(id)) return undefined;
      return base().where('employer.id', '=', id).executeTakeFirst();
    },

    async findByOrgNumber(associationId: string, orgNumber: string) {
      return base()
        .where('employer.associationId', '=', associationId)
        .where('employer.orgNumber', '=', orgNumber)
        .executeTakeFirst();
    },

    async insert(row: {
      associationId: string;
      key: string;
      name: string;
      orgNumber: string | null;
      industry: string | null;
      type: string | null;
    }) {
      const { id } = await trx
        .insertInto('employer')
        .values(row)
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async update(
      id: string,
      patch: {
        name?: string;
        orgNumber?: string | null;
        industry?: string | null;
        type?: string | null;
      },
    ) {
      if (Object.keys(patch).length === 0) return;
      await trx.updateTable('employer').set(patch).where('id', '=', id).execute();
    },

    /** Non-voided employer contacts at the employer, on enrolments the user may see. */
    async contacts(employerId: string) {
      return trx
        .selectFrom('event')
        .innerJoin('enrolment', 'enrolment.id', 'event.enrolmentId')
        .leftJoin('specialist', 'specialist.id', 'event.specialistId')
        .select([
          'event.id',
          'event.date',
          'event.data',
          'event.specialistId',
          'specialist.name as specialistName',
          'enrolment.id as enrolmentId',
          'enrolment.caseNumber',
          'enrolment.programmeId',
        ])
        .where('event.employerId', '=', employerId)
        .where('event.type', '=', 'employer_contact')
        .where('event.voidedAt', 'is', null)
        .where(personalDataFilter(scope))
        .orderBy('event.date', 'desc')
        .orderBy('event.createdAt', 'desc')
        .execute();
    },

    /**
     * Every non-voided job start and end of the visible enrolments that started a job
     * at the employer: an end may not name its employer, so pairing needs them all.
     */
    async jobEvents(employerId: string) {
      return trx
        .selectFrom('event')
        .innerJoin('enrolment', 'enrolment.id', 'event.enrolmentId')
        .select([
          'event.id',
          'event.type',
          'event.date',
          'event.employerId',
          'event.data',
          'enrolment.id as enrolmentId',
          'enrolment.caseNumber',
          'enrolment.programmeId',
        ])
        .where('event.type', 'in', ['job_start', 'job_end'])
        .where('event.voidedAt', 'is', null)
        .where(personalDataFilter(scope))
        .where('event.enrolmentId', 'in', (eb) =>
          eb
            .selectFrom('event as started')
            .select('started.enrolmentId')
            .where('started.employerId', '=', employerId)
            .where('started.type', '=', 'job_start'),
        )
        .orderBy('enrolment.id')
        .orderBy('event.date')
        .orderBy('event.createdAt')
        .execute();
    },
  };
}

export type TEmployerRepository = ReturnType<typeof createEmployerRepository>;
