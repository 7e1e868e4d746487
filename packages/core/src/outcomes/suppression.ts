/*
 * Small-number suppression of a count table with published margins (outcomes.md
 * "Small numbers"). Pure: the caller decides who gets the suppressed view.
 *
 * The algorithm, on the table extended with its row totals, column totals and
 * grand total (all of them treated as published cells that may be suppressed):
 *
 * 1. Primary: every cell with 1 ≤ value < threshold (default 5) is suppressed.
 *    Zeros are shown: they reveal nothing about a person.
 * 2. Secondary, repeated until nothing changes:
 *    a. A line (row or column of the extended table, i.e. cells + their total) with
 *       exactly one suppressed cell would give it away by subtraction: suppress the
 *       smallest non-zero visible cell of that line (inner cells before totals on a
 *       tie, then the first).
 *    b. Otherwise, a suppressed cell that lies on no cycle of suppressed cells (a
 *       "bridge" when cells are edges between their row and their column) is still
 *       determined by a chain of subtractions across lines: suppress the smallest
 *       non-zero visible cell that closes a cycle through it; failing that, the
 *       smallest non-zero visible cell in its row or column, and look again.
 *
 * Why this protects: with the totals written as negatives, every line of the
 * extended table sums to zero, so the values the visible cells leave open are
 * exactly the integer combinations of cycles of suppressed cells. When every
 * suppressed cell lies on a cycle and is at least 1 (zeros are never suppressed),
 * adding and subtracting 1 alternately around the cycle gives another non-negative
 * table with the same visible cells: no suppressed cell is uniquely determined.
 * The tests check this by brute force.
 *
 * Residual risk, documented rather than hidden: primary and secondary cells carry
 * different labels by default ("<5" as outcomes.md asks, ".." for the others); a
 * reader who knows this algorithm knows a ".." cell is ≥ threshold, which narrows the
 * range. Give both labels the same text to close that.
 */

export type TSuppressionOptions = {
  /** Counts 1 … threshold−1 are suppressed (default 5: counts 1–4). */
  threshold?: number;
  /** Default `<threshold`, e.g. "<5". */
  primaryLabel?: string;
  /** Default "..". */
  secondaryLabel?: string;
};

/** Shown, suppressed as a small count, or suppressed to protect another cell. */
export type TCellState = 'visible' | 'primary' | 'secondary';

/**
 * The suppression of a table: `state[i][j]` over the extended grid, where row
 * `rows` is the column totals and column `cols` the row totals
 * (`state[rows][cols]` = grand total).
 */
export type TTableSuppression = {
  values: number[][];
  state: TCellState[][];
  /** False only if no further cell could be suppressed to protect a bridge (should not happen). */
  complete: boolean;
};

/** The table with its margins: an (r+1)×(c+1) grid. */
export function extendWithTotals(cells: readonly (readonly number[])[]): number[][] {
  const cols = cells[0]?.length ?? 0;
  const grid = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: cols + 1 }, (_, j) =>
    grid.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  return [...grid, totals];
}

type TCell = [number, number];

function linesOf(values: number[][]): TCell[][] {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const lines: TCell[][] = [];
  for (let i = 0; i < rows; i++) lines.push(Array.from({ length: cols }, (_, j): TCell => [i, j]));
  for (let j = 0; j < cols; j++) lines.push(Array.from({ length: rows }, (_, i): TCell => [i, j]));
  return lines;
}

/** Row vertices 0…R−1, column vertices R…R+C−1; returns the vertices reachable from `start`. */
function reachable(
  suppressed: (i: number, j: number) => boolean,
  rows: number,
  cols: number,
  start: number,
  skip: TCell,
): Set<number> {
  const seen = new Set<number>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const v = stack.pop() ?? 0;
    const neighbours: number[] = [];
    if (v < rows) {
      for (let j = 0; j < cols; j++)
        if (suppressed(v, j) && !(v === skip[0] && j === skip[1])) neighbours.push(rows + j);
    } else {
      const j = v - rows;
      for (let i = 0; i < rows; i++)
        if (suppressed(i, j) && !(i === skip[0] && j === skip[1])) neighbours.push(i);
    }
    for (const n of neighbours) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
}

