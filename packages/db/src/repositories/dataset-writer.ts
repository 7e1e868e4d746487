import type { Transaction } from 'kysely';
import type { TCopyFrom } from '../copy.ts';
import type { Database } from '../schema.ts';
import { createDatasetBulkWriter } from './dataset-bulk-writer.ts';

/**
 * Writes for `lots import`, run in the system scope inside the import's single
 * transaction. Every write is an upsert on the document's keys, so re-importing the
 * same document changes nothing. The few organisation rows go one by one; participant
 * entries go a chunk at a time (dataset-bulk-writer.ts).
 */
export function createDatasetWriter(trx: Transaction<Database>, copyFrom?: TCopyFrom) {
  return {
    async upsertAssociation(a: { key: string; name: string }) {
      const row = await trx
        .insertInto('association')
        .values(a)
        .onConflict((oc) => oc.column('key').doUpdateSet({ name: a.name }))
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async upsertProgramme(p: {
      key: string;
      name: string;
      associationId: string;
      parentId: string | null;
      municipalityCode: string | null;
      closureAfterDays: number;
      minHoursPerWeekForEmployment: number;
      followUpMonths: number[];
      retentionYears: number;
      caseNumberPrefix: string | null;
      priorityRules: string;
    }) {
      const { key: _key, ...update } = p;
      const row = await trx
        .insertInto('programme')
        .values(p)
        .onConflict((oc) => oc.column('key').doUpdateSet(update))
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async upsertTarget(t: {
      programmeId: string;
      year: number;
      enrolments: number | null;
      rates: string;
    }) {
      await trx
        .insertInto('programmeTarget')
        .values(t)
        .onConflict((oc) =>
          oc
            .columns(['programmeId', 'year'])
            .doUpdateSet({ enrolments: t.enrolments, rates: t.rates }),
        )
        .execute();
    },

    async upsertOutcomeDefinition(d: {
      associationId: string;
      programmeId: string | null;
      key: string;
      label: string;
      definition: string;
    }) {
      await trx
        .insertInto('outcomeDefinition')
        .values(d)
        .onConflict((oc) =>
          oc
            .columns(['associationId', 'programmeId', 'key'])
            .doUpdateSet({ label: d.label, definition: d.definition }),
        )
        .execute();
    },

    async upsertTeam(t: { programmeId: string; key: string; name: string }) {
      const row = await trx
        .insertInto('team')
        .values(t)
        .onConflict((oc) => oc.columns(['programmeId', 'key']).doUpdateSet({ name: t.name }))
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async upsertSpecialist(s: {
      programmeId: string;
      key: string;
      name: string;
      fte: number;
      teamId: string | null;
    }) {
      const row = await trx
        .insertInto('specialist')
        .values(s)
        .onConflict((oc) =>
          oc
            .columns(['programmeId', 'key'])
            .doUpdateSet({ name: s.name, fte: s.fte, teamId: s.teamId }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async upsertEmployer(e: {
      associationId: string;
      key: string;
      name: string;
      orgNumber: string | null;
      industry: string | null;
      type: string | null;
    }) {
      const { associationId: _a, key: _k, ...update } = e;
      const row = await trx
        .insertInto('employer')
        .values(e)
        .onConflict((oc) => oc.columns(['associationId', 'key']).doUpdateSet(update))
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

    ...createDatasetBulkWriter(trx, copyFrom),
  };
}

export type TDatasetWriter = ReturnType<typeof createDatasetWriter>;
