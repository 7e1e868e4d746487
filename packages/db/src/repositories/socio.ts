import type { Insertable, Transaction } from 'kysely';
import type { Database, SocioAnalysisTable } from '../schema.ts';
import type { TScope } from '../scope-types.ts';

/** One stored row of an analysis, as the service reads it. */
export type TSocioRowRecord = {
  id: string;
  position: number;
  enrolmentId: string | null;
  caseNumber: string | null;
  inputs: unknown;
  excluded: boolean;
  excludedReason: string | null;
  adjustments: unknown;
};

/** What a row built from records needs from one enrolment (socioeconomics.md "Inputs per person"). */
export type TSocioRecordSource = {
  enrolmentId: string;
  programmeId: string;
  caseNumber: string;
  housingSupportHours: number | null;
  /** The first live job or study start in the period. */
  start: {
    type: 'job_start' | 'study_start';
    date: string;
    data: Record<string, unknown>;
    employerType: string | null;
  };
  income: {
    phase: 'baseline' | 'exit';
    source: string;
    monthly: number | null;
    tax: number | null;
  }[];
  /** The last live housing-support change on or before the period's end. */
  housingAfter: number | null;
};

/**
 * Socio-economic analyses and their rows. Programme-scoped: the caller passes only
 * programmes of the scope, and row-level security is the second wall. Reading the
 * records behind an analysis (`loadRecordSources`) reads personal data: the service
 * audits it in the same transaction.
 */
