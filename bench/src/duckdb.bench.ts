import { createReadStream } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { selfSupportIncomeSources, standardOutcomeDefinitions } from '@lots/core';
import type { TDataset } from '@lots/contracts';
import {
  getOutcomeReport,
  getParticipantsReport,
  readDatasetDocument,
  type TLots,
  type TReportTarget,
} from '@lots/services';
import type { TDatasetPlan } from './generate.ts';
import { reportCases } from './reports.bench.ts';
import type { TBenchResult } from './results.ts';
import { measure, timeMs } from './stats.ts';

/*
 * The reference of issue 7 part 2: the same aggregate questions as Lots' outcome
 * overview and participant table, over the same rows, in DuckDB (in memory, one
 * process, columnar and vectorised). The SQL below is written anew from outcomes.md,
 * not generated from Lots' report SQL, so that the count check compares two
 * independent readings of the rules; a benchmark of a different question is worthless,
 * so the bench fails when a count differs.
 */

const schema = `
  create table enrolment (id varchar, programme varchar, association varchar, sex varchar,
    birth_year integer, enrolled_at date, closed_at date, closure_reason varchar, min_hours double);
  create table event (enrolment_id varchar, type varchar, date date, kind varchar,
    competitive boolean, subsidy varchar, hours double, voided boolean);
  create table income_source (enrolment_id varchar, phase varchar, position integer, source varchar);`;

type TParticipantEntry = TDataset['participants'][number];

/**
 * What every enrolment, event and exit income looks like in DuckDB (only the columns
 * the reports read), read from the dataset file entry by entry as `lots import` reads
 * it: the national file is beyond what one JSON.parse can hold.
 */
export async function loadDuckDb(
  file: string,
): Promise<{ db: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const close = () => {
    db.closeSync();
    instance.closeSync();
  };
  await db.run(schema);
  let programmes = new Map<string, TDataset['programmes'][number]>();
  const enrolments = await db.createAppender('enrolment');
  const events = await db.createAppender('event');
  const incomes = await db.createAppender('income_source');
  const text = (a: typeof events, v: string | undefined | null) =>
    v === undefined || v === null ? a.appendNull() : a.appendVarchar(v);
  for await (const item of readDatasetDocument(createReadStream(file))) {
    if (item.kind === 'member' && item.key === 'programmes') {
      const list = item.value as TDataset['programmes'];
      programmes = new Map(list.map((p) => [p.key, p]));
    }
    if (item.kind !== 'participant') continue;
    const p = item.value as TParticipantEntry;
    const programme = programmes.get(p.programme);
    if (!programme) throw new Error(`participant ${p.key}: unknown programme ${p.programme}`);
    enrolments.appendVarchar(p.key);
    enrolments.appendVarchar(p.programme);
    enrolments.appendVarchar(programme.association);
    enrolments.appendVarchar(p.sex);
    enrolments.appendInteger(p.birthYear);
    text(enrolments, p.enrolledAt); // cast to date by the appender
    text(enrolments, p.closure?.date);
    text(enrolments, p.closure?.reason);
    enrolments.appendDouble(programme.minHoursPerWeekForEmployment);
    enrolments.endRow();
    for (const e of p.events) {
      events.appendVarchar(p.key);
      events.appendVarchar(e.type);
      events.appendVarchar(e.date);
      text(events, 'kind' in e ? e.kind : null);
      if ('competitive' in e) events.appendBoolean(e.competitive);
      else events.appendNull();
      text(events, 'subsidy' in e ? e.subsidy : null);
      if ('hoursPerWeek' in e && e.hoursPerWeek !== undefined) events.appendDouble(e.hoursPerWeek);
      else events.appendNull();
      events.appendBoolean(e.voided !== undefined);
      events.endRow();
    }
    const phases = [
      ['baseline', p.baseline?.incomeSources ?? []],
      ['exit', p.closure?.exitIncomeSources ?? []],
    ] as const;
    for (const [phase, list] of phases) {
      list.forEach((income, position) => {
        incomes.appendVarchar(p.key);
        incomes.appendVarchar(phase);
        incomes.appendInteger(position);
        incomes.appendVarchar(income.source);
        incomes.endRow();
      });
    }
  }
  for (const a of [enrolments, events, incomes]) a.closeSync();
  return { db, close };
}

type TScopeFilter = { sql: string; values: DuckDBValue[] };

function scopeOf(target: TReportTarget): TScopeFilter {
  if (target.programme) return { sql: 'programme = $3', values: [target.programme] };
  if (target.association) return { sql: 'association = $3', values: [target.association] };
  return { sql: 'true', values: [] };
}

