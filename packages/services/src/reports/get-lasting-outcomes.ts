import type { TLastingReport } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import {
  resolveReportScope,
  viewerScope,
  type TReportTarget,
  type TReportViewer,
} from './report-scope.ts';
import { shownTable } from './shown.ts';

/** Order of statuses in the report: the follow-up statuses, then the bookkeeping ones. */
const statusOrder = [
  'employed',
  'studying',
  'occupied',
  'none',
  'unreachable',
  'missing',
  'not_due',
];

/**
 * Standard report 6, lasting outcomes (outcomes.md "Standard reports"): status at +6
 * and +12 months after closure for the enrolments closed in the period; `missing` =
 * due by today and not recorded, `not_due` = not yet due.
 */
export async function getLastingOutcomes(
  lots: TLots,
  viewer: TReportViewer,
  query: TReportTarget,
): Promise<TLastingReport> {
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const scope = await resolveReportScope(r, viewer, query, lots.now(), lots.suppressionThreshold);
    const asOf = isoToday(lots.now());
    const counted = await r.reports.lastingOutcomes(scope.programmeIds, scope.header.period, asOf);
    const marks = [6, 12];
    const statuses = statusOrder.filter((s) => counted.some((c) => c.status === s));
    const values = marks.map((m) =>
      statuses.map((s) => counted.find((c) => c.months === m && c.status === s)?.n ?? 0),
    );
    const table = shownTable(values, scope.suppressed, scope.threshold);
    return {
      report: 'lasting',
      ...scope.header,
      denominator: 'closed_in_period',
      asOf,
      rows: marks.flatMap((months, i) =>
        statuses.map((status, j) => ({ months, status, count: table.cells[i]?.[j] ?? 0 })),
      ),
    };
  });
}