export function createSocioRepository(trx: Transaction<Database>, scope: TScope) {
  const inScope = (ids: readonly string[]) =>
    scope.kind === 'system' ? [...ids] : ids.filter((id) => scope.programmeIds.includes(id));

  return {
    async insertAnalysis(values: Insertable<SocioAnalysisTable>): Promise<string> {
      const row = await trx
        .insertInto('socioAnalysis')
        .values(values)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findAnalysis(id: string) {
      const ids = inScope(scope.programmeIds);
      if (scope.kind !== 'system' && ids.length === 0) return undefined;
      let q = trx
        .selectFrom('socioAnalysis')
        .innerJoin('programme', 'programme.id', 'socioAnalysis.programmeId')
        .selectAll('socioAnalysis')
        .select(['programme.key as programmeKey', 'programme.associationId'])
        .where('socioAnalysis.id', '=', id);
      if (scope.kind !== 'system') q = q.where('socioAnalysis.programmeId', 'in', ids);
      return q.executeTakeFirst();
    },

    async listAnalyses(programmeIds: readonly string[]) {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return [];
      return trx
        .selectFrom('socioAnalysis')
        .innerJoin('programme', 'programme.id', 'socioAnalysis.programmeId')
        .selectAll('socioAnalysis')
        .select(['programme.key as programmeKey'])
        .where('socioAnalysis.programmeId', 'in', ids)
        .orderBy('socioAnalysis.createdAt', 'desc')
        .execute();
    },

    async updateAnalysis(
      id: string,
      patch: Partial<
        Pick<
          Insertable<SocioAnalysisTable>,
          'name' | 'status' | 'parameterSet' | 'parameterOverrides' | 'outcomeRate'
        >
      >,
    ) {
      await trx
        .updateTable('socioAnalysis')
        .set({ ...patch, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
    },

    async insertRows(
      analysisId: string,
      programmeId: string,
      rows: {
        position: number;
        enrolmentId: string | null;
        inputs: unknown;
        excludedReason?: string | null;
      }[],
    ) {
      if (rows.length === 0) return;
      await trx
        .insertInto('socioAnalysisRow')
        .values(
          rows.map((r) => ({
            analysisId,
            programmeId,
            position: r.position,
            enrolmentId: r.enrolmentId,
            inputs: JSON.stringify(r.inputs),
            excluded: r.excludedReason != null,
            excludedReason: r.excludedReason ?? null,
          })),
        )
        .execute();
    },

    async listRows(analysisId: string): Promise<TSocioRowRecord[]> {
      return trx
        .selectFrom('socioAnalysisRow')
        .leftJoin('enrolment', 'enrolment.id', 'socioAnalysisRow.enrolmentId')
        .select([
          'socioAnalysisRow.id',
          'socioAnalysisRow.position',
          'socioAnalysisRow.enrolmentId',
          'enrolment.caseNumber',
          'socioAnalysisRow.inputs',
          'socioAnalysisRow.excluded',
          'socioAnalysisRow.excludedReason',
          'socioAnalysisRow.adjustments',
        ])
        .where('socioAnalysisRow.analysisId', '=', analysisId)
        .orderBy('socioAnalysisRow.position')
        .execute();
    },

    /** Removes one row; the other rows keep their numbers (adjustments and notes refer to them). */
    async deleteRow(analysisId: string, position: number): Promise<boolean> {
      const res = await trx
        .deleteFrom('socioAnalysisRow')
        .where('analysisId', '=', analysisId)
        .where('position', '=', position)
        .executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async updateRow(
      analysisId: string,
      position: number,
      patch: { excludedReason: string | null; adjustments: unknown },
    ): Promise<boolean> {
      const res = await trx
        .updateTable('socioAnalysisRow')
        .set({
          excluded: patch.excludedReason !== null,
          excludedReason: patch.excludedReason,
          adjustments: JSON.stringify(patch.adjustments),
        })
        .where('analysisId', '=', analysisId)
        .where('position', '=', position)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    /**
     * Enrolments of the programmes whose first live job or study start lies in the
     * period, with their baseline and exit income, the job's data and employer type,
     * and housing support before (baseline) and after (the last change by `to`).
     */
    async loadRecordSources(f: {
      programmeIds: readonly string[];
      from: string;
      to: string;
    }): Promise<TSocioRecordSource[]> {
      const ids = inScope(f.programmeIds);
      if (ids.length === 0) return [];
      const starts = await trx
        .selectFrom('event')
        .innerJoin('enrolment', 'enrolment.id', 'event.enrolmentId')
        .leftJoin('employer', 'employer.id', 'event.employerId')
        .select([
          'enrolment.id as enrolmentId',
          'enrolment.programmeId',
          'enrolment.caseNumber',
          'enrolment.housingSupportHours',
          'event.type',
          'event.date',
          'event.data',
          'event.createdAt',
          'employer.type as employerType',
        ])
        .where('enrolment.programmeId', 'in', ids)
        .where('event.type', 'in', ['job_start', 'study_start'])
        .where('event.voidedAt', 'is', null)
        .where('event.date', '>=', f.from)
        .where('event.date', '<=', f.to)
        .orderBy('enrolment.caseNumber')
        .orderBy('event.date')
        .orderBy('event.createdAt')
        .execute();
      const first = new Map<string, (typeof starts)[number]>();
      for (const s of starts) if (!first.has(s.enrolmentId)) first.set(s.enrolmentId, s);
      const enrolmentIds = [...first.keys()];
      if (enrolmentIds.length === 0) return [];
      const [income, housing] = await Promise.all([
        trx
          .selectFrom('incomeSource')
          .select(['enrolmentId', 'phase', 'source', 'monthly', 'tax'])
          .where('enrolmentId', 'in', enrolmentIds)
          .orderBy('enrolmentId')
          .orderBy('phase')
          .orderBy('position')
          .execute(),
        trx
          .selectFrom('event')
          .select(['enrolmentId', 'data'])
          .where('enrolmentId', 'in', enrolmentIds)
          .where('type', '=', 'housing_support_change')
          .where('voidedAt', 'is', null)
          .where('date', '<=', f.to)
          .orderBy('date')
          .orderBy('createdAt')
          .execute(),
      ]);
      const lastHousing = new Map<string, number>();
      for (const h of housing) {
        const hours = Number(h.data.hoursPerWeek);
        if (Number.isFinite(hours)) lastHousing.set(h.enrolmentId, hours);
      }
      return [...first.values()].map((s) => ({
        enrolmentId: s.enrolmentId,
        programmeId: s.programmeId,
        caseNumber: s.caseNumber,
        housingSupportHours: s.housingSupportHours,
        start: {
          type: s.type as 'job_start' | 'study_start',
          date: s.date,
          data: s.data,
          employerType: s.employerType,
        },
        income: income.filter((i) => i.enrolmentId === s.enrolmentId),
        housingAfter: lastHousing.get(s.enrolmentId) ?? null,
      }));
    },

    /**
     * Share of the enrolments closed in the period that closed to employment or
     * studies (the counterfactual's outcome rate); null when none closed.
     */
    async closedOutcomeRate(f: { programmeIds: readonly string[]; from: string; to: string }) {
      const ids = inScope(f.programmeIds);
      if (ids.length === 0) return null;
      const row = await trx
        .selectFrom('enrolment')
        .select((eb) => [
          eb.fn.countAll<number>().as('closed'),
          eb.fn
            .count<number>('enrolment.id')
            .filterWhere('enrolment.closureReason', 'in', ['employment', 'studies'])
            .as('reached'),
        ])
        .where('enrolment.programmeId', 'in', ids)
        .where('enrolment.closedAt', '>=', f.from)
        .where('enrolment.closedAt', '<=', f.to)
        .executeTakeFirstOrThrow();
      const closed = row.closed;
      return closed > 0 ? { closed, reached: row.reached } : null;
    },
  };
}
