import { sql, type RawBuilder, type Transaction } from 'kysely';
import { AppError } from '@lots/core';
import { copyTextPieces, type TCopyFrom } from '../copy.ts';
import type { Database } from '../schema.ts';
import { beginInitialLoad, type TInitialLoad, type TLoadedTable } from './dataset-initial-load.ts';

/*
 * Set-based writes of participant entries for `lots import` (issue 7: the national
 * dataset, ~6.6 M events): each call writes a whole chunk of rows in one statement,
 * `insert … select … from json_to_recordset($1)`. One parameter per statement, so
 * PostgreSQL's limit of 65 535 bind parameters never applies, and the same SQL runs
 * on PGlite and on a server. Every write is an upsert on the document's keys, inside
 * the import's single transaction, like the row-by-row writes in dataset-writer.ts.
 * Rows are inserted in the order given (`with ordinality`), which the caller relies
 * on for a person's closed enrolment to be written before their new open one.
 *
 * On a server (`copyFrom` given) the biggest tables' rows (events, follow-ups, income
 * sources) reach PostgreSQL by COPY into a temporary staging table instead, read by
 * the same `insert … select` (COPY cannot write into a table with row-level security
 * for a role subject to it; the insert checks every row against the policies as
 * before). Parsing COPY's text is several times cheaper than json_to_recordset. On an
 * initial load, those rows are copied straight into their tables (dataset-initial-load.ts).
 */

type TColumn = readonly [name: string, type: string];

/** The rows (objects keyed by column name) as a table `x(columns…, n)`, n = position. */
function recordset(rows: readonly Record<string, unknown>[], columns: readonly TColumn[]) {
  const definition = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  const list = columns.map(([name]) => name).join(', ');
  return sql`rows from (json_to_recordset(${JSON.stringify(rows)}::json) as (${sql.raw(definition)})) with ordinality as x(${sql.raw(list)}, n)`;
}

/**
 * Temporary tables (dropped at commit) that a chunk is copied into, then read in
 * order as `x(columns…, n)` like `recordset`. Each is emptied before the next chunk.
 */
function createStaging(trx: Transaction<Database>, copyFrom: TCopyFrom) {
  const created = new Set<string>();
  return async (
    table: string,
    rows: readonly Record<string, unknown>[],
    columns: readonly TColumn[],
  ): Promise<RawBuilder<unknown>> => {
    const stage = `lots_stage_${table}`;
    if (created.has(stage)) {
      await sql.raw(`truncate ${stage}`).execute(trx);
    } else {
      const definition = columns.map(([name, type]) => `${name} ${type}`).join(', ');
      await sql
        .raw(
          `create temporary table ${stage} (${definition}, n bigint generated always as identity) on commit drop`,
        )
        .execute(trx);
      created.add(stage);
    }
    await copyFrom(`copy ${stage} (${names(columns)}) from stdin`, copyTextPieces(rows, columns));
    return sql`${sql.raw(stage)} as x`;
  };
}

const names = (columns: readonly TColumn[]) => columns.map(([name]) => name).join(', ');

export type TBulkIdentity = {
  participantId: string;
  programmeId: string;
  nameEnc: string | null;
  personalNumberEnc: string | null;
  personalNumberHmac: string | null;
  phoneEnc: string | null;
  emailEnc: string | null;
};

/** An enrolment row by its column names (snake_case), as the recordset reads it. */
export type TBulkEnrolment = Record<(typeof enrolmentColumns)[number][0], unknown>;

export const enrolmentColumns = [
  ['programme_id', 'uuid'],
  ['participant_id', 'uuid'],
  ['key', 'text'],
  ['case_number', 'text'],
  ['status', 'text'],
  ['sex', 'text'],
  ['birth_year', 'integer'],
  ['municipality_code', 'text'],
  ['education', 'text'],
  ['referral_date', 'date'],
  ['referral_source', 'text'],
  ['referral_officer', 'text'],
  ['referral_organisation', 'text'],
  ['queue_priority', 'integer'],
  ['queue_accepted_at', 'date'],
  ['declined_at', 'date'],
  ['declined_reason', 'text'],
  ['withdrawn_at', 'date'],
  ['withdrawn_reason', 'text'],
  ['enrolled_at', 'date'],
  ['specialist_id', 'uuid'],
  ['consent_date', 'date'],
  ['consent_participation', 'boolean'],
  ['consent_hand_back', 'boolean'],
  ['consent_survey', 'boolean'],
  ['consent_withdrawn_at', 'date'],
  ['time_on_support', 'text'],
  ['housing_support_hours', 'numeric'],
  ['diagnosis_group', 'text'],
  ['goal', 'text'],
  ['network_agencies', 'text[]'],
  ['preferences', 'text'],
  ['closed_at', 'date'],
  ['closure_reason', 'text'],
  ['closure_summary', 'text'],
  ['hand_back_to', 'text'],
] as const satisfies readonly TColumn[];

