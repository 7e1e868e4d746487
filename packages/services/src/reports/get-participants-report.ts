import type { TBreakdownReport } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import { breakdownReport, type TBreakdownQuery } from './breakdown-report.ts';
import type { TReportViewer } from './report-scope.ts';

/**
 * Standard report 2, the SUS-style participant table: enrolments active in the period
 * by sex × age band (default), or by time on support, income source at start or any
 * other dimension of outcomes.md "Breakdowns" (interchange.md `lots report participants`).
 */
export async function getParticipantsReport(
  lots: TLots,
  viewer: TReportViewer,
  query: TBreakdownQuery,
): Promise<TBreakdownReport> {
  return breakdownReport(lots, viewer, query, 'participants');
}
