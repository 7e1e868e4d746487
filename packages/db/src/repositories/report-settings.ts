import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * The report configuration a programme keeps: yearly targets (outcomes.md "Targets")
 * and own outcome definitions. Part of the reports repository; `inScope` narrows the
 * programme ids to the request's scope.
 */
export function createReportSettingsQueries(
  trx: Transaction<Database>,
  inScope: (ids: readonly string[]) => string[],
) {
  return {
    /** Targets of the programmes for one year (outcomes.md "Targets"). */
    async targets(programmeIds: readonly string[], year: number) {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('programmeTarget')
        .select(['programmeId', 'year', 'enrolments', 'rates'])
        .where('programmeId', 'in', ids)
        .where('year', '=', year)
        .execute();
    },

    async upsertTarget(
      programmeId: string,
      year: number,
      target: { enrolments: number | null; rates: Record<string, number> },
    ) {
      await trx
        .insertInto('programmeTarget')
        .values({
          programmeId,
          year,
          enrolments: target.enrolments,
          rates: JSON.stringify(target.rates),
        })
        .onConflict((oc) =>
          oc.columns(['programmeId', 'year']).doUpdateSet({
            enrolments: target.enrolments,
            rates: JSON.stringify(target.rates),
          }),
        )
        .execute();
    },

    /** Own outcome definitions that apply to the programmes (theirs or their association's). */
    async listOwnDefinitions(programmeIds: readonly string[], associationIds: readonly string[]) {
      const ids = inScope(programmeIds);
      if (ids.length === 0 && associationIds.length === 0) return [];
      return trx
        .selectFrom('outcomeDefinition')
        .select(['id', 'associationId', 'programmeId', 'key', 'label', 'definition', 'createdAt'])
        .where((eb) =>
          eb.or([
            ...(ids.length > 0 ? [eb('programmeId', 'in', ids)] : []),
            ...(associationIds.length > 0
              ? [
                  eb.and([
                    eb('programmeId', 'is', null),
                    eb('associationId', 'in', [...associationIds]),
                  ]),
                ]
              : []),
          ]),
        )
        .orderBy('createdAt')
        .orderBy('key')
        .execute();
    },

    async createOwnDefinition(row: {
      associationId: string;
      programmeId: string | null;
      key: string;
      label: string;
      definition: unknown;
      createdBy: string | null;
    }) {
      return trx
        .insertInto('outcomeDefinition')
        .values({ ...row, definition: JSON.stringify(row.definition) })
        .returning(['id', 'createdAt'])
        .executeTakeFirstOrThrow();
    },
  };
}
