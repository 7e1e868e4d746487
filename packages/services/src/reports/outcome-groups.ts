import {
  rateOf,
  sexes,
  type TDenominatorId,
  type TOutcomeDefinition,
  type TOutcomeReport,
  type TOutcomeRow,
  type TPeriod,
  type TSex,
} from '@lots/core';

/** One group of the SQL outcome count (TOutcomeCountGroup of @lots/db). */
export type TCountGroup = {
  values: Record<string, string>;
  counts: readonly { denominator: number; count: number; unknown: number }[];
};

/** Swedish labels of the denominators (outcomes.md "Denominators"). */
export const denominatorLabels: Record<TDenominatorId, string> = {
  enrolled_in_period: 'Aktiva under perioden',
  closed_in_period: 'Avslutade under perioden',
  closed_or_outcome: 'Avslutade under perioden och pågående som nått utfallet',
  started_in_period: 'Påbörjade under perioden',
};

/**
 * The SQL counts by sex as core's `TOutcomeReport`: the same rows, `bySex` with the
 * sexes present in each denominator in the order of domain/enums.ts, and the same
 * rounding (`rateOf`). The equality test holds this against core's `outcomeReport`.
 */
export function outcomeReportFromGroups(
  groups: readonly TCountGroup[],
  definitions: readonly TOutcomeDefinition[],
  period: TPeriod,
  denominator: TDenominatorId,
): TOutcomeReport {
  const rows: TOutcomeRow[] = [];
  const unknown: Record<string, number> = {};
  definitions.forEach((definition, k) => {
    const bySex: TOutcomeRow['bySex'] = {};
    let count = 0;
    let total = 0;
    let unknownCount = 0;
    for (const sex of sexes) {
      const ofSex = groups.filter((g) => (g.values.sex as TSex) === sex);
      const n = ofSex.reduce((a, g) => a + (g.counts[k]?.denominator ?? 0), 0);
      const c = ofSex.reduce((a, g) => a + (g.counts[k]?.count ?? 0), 0);
      unknownCount += ofSex.reduce((a, g) => a + (g.counts[k]?.unknown ?? 0), 0);
      if (n > 0) bySex[sex] = { count: c, denominator: n };
      count += c;
      total += n;
    }
    rows.push({
      outcome: definition.id,
      count,
      denominator: total,
      rate: rateOf(count, total),
      bySex,
    });
    if (definition.exitIncomeCountsAsSelfSupport) unknown[definition.id] = unknownCount;
  });
  return { period, denominator, rows, unknown };
}
