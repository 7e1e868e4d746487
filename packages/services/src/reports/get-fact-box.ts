import {
  ageBandOrder,
  sexes,
  standardOutcomeDefinitions,
  type TAgeBandPreset,
  type TClosureReason,
} from '@lots/core';
import type { TFactBox } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import {
  resolveReportScope,
  viewerScope,
  type TReportTarget,
  type TReportViewer,
} from './report-scope.ts';
import { shownTable } from './shown.ts';

/**
 * Closure reasons that count as "avbrott" (dropped out) in the fact box: every reason
 * that is not a transition to work, studies, job seeking or another intervention.
 */
export const droppedOutReasons: readonly TClosureReason[] = [
  'ill_health',
  'not_right_intervention',
  'parental_leave',
  'moved',
  'own_choice',
  'other',
];

const byId = (id: string) => standardOutcomeDefinitions.filter((d) => d.id === id);

/**
 * Standard report 5, the Umeå fact box (outcomes.md "Standard reports"): participants
 * active in the period, how many of them reached work (`employment`, honouring the
 * programme's minimum hours) and studies, and how many dropped out, by age band × sex
 * (default preset `youth`), with the year's targets as "planned".
 */
export async function getFactBox(
  lots: TLots,
  viewer: TReportViewer,
  query: TReportTarget & { ageBands?: TAgeBandPreset | undefined },
): Promise<TFactBox> {
  const ageBands = query.ageBands ?? 'youth';
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const scope = await resolveReportScope(r, viewer, query, lots.now(), lots.suppressionThreshold);
    const { period } = scope.header;
    const input = { programmeIds: scope.programmeIds, period, by: ['ageBand' as const], ageBands };
    const [work, studies, closed] = await Promise.all([
      r.reports.outcomeCounts({
        ...input,
        denominator: 'enrolled_in_period',
        definitions: byId('employment'),
      }),
      r.reports.outcomeCounts({
        ...input,
        denominator: 'enrolled_in_period',
        definitions: byId('studies'),
      }),
      r.reports.breakdown({ ...input, by: ['ageBand', 'sex', 'reason'], of: 'closed_in_period' }),
    ]);
    const groups = ageBandOrder(ageBands).flatMap((band) => sexes.map((sex) => ({ band, sex })));
    const find = (list: typeof work, band: string, sex: string) =>
      list.find((g) => g.values.ageBand === band && g.values.sex === sex)?.counts[0];
    const measured = groups
      .map(({ band, sex }) => ({
        band,
        sex,
        participants: find(work, band, sex)?.denominator ?? 0,
        inWork: find(work, band, sex)?.count ?? 0,
        inStudies: find(studies, band, sex)?.count ?? 0,
        droppedOut: closed
          .filter(
            (c) =>
              c.values.ageBand === band &&
              c.values.sex === sex &&
              (droppedOutReasons as readonly string[]).includes(c.values.reason ?? ''),
          )
          .reduce((a, c) => a + c.count, 0),
      }))
      .filter((g) => g.participants > 0 || g.droppedOut > 0);
    const measures = ['participants', 'inWork', 'inStudies', 'droppedOut'] as const;
    const shown = Object.fromEntries(
      measures.map((m) => [
        m,
        shownTable([measured.map((g) => g[m])], scope.suppressed, scope.threshold),
      ]),
    ) as Record<(typeof measures)[number], ReturnType<typeof shownTable>>;

    const year = Number(period.from.slice(0, 4));
    const target = scope.rootProgrammeId
      ? (await r.reports.targets([scope.rootProgrammeId], year))[0]
      : undefined;
    const rates = target?.rates ?? {};
    const plannedOf = (rate: number | undefined) =>
      target?.enrolments != null && rate !== undefined
        ? Math.round(target.enrolments * rate)
        : null;
    return {
      report: 'fact-box',
      ...scope.header,
      ageBands,
      rows: measured.map((g, j) => ({
        ageBand: g.band,
        sex: g.sex,
        participants: shown.participants.cells[0]?.[j] ?? 0,
        inWork: shown.inWork.cells[0]?.[j] ?? 0,
        inStudies: shown.inStudies.cells[0]?.[j] ?? 0,
        droppedOut: shown.droppedOut.cells[0]?.[j] ?? 0,
      })),
      totals: {
        participants: shown.participants.total,
        inWork: shown.inWork.total,
        inStudies: shown.inStudies.total,
        droppedOut: shown.droppedOut.total,
      },
      planned: {
        year,
        participants: target?.enrolments ?? null,
        inWork: plannedOf(rates.employment),
        inStudies: plannedOf(rates.studies),
      },
    };
  });
}
