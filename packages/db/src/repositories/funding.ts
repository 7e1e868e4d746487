import { sql, type Insertable, type Transaction } from 'kysely';
import type {
  BudgetAllocationTable,
  CostSharingKeyTable,
  Database,
  FundingDecisionTable,
} from '../schema.ts';
import type { TScope } from '../scope-types.ts';

/**
 * Funders, funding decisions, spend, cost-sharing keys and budget allocations
 * (funding.md "What Lots keeps"). No personal data: aggregates only. Every query is
 * limited to the scope's programmes or associations, with row-level security behind it.
 */
export function createFundingRepository(trx: Transaction<Database>, scope: TScope) {
  const programmes = (ids: readonly string[]) =>
    scope.kind === 'system' ? [...ids] : ids.filter((id) => scope.programmeIds.includes(id));
  const associations = (ids: readonly string[]) =>
    scope.kind === 'system' ? [...ids] : ids.filter((id) => scope.associationIds.includes(id));

  return {
    async insertFunder(v: { associationId: string; name: string; kind: string }) {
      const row = await trx
        .insertInto('funder')
        .values(v)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async findFunderByName(associationId: string, name: string) {
      if (associations([associationId]).length === 0) return undefined;
      return trx
        .selectFrom('funder')
        .selectAll()
        .where('associationId', '=', associationId)
        .where('name', '=', name)
        .executeTakeFirst();
    },
    async findFunder(id: string) {
      const ids = associations(scope.associationIds);
      let q = trx.selectFrom('funder').selectAll().where('id', '=', id);
      if (scope.kind !== 'system') {
        if (ids.length === 0) return undefined;
        q = q.where('associationId', 'in', ids);
      }
      return q.executeTakeFirst();
    },
    /** Replaces an association's target-group inputs of a year (funding.md "Target-group estimate"). */
    async replaceTargetGroupInputs(
      associationId: string,
      year: number,
      rows: { municipality: string; counts: unknown }[],
      updatedBy: string | null,
    ) {
      await trx
        .deleteFrom('targetGroupInput')
        .where('associationId', '=', associationId)
        .where('year', '=', year)
        .execute();
      if (rows.length === 0) return;
      await trx
        .insertInto('targetGroupInput')
        .values(
          rows.map((r) => ({
            associationId,
            year,
            municipality: r.municipality,
            counts: JSON.stringify(r.counts),
            updatedBy,
          })),
        )
        .execute();
    },
    async listTargetGroupInputs(associationId: string, year: number) {
      return trx
        .selectFrom('targetGroupInput')
        .select(['municipality', 'counts', 'updatedAt'])
        .where('associationId', '=', associationId)
        .where('year', '=', year)
        .orderBy('municipality')
        .execute();
    },
    async listFunders(associationIds: readonly string[]) {
      const ids = associations(associationIds);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('funder')
        .innerJoin('association', 'association.id', 'funder.associationId')
        .selectAll('funder')
        .select('association.key as associationKey')
        .where('funder.associationId', 'in', ids)
        .orderBy('funder.name')
        .execute();
    },

    /** Inserts a decision, or replaces the amount and terms of the same funder, year and reference. */
    /**
     * Inserts a decision or updates the one with the same programme, funder, year and
     * reference. `keepReporting`: an existing reporting calendar (with its sent dates)
     * stays unless it is empty (a re-import must not forget which reports were sent).
     */
    async upsertDecision(
      v: Insertable<FundingDecisionTable>,
      opts: { keepReporting?: boolean } = {},
    ) {
      const { programmeId: _p, funderId: _f, year: _y, reference: _r, ...update } = v;
      const row = await trx
        .insertInto('fundingDecision')
        .values(v)
        .onConflict((oc) =>
          oc.columns(['programmeId', 'funderId', 'year', 'reference']).doUpdateSet(
            opts.keepReporting
              ? {
                  ...update,
                  reporting: sql<string>`case when funding_decision.reporting = '[]'::jsonb then excluded.reporting else funding_decision.reporting end`,
                }
              : update,
          ),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async findDecision(id: string) {
      const ids = programmes(scope.programmeIds);
      let q = trx.selectFrom('fundingDecision').selectAll().where('id', '=', id);
      if (scope.kind !== 'system') {
        if (ids.length === 0) return undefined;
        q = q.where('programmeId', 'in', ids);
      }
      return q.executeTakeFirst();
    },
    async updateDecisionReporting(id: string, reporting: unknown) {
      await trx
        .updateTable('fundingDecision')
        .set({ reporting: JSON.stringify(reporting) })
        .where('id', '=', id)
        .execute();
    },
    async listDecisions(programmeIds: readonly string[], year?: number) {
      const ids = programmes(programmeIds);
      if (ids.length === 0) return [];
      let q = trx
        .selectFrom('fundingDecision')
        .innerJoin('funder', 'funder.id', 'fundingDecision.funderId')
        .innerJoin('programme', 'programme.id', 'fundingDecision.programmeId')
        .selectAll('fundingDecision')
        .select([
          'funder.name as funderName',
          'funder.kind as funderKind',
          'programme.key as programmeKey',
        ])
        .where('fundingDecision.programmeId', 'in', ids)
        .orderBy('fundingDecision.year')
        .orderBy('programme.key')
        .orderBy('funder.name')
        .orderBy('fundingDecision.reference');
      if (year !== undefined) q = q.where('fundingDecision.year', '=', year);
      return q.execute();
    },

    async setSpend(programmeId: string, year: number, amount: number) {
      await trx
        .insertInto('spend')
        .values({ programmeId, year, amount, updatedAt: new Date() })
        .onConflict((oc) =>
          oc.columns(['programmeId', 'year']).doUpdateSet({ amount, updatedAt: new Date() }),
        )
        .execute();
    },
    async listSpend(programmeIds: readonly string[], year?: number) {
      const ids = programmes(programmeIds);
      if (ids.length === 0) return [];
      let q = trx
        .selectFrom('spend')
        .innerJoin('programme', 'programme.id', 'spend.programmeId')
        .select([
          'spend.programmeId',
          'programme.key as programmeKey',
          'spend.year',
          'spend.amount',
        ])
        .where('spend.programmeId', 'in', ids)
        .orderBy('spend.year')
        .orderBy('programme.key');
      if (year !== undefined) q = q.where('spend.year', '=', year);
      return q.execute();
    },

    async insertCostSharingKey(v: Insertable<CostSharingKeyTable>) {
      const row = await trx
        .insertInto('costSharingKey')
        .values(v)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async listCostSharingKeys(associationIds: readonly string[]) {
      const ids = associations(associationIds);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('costSharingKey')
        .innerJoin('association', 'association.id', 'costSharingKey.associationId')
        .selectAll('costSharingKey')
        .select('association.key as associationKey')
        .where('costSharingKey.associationId', 'in', ids)
        .orderBy('costSharingKey.createdAt')
        .execute();
    },

    async insertAllocation(v: Insertable<BudgetAllocationTable>) {
      const row = await trx
        .insertInto('budgetAllocation')
        .values(v)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async listAllocations(programmeIds: readonly string[]) {
      const ids = programmes(programmeIds);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('budgetAllocation')
        .innerJoin('programme', 'programme.id', 'budgetAllocation.programmeId')
        .selectAll('budgetAllocation')
        .select('programme.key as programmeKey')
        .where('budgetAllocation.programmeId', 'in', ids)
        .orderBy('budgetAllocation.year')
        .orderBy('budgetAllocation.createdAt')
        .execute();
    },

    /**
     * Enrolments active in the period and their participant-years (days enrolled
     * within the period / 365), over the programmes. Aggregates only.
     */
    async enrolmentYears(f: { programmeIds: readonly string[]; from: string; to: string }) {
      const ids = programmes(f.programmeIds);
      if (ids.length === 0) return { enrolments: 0, participantYears: 0 };
      const row = await sql<{ enrolments: number; days: number | null }>`
        select count(*)::int as enrolments,
          sum(least(coalesce(e.closed_at, ${f.to}::date), ${f.to}::date)
              - greatest(e.enrolled_at, ${f.from}::date) + 1)::int as days
        from enrolment e
        where e.programme_id in (${sql.join(ids)}) and e.enrolled_at is not null
          and e.enrolled_at <= ${f.to}::date
          and (e.closed_at is null or e.closed_at >= ${f.from}::date)`.execute(trx);
      const r = row.rows[0];
      return {
        enrolments: r?.enrolments ?? 0,
        participantYears: (r?.days ?? 0) / 365,
      };
    },
  };
}
