import { IPS_CASELOAD_TARGET, summariseCaseload, suppressedRate } from '@lots/core';
import type { TCaseloadReport } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import {
  resolveReportScope,
  viewerScope,
  type TReportTarget,
  type TReportViewer,
} from './report-scope.ts';
import { shownCount, shownTable } from './shown.ts';

/** pg returns bigint counts and numeric FTEs as strings, whatever the column types say. */
const toNumber = (value: unknown): number => Number(value);

/**
 * Standard report 4, caseload and queue (outcomes.md "Standard reports"): enrolments
 * active today per specialist, FTE-weighted against the IPS target, and the queue's
 * length and waiting days. Reuses the caseload repository's counts; the period does
 * not apply (it is a snapshot on `to`, default today).
 */
export async function getCaseloadReport(
  lots: TLots,
  viewer: TReportViewer,
  query: TReportTarget,
): Promise<TCaseloadReport> {
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const scope = await resolveReportScope(r, viewer, query, lots.now(), lots.suppressionThreshold);
    const date = query.to ?? isoToday(lots.now());
    const [specialists, counts, queue] = await Promise.all([
      r.caseload.listSpecialists(scope.programmeIds),
      r.caseload.activeCounts(scope.programmeIds, date),
      r.reports.queueSummary(scope.programmeIds, date),
    ]);
    const countOf = new Map(counts.map((c) => [c.specialistId, toNumber(c.n)]));
    const shown = specialists.filter((s) => s.active || (countOf.get(s.id) ?? 0) > 0);
    const { rows } = summariseCaseload(
      shown.map((s) => ({ ...s, fte: toNumber(s.fte), active: countOf.get(s.id) ?? 0 })),
    );
    const sup = scope.suppressed;
    const unassigned = countOf.get(null) ?? 0;
    const table = shownTable([[...rows.map((s) => s.active), unassigned]], sup, scope.threshold);
    return {
      report: 'caseload',
      ...scope.header,
      date,
      target: IPS_CASELOAD_TARGET,
      rows: rows.map((s, j) => {
        const active = table.cells[0]?.[j] ?? 0;
        return {
          specialist: s.name,
          programme: s.programmeKey,
          fte: s.fte,
          active,
          // A weighted caseload gives the count back: hidden with it.
          weighted: typeof active === 'string' ? suppressedRate : s.weighted,
        };
      }),
      unassigned: table.cells[0]?.[rows.length] ?? 0,
      queue: {
        waiting: shownCount(queue.waiting, sup, scope.threshold),
        meanDays: sup && queue.waiting < scope.threshold ? null : queue.meanDays,
        medianDays: sup && queue.waiting < scope.threshold ? null : queue.medianDays,
        maxDays: sup && queue.waiting < scope.threshold ? null : queue.maxDays,
      },
    };
  });
}