const list = (items: readonly string[]) => items.map((i) => `'${i}'`).join(', ');

/** The population of both reports: enrolments active at some time in the period. */
const population = (scope: TScopeFilter) => `
  select * from enrolment
  where ${scope.sql} and enrolled_at is not null
    and enrolled_at <= $2::date and (closed_at is null or closed_at >= $1::date)`;

/**
 * Outcome overview (outcomes.md standard report 1) with the default denominator,
 * `closed_in_period`: per sex the denominator and the count reaching each standard
 * definition, the unknown exits of `self_support`, and the enrolments started in the
 * period (the target line of a programme-year).
 */
function outcomeSql(scope: TScopeFilter): string {
  const hoursOk = `(enr.min_hours <= 0 or coalesce(ev.hours, -1) >= enr.min_hours)`;
  const job = `(ev.type = 'job_start' and ${hoursOk})`;
  return `
  with enr as (${population(scope)}),
  q as (
    select ev.enrolment_id,
      min(ev.date) filter (where ${job} and ev.competitive and coalesce(ev.subsidy, 'none') = 'none') as competitive_employment,
      min(ev.date) filter (where ${job}) as employment,
      min(ev.date) filter (where ev.type = 'study_start') as studies,
      min(ev.date) filter (where ${job} or ev.type = 'study_start') as employment_or_studies,
      min(ev.date) filter (where ev.type in ('job_start', 'study_start', 'placement_start')) as occupation
    from event ev join enr on enr.id = ev.enrolment_id
    where not ev.voided and ev.date >= enr.enrolled_at
      and ev.date <= least(coalesce(enr.closed_at, $2::date), $2::date)
    group by ev.enrolment_id
  ),
  inc as (
    select i.enrolment_id, count(*) as exit_n,
      count(*) filter (where i.source not in (${list(selfSupportIncomeSources)})) as bad
    from income_source i semi join enr on enr.id = i.enrolment_id
    where i.phase = 'exit'
    group by i.enrolment_id
  ),
  flagged as (
    select enr.sex, enr.closed_at between $1::date and $2::date as member,
      enr.enrolled_at between $1::date and $2::date as started,
      enr.closed_at <= $2::date as closed_by_end, q.*, coalesce(inc.exit_n, 0) as exit_n,
      coalesce(inc.bad, 0) as bad
    from enr left join q on q.enrolment_id = enr.id left join inc on inc.enrolment_id = enr.id
  )
  select sex, count(*) filter (where member) as n,
    count(*) filter (where member and competitive_employment is not null) as competitive_employment,
    count(*) filter (where member and employment is not null) as employment,
    count(*) filter (where member and studies is not null) as studies,
    count(*) filter (where member and employment_or_studies is not null) as employment_or_studies,
    count(*) filter (where member and occupation is not null) as occupation,
    count(*) filter (where member and closed_by_end and exit_n > 0 and bad = 0) as self_support,
    count(*) filter (where member and closed_by_end and exit_n = 0) as self_support_unknown,
    count(*) filter (where started) as started
  from flagged group by sex order by sex`;
}

/** SUS-style participant table (standard report 2): active in the period by sex × `sus` age band. */
function participantSql(scope: TScopeFilter): string {
  return `
  with enr as (${population(scope)})
  select sex, case
      when age between 16 and 29 then '16-29' when age between 30 and 39 then '30-39'
      when age between 40 and 49 then '40-49' when age between 50 and 59 then '50-59'
      when age >= 60 then '60+' else 'other' end as age_band,
    count(*) as n
  from (select sex, year(enrolled_at) - birth_year as age from enr)
  group by all order by all`;
}

type TRow = Record<string, DuckDBValue>;

async function rows(db: DuckDBConnection, sql: string, values: DuckDBValue[]): Promise<TRow[]> {
  return (await db.runAndReadAll(sql, values)).getRowObjects();
}

const outcomeIds = standardOutcomeDefinitions.map((d) => d.id);

/** The overview as `{definition: {sex: [count, denominator]}}` plus unknown and started. */
function duckOutcome(result: TRow[]) {
  const bySex: Record<string, Record<string, [number, number]>> = {};
  let unknown = 0;
  let started = 0;
  for (const row of result) {
    const n = Number(row.n);
    unknown += Number(row.self_support_unknown);
    started += Number(row.started);
    for (const id of outcomeIds) {
      if (n > 0) (bySex[id] ??= {})[String(row.sex)] = [Number(row[id]), n];
    }
  }
  return { bySex, unknown, started };
}

