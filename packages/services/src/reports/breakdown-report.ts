import {
  AppError,
  ageBandOrder,
  closureReasons,
  sexes,
  suppressBreakdown,
  type TAgeBandPreset,
  type TBreakdownRow,
} from '@lots/core';
import type { TBreakdownReport, TReportDimensionName } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import {
  resolveReportScope,
  viewerScope,
  type TReportTarget,
  type TReportViewer,
} from './report-scope.ts';

export type TBreakdownQuery = TReportTarget & {
  by?: readonly TReportDimensionName[] | undefined;
  ageBands?: TAgeBandPreset | undefined;
};

/** Sort rows like core's `countBy`: known orders first (sex, age band, reason), then alphabetically. */
export function sortBreakdownRows(
  rows: TBreakdownRow[],
  by: readonly string[],
  ageBands: TAgeBandPreset,
): TBreakdownRow[] {
  const orders: Record<string, readonly string[]> = {
    sex: sexes,
    ageBand: ageBandOrder(ageBands),
    reason: closureReasons,
  };
  const rank = (d: string, v: string): [number, string] => {
    const i = orders[d]?.indexOf(v) ?? -1;
    return [i === -1 ? Number.MAX_SAFE_INTEGER : i, v];
  };
  return [...rows].sort((a, b) => {
    for (const d of by) {
      const [ra, va] = rank(d, String(a[d]));
      const [rb, vb] = rank(d, String(b[d]));
      if (ra !== rb) return ra - rb;
      if (va !== vb) return va < vb ? -1 : 1;
    }
    return 0;
  });
}

export function assertDimensionsAllowed(by: readonly TReportDimensionName[], suppressed: boolean) {
  // Per-specialist counts are for supervisors (outcomes.md "Breakdowns": "specialist (for supervisors)").
  if (by.includes('specialist') && suppressed) {
    throw new AppError('FORBIDDEN', 'specialist breakdown needs personal-data access', {
      userMessage:
        'Uppdelning per specialist är bara för samordnare och specialister i programmet.',
    });
  }
}

/**
 * `participants` (active in the period) or `closures` (closed in the period),
 * counted by dimensions in SQL (interchange.md "Report JSON"); suppressed as a table
 * of the first dimension × the others for viewers without personal-data access.
 */
export async function breakdownReport(
  lots: TLots,
  viewer: TReportViewer,
  query: TBreakdownQuery,
  report: 'participants' | 'closures',
): Promise<TBreakdownReport> {
  const by: readonly TReportDimensionName[] =
    query.by && query.by.length > 0
      ? query.by
      : report === 'closures'
        ? ['reason']
        : ['sex', 'ageBand'];
  const ageBands = query.ageBands ?? 'sus';
  const denominator = report === 'closures' ? 'closed_in_period' : 'enrolled_in_period';
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const scope = await resolveReportScope(r, viewer, query, lots.now(), lots.suppressionThreshold);
    assertDimensionsAllowed(by, scope.suppressed);
    const counted = await r.reports.breakdown({
      programmeIds: scope.programmeIds,
      period: scope.header.period,
      by,
      ageBands,
      of: denominator,
    });
    const rows = sortBreakdownRows(
      counted.map((c): TBreakdownRow => ({ ...c.values, count: c.count })),
      by,
      ageBands,
    );
    return {
      report,
      ...scope.header,
      denominator,
      by: [...by],
      ageBands,
      rows: scope.suppressed ? suppressBreakdown(rows, by, { threshold: scope.threshold }) : rows,
    };
  });
}
