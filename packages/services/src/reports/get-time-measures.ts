import {
  jobTenures,
  meanOneDecimal,
  medianOf,
  summariseFirstContact,
  summariseFirstJob,
  suppressedRate,
  timeInProgramme,
  type TOutcomeEnrolment,
  type TOutcomeEvent,
  type TSex,
} from '@lots/core';
import type { TTimeMeasuresReport } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import type { TLots } from '../runtime.ts';
import {
  resolveReportScope,
  viewerScope,
  type TReportTarget,
  type TReportViewer,
} from './report-scope.ts';
import { shownTable } from './shown.ts';

type TTimeMeasureInput = Awaited<ReturnType<TRepositories['reports']['timeMeasureInputs']>>[number];

/** IPS: the first face-to-face employer contact within 30 days of enrolment. */
const contactWithinDays = 30;

/**
 * The SQL row as core's enrolment: the first face-to-face contact and the first job
 * as single events (core takes the earliest, SQL already did), a non-face-to-face
 * contact when only such were recorded, and the job events for tenure.
 */
export function timeMeasureEnrolment(row: TTimeMeasureInput): TOutcomeEnrolment {
  const events: TOutcomeEvent[] = [];
  if (row.firstFaceToFace)
    events.push({ type: 'employer_contact', date: row.firstFaceToFace, faceToFace: true });
  else if (row.anyContact)
    events.push({ type: 'employer_contact', date: row.enrolledAt, faceToFace: false });
  for (const e of row.jobEvents ?? [])
    events.push({ type: e.type as TOutcomeEvent['type'], date: e.date, employer: e.employer });
  return {
    id: row.id,
    programme: '',
    sex: row.sex as TSex,
    birthYear: 0,
    enrolledAt: row.enrolledAt,
    closedAt: row.closedAt,
    events,
  };
}

/** The four time measures of core on the enrolments active in the period, exact. */
export function timeMeasuresOf(
  enrolments: readonly TOutcomeEnrolment[],
  period: { from: string; to: string },
) {
  const asOf = period.to;
  const tenures = jobTenures(enrolments, asOf);
  const tenureDays = tenures.map((t) => t.days);
  return {
    asOf,
    firstContact: summariseFirstContact(enrolments, asOf, contactWithinDays),
    firstJob: summariseFirstJob(enrolments, asOf),
    timeInProgramme: timeInProgramme(enrolments, period),
    jobTenure: {
      jobs: tenures.length,
      ongoing: tenures.filter((t) => t.ongoing).length,
      meanDays: meanOneDecimal(tenureDays),
      medianDays: medianOf(tenureDays),
    },
  };
}

/**
 * Time measures (outcomes.md "Time measures"): days to the first face-to-face
 * employer contact (IPS: within 30 days) and to the first job for the enrolments
 * active in the period, time in programme with its month bands for those closed in
 * it, and job tenure up to the period end. SQL fetches the few dates per enrolment;
 * core's functions compute the measures, so each rule is written once. Suppressed:
 * the counts of each measure as a table with its total, a mean or median over fewer
 * than the threshold as "–".
 */
export async function getTimeMeasures(
  lots: TLots,
  viewer: TReportViewer,
  query: TReportTarget,
): Promise<TTimeMeasuresReport> {
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const scope = await resolveReportScope(r, viewer, query, lots.now(), lots.suppressionThreshold);
    const { period } = scope.header;
    const rows = await r.reports.timeMeasureInputs(scope.programmeIds, period);
    const m = timeMeasuresOf(rows.map(timeMeasureEnrolment), period);
    const sup = scope.suppressed;
    const threshold = scope.threshold;
    const days = (value: number | null, n: number) =>
      sup && n < threshold ? (value === null ? null : suppressedRate) : value;

    const c = m.firstContact;
    const withContact = c.days.length;
    const contact = shownTable(
      [[c.within, withContact - c.within, c.without, c.noContactRecorded]],
      sup,
      threshold,
    );
    const j = m.firstJob;
    const job = shownTable([[j.days.length, j.without]], sup, threshold);
    const t = m.timeInProgramme;
    const bands = shownTable([t.bands.map((b) => b.count)], sup, threshold);
    const k = m.jobTenure;
    const tenure = shownTable([[k.jobs - k.ongoing, k.ongoing]], sup, threshold);
    return {
      report: 'time-measures',
      ...scope.header,
      asOf: m.asOf,
      firstContact: {
        denominator: 'enrolled_in_period',
        enrolments: contact.total,
        withContact: shownSum(contact.cells[0] ?? [], withContact),
        meanDays: days(c.mean, withContact),
        medianDays: days(c.median, withContact),
        withinDays: c.withinDays,
        within: contact.cells[0]?.[0] ?? 0,
        after: contact.cells[0]?.[1] ?? 0,
        without: contact.cells[0]?.[2] ?? 0,
        noContactRecorded: contact.cells[0]?.[3] ?? 0,
      },
      firstJob: {
        denominator: 'enrolled_in_period',
        enrolments: job.total,
        withJob: job.cells[0]?.[0] ?? 0,
        meanDays: days(j.mean, j.days.length),
        medianDays: days(j.median, j.days.length),
        without: job.cells[0]?.[1] ?? 0,
      },
      timeInProgramme: {
        denominator: 'closed_in_period',
        closed: bands.total,
        meanDays: days(t.meanDays, t.closed),
        medianDays: days(t.medianDays, t.closed),
        bands: t.bands.map((b, i) => ({ band: b.band, count: bands.cells[0]?.[i] ?? 0 })),
      },
      jobTenure: {
        jobs: tenure.total,
        ended: tenure.cells[0]?.[0] ?? 0,
        ongoing: tenure.cells[0]?.[1] ?? 0,
        meanDays: days(k.meanDays, k.jobs),
        medianDays: days(k.medianDays, k.jobs),
      },
    };
  });
}

/**
 * "With a contact" is within + after, a sum the table does not publish: shown when
 * both parts are shown (each is then 0 or at least the threshold, and so is the sum),
 * else ".." so it gives no suppressed part away.
 */
function shownSum(cells: readonly (number | string)[], n: number): number | string {
  return typeof cells[0] === 'string' || typeof cells[1] === 'string' ? '..' : n;
}
