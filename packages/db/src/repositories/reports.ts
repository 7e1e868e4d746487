import { sql, type RawBuilder, type Transaction } from 'kysely';
import type {
  TAgeBand,
  TAgeBandPreset,
  TDenominatorId,
  TOutcomeDefinition,
  TPeriod,
} from '@lots/core';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { createReportSettingsQueries } from './report-settings.ts';
import { createTimeMeasureQueries } from './report-time.ts';
import {
  dimensionSql,
  populationSql,
  qualifiesSql,
  type TPeriodDate,
  type TReportDimension,
} from './report-sql.ts';

export { reportDimensions, type TReportDimension } from './report-sql.ts';

/** Counts of one outcome definition in one group: denominator, reached, unknown. */
export type TDefinitionCounts = { denominator: number; count: number; unknown: number };

/** One group of an outcome count: the dimension values (sex always) and one entry per definition. */
export type TOutcomeCountGroup = {
  values: Record<string, string>;
  counts: TDefinitionCounts[];
};

type TBreakdownInput = {
  programmeIds: readonly string[];
  period: TPeriod;
  by: readonly TReportDimension[];
  ageBands?: TAgeBandPreset | readonly TAgeBand[];
};

/** Outcome reports computed in PostgreSQL (outcomes.md; the same SQL on PGlite and a server). */
export function createReportRepository(trx: Transaction<Database>, scope: TScope) {
  // Never wider than the scope, whatever the caller passes (RLS is the second wall).
  const inScope = (ids: readonly string[]) =>
    scope.kind === 'system' ? [...ids] : ids.filter((id) => scope.programmeIds.includes(id));

  /** The report population: enrolments (not referrals) active at some time in the period. */
  const population = (ids: string[], period: TPeriod, dims: RawBuilder<unknown>[]) => sql`
    select e.id, e.sex, e.enrolled_at, e.closed_at, e.closure_reason,
      p.min_hours_per_week_for_employment as min_hours
      ${sql.join(
        dims.map((d, i) => sql`, ${d} as ${sql.ref(`v${i}`)}`),
        sql``,
      )}
    from enrolment e
    join programme p on p.id = e.programme_id
    join association a on a.id = p.association_id
    left join specialist s on s.id = e.specialist_id
    where e.programme_id in (${sql.join(ids)}) and e.enrolled_at is not null
      and ${populationSql('enrolled_in_period', period)}`;

  return {
    /**
     * Per definition × group: denominator, reached and unknown counts (outcomes.md
     * "Outcome definitions", "Denominators"). One pass over `event` (first
     * qualifying date per definition with `min(date) filter`) and one over
     * `income_source` (exit income per definition); the rest is `count(*) filter`.
     * Groups are sex plus the `by` dimensions.
     */
    async outcomeCounts(input: {
      programmeIds: readonly string[];
      period: TPeriod;
      denominator: TDenominatorId;
      definitions: readonly TOutcomeDefinition[];
      by?: readonly TReportDimension[];
      ageBands?: TAgeBandPreset | readonly TAgeBand[];
    }): Promise<TOutcomeCountGroup[]> {
      const ids = inScope(input.programmeIds);
      if (ids.length === 0 || input.definitions.length === 0) return [];
      const { period } = input;
      const dimensions: TReportDimension[] = [
        'sex',
        ...(input.by ?? []).filter((d) => d !== 'sex'),
      ];
      const dims = dimensions.map((d) =>
        dimensionSql(d, { ageBands: input.ageBands ?? 'sus', periodDate: 'enrolled_at' }),
      );
      const defs = input.definitions.map((definition, k) => ({ definition, k }));
      const firstDates = defs.map(
        ({ definition, k }) =>
          sql`min(ev.date) filter (where ${qualifiesSql(definition)}) as ${sql.ref(`d${k}`)}`,
      );
      const exitDefs = defs.filter((d) => d.definition.exitIncomeCountsAsSelfSupport);
      const badIncome = exitDefs.map(({ definition, k }) => {
        const allowed = definition.exitIncomeCountsAsSelfSupport ?? [];
        const outside =
          allowed.length === 0 ? sql`true` : sql`i.source not in (${sql.join([...allowed])})`;
        return sql`, count(*) filter (where ${outside})::int as ${sql.ref(`bad${k}`)}`;
      });
      const closedByEnd = sql`(enr.closed_at is not null and enr.closed_at <= ${period.to}::date)`;
      const perEnrolment = defs.map(({ definition, k }) => {
        const first = sql.ref(`q.d${k}`);
        const exitRule = definition.exitIncomeCountsAsSelfSupport !== undefined;
        const reached = exitRule
          ? sql`(${first} is not null or (${closedByEnd} and coalesce(inc.exit_n, 0) > 0
              and coalesce(${sql.ref(`inc.bad${k}`)}, 0) = 0))`
          : sql`(${first} is not null)`;
        const unknown = exitRule
          ? sql`(${first} is null and ${closedByEnd} and coalesce(inc.exit_n, 0) = 0)`
          : sql`false`;
        const member =
          input.denominator === 'closed_or_outcome'
            ? sql`(${populationSql('closed_in_period', period, 'enr')} or
                ((enr.closed_at is null or enr.closed_at > ${period.to}::date)
                 and ${first} >= ${period.from}::date))`
            : populationSql(input.denominator, period, 'enr');
        return sql`, count(*) filter (where ${member})::int as ${sql.ref(`n${k}`)},
          count(*) filter (where ${member} and ${reached})::int as ${sql.ref(`c${k}`)},
          count(*) filter (where ${member} and ${unknown})::int as ${sql.ref(`u${k}`)}`;
      });
      const groupCols = dims.map((_, i) => sql.ref(`enr.v${i}`));
      const query = sql<Record<string, string | number | null>>`
        with enr as (${population(ids, period, dims)}),
        q as (
          select ev.enrolment_id ${sql.join(
            firstDates.map((f) => sql`, ${f}`),
            sql``,
          )}
          from event ev join enr on enr.id = ev.enrolment_id
          where ev.voided_at is null
            and ev.type in ('job_start', 'study_start', 'placement_start')
            and ev.date >= enr.enrolled_at
            and ev.date <= least(coalesce(enr.closed_at, ${period.to}::date), ${period.to}::date)
          group by ev.enrolment_id
        ),
        inc as (
          select i.enrolment_id, count(*)::int as exit_n ${sql.join(badIncome, sql``)}
          from income_source i join enr on enr.id = i.enrolment_id
          where i.phase = 'exit'
          group by i.enrolment_id
        )
        select ${sql.join(
          groupCols.map((c, i) => sql`${c} as ${sql.ref(`g${i}`)}`),
          sql`, `,
        )} ${sql.join(perEnrolment, sql``)}
        from enr
        left join q on q.enrolment_id = enr.id
        left join inc on inc.enrolment_id = enr.id
        group by ${sql.join(groupCols, sql`, `)}`;
      const { rows } = await query.execute(trx);
      return rows.map((row) => ({
        values: Object.fromEntries(dimensions.map((d, i) => [d, String(row[`g${i}`] ?? '')])),
        counts: defs.map(({ k }) => ({
          denominator: Number(row[`n${k}`] ?? 0),
          count: Number(row[`c${k}`] ?? 0),
          unknown: Number(row[`u${k}`] ?? 0),
        })),
      }));
    },

    /**
     * Enrolments active (`participants`) or closed (`closures`) in the period,
     * counted by dimensions in SQL (interchange.md "Report JSON"). Rows with a null
     * value (a closed enrolment without reason) are left out, as in core.
     */
    async breakdown(
      input: TBreakdownInput & { of: 'enrolled_in_period' | 'closed_in_period' },
    ): Promise<{ values: Record<string, string>; count: number }[]> {
      const ids = inScope(input.programmeIds);
      if (ids.length === 0 || input.by.length === 0) return [];
      const periodDate: TPeriodDate = input.of === 'closed_in_period' ? 'closed_at' : 'enrolled_at';
      const dims = input.by.map((d) =>
        dimensionSql(d, { ageBands: input.ageBands ?? 'sus', periodDate }),
      );
      const cols = dims.map((_, i) => sql.ref(`enr.v${i}`));
      const query = sql<Record<string, string | number | null>>`
        with enr as (${population(ids, input.period, dims)})
        select ${sql.join(
          cols.map((c, i) => sql`${c} as ${sql.ref(`g${i}`)}`),
          sql`, `,
        )}, count(*)::int as n
        from enr
        where ${populationSql(input.of, input.period, 'enr')}
          and ${sql.join(
            cols.map((c) => sql`${c} is not null`),
            sql` and `,
          )}
        group by ${sql.join(cols, sql`, `)}`;
      const { rows } = await query.execute(trx);
      return rows.map((row) => ({
        values: Object.fromEntries(input.by.map((d, i) => [d, String(row[`g${i}`])])),
        count: Number(row.n),
      }));
    },

    /**
     * What movement from baseline needs for the enrolments closed in the period
     * (outcomes.md "Movement from baseline"): income at both ends and the spell events
     * only, so core's spell pairing (exit activity) is reused rather than restated.
     */
    async movementInputs(programmeIds: readonly string[], period: TPeriod) {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return [];
      const query = sql<{
        id: string;
        sex: string;
        birthYear: number;
        enrolledAt: string;
        closedAt: string;
        minHours: string | number;
        income: { phase: string; source: string }[] | null;
        events: { type: string; date: string; data: Record<string, unknown> }[] | null;
      }>`
        select e.id, e.sex, e.birth_year, e.enrolled_at::text as enrolled_at,
          e.closed_at::text as closed_at, p.min_hours_per_week_for_employment as min_hours,
          (select json_agg(json_build_object('phase', i.phase, 'source', i.source) order by i.position)
             from income_source i where i.enrolment_id = e.id) as income,
          (select json_agg(json_build_object('type', ev.type, 'date', ev.date::text,
                    'employer', ev.employer_id, 'data', ev.data) order by ev.date, ev.created_at)
             from event ev where ev.enrolment_id = e.id and ev.voided_at is null
               and ev.type in ('job_start', 'job_end', 'study_start', 'study_end',
                               'placement_start', 'placement_end')
               and ev.date <= e.closed_at) as events
        from enrolment e join programme p on p.id = e.programme_id
        where e.programme_id in (${sql.join(ids)}) and e.enrolled_at is not null
          and ${populationSql('closed_in_period', period)}`;
      return (await query.execute(trx)).rows;
    },

    /**
     * Follow-up status at +6 and +12 months for enrolments closed in the period
     * (outcomes.md "Standard reports" 6). A follow-up without `months` is placed at
     * the nearer of the two by its distance from closure; a closure whose follow-up is
     * due by `asOf` and missing counts as `missing`.
     */
    async lastingOutcomes(programmeIds: readonly string[], period: TPeriod, asOf: string) {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return [];
      const query = sql<{ months: number; status: string; n: number }>`
        with closed as (
          select e.id, e.closed_at from enrolment e
          where e.programme_id in (${sql.join(ids)}) and e.enrolled_at is not null
            and ${populationSql('closed_in_period', period)}
        ),
        marks as (select unnest(array[6, 12]) as months),
        latest as (
          select distinct on (c.id, m.months) c.id, m.months, f.status
          from closed c cross join marks m
          join follow_up f on f.enrolment_id = c.id
            and coalesce(f.months, case when f.date - c.closed_at <= 273 then 6 else 12 end) = m.months
          order by c.id, m.months, f.date desc
        )
        select m.months, coalesce(l.status,
            case when (c.closed_at + make_interval(months => m.months))::date <= ${asOf}::date
                 then 'missing' else 'not_due' end) as status,
          count(*)::int as n
        from closed c cross join marks m
        left join latest l on l.id = c.id and l.months = m.months
        group by 1, 2 order by 1, 2`;
      return (await query.execute(trx)).rows;
    },

    ...createReportSettingsQueries(trx, inScope),

    ...createTimeMeasureQueries(trx, inScope),

    /** Queue length and waiting days today (outcomes.md "Standard reports" 4). */
    async queueSummary(programmeIds: readonly string[], asOf: string) {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return { waiting: 0, meanDays: null, medianDays: null, maxDays: null };
      const query = sql<{
        n: number;
        mean: number | null;
        median: number | null;
        max: number | null;
      }>`
        select count(*)::int as n,
          round(avg(${asOf}::date - e.referral_date)::numeric, 1)::float8 as mean,
          percentile_cont(0.5) within group (order by ${asOf}::date - e.referral_date)::float8 as median,
          max(${asOf}::date - e.referral_date)::int as max
        from enrolment e
        where e.programme_id in (${sql.join(ids)}) and e.status in ('referred', 'waiting')`;
      const row = (await query.execute(trx)).rows[0];
      return {
        waiting: row?.n ?? 0,
        meanDays: row?.mean ?? null,
        medianDays: row?.median ?? null,
        maxDays: row?.max ?? null,
      };
    },
  };
}

export type TReportRepository = ReturnType<typeof createReportRepository>;
