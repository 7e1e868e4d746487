import { sql, type Transaction } from 'kysely';
import type { TPeriod } from '@lots/core';
import type { Database } from '../schema.ts';
import { populationSql } from './report-sql.ts';

/** What the time measures need of one enrolment active in the period (outcomes.md "Time measures"). */
export type TTimeMeasureInput = {
  id: string;
  sex: string;
  enrolledAt: string;
  closedAt: string | null;
  /** First face-to-face employer contact from enrolment to the earlier of closure and period end. */
  firstFaceToFace: string | null;
  /** Whether any employer contact was recorded in that window (face to face or not). */
  anyContact: boolean;
  /** First job start in that window. */
  firstJob: string | null;
  /** The job start and end events on or before the period end, for core's spell pairing (tenure). */
  jobEvents: { type: string; date: string; employer: string | null }[] | null;
};

/**
 * The minimal per-enrolment dates of the time measures, found in PostgreSQL: the
 * first face-to-face contact and the first job start are `min(date) filter`, only the
 * job events travel (core pairs them into spells for tenure, so that rule is written
 * once). Part of the reports repository; `inScope` narrows the programme ids.
 */
export function createTimeMeasureQueries(
  trx: Transaction<Database>,
  inScope: (ids: readonly string[]) => string[],
) {
  return {
    async timeMeasureInputs(
      programmeIds: readonly string[],
      period: TPeriod,
    ): Promise<TTimeMeasureInput[]> {
      const ids = inScope(programmeIds);
      if (ids.length === 0) return [];
      const until = sql`least(coalesce(e.closed_at, ${period.to}::date), ${period.to}::date)`;
      const live = sql`ev.voided_at is null and ev.date >= e.enrolled_at and ev.date <= ${until}`;
      const query = sql<TTimeMeasureInput>`
        select e.id, e.sex, e.enrolled_at::text as enrolled_at, e.closed_at::text as closed_at,
          (select min(ev.date)::text from event ev where ev.enrolment_id = e.id and ${live}
             and ev.type = 'employer_contact' and (ev.data ->> 'faceToFace') = 'true')
            as first_face_to_face,
          exists (select 1 from event ev where ev.enrolment_id = e.id and ${live}
             and ev.type = 'employer_contact') as any_contact,
          (select min(ev.date)::text from event ev where ev.enrolment_id = e.id and ${live}
             and ev.type = 'job_start') as first_job,
          (select json_agg(json_build_object('type', ev.type, 'date', ev.date::text,
                    'employer', ev.employer_id) order by ev.date, ev.created_at)
             from event ev where ev.enrolment_id = e.id and ev.voided_at is null
               and ev.type in ('job_start', 'job_end') and ev.date <= ${period.to}::date)
            as job_events
        from enrolment e
        where e.programme_id in (${sql.join(ids)}) and e.enrolled_at is not null
          and ${populationSql('enrolled_in_period', period)}
        order by e.enrolled_at, e.id`;
      return (await query.execute(trx)).rows;
    },
  };
}
