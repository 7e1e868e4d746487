import {
  outcomeDefinitions,
  standardOutcomeDefinitions,
  suppressOutcomeReport,
  type TAgeBandPreset,
  type TDenominatorId,
} from '@lots/core';
import type { TOutcomeReportResponse, TReportDimensionName } from '@lots/contracts';
import { assertDimensionsAllowed } from './breakdown-report.ts';
import { definitionRule } from './definition-text.ts';
import { outcomeBreakdown } from './outcome-breakdown.ts';
import type { TLots } from '../runtime.ts';
import { denominatorLabels, outcomeReportFromGroups } from './outcome-groups.ts';
import { ownDefinitionsFor } from './own-definitions.ts';
import {
  resolveReportScope,
  viewerScope,
  type TReportTarget,
  type TReportViewer,
} from './report-scope.ts';
import { shownCount } from './shown.ts';

export type TOutcomeReportQuery = TReportTarget & {
  denominator?: TDenominatorId | undefined;
  /** Dimensions besides sex (outcomes.md "Breakdowns"); each row then carries its groups. */
  by?: readonly TReportDimensionName[] | undefined;
  ageBands?: TAgeBandPreset | undefined;
};

/**
 * Standard report 1, the outcome overview (outcomes.md "Standard reports";
 * interchange.md "Report JSON"): one row per standard definition, then the own
 * ones, counted in PostgreSQL, with the target of the period's year when the period
 * lies in one calendar year. Aggregates only: nothing is audited.
 */
export async function getOutcomeReport(
  lots: TLots,
  viewer: TReportViewer,
  query: TOutcomeReportQuery,
): Promise<TOutcomeReportResponse> {
  const denominator = query.denominator ?? 'closed_in_period';
  const extra = (query.by ?? []).filter((d) => d !== 'sex');
  const ageBands = query.ageBands ?? 'sus';
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const scope = await resolveReportScope(r, viewer, query, lots.now(), lots.suppressionThreshold);
    assertDimensionsAllowed(extra, scope.suppressed);
    const { period } = scope.header;
    const own = await ownDefinitionsFor(r, scope.programmeIds, scope.associationIds);
    const definitions = outcomeDefinitions(own);
    const groups = await r.reports.outcomeCounts({
      programmeIds: scope.programmeIds,
      period,
      denominator,
      definitions,
      by: extra,
      ageBands,
    });
    const exact = outcomeReportFromGroups(groups, definitions, period, denominator);
    const shownBySex = scope.suppressed
      ? suppressOutcomeReport(exact, { threshold: scope.threshold })
      : exact;
    const breakdown =
      extra.length > 0
        ? outcomeBreakdown({
            groups,
            definitions,
            dimensions: ['sex', ...extra],
            ageBands,
            period,
            denominator,
            suppressed: scope.suppressed,
            threshold: scope.threshold,
          })
        : null;
    // With groups, a suppressed row's figures come from the groups' suppression (outcome-breakdown.ts).
    const shown = { ...shownBySex, rows: breakdown?.rows ?? shownBySex.rows };

    const year = period.from.slice(0, 4);
    const oneYear = period.to.slice(0, 4) === year;
    const target =
      oneYear && scope.rootProgrammeId
        ? (await r.reports.targets([scope.rootProgrammeId], Number(year)))[0]
        : undefined;
    let targets: TOutcomeReportResponse['targets'] = null;
    if (target) {
      const started = await r.reports.outcomeCounts({
        programmeIds: scope.programmeIds,
        period: { from: `${year}-01-01`, to: `${year}-12-31` },
        denominator: 'started_in_period',
        definitions: standardOutcomeDefinitions.slice(0, 1),
      });
      const n = started.reduce((a, g) => a + (g.counts[0]?.denominator ?? 0), 0);
      targets = {
        year: Number(year),
        enrolments: target.enrolments,
        started: shownCount(n, scope.suppressed, scope.threshold),
      };
    }
    const rates = target?.rates ?? {};
    return {
      report: 'outcomes',
      ...scope.header,
      denominator,
      denominatorLabel: denominatorLabels[denominator],
      ...(breakdown ? { by: ['sex', ...extra], ageBands } : {}),
      rows: shown.rows.map((row, k) => ({
        outcome: row.outcome,
        label: definitions[k]?.label ?? row.outcome,
        rule: definitions[k] ? definitionRule(definitions[k]) : '',
        own: k >= standardOutcomeDefinitions.length,
        count: row.count,
        denominator: row.denominator,
        rate: row.rate,
        bySex: row.bySex,
        target: rates[row.outcome] ?? null,
        ...(breakdown ? { groups: breakdown.groups[k] ?? [] } : {}),
      })),
      unknown: shown.unknown,
      targets,
    };
  });
}