/**
 * Suppresses a table given either as inner cells (margins added) or, with
 * `{ extended: true }`, as the full grid including margins. `preSuppressed` cells of
 * the extended grid are suppressed as secondary from the start (used to keep a
 * denominator suppressed in every row once it is in one). outcomes.md "Small numbers".
 */
export function suppressTable(
  cells: readonly (readonly number[])[],
  options: TSuppressionOptions & { extended?: boolean; preSuppressed?: readonly TCell[] } = {},
): TTableSuppression {
  const threshold = options.threshold ?? 5;
  const values = options.extended ? cells.map((r) => [...r]) : extendWithTotals(cells);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const state: TCellState[][] = values.map((row) =>
    row.map((v): TCellState => (v >= 1 && v < threshold ? 'primary' : 'visible')),
  );
  const suppress = ([i, j]: TCell): void => {
    const row = state[i];
    if (row) row[j] = 'secondary';
  };
  for (const [i, j] of options.preSuppressed ?? []) {
    if (state[i]?.[j] === 'visible' && (values[i]?.[j] ?? 0) > 0) suppress([i, j]);
  }
  const value = (i: number, j: number): number => values[i]?.[j] ?? 0;
  const isSuppressed = (i: number, j: number): boolean => state[i]?.[j] !== 'visible';
  const isInner = (i: number, j: number): boolean => i < rows - 1 && j < cols - 1;
  const smallest = (candidates: TCell[]): TCell | undefined =>
    candidates
      .filter(([i, j]) => !isSuppressed(i, j) && value(i, j) > 0)
      .sort(
        ([ai, aj], [bi, bj]) =>
          value(ai, aj) - value(bi, bj) || Number(isInner(bi, bj)) - Number(isInner(ai, aj)),
      )[0];
  const lines = linesOf(values);

  for (;;) {
    const lonely = lines.find((line) => line.filter(([i, j]) => isSuppressed(i, j)).length === 1);
    if (lonely) {
      const partner = smallest(lonely);
      if (partner) {
        suppress(partner);
        continue;
      }
    }
    let bridge: TCell | undefined;
    let sides: [Set<number>, Set<number>] | undefined;
    for (let i = 0; i < rows && !bridge; i++) {
      for (let j = 0; j < cols && !bridge; j++) {
        if (!isSuppressed(i, j)) continue;
        const fromRow = reachable(isSuppressed, rows, cols, i, [i, j]);
        if (fromRow.has(rows + j)) continue;
        bridge = [i, j];
        sides = [fromRow, reachable(isSuppressed, rows, cols, rows + j, [i, j])];
      }
    }
    if (!bridge || !sides) return { values, state, complete: true };
    const [a, b] = sides;
    const closing: TCell[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const crosses = (a.has(i) && b.has(rows + j)) || (b.has(i) && a.has(rows + j));
        if (crosses) closing.push([i, j]);
      }
    }
    const [bi, bj] = bridge;
    const fallback = [
      ...Array.from({ length: cols }, (_, j): TCell => [bi, j]),
      ...Array.from({ length: rows }, (_, i): TCell => [i, bj]),
    ];
    const next = smallest(closing) ?? smallest(fallback);
    if (!next) return { values, state, complete: false };
    suppress(next);
  }
}

/** The display value of one cell: the number, or its label when suppressed. */
export function displayCell(
  suppression: TTableSuppression,
  i: number,
  j: number,
  options: TSuppressionOptions = {},
): number | string {
  const state = suppression.state[i]?.[j] ?? 'visible';
  const threshold = options.threshold ?? 5;
  if (state === 'primary') return options.primaryLabel ?? `<${threshold}`;
  if (state === 'secondary') return options.secondaryLabel ?? '..';
  return suppression.values[i]?.[j] ?? 0;
}