const identityColumns = [
  ['participant_id', 'uuid'],
  ['programme_id', 'uuid'],
  ['name_enc', 'text'],
  ['personal_number_enc', 'text'],
  ['personal_number_hmac', 'text'],
  ['phone_enc', 'text'],
  ['email_enc', 'text'],
] as const satisfies readonly TColumn[];

const incomeColumns = [
  ['programme_id', 'uuid'],
  ['enrolment_id', 'uuid'],
  ['phase', 'text'],
  ['position', 'integer'],
  ['source', 'text'],
  ['monthly', 'numeric'],
  ['tax', 'numeric'],
] as const satisfies readonly TColumn[];

const eventColumns = [
  ['programme_id', 'uuid'],
  ['enrolment_id', 'uuid'],
  ['type', 'text'],
  ['date', 'date'],
  ['specialist_id', 'uuid'],
  ['employer_id', 'uuid'],
  ['data', 'jsonb'],
  ['source_ref', 'text'],
  ['voided_reason', 'text'],
] as const satisfies readonly TColumn[];

const followUpColumns = [
  ['programme_id', 'uuid'],
  ['enrolment_id', 'uuid'],
  ['months', 'integer'],
  ['date', 'date'],
  ['status', 'text'],
  ['income_sources', 'jsonb'],
  ['note', 'text'],
  ['source_ref', 'text'],
] as const satisfies readonly TColumn[];

type TRow<C extends readonly TColumn[]> = Record<C[number][0], unknown>;

export type TBulkIncome = TRow<typeof incomeColumns>;
export type TBulkEvent = TRow<typeof eventColumns>;
export type TBulkFollowUp = TRow<typeof followUpColumns>;

/** `a = excluded.a, …` for every column but the conflict target. */
function excludedSet(columns: readonly TColumn[], except: readonly string[]) {
  return columns
    .filter(([name]) => !except.includes(name))
    .map(([name]) => `${name} = excluded.${name}`)
    .join(', ');
}

