import {
  getOutcomeReport,
  getParticipantsReport,
  type TLots,
  type TReportTarget,
  type TReportViewer,
} from '@lots/services';
import type { TDatasetPlan } from './generate.ts';
import type { TBenchResult } from './results.ts';
import { measure } from './stats.ts';

/** The command line's viewer: exact figures, no session (interchange.md "Reports from the CLI are exact"). */
const viewer: TReportViewer = { kind: 'system' };

/**
 * `ANALYZE` on every table, as an operator would after a bulk load: without fresh
 * planner statistics the first report queries after an import may be planned as if
 * the tables were empty (`--analyze`; compare a run with and without it).
 */
export async function analyze(lots: TLots): Promise<void> {
  // A raw statement through the Kysely instance; bench has no driver of its own.
  const query = { kind: 'RawNode', sqlFragments: ['analyze'], parameters: [] } as const;
  await lots.raw.db.executeQuery({
    sql: 'analyze',
    parameters: [],
    query,
    queryId: { queryId: 'bench-analyze' },
  });
}

/** The year the report cases count: the last whole year of every generated history. */
export const reportYear = 2024;

/** Programme-year, association-year and the whole dataset (issue part 2). */
export function reportCases(plan: TDatasetPlan): { name: string; target: TReportTarget }[] {
  const year = { from: `${reportYear}-01-01`, to: `${reportYear}-12-31` };
  const programme = plan.programmes[0]?.programme.key;
  const association = plan.associations[0]?.key;
  const from = `${Number(plan.today.slice(0, 4)) - Math.round(plan.historyDays / 365)}-01-01`;
  return [
    { name: 'programme-year', target: { programme, ...year } },
    { name: 'association-year', target: { association, ...year } },
    { name: 'whole-dataset', target: { from, to: plan.today } },
  ];
}

/**
 * The outcome overview (standard report 1) and the SUS-style participant table
 * (standard report 2, by sex × age band) as the use cases run them, SQL included.
 */
export async function benchReports(
  lots: TLots,
  plan: TDatasetPlan,
  base: { engine: string; size: string },
  runs: number,
): Promise<TBenchResult[]> {
  const results: TBenchResult[] = [];
  for (const { name, target } of reportCases(plan)) {
    const outcome = await measure(runs, () => getOutcomeReport(lots, viewer, target));
    results.push({
      benchmark: 'outcome-overview',
      ...base,
      case: name,
      unit: 'ms',
      stats: outcome,
    });
    const table = await measure(runs, () =>
      getParticipantsReport(lots, viewer, { ...target, by: ['sex', 'ageBand'] }),
    );
    results.push({ benchmark: 'participant-table', ...base, case: name, unit: 'ms', stats: table });
  }
  return results;
}
