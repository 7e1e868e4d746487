import {
  rateOf,
  suppressOutcomeReport,
  suppressedRate,
  type TAgeBandPreset,
  type TDenominatorId,
  type TOutcomeDefinition,
  type TOutcomeReport,
  type TPeriod,
  type TSuppressedOutcomeRow,
} from '@lots/core';
import { sortBreakdownRows } from './breakdown-report.ts';
import type { TCountGroup } from './outcome-groups.ts';
import type { TShownValue } from './shown.ts';

/** One group of an outcome row broken down by dimensions. */
export type TOutcomeGroupCell = {
  values: Record<string, string>;
  count: TShownValue;
  denominator: TShownValue;
  rate: number | string | null;
};

const sep = '\u0000';

/**
 * An outcome report broken down by sex and more dimensions (outcomes.md
 * "Breakdowns"): per definition one cell per group present in its denominator.
 * Suppressed with core's `suppressOutcomeReport` on the groups as columns, so each
 * row's count and denominator are protected as the margins of its groups and a
 * group denominator hidden in one row is hidden in all. The row's own figures are
 * then read from that same suppression: its count and denominator are the margins,
 * and a by-sex figure is shown only when every group of that sex is shown (it is
 * then their sum, which tells nothing the groups do not).
 */
export function outcomeBreakdown(input: {
  groups: readonly TCountGroup[];
  definitions: readonly TOutcomeDefinition[];
  dimensions: readonly string[];
  ageBands: TAgeBandPreset;
  period: TPeriod;
  denominator: TDenominatorId;
  suppressed: boolean;
  threshold: number;
}): {
  groups: TOutcomeGroupCell[][];
  /** When suppressed: the rows' count, denominator, rate and bySex as the groups allow. */
  rows: TSuppressedOutcomeRow[] | null;
} {
  const { dimensions, threshold } = input;
  const valuesOf = (g: TCountGroup) =>
    Object.fromEntries(
      dimensions.map((d) => [d, (g.values[d] ?? '') === '' ? 'unknown' : String(g.values[d])]),
    );
  const keyOf = (values: Record<string, string>) => dimensions.map((d) => values[d]).join(sep);
  const ordered = sortBreakdownRows(
    input.groups.map((g) => ({ ...valuesOf(g), count: 0 })),
    dimensions,
    input.ageBands,
  ).map((row) => Object.fromEntries(dimensions.map((d) => [d, String(row[d])])));
  const keys = [...new Set(ordered.map(keyOf))];
  const valuesByKey = new Map(ordered.map((v) => [keyOf(v), v]));
  const byKey = (k: number) => {
    const sums = new Map<string, { count: number; denominator: number }>();
    for (const g of input.groups) {
      const key = keyOf(valuesOf(g));
      const s = sums.get(key) ?? { count: 0, denominator: 0 };
      s.count += g.counts[k]?.count ?? 0;
      s.denominator += g.counts[k]?.denominator ?? 0;
      sums.set(key, s);
    }
    return sums;
  };
  const exact = input.definitions.map((_, k) => {
    const sums = byKey(k);
    return keys.flatMap((key) => {
      const s = sums.get(key);
      return s && s.denominator > 0 ? [{ key, ...s }] : [];
    });
  });
  if (!input.suppressed) {
    return {
      groups: exact.map((cells) =>
        cells.map((c) => ({
          values: valuesByKey.get(c.key) ?? {},
          count: c.count,
          denominator: c.denominator,
          rate: rateOf(c.count, c.denominator),
        })),
      ),
      rows: null,
    };
  }
  // The groups in place of the sexes: core's suppression keys its columns by name.
  const asReport: TOutcomeReport = {
    period: input.period,
    denominator: input.denominator,
    unknown: {},
    rows: input.definitions.map((d, k) => {
      const cells = exact[k] ?? [];
      const count = cells.reduce((a, c) => a + c.count, 0);
      const denominator = cells.reduce((a, c) => a + c.denominator, 0);
      return {
        outcome: d.id,
        count,
        denominator,
        rate: rateOf(count, denominator),
        bySex: Object.fromEntries(
          cells.map((c) => [c.key, { count: c.count, denominator: c.denominator }]),
        ),
      };
    }),
  };
  const shown = suppressOutcomeReport(asReport, { threshold });
  const groups = shown.rows.map((row) =>
    Object.entries(
      row.bySex as Record<string, { count: TShownValue; denominator: TShownValue }>,
    ).map(([key, cell]) => {
      const n = asReport.rows.find((r) => r.outcome === row.outcome)?.bySex;
      const exactDen = (n as Record<string, { denominator: number }> | undefined)?.[key]
        ?.denominator;
      const hidden = typeof cell.count === 'string' || typeof cell.denominator === 'string';
      return {
        values: valuesByKey.get(key) ?? {},
        count: cell.count,
        denominator: cell.denominator,
        rate:
          hidden || (exactDen ?? 0) < threshold
            ? suppressedRate
            : rateOf(cell.count as number, cell.denominator as number),
      };
    }),
  );
  const rows = shown.rows.map((row, k): TSuppressedOutcomeRow => {
    const cells = groups[k] ?? [];
    const sexesPresent = [...new Set(cells.map((c) => c.values.sex ?? 'unknown'))];
    const sumOf = (list: TOutcomeGroupCell[], field: 'count' | 'denominator'): TShownValue =>
      list.every((c) => typeof c[field] === 'number')
        ? list.reduce((a, c) => a + (c[field] as number), 0)
        : '..';
    const bySex = Object.fromEntries(
      sexesPresent.map((sex) => {
        const ofSex = cells.filter((c) => (c.values.sex ?? 'unknown') === sex);
        return [sex, { count: sumOf(ofSex, 'count'), denominator: sumOf(ofSex, 'denominator') }];
      }),
    );
    return { ...row, bySex };
  });
  return { groups, rows };
}
