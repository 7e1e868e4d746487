import { sql, type Insertable, type Transaction } from 'kysely';
import type { Database, EnrolmentTable } from '../schema.ts';

/**
 * Bulk writes for `lots import`, run in the system scope inside the import's single
 * transaction. Every write is an upsert on the document's keys, so re-importing the
 * same document changes nothing.
 */
export function createDatasetWriter(trx: Transaction<Database>) {
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

    async upsertParticipant(p: { programmeId: string; key: string }) {
      const row = await trx
        .insertInto('participant')
        .values(p)
        .onConflict((oc) => oc.columns(['programmeId', 'key']).doUpdateSet({ key: p.key }))
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async upsertIdentity(i: {
      participantId: string;
      programmeId: string;
      nameEnc: string | null;
      personalNumberEnc: string | null;
      personalNumberHmac: string | null;
      phoneEnc: string | null;
      emailEnc: string | null;
    }) {
      const { participantId: _p, programmeId: _g, ...update } = i;
      await trx
        .insertInto('participantIdentity')
        .values({ ...i, updatedAt: new Date() })
        .onConflict((oc) =>
          oc.column('participantId').doUpdateSet({ ...update, updatedAt: new Date() }),
        )
        .execute();
    },

    async findEnrolmentByKey(programmeId: string, key: string) {
      return trx
        .selectFrom('enrolment')
        .select(['id', 'caseNumber'])
        .where('programmeId', '=', programmeId)
        .where('key', '=', key)
        .executeTakeFirst();
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

    async upsertEnrolment(e: Insertable<EnrolmentTable>) {
      const { programmeId: _p, key: _k, ...update } = e;
      const row = await trx
        .insertInto('enrolment')
        .values(e)
        .onConflict((oc) =>
          oc.columns(['programmeId', 'key']).doUpdateSet({ ...update, updatedAt: new Date() }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async replaceIncomeSources(
      enrolmentId: string,
      programmeId: string,
      rows: {
        phase: 'baseline' | 'exit';
        position: number;
        source: string;
        monthly: number | null;
        tax: number | null;
      }[],
    ) {
      await trx.deleteFrom('incomeSource').where('enrolmentId', '=', enrolmentId).execute();
      if (rows.length > 0) {
        await trx
          .insertInto('incomeSource')
          .values(rows.map((r) => ({ ...r, enrolmentId, programmeId })))
          .execute();
      }
    },

    async upsertEvents(
      rows: {
        programmeId: string;
        enrolmentId: string;
        type: string;
        date: string;
        specialistId: string | null;
        employerId: string | null;
        data: string;
        sourceRef: string;
        voidedReason: string | null;
      }[],
    ) {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000).map(({ voidedReason, ...r }) => ({
          ...r,
          voidedReason,
          voidedAt: voidedReason === null ? null : new Date(),
        }));
        await trx
          .insertInto('event')
          .values(chunk)
          .onConflict((oc) =>
            oc.columns(['enrolmentId', 'sourceRef']).doUpdateSet({
              // Voiding in a re-import voids; an event is never un-voided or deleted here.
              voidedReason: sql`coalesce(event.voided_reason, excluded.voided_reason)`,
              voidedAt: sql`coalesce(event.voided_at, excluded.voided_at)`,
            }),
          )
          .execute();
      }
    },

    async upsertFollowUps(
      rows: {
        programmeId: string;
        enrolmentId: string;
        months: number | null;
        date: string;
        status: string;
        incomeSources: string | null;
        note?: string | null;
        sourceRef: string;
      }[],
    ) {
      if (rows.length === 0) return;
      await trx
        .insertInto('followUp')
        .values(rows)
        .onConflict((oc) => oc.columns(['enrolmentId', 'sourceRef']).doNothing())
        .execute();
    },
  };
}

export type TDatasetWriter = ReturnType<typeof createDatasetWriter>;