async function lotsOutcome(lots: TLots, target: TReportTarget) {
  const report = await getOutcomeReport(lots, { kind: 'system' }, target);
  const bySex: Record<string, Record<string, [number, number]>> = {};
  for (const row of report.rows) {
    if (row.own) continue;
    for (const [sex, c] of Object.entries(row.bySex)) {
      (bySex[row.outcome] ??= {})[sex] = [Number(c.count), Number(c.denominator)];
    }
  }
  return {
    bySex,
    unknown: Number(report.unknown.self_support ?? 0),
    ...(report.targets ? { started: Number(report.targets.started) } : {}),
  };
}

const sorted = (o: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));

/** Throws, naming the case, when DuckDB and Lots count differently. */
export async function checkSameCounts(
  db: DuckDBConnection,
  lots: TLots,
  name: string,
  target: TReportTarget,
  period: { from: string; to: string },
): Promise<string> {
  const scope = scopeOf(target);
  const values = [period.from, period.to, ...scope.values];
  const duck = duckOutcome(await rows(db, outcomeSql(scope), values));
  const ours = await lotsOutcome(lots, target);
  const mismatch: string[] = [];
  for (const id of outcomeIds) {
    const a = sorted(duck.bySex[id] ?? {});
    const b = sorted(ours.bySex[id] ?? {});
    if (a !== b) mismatch.push(`${id}: DuckDB ${a}, Lots ${b}`);
  }
  if (duck.unknown !== ours.unknown)
    mismatch.push(`self_support unknown: DuckDB ${duck.unknown}, Lots ${ours.unknown}`);
  if (ours.started !== undefined && duck.started !== ours.started)
    mismatch.push(`started: DuckDB ${duck.started}, Lots ${ours.started}`);
  const table = await rows(db, participantSql(scope), values);
  const report = await getParticipantsReport(lots, { kind: 'system' }, target);
  const key = (sex: unknown, band: unknown, n: number) => `${String(sex)}/${String(band)}=${n}`;
  const a = table.map((r) => key(r.sex, r.age_band, Number(r.n))).sort();
  const b = report.rows.map((r) => key(r.sex, r.ageBand, Number(r.count))).sort();
  if (a.join() !== b.join())
    mismatch.push(`participant table: DuckDB ${a.join(' ')}, Lots ${b.join(' ')}`);
  if (mismatch.length > 0) {
    throw new Error(
      `DuckDB and Lots count differently for ${name} (${JSON.stringify(target)}):\n  ${mismatch.join('\n  ')}`,
    );
  }
  const occupation = Object.values(duck.bySex.occupation ?? {});
  const closed = occupation.reduce((n, [, d]) => n + d, 0);
  const reached = occupation.reduce((n, [c]) => n + c, 0);
  const active = table.reduce((n, r) => n + Number(r.n), 0);
  return `${active} active, ${closed} closed, ${reached} reached occupation`;
}

/**
 * Loads the dataset file into DuckDB, checks every case's counts against Lots (the
 * `lots` given, already holding the same import, on `engine`) and, when `runs` > 0,
 * times both reports in DuckDB.
 */
export async function benchDuckDb(
  file: string,
  lots: { lots: TLots; engine: string },
  plan: TDatasetPlan,
  size: string,
  runs: number,
  log: (line: string) => void,
): Promise<TBenchResult[]> {
  const { ms: loadMs, value: loaded } = await timeMs(() => loadDuckDb(file));
  const { db } = loaded;
  log(`duckdb ${size}: loaded in ${Math.round(loadMs)} ms`);
  const results: TBenchResult[] = [];
  try {
    for (const { name, target } of reportCases(plan)) {
      const period = { from: target.from ?? '', to: target.to ?? '' };
      const counted = await checkSameCounts(db, lots.lots, name, target, period);
      log(`duckdb ${size} ${name}: same counts as Lots on ${lots.engine} (${counted})`);
      if (runs === 0) continue;
      const scope = scopeOf(target);
      const values = [period.from, period.to, ...scope.values];
      const base = { engine: 'duckdb', size, case: name, unit: 'ms', extra: { loadMs } };
      const outcome = await measure(runs, () => rows(db, outcomeSql(scope), values));
      results.push({ benchmark: 'outcome-overview', ...base, stats: outcome });
      const table = await measure(runs, () => rows(db, participantSql(scope), values));
      results.push({ benchmark: 'participant-table', ...base, stats: table });
    }
  } finally {
    loaded.close();
  }
  return results;
}
