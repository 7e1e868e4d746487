import type { ExpressionBuilder, Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';

type EB = ExpressionBuilder<Database, 'enrolment'>;

/**
 * Personal data of participants. The filter is built from the scope alone: a
 * supervisor sees every enrolment of their programmes, a specialist only those
 * assigned to them, everyone else nothing (RLS is the second wall).
 */
export function personalDataFilter(scope: TScope, programmeIds?: readonly string[]) {
  return (eb: EB) => {
    if (scope.kind === 'system') {
      if (!programmeIds) return eb.lit(true);
      return programmeIds.length === 0
        ? eb.lit(false)
        : eb('enrolment.programmeId', 'in', [...programmeIds]);
    }
    const wanted = programmeIds ? new Set(programmeIds) : undefined;
    const ors = scope.personalData
      .filter((p) => !wanted || wanted.has(p.programmeId))
      .map((p) =>
        p.specialistIds === 'all'
          ? eb('enrolment.programmeId', '=', p.programmeId)
          : p.specialistIds.length === 0
            ? eb.lit(false)
            : eb.and([
                eb('enrolment.programmeId', '=', p.programmeId),
                eb('enrolment.specialistId', 'in', [...p.specialistIds]),
              ]),
      );
    return ors.length === 0 ? eb.lit(false) : eb.or(ors);
  };
}

const LIST_COLUMNS = [
  'enrolment.id',
  'enrolment.programmeId',
  'programme.key as programmeKey',
  'enrolment.participantId',
  'enrolment.caseNumber',
  'enrolment.status',
  'enrolment.sex',
  'enrolment.birthYear',
  'enrolment.referralDate',
  'enrolment.enrolledAt',
  'enrolment.closedAt',
  'enrolment.closureReason',
  'enrolment.specialistId',
  'specialist.name as specialistName',
  'participantIdentity.nameEnc',
  'participantIdentity.erasedAt',
] as const;

export function createParticipantRepository(trx: Transaction<Database>, scope: TScope) {
  const base = () =>
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
    async listEnrolments(filter: {
      programmeIds: readonly string[];
      statuses?: readonly string[];
      afterCaseNumber?: string;
      limit: number;
    }) {
      let q = base()
        .select(LIST_COLUMNS)
        .where(personalDataFilter(scope, filter.programmeIds))
        .orderBy('enrolment.caseNumber')
        .limit(filter.limit);
      if (filter.statuses?.length) q = q.where('enrolment.status', 'in', [...filter.statuses]);
      if (filter.afterCaseNumber) q = q.where('enrolment.caseNumber', '>', filter.afterCaseNumber);
      return q.execute();
    },

    async countEnrolments(filter: {
      programmeIds: readonly string[];
      statuses?: readonly string[];
    }) {
      let q = trx
        .selectFrom('enrolment')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(personalDataFilter(scope, filter.programmeIds));
      if (filter.statuses?.length) q = q.where('enrolment.status', 'in', [...filter.statuses]);
      return (await q.executeTakeFirstOrThrow()).n;
    },

    /** Undefined for unknown ids and for ids outside the scope alike (404, never 403). */
    async findEnrolment(id: string) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
      return base()
        .select([
          ...LIST_COLUMNS,
          'enrolment.key',
          'enrolment.municipalityCode',
          'enrolment.education',
          'enrolment.referralSource',
          'enrolment.referralOfficer',
          'enrolment.referralOrganisation',
          'enrolment.queuePriority',
          'enrolment.declinedAt',
          'enrolment.declinedReason',
          'enrolment.consentDate',
          'enrolment.consentParticipation',
          'enrolment.consentHandBack',
          'enrolment.consentSurvey',
          'enrolment.consentWithdrawnAt',
          'enrolment.timeOnSupport',
          'enrolment.housingSupportHours',
          'enrolment.diagnosisGroup',
          'enrolment.goal',
          'enrolment.closureSummary',
          'enrolment.handBackTo',
          'participantIdentity.personalNumberEnc',
        ])
        .where('enrolment.id', '=', id)
        .where(personalDataFilter(scope))
        .executeTakeFirst();
    },

    async listIncomeSources(enrolmentIds: readonly string[]) {
      if (enrolmentIds.length === 0) return [];
      return trx
        .selectFrom('incomeSource')
        .select(['enrolmentId', 'phase', 'position', 'source', 'monthly', 'tax'])
        .where('enrolmentId', 'in', [...enrolmentIds])
        .orderBy('enrolmentId')
        .orderBy('phase')
        .orderBy('position')
        .execute();
    },

    async listEvents(enrolmentIds: readonly string[]) {
      if (enrolmentIds.length === 0) return [];
      return trx
        .selectFrom('event')
        .leftJoin('employer', 'employer.id', 'event.employerId')
        .select([
          'event.id',
          'event.enrolmentId',
          'event.type',
          'event.date',
          'event.data',
          'event.specialistId',
          'event.employerId',
          'employer.name as employerName',
          'event.voidedAt',
          'event.voidedReason',
          'event.createdAt',
        ])
        .where('event.enrolmentId', 'in', [...enrolmentIds])
        .orderBy('event.enrolmentId')
        .orderBy('event.date')
        .orderBy('event.createdAt')
        .execute();
    },
  };
}
