import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';

/**
 * Associations and programmes are not personal data, but a user still sees only the
 * programmes granted: every read here is filtered by the scope.
 */
export function createOrganisationRepository(trx: Transaction<Database>, scope: TScope) {
  const visible = () => (scope.kind === 'system' ? null : [...scope.programmeIds]);

  return {
    /** The whole tree (ids only) — used to expand grants on a node to its descendants. */
    async programmeTree() {
      return trx.selectFrom('programme').select(['id', 'parentId', 'associationId']).execute();
    },
    async listProgrammes() {
      const ids = visible();
      if (ids?.length === 0) return [];
      let q = trx
        .selectFrom('programme')
        .innerJoin('association', 'association.id', 'programme.associationId')
        .select([
          'programme.id',
          'programme.key',
          'programme.name',
          'programme.parentId',
          'programme.associationId',
          'association.key as associationKey',
          'association.name as associationName',
          'programme.municipalityCode',
          'programme.closureAfterDays',
          'programme.minHoursPerWeekForEmployment',
          'programme.followUpMonths',
          'programme.retentionYears',
          'programme.caseNumberPrefix',
        ])
        .orderBy('programme.name');
      if (ids) q = q.where('programme.id', 'in', ids);
      return q.execute();
    },
    /** Programme names for ids already resolved from a user's grants (not personal data). */
    async listProgrammesByIds(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return trx
        .selectFrom('programme')
        .innerJoin('association', 'association.id', 'programme.associationId')
        .select([
          'programme.id',
          'programme.key',
          'programme.name',
          'programme.parentId',
          'association.key as associationKey',
          'association.name as associationName',
        ])
        .where('programme.id', 'in', [...ids])
        .orderBy('association.name')
        .orderBy('programme.name')
        .execute();
    },
    /** Out-of-scope and unknown keys look the same: undefined. */
    async findProgrammeByKey(key: string) {
      const ids = visible();
      if (ids?.length === 0) return undefined;
      let q = trx.selectFrom('programme').selectAll().where('key', '=', key);
      if (ids) q = q.where('id', 'in', ids);
      return q.executeTakeFirst();
    },
    /** Changes a programme's configuration (admins and supervisors; the service checks who). */
    async updateProgrammeSettings(
      id: string,
      patch: {
        closureAfterDays?: number;
        minHoursPerWeekForEmployment?: number;
        followUpMonths?: number[];
        retentionYears?: number;
        priorityRules?: string;
      },
    ) {
      const ids = visible();
      if (ids && !ids.includes(id)) return;
      await trx.updateTable('programme').set(patch).where('id', '=', id).execute();
    },
    async findAssociationByKey(key: string) {
      const q = trx.selectFrom('association').selectAll().where('key', '=', key);
      if (scope.kind === 'system') return q.executeTakeFirst();
      if (scope.associationIds.length === 0) return undefined;
      return q.where('id', 'in', [...scope.associationIds]).executeTakeFirst();
    },
    async linkSpecialistUser(programmeId: string, specialistKey: string, userId: string) {
      const res = await trx
        .updateTable('specialist')
        .set({ userId })
        .where('programmeId', '=', programmeId)
        .where('key', '=', specialistKey)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    async anyAssociationExists() {
      const row = await trx.selectFrom('association').select('id').limit(1).executeTakeFirst();
      return row !== undefined;
    },
    async listSpecialists(programmeIds: readonly string[]) {
      if (programmeIds.length === 0) return [];
      return trx
        .selectFrom('specialist')
        .select(['id', 'programmeId', 'key', 'name', 'fte', 'userId', 'active'])
        .where('programmeId', 'in', [...programmeIds])
        .orderBy('name')
        .execute();
    },
  };
}
