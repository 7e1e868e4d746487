import {
  activityLevels,
  movementFromBaseline,
  rateOf,
  suppressedRate,
  type TIncomeSource,
  type TMovementSummary,
  type TOutcomeEnrolment,
  type TOutcomeEvent,
  type TSex,
} from '@lots/core';
import type { TMovementReport } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import type { TLots } from '../runtime.ts';
import {
  resolveReportScope,
  viewerScope,
  type TReportTarget,
  type TReportViewer,
} from './report-scope.ts';
import { shownCount, shownTable } from './shown.ts';

type TInput = Awaited<ReturnType<TRepositories['reports']['movementInputs']>>[number];

function toEnrolment(row: TInput): TOutcomeEnrolment {
  const income = row.income ?? [];
  const events = (row.events ?? []).map((e): TOutcomeEvent => ({
    ...(e.data as Partial<TOutcomeEvent>),
    type: e.type as TOutcomeEvent['type'],
    date: e.date,
    employer: (e as { employer?: string | null }).employer ?? null,
  }));
  return {
    id: row.id,
    programme: '',
    sex: row.sex as TSex,
    birthYear: row.birthYear,
    enrolledAt: row.enrolledAt,
    closedAt: row.closedAt,
    baselineIncomeSources: income
      .filter((i) => i.phase === 'baseline')
      .map((i) => i.source as TIncomeSource),
    exitIncomeSources: income
      .filter((i) => i.phase === 'exit')
      .map((i) => i.source as TIncomeSource),
    events,
  };
}

/** Sums the summaries of groups computed with different programme minimum hours. */
function merge(parts: TMovementSummary[]): TMovementSummary {
  const [first, ...rest] = parts;
  if (!first) return movementFromBaseline([], { period: { from: '2000-01-01', to: '2000-01-01' } });
  const out = structuredClone(first);
  for (const p of rest) {
    out.closed += p.closed;
    out.movedUp.count += p.movedUp.count;
    out.stayed.count += p.stayed.count;
    out.movedDown.count += p.movedDown.count;
    for (const from of activityLevels)
      for (const to of activityLevels) out.matrix[from][to] += p.matrix[from][to];
    out.selfSupportFromDependence.count += p.selfSupportFromDependence.count;
    out.selfSupportFromDependence.denominator += p.selfSupportFromDependence.denominator;
    out.selfSupportFromDependence.unknown += p.selfSupportFromDependence.unknown;
  }
  for (const m of [out.movedUp, out.stayed, out.movedDown]) m.rate = rateOf(m.count, out.closed);
  const s = out.selfSupportFromDependence;
  s.rate = rateOf(s.count, s.denominator);
  return out;
}

/**
 * Standard report 3, movement from baseline (outcomes.md "Movement from baseline"):
 * the baseline × exit matrix of the enrolments closed in the period. SQL selects the
 * closed enrolments with only their income and spell events; core's spell pairing
 * decides the activity at exit, so the rule is written once.
 */
export async function getMovementReport(
  lots: TLots,
  viewer: TReportViewer,
  query: TReportTarget,
): Promise<TMovementReport> {
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const scope = await resolveReportScope(r, viewer, query, lots.now(), lots.suppressionThreshold);
    const { period } = scope.header;
    const rows = await r.reports.movementInputs(scope.programmeIds, period);
    const byHours = new Map<number, TOutcomeEnrolment[]>();
    for (const row of rows) {
      const hours = Number(row.minHours);
      byHours.set(hours, [...(byHours.get(hours) ?? []), toEnrolment(row)]);
    }
    const m = merge(
      [...byHours.entries()].map(([hours, list]) =>
        movementFromBaseline(list, { period, minHoursPerWeekForEmployment: hours }),
      ),
    );
    const sup = scope.suppressed;
    const table = shownTable(
      activityLevels.map((from) => activityLevels.map((to) => m.matrix[from][to])),
      sup,
      scope.threshold,
    );
    // Up + stayed + down = closed: suppressed together so no one is recovered by subtraction.
    const moves = shownTable(
      [[m.movedUp.count, m.stayed.count, m.movedDown.count]],
      sup,
      scope.threshold,
    );
    const rate = (shown: number | string, n: number, r0: number | null) =>
      sup && (n < scope.threshold || typeof shown === 'string') ? suppressedRate : r0;
    const ss = m.selfSupportFromDependence;
    const selfSupport = shownTable([[ss.count, ss.denominator - ss.count]], sup, scope.threshold);
    return {
      report: 'movement',
      ...scope.header,
      denominator: 'closed_in_period',
      closed: table.total,
      movedUp: {
        count: moves.cells[0]?.[0] ?? 0,
        rate: rate(moves.cells[0]?.[0] ?? 0, m.closed, m.movedUp.rate),
      },
      stayed: {
        count: moves.cells[0]?.[1] ?? 0,
        rate: rate(moves.cells[0]?.[1] ?? 0, m.closed, m.stayed.rate),
      },
      movedDown: {
        count: moves.cells[0]?.[2] ?? 0,
        rate: rate(moves.cells[0]?.[2] ?? 0, m.closed, m.movedDown.rate),
      },
      levels: [...activityLevels],
      matrix: activityLevels.map((from, i) => ({
        baseline: from,
        exit: Object.fromEntries(activityLevels.map((to, j) => [to, table.cells[i]?.[j] ?? 0])),
      })),
      selfSupportFromDependence: {
        count: selfSupport.cells[0]?.[0] ?? 0,
        denominator: selfSupport.total,
        rate: rate(selfSupport.cells[0]?.[0] ?? 0, ss.denominator, ss.rate),
        unknown: shownCount(ss.unknown, sup, scope.threshold),
      },
    };
  });
}