export function createDatasetBulkWriter(trx: Transaction<Database>, copyFrom?: TCopyFrom) {
  const stage = copyFrom ? createStaging(trx, copyFrom) : undefined;
  /** The rows as `x(columns…, n)`: staged by COPY on a server, else a JSON recordset. */
  const source = async (
    table: string,
    rows: readonly Record<string, unknown>[],
    columns: readonly TColumn[],
  ) => (stage ? stage(table, rows, columns) : recordset(rows, columns));
  let initialLoad: TInitialLoad | undefined;
  /**
   * An initial load's rows of `table`, by COPY straight into it (dataset-initial-load.ts);
   * `voided_at` is the transaction's time for a row with a `voided_reason`.
   */
  const load = async (
    table: TLoadedTable,
    rows: readonly Record<string, unknown>[],
    columns: readonly TColumn[],
  ) => {
    if (!copyFrom || !initialLoad) throw new AppError('INTERNAL', 'not an initial load');
    const now = initialLoad.now;
    const voided = columns.some(([name]) => name === 'voided_reason');
    const loaded = voided
      ? rows.map((r) => (r.voided_reason == null ? r : { ...r, voided_at: now }))
      : rows;
    const all: readonly TColumn[] = voided ? [...columns, ['voided_at', 'timestamptz']] : columns;
    await copyFrom(`copy ${table} (${names(all)}) from stdin`, copyTextPieces(loaded, all));
  };
  return {
    /**
     * Server only: when the database has no participant data yet, drops the indexes
     * and foreign keys of the big tables until `finishInitialLoad` (dataset-initial-load.ts).
     * Returns whether it did.
     */
    async beginInitialLoad(): Promise<boolean> {
      if (!copyFrom || initialLoad) return false;
      initialLoad = await beginInitialLoad(trx);
      return initialLoad !== undefined;
    },

    /** Creates again, checking every row, what `beginInitialLoad` dropped. */
    async finishInitialLoad(): Promise<void> {
      const load = initialLoad;
      initialLoad = undefined;
      await load?.finish();
    },

    /** Participants (people per programme) by key; returns the id of each, new or existing. */
    async upsertParticipants(rows: readonly { programme_id: string; key: string }[]) {
      if (rows.length === 0) return [];
      const cols = [
        ['programme_id', 'uuid'],
        ['key', 'text'],
      ] as const;
      const result = await sql<{ id: string; programmeId: string; key: string }>`
        insert into participant (programme_id, key)
        select ${sql.raw(names(cols))} from ${recordset(rows, cols)} order by n
        on conflict (programme_id, key) do update set key = excluded.key
        returning id, programme_id, key`.execute(trx);
      return result.rows;
    },

    /** Encrypted identities, one row per participant (the last given wins). */
    async upsertIdentities(rows: readonly TBulkIdentity[]) {
      if (rows.length === 0) return;
      const json = rows.map((i) => ({
        participant_id: i.participantId,
        programme_id: i.programmeId,
        name_enc: i.nameEnc,
        personal_number_enc: i.personalNumberEnc,
        personal_number_hmac: i.personalNumberHmac,
        phone_enc: i.phoneEnc,
        email_enc: i.emailEnc,
      }));
      await sql`
        insert into participant_identity (${sql.raw(names(identityColumns))}, updated_at)
        select ${sql.raw(names(identityColumns))}, now() from ${recordset(json, identityColumns)} order by n
        on conflict (participant_id) do update set
          ${sql.raw(excludedSet(identityColumns, ['participant_id', 'programme_id']))},
          updated_at = now()`.execute(trx);
    },

    /** Case numbers of enrolments that already exist, by programme and key. */
    async existingCaseNumbers(rows: readonly { programme_id: string; key: string }[]) {
      if (rows.length === 0) return [];
      const cols = [
        ['programme_id', 'uuid'],
        ['key', 'text'],
      ] as const;
      const result = await sql<{ programmeId: string; key: string; caseNumber: string }>`
        select e.programme_id, e.key, e.case_number
        from ${recordset(rows, cols)}
        join enrolment e on e.programme_id = x.programme_id and e.key = x.key`.execute(trx);
      return result.rows;
    },

    /**
     * Enrolments by programme and key, in the order given; returns the id of each and
     * whether it was inserted now (`xmax = 0`: no earlier version was updated).
     */
    async upsertEnrolments(rows: readonly TBulkEnrolment[]) {
      if (rows.length === 0) return [];
      const result = await sql<{ id: string; programmeId: string; key: string; inserted: boolean }>`
        insert into enrolment (${sql.raw(names(enrolmentColumns))}, updated_at)
        select ${sql.raw(names(enrolmentColumns))}, now() from ${await source('enrolment', rows, enrolmentColumns)} order by n
        on conflict (programme_id, key) do update set
          ${sql.raw(excludedSet(enrolmentColumns, ['programme_id', 'key']))},
          updated_at = now()
        returning id, programme_id, key, (xmax = 0) as inserted`.execute(trx);
      return result.rows;
    },

    /** Replaces every income source of the enrolments `replaced` with `rows`. */
    async replaceIncomeSources(replaced: readonly string[], rows: readonly TBulkIncome[]) {
      if (replaced.length > 0) {
        await sql`
          delete from income_source
          where enrolment_id in (select value::uuid from json_array_elements_text(${JSON.stringify(replaced)}::json))`.execute(
          trx,
        );
      }
      if (rows.length === 0) return;
      if (initialLoad) {
        await load('income_source', rows, incomeColumns);
        return;
      }
      await sql`
        insert into income_source (${sql.raw(names(incomeColumns))})
        select ${sql.raw(names(incomeColumns))} from ${await source('income_source', rows, incomeColumns)} order by n`.execute(
        trx,
      );
    },

    /**
     * Events by their content reference; a re-import voids what the document voids,
     * and never un-voids or deletes. `fresh`: the enrolments were created in this
     * chunk, so nothing can match and the rows are inserted without the conflict check.
     */
    async upsertEvents(rows: readonly TBulkEvent[], fresh = false) {
      if (rows.length === 0) return;
      // An initial load has no unique keys to match on; its enrolments are all new.
      if (initialLoad) {
        if (!fresh)
          throw new AppError('INTERNAL', 'an initial load met an enrolment that was already there');
        await load('event', rows, eventColumns);
        return;
      }
      const insert = sql`
        insert into event (${sql.raw(names(eventColumns))}, voided_at)
        select ${sql.raw(names(eventColumns))}, case when voided_reason is null then null else now() end
        from ${await source('event', rows, eventColumns)} order by n`;
      if (fresh) {
        await insert.execute(trx);
        return;
      }
      await sql`${insert}
        on conflict (enrolment_id, source_ref) do update set
          voided_reason = coalesce(event.voided_reason, excluded.voided_reason),
          voided_at = coalesce(event.voided_at, excluded.voided_at)`.execute(trx);
    },

    /** Follow-ups by their content reference; one already there is left as it is. */
    async upsertFollowUps(rows: readonly TBulkFollowUp[], fresh = false) {
      if (rows.length === 0) return;
      if (initialLoad) {
        if (!fresh)
          throw new AppError('INTERNAL', 'an initial load met an enrolment that was already there');
        await load('follow_up', rows, followUpColumns);
        return;
      }
      await sql`
        insert into follow_up (${sql.raw(names(followUpColumns))})
        select ${sql.raw(names(followUpColumns))} from ${await source('follow_up', rows, followUpColumns)} order by n
        ${sql.raw(fresh ? '' : 'on conflict (enrolment_id, source_ref) do nothing')}`.execute(trx);
    },
  };
}

export type TDatasetBulkWriter = ReturnType<typeof createDatasetBulkWriter>;
