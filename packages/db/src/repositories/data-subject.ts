import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { personalDataFilter } from './participants.ts';

export type TIdentityColumns = {
  nameEnc: string | null;
  personalNumberEnc: string | null;
  personalNumberHmac: string | null;
  phoneEnc: string | null;
  emailEnc: string | null;
};

/**
 * One person's data across their enrolments (privacy.md: export, identity,
 * erasure, retention). Reads are limited to enrolments the scope may see; a
 * participant none of whose enrolments is visible is, for the caller, unknown.
 */
export function createDataSubjectRepository(trx: Transaction<Database>, scope: TScope) {
  return {
    /** The person's enrolments the scope may see, oldest first. */
    async enrolmentsOf(participantId: string) {
      return trx
        .selectFrom('enrolment')
        .innerJoin('programme', 'programme.id', 'enrolment.programmeId')
        .leftJoin('specialist', 'specialist.id', 'enrolment.specialistId')
        .selectAll('enrolment')
        .select(['programme.key as programmeKey', 'specialist.name as specialistName'])
        .where('enrolment.participantId', '=', participantId)
        .where(personalDataFilter(scope))
        .orderBy('enrolment.referralDate')
        .orderBy('enrolment.createdAt')
        .execute();
    },

    async findIdentity(participantId: string) {
      return trx
        .selectFrom('participantIdentity')
        .selectAll()
        .where('participantId', '=', participantId)
        .executeTakeFirst();
    },

    /** Replaces the identity; a new identity after an erasure is a new registration. */
    async saveIdentity(participantId: string, programmeId: string, values: TIdentityColumns) {
      await trx
        .insertInto('participantIdentity')
        .values({ participantId, programmeId, ...values, erasedAt: null, updatedAt: new Date() })
        .onConflict((oc) =>
          oc
            .column('participantId')
            .doUpdateSet({ ...values, erasedAt: null, updatedAt: new Date() }),
        )
        .execute();
    },

    /** Nulls every identity field (the lookup hash too) and records when. */
    async eraseIdentity(participantId: string, programmeId: string, at: Date) {
      const cleared = {
        nameEnc: null,
        personalNumberEnc: null,
        personalNumberHmac: null,
        phoneEnc: null,
        emailEnc: null,
        erasedAt: at,
        updatedAt: at,
      };
      await trx
        .insertInto('participantIdentity')
        .values({ participantId, programmeId, ...cleared })
        .onConflict((oc) => oc.column('participantId').doUpdateSet(cleared))
        .execute();
    },

    /** Audit rows about the person or any of their enrolments (row-level security limits them to the scope). */
    async auditAbout(participantId: string, enrolmentIds: readonly string[]) {
      return trx
        .selectFrom('auditLog')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('entityId', '=', participantId),
            ...(enrolmentIds.length > 0 ? [eb('enrolmentId', 'in', [...enrolmentIds])] : []),
          ]),
        )
        .orderBy('id')
        .execute();
    },

    /**
     * System scope only (the retention job): every person whose identity is still
     * held, with the end dates of all their enrolments and the programme's retention.
     */
    async retentionCandidates() {
      if (scope.kind !== 'system') return [];
      return trx
        .selectFrom('participantIdentity')
        .innerJoin('participant', 'participant.id', 'participantIdentity.participantId')
        .innerJoin('programme', 'programme.id', 'participant.programmeId')
        .innerJoin('enrolment', 'enrolment.participantId', 'participant.id')
        .select([
          'participant.id as participantId',
          'participant.programmeId',
          'programme.key as programmeKey',
          'programme.retentionYears',
          'enrolment.id as enrolmentId',
          'enrolment.status',
          'enrolment.closedAt',
          'enrolment.declinedAt',
          'enrolment.withdrawnAt',
        ])
        .where('participantIdentity.erasedAt', 'is', null)
        .orderBy('participant.id')
        .execute();
    },
  };
}

export type TDataSubjectRepository = ReturnType<typeof createDataSubjectRepository>;
