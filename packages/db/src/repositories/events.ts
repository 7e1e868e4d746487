import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { personalDataFilter } from './participants.ts';

const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

const ENROLMENT_CONTEXT = [
  'enrolment.id',
  'enrolment.programmeId',
  'enrolment.caseNumber',
  'enrolment.status',
  'enrolment.enrolledAt',
  'enrolment.closedAt',
  'enrolment.specialistId',
  'programme.key as programmeKey',
  'programme.associationId',
  'programme.closureAfterDays',
] as const;

/**
 * Events of enrolments (process.md "Events during enrolment"). Every read goes
 * through the personal-data filter: an enrolment or event outside the user's
 * caseload is simply not found.
 */
export function createEventRepository(trx: Transaction<Database>, scope: TScope) {
  const eventColumns = () =>
    trx
      .selectFrom('event')
      .leftJoin('specialist', 'specialist.id', 'event.specialistId')
      .leftJoin('employer', 'employer.id', 'event.employerId')
      .leftJoin('appUser as recorder', 'recorder.id', 'event.recordedBy')
      .leftJoin('appUser as voider', 'voider.id', 'event.voidedBy')
      .select([
        'event.id',
        'event.enrolmentId',
        'event.type',
        'event.date',
        'event.data',
        'event.specialistId',
        'specialist.name as specialistName',
        'event.employerId',
        'employer.key as employerKey',
        'employer.name as employerName',
        'recorder.displayName as recordedByName',
        'event.createdAt',
        'event.voidedAt',
        'event.voidedReason',
        'voider.displayName as voidedByName',
      ]);

  return {
    /** The enrolment with what event rules need; undefined outside the caseload (404). */
    async findEnrolment(id: string) {
      if (!isUuid(id)) return undefined;
      return trx
        .selectFrom('enrolment')
        .innerJoin('programme', 'programme.id', 'enrolment.programmeId')
        .select(ENROLMENT_CONTEXT)
        .where('enrolment.id', '=', id)
        .where(personalDataFilter(scope))
        .executeTakeFirst();
    },

    /** The event's id and enrolment, if the enrolment is in the caseload. */
    async findEventEnrolment(eventId: string) {
      if (!isUuid(eventId)) return undefined;
      return trx
        .selectFrom('event')
        .innerJoin('enrolment', 'enrolment.id', 'event.enrolmentId')
        .innerJoin('programme', 'programme.id', 'enrolment.programmeId')
        .select([...ENROLMENT_CONTEXT, 'event.id as eventId', 'event.voidedAt'])
        .where('event.id', '=', eventId)
        .where(personalDataFilter(scope))
        .executeTakeFirst();
    },

    /** All events of one enrolment, voided ones included, oldest first. */
    async listForEnrolment(enrolmentId: string) {
      return eventColumns()
        .where('event.enrolmentId', '=', enrolmentId)
        .orderBy('event.date')
        .orderBy('event.createdAt')
        .orderBy('event.id')
        .execute();
    },

    async findEmployerInAssociation(employerId: string, associationId: string) {
      if (!isUuid(employerId)) return undefined;
      return trx
        .selectFrom('employer')
        .select(['id', 'key', 'name'])
        .where('id', '=', employerId)
        .where('associationId', '=', associationId)
        .executeTakeFirst();
    },

    async findSpecialistInProgramme(specialistId: string, programmeId: string) {
      if (!isUuid(specialistId)) return undefined;
      return trx
        .selectFrom('specialist')
        .select(['id', 'name', 'active'])
        .where('id', '=', specialistId)
        .where('programmeId', '=', programmeId)
        .executeTakeFirst();
    },

    /** How many events of the enrolment already have this content hash (import's occurrence number). */
    async countContentRef(enrolmentId: string, hash: string) {
      const row = await trx
        .selectFrom('event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('enrolmentId', '=', enrolmentId)
        .where('sourceRef', 'like', `${hash}#%`)
        .executeTakeFirstOrThrow();
      return row.n;
    },

    async insert(row: {
      programmeId: string;
      enrolmentId: string;
      type: string;
      date: string;
      specialistId: string | null;
      employerId: string | null;
      data: Record<string, unknown>;
      sourceRef: string;
      recordedBy: string | null;
    }) {
      const { id } = await trx
        .insertInto('event')
        .values({ ...row, data: JSON.stringify(row.data) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    /** Voids, never deletes; an event already voided stays as it was (returns false). */
    async void(eventId: string, reason: string, userId: string | null, at: Date) {
      const res = await trx
        .updateTable('event')
        .set({ voidedAt: at, voidedReason: reason, voidedBy: userId })
        .where('id', '=', eventId)
        .where('voidedAt', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
  };
}

export type TEventRepository = ReturnType<typeof createEventRepository>;
