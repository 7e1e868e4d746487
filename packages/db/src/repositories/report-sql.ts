import { sql, type RawBuilder } from 'kysely';
import {
  ageBandPresets,
  otherAgeBand,
  type TAgeBand,
  type TAgeBandPreset,
  type TOutcomeDefinition,
  type TPeriod,
} from '@lots/core';

/*
 * SQL fragments of the outcome reports: the rules of packages/core/src/outcomes
 * (definitions.ts, denominators.ts, age-bands.ts) written as predicates over the
 * aliases of reports.ts — `e` enrolment, `p` programme, `a` association, `s`
 * specialist, `ev` event, `enr` the report population. Every value is a bound
 * parameter; only identifiers from the fixed lists below are spliced in.
 */

/** The dimensions a report can be broken down by (outcomes.md "Breakdowns"). */
export const reportDimensions = [
  'sex',
  'ageBand',
  'reason',
  'programme',
  'association',
  'municipality',
  'referralSource',
  'incomeSource',
  'timeOnSupport',
  'education',
  'diagnosisGroup',
  'specialist',
  'month',
  'quarter',
  'year',
] as const;
export type TReportDimension = (typeof reportDimensions)[number];

/** Which date a calendar-period dimension reads: enrolment for active, closure for closed. */
export type TPeriodDate = 'enrolled_at' | 'closed_at';

const sqlFalse = sql<boolean>`false`;

function bandsOf(bands: TAgeBandPreset | readonly TAgeBand[]): readonly TAgeBand[] {
  return typeof bands === 'string' ? ageBandPresets[bands] : bands;
}

/** Age band at enrolment (enrolment year − birth year), `other` outside every band. */
export function ageBandSql(bands: TAgeBandPreset | readonly TAgeBand[]): RawBuilder<string> {
  const age = sql`(extract(year from e.enrolled_at)::int - e.birth_year)`;
  const whens = bandsOf(bands).map((b) => {
    const lower = b.min === undefined ? sql`true` : sql`${age} >= ${b.min}`;
    const upper = b.max === undefined ? sql`true` : sql`${age} <= ${b.max}`;
    return sql`when ${lower} and ${upper} then ${b.label}::text`;
  });
  if (whens.length === 0) return sql<string>`${otherAgeBand}::text`;
  return sql<string>`(case ${sql.join(whens, sql` `)} else ${otherAgeBand}::text end)`;
}

/**
 * A dimension's value per enrolment. Missing values read `unknown` (or `unassigned`
 * for the specialist) so a breakdown still sums to its total; the closure reason
 * stays null and is left out, as in core's `closuresBreakdown`. Income source at
 * start is the first one recorded, so each enrolment counts once.
 */
export function dimensionSql(
  dimension: TReportDimension,
  options: { ageBands: TAgeBandPreset | readonly TAgeBand[]; periodDate: TPeriodDate },
): RawBuilder<string | null> {
  const date = sql.ref(`e.${options.periodDate}`);
  switch (dimension) {
    case 'sex':
      return sql`e.sex`;
    case 'ageBand':
      return ageBandSql(options.ageBands);
    case 'reason':
      return sql`e.closure_reason`;
    case 'programme':
      return sql`p.key`;
    case 'association':
      return sql`a.key`;
    case 'municipality':
      return sql`e.municipality_code`;
    case 'referralSource':
      return sql`e.referral_source`;
    case 'incomeSource':
      return sql`coalesce((select i.source from income_source i where i.enrolment_id = e.id
        and i.phase = 'baseline' order by i.position limit 1), 'unknown')`;
    case 'timeOnSupport':
      return sql`coalesce(e.time_on_support, 'unknown')`;
    case 'education':
      return sql`e.education`;
    case 'diagnosisGroup':
      return sql`coalesce(e.diagnosis_group, 'unknown')`;
    case 'specialist':
      return sql`coalesce(s.key, 'unassigned')`;
    case 'month':
      return sql`to_char(${date}, 'YYYY-MM')`;
    case 'quarter':
      return sql`to_char(${date}, 'YYYY-"Q"Q')`;
    case 'year':
      return sql`to_char(${date}, 'YYYY')`;
  }
}

function kindSql(rule: boolean | readonly string[] | undefined): RawBuilder<boolean> {
  if (rule === undefined || rule === false) return sqlFalse;
  if (rule === true) return sql`true`;
  if (rule.length === 0) return sqlFalse;
  return sql`(ev.data ->> 'kind') in (${sql.join([...rule])})`;
}

/**
 * Does event `ev` qualify for the definition, dates aside (core `qualifies`)? The
 * programme's minimum hours come from the population column `enr.min_hours`.
 */
export function qualifiesSql(definition: TOutcomeDefinition): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  const rule = definition.jobs;
  if (rule) {
    const conditions: RawBuilder<boolean>[] = [sql`ev.type = 'job_start'`];
    if (rule.competitiveOnly) conditions.push(sql`(ev.data ->> 'competitive') = 'true'`);
    if (rule.subsidyAllowed === false)
      conditions.push(sql`coalesce(ev.data ->> 'subsidy', 'none') = 'none'`);
    const hours = sql`coalesce((ev.data ->> 'hoursPerWeek')::numeric, -1)`;
    if (rule.minHours === undefined || rule.minHours === 'programme')
      conditions.push(sql`(enr.min_hours <= 0 or ${hours} >= enr.min_hours)`);
    else if (rule.minHours > 0) conditions.push(sql`${hours} >= ${rule.minHours}`);
    parts.push(sql`(${sql.join(conditions, sql` and `)})`);
  }
  const studies = kindSql(definition.studies);
  if (studies !== sqlFalse) parts.push(sql`(ev.type = 'study_start' and ${studies})`);
  const placements = kindSql(definition.placements);
  if (placements !== sqlFalse) parts.push(sql`(ev.type = 'placement_start' and ${placements})`);
  if (parts.length === 0) return sqlFalse;
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Population filter of a denominator that does not depend on the outcome. */
export function populationSql(
  population: 'enrolled_in_period' | 'closed_in_period' | 'started_in_period',
  period: TPeriod,
  alias = 'e',
): RawBuilder<boolean> {
  const enrolled = sql.ref(`${alias}.enrolled_at`);
  const closed = sql.ref(`${alias}.closed_at`);
  switch (population) {
    case 'enrolled_in_period':
      return sql`(${enrolled} <= ${period.to}::date and (${closed} is null or ${closed} >= ${period.from}::date))`;
    case 'closed_in_period':
      return sql`(${closed} >= ${period.from}::date and ${closed} <= ${period.to}::date)`;
    case 'started_in_period':
      return sql`(${enrolled} >= ${period.from}::date and ${enrolled} <= ${period.to}::date)`;
  }
}
