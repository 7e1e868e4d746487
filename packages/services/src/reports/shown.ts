import { displayCell, suppressTable } from '@lots/core';

/** A count as shown: a number, or the label of a suppressed cell. */
export type TShownValue = number | string;

/**
 * A single count as shown: exact, or "<5" for 1–4 when suppressed (outcomes.md
 * "Small numbers"). For a lone figure with no published margin the primary rule is
 * all there is to apply.
 */
export function shownCount(n: number, suppressed: boolean, threshold = 5): TShownValue {
  return suppressed && n >= 1 && n < threshold ? `<${threshold}` : n;
}

/**
 * A table of counts published with its row and column totals, suppressed with core's
 * `suppressTable` (small counts and the cells that would give them away are
 * labelled); exact when not suppressed. `cells[i][j]`, `rowTotals[i]`,
 * `columnTotals[j]`, `total`.
 */
export function shownTable(
  values: readonly (readonly number[])[],
  suppressed: boolean,
  threshold = 5,
): {
  cells: TShownValue[][];
  rowTotals: TShownValue[];
  columnTotals: TShownValue[];
  total: TShownValue;
} {
  const s = suppressTable(values, { threshold });
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const at = (i: number, j: number): TShownValue =>
    suppressed ? displayCell(s, i, j, { threshold }) : (s.values[i]?.[j] ?? 0);
  return {
    cells: values.map((row, i) => row.map((_, j) => at(i, j))),
    rowTotals: values.map((_, i) => at(i, cols)),
    columnTotals: Array.from({ length: cols }, (_, j) => at(rows, j)),
    total: at(rows, cols),
  };
}
