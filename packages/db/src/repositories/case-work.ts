import type { Transaction } from 'kysely';
import type { Database, EnrolmentTable } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { personalDataFilter } from './participants.ts';

const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

type TEnrolmentInsert = Omit<EnrolmentTable, 'id' | 'createdAt' | 'updatedAt'> & {
  updatedAt?: Date;
};
type TEnrolmentPatch = Partial<Omit<EnrolmentTable, 'id' | 'createdAt' | 'programmeId'>>;

/**
 * Case work: referrals, intake decisions, enrolment, closure and follow-ups. Every
 * read of an enrolment goes through {@link personalDataFilter}, so an id outside the
 * user's caseload is indistinguishable from an unknown one (404).
 */
export function createCaseWorkRepository(trx: Transaction<Database>, scope: TScope) {
  const enrolmentBase = () =>
    trx
      .selectFrom('enrolment')
      .innerJoin('programme', 'programme.id', 'enrolment.programmeId')
      .leftJoin('specialist', 'specialist.id', 'enrolment.specialistId')
      .leftJoin(
        'participantIdentity',
        'participantIdentity.participantId',
        'enrolment.participantId',
      );

  return {
    /** Settings of programmes already resolved from the caller's grants (not personal data). */
    async programmeSettings(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return trx
        .selectFrom('programme')
        .select(['id', 'key', 'priorityRules', 'followUpMonths', 'retentionYears'])
        .where('id', 'in', [...ids])
        .execute();
    },

    async municipalityExists(code: string) {
      const row = await trx
        .selectFrom('municipality')
        .select('code')
        .where('code', '=', code)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The specialist, if it belongs to the programme (and the programme is in scope). */
    async findSpecialist(id: string, programmeId: string) {
      if (!isUuid(id)) return undefined;
      return trx
        .selectFrom('specialist')
        .select(['id', 'name', 'active'])
        .where('id', '=', id)
        .where('programmeId', '=', programmeId)
        .executeTakeFirst();
    },

    async findParticipant(id: string) {
      if (!isUuid(id)) return undefined;
      const programmes = scope.kind === 'system' ? null : [...scope.programmeIds];
      if (programmes?.length === 0) return undefined;
      let q = trx
        .selectFrom('participant')
        .innerJoin('programme', 'programme.id', 'participant.programmeId')
        .select([
          'participant.id',
          'participant.programmeId',
          'participant.key',
          'programme.key as programmeKey',
        ])
        .where('participant.id', '=', id);
      if (programmes) q = q.where('participant.programmeId', 'in', programmes);
      return q.executeTakeFirst();
    },

    async findParticipantByPersonalNumber(programmeId: string, hmac: string) {
      return trx
        .selectFrom('participantIdentity')
        .select('participantId')
        .where('programmeId', '=', programmeId)
        .where('personalNumberHmac', '=', hmac)
        .where('erasedAt', 'is', null)
        .executeTakeFirst();
    },

    async insertParticipant(values: { programmeId: string; key: string }) {
      const row = await trx
        .insertInto('participant')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async caseNumbersWithPrefix(programmeId: string, prefix: string) {
      const rows = await trx
        .selectFrom('enrolment')
        .select('caseNumber')
        .where('programmeId', '=', programmeId)
        .where('caseNumber', 'like', `${prefix}%`)
        .execute();
      return rows.map((r) => r.caseNumber);
    },

    async keyTaken(programmeId: string, key: string) {
      const [e, p] = await Promise.all([
        trx
          .selectFrom('enrolment')
          .select('id')
          .where('programmeId', '=', programmeId)
          .where('key', '=', key)
          .executeTakeFirst(),
        trx
          .selectFrom('participant')
          .select('id')
          .where('programmeId', '=', programmeId)
          .where('key', '=', key)
          .executeTakeFirst(),
      ]);
      return e !== undefined || p !== undefined;
    },

    async insertEnrolment(values: TEnrolmentInsert) {
      const row = await trx
        .insertInto('enrolment')
        .values({ ...values, updatedAt: new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateEnrolment(id: string, patch: TEnrolmentPatch) {
      await trx
        .updateTable('enrolment')
        .set({ ...patch, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
    },

    /** One enrolment with everything case work needs; undefined outside the caseload. */
    async findEnrolment(id: string) {
      if (!isUuid(id)) return undefined;
      return enrolmentBase()
        .selectAll('enrolment')
        .select([
          'programme.key as programmeKey',
          'programme.followUpMonths',
          'programme.closureAfterDays',
          'specialist.name as specialistName',
          'participantIdentity.nameEnc',
          'participantIdentity.erasedAt',
        ])
        .where('enrolment.id', '=', id)
        .where(personalDataFilter(scope))
        .executeTakeFirst();
    },

    /** The participant behind a case number of a programme; undefined outside the caseload. */
    async findParticipantIdByCaseNumber(programmeKey: string, caseNumber: string) {
      const row = await enrolmentBase()
        .select('enrolment.participantId')
        .where('programme.key', '=', programmeKey)
        .where('enrolment.caseNumber', '=', caseNumber)
        .where(personalDataFilter(scope))
        .executeTakeFirst();
      return row?.participantId;
    },

    /** Another open enrolment (referred, waiting, enrolled) of the person in the programme. */
    async findOpenEnrolment(participantId: string, programmeId: string, exceptId?: string) {
      let q = trx
        .selectFrom('enrolment')
        .select(['id', 'caseNumber', 'status'])
        .where('participantId', '=', participantId)
        .where('programmeId', '=', programmeId)
        .where('status', 'in', ['referred', 'waiting', 'enrolled']);
      if (exceptId) q = q.where('id', '<>', exceptId);
      return q.executeTakeFirst();
    },

    /** The person's latest enrolment: re-enrolment copies the baseline facts from it. */
    async latestEnrolmentOf(participantId: string) {
      return trx
        .selectFrom('enrolment')
        .select(['sex', 'birthYear', 'municipalityCode', 'education'])
        .where('participantId', '=', participantId)
        .orderBy('referralDate', 'desc')
        .orderBy('createdAt', 'desc')
        .executeTakeFirst();
    },

    async replaceIncomeSources(
      enrolmentId: string,
      programmeId: string,
      phase: 'baseline' | 'exit',
      rows: readonly { source: string; monthly?: number | undefined; tax?: number | undefined }[],
    ) {
      await trx
        .deleteFrom('incomeSource')
        .where('enrolmentId', '=', enrolmentId)
        .where('phase', '=', phase)
        .execute();
      if (rows.length === 0) return;
      await trx
        .insertInto('incomeSource')
        .values(
          rows.map((r, position) => ({
            programmeId,
            enrolmentId,
            phase,
            position,
            source: r.source,
            monthly: r.monthly ?? null,
            tax: r.tax ?? null,
          })),
        )
        .execute();
    },

    /** Referred and waiting enrolments of the programmes, with what the priority rules need. */
    async listQueue(programmeIds: readonly string[]) {
      if (programmeIds.length === 0) return [];
      return enrolmentBase()
        .select([
          'enrolment.id',
          'enrolment.programmeId',
          'programme.key as programmeKey',
          'enrolment.caseNumber',
          'enrolment.status',
          'enrolment.sex',
          'enrolment.birthYear',
          'enrolment.referralDate',
          'enrolment.referralSource',
          'enrolment.queuePriority',
          'participantIdentity.nameEnc',
          'participantIdentity.erasedAt',
        ])
        .where('enrolment.status', 'in', ['referred', 'waiting'])
        .where(personalDataFilter(scope, programmeIds))
        .execute();
    },

    /** Closed enrolments with consent, for the follow-up schedule. */
    async listClosed(programmeIds: readonly string[]) {
      if (programmeIds.length === 0) return [];
      return enrolmentBase()
        .select([
          'enrolment.id',
          'enrolment.programmeId',
          'programme.key as programmeKey',
          'programme.followUpMonths',
          'enrolment.caseNumber',
          'enrolment.closedAt',
          'enrolment.consentSurvey',
          'enrolment.consentWithdrawnAt',
          'participantIdentity.nameEnc',
          'participantIdentity.erasedAt',
        ])
        .where('enrolment.status', '=', 'closed')
        .where(personalDataFilter(scope, programmeIds))
        .orderBy('enrolment.closedAt')
        .execute();
    },

    async listFollowUps(enrolmentIds: readonly string[]) {
      if (enrolmentIds.length === 0) return [];
      return trx
        .selectFrom('followUp')
        .select([
          'id',
          'enrolmentId',
          'months',
          'date',
          'status',
          'incomeSources',
          'note',
          'sourceRef',
        ])
        .where('enrolmentId', 'in', [...enrolmentIds])
        .orderBy('enrolmentId')
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    async insertFollowUp(values: {
      programmeId: string;
      enrolmentId: string;
      months: number;
      date: string;
      status: string;
      incomeSources: string | null;
      note: string | null;
      sourceRef: string;
      recordedBy: string | null;
    }) {
      const row = await trx
        .insertInto('followUp')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

export type TCaseWorkRepository = ReturnType<typeof createCaseWorkRepository>;
