import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Reads for `lots export`, in the system scope: whole tables restricted to the
 * programmes being exported, in a stable order so that an export is reproducible.
 */
export function createDatasetReader(trx: Transaction<Database>) {
  const inProgrammes = (ids: readonly string[]) =>
    ids.length === 0 ? ['00000000-0000-0000-0000-000000000000'] : [...ids];
  const enrolmentQuery = () =>
    trx
      .selectFrom('enrolment')
      .innerJoin('participant', 'participant.id', 'enrolment.participantId')
      .leftJoin(
        'participantIdentity',
        'participantIdentity.participantId',
        'enrolment.participantId',
      )
      .selectAll('enrolment')
      .select([
        'participant.key as personKey',
        'participantIdentity.nameEnc',
        'participantIdentity.personalNumberEnc',
        'participantIdentity.phoneEnc',
        'participantIdentity.emailEnc',
        'participantIdentity.erasedAt',
      ]);
  return {
    async allProgrammes() {
      return trx.selectFrom('programme').selectAll().orderBy('key').execute();
    },
    async associations(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return trx
        .selectFrom('association')
        .selectAll()
        .where('id', 'in', [...ids])
        .orderBy('key')
        .execute();
    },
    /** Own outcome definitions of the associations and of the programmes exported. */
    async outcomeDefinitions(associationIds: readonly string[], programmeIds: readonly string[]) {
      if (associationIds.length === 0) return [];
      return trx
        .selectFrom('outcomeDefinition')
        .select(['associationId', 'programmeId', 'key', 'label', 'definition'])
        .where('associationId', 'in', [...associationIds])
        .where((eb) =>
          eb.or([
            eb('programmeId', 'is', null),
            eb('programmeId', 'in', inProgrammes(programmeIds)),
          ]),
        )
        .orderBy('key')
        .execute();
    },
    async targets(programmeIds: readonly string[]) {
      return trx
        .selectFrom('programmeTarget')
        .selectAll()
        .where('programmeId', 'in', inProgrammes(programmeIds))
        .orderBy('year')
        .execute();
    },
    async teams(programmeIds: readonly string[]) {
      return trx
        .selectFrom('team')
        .selectAll()
        .where('programmeId', 'in', inProgrammes(programmeIds))
        .orderBy('key')
        .execute();
    },
    async specialists(programmeIds: readonly string[]) {
      return trx
        .selectFrom('specialist')
        .selectAll()
        .where('programmeId', 'in', inProgrammes(programmeIds))
        .orderBy('key')
        .execute();
    },
    async employers(associationIds: readonly string[]) {
      if (associationIds.length === 0) return [];
      return trx
        .selectFrom('employer')
        .selectAll()
        .where('associationId', 'in', [...associationIds])
        .orderBy('key')
        .execute();
    },
    /** The enrolments to export, without their details: the export pages through them. */
    async enrolmentList(programmeIds: readonly string[]) {
      return trx
        .selectFrom('enrolment')
        .select(['id', 'programmeId', 'caseNumber'])
        .where('programmeId', 'in', inProgrammes(programmeIds))
        .orderBy('programmeId')
        .orderBy('key')
        .execute();
    },
    /** One page of enrolments (ids from enrolmentList), in no particular order. */
    async enrolmentsByIds(ids: readonly string[]) {
      return enrolmentQuery().where('enrolment.id', 'in', inProgrammes(ids)).execute();
    },
    async incomeSourcesOf(enrolmentIds: readonly string[]) {
      return trx
        .selectFrom('incomeSource')
        .selectAll()
        .where('enrolmentId', 'in', inProgrammes(enrolmentIds))
        .orderBy('enrolmentId')
        .orderBy('phase')
        .orderBy('position')
        .execute();
    },
    async eventsOf(enrolmentIds: readonly string[]) {
      return trx
        .selectFrom('event')
        .selectAll()
        .where('enrolmentId', 'in', inProgrammes(enrolmentIds))
        .orderBy('enrolmentId')
        .orderBy('date')
        .orderBy('createdAt')
        .orderBy('sourceRef')
        .orderBy('id')
        .execute();
    },
    async followUpsOf(enrolmentIds: readonly string[]) {
      return trx
        .selectFrom('followUp')
        .selectAll()
        .where('enrolmentId', 'in', inProgrammes(enrolmentIds))
        .orderBy('enrolmentId')
        .orderBy('date')
        .orderBy('id')
        .execute();
    },
    async enrolments(programmeIds: readonly string[]) {
      return enrolmentQuery()
        .where('enrolment.programmeId', 'in', inProgrammes(programmeIds))
        .orderBy('enrolment.programmeId')
        .orderBy('enrolment.key')
        .execute();
    },
  };
}
