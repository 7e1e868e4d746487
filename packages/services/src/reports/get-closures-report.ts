import type { TBreakdownReport } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import { breakdownReport, type TBreakdownQuery } from './breakdown-report.ts';
import type { TReportViewer } from './report-scope.ts';

/**
 * Standard report 2, second part: enrolments closed in the period by closure reason
 * (default) and optionally sex (interchange.md `lots report closures`).
 */
export async function getClosuresReport(
  lots: TLots,
  viewer: TReportViewer,
  query: TBreakdownQuery,
): Promise<TBreakdownReport> {
  return breakdownReport(lots, viewer, query, 'closures');
}
