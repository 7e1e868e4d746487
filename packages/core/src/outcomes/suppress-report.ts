import type { TSex } from '../domain/enums.ts';
import type { TBreakdownRow } from './breakdown.ts';
import type { TOutcomeReport, TOutcomeRow } from './outcome-report.ts';
import {
  displayCell,
  suppressTable,
  type TSuppressionOptions,
  type TTableSuppression,
} from './suppression.ts';

/** Shown instead of a rate computed on fewer than `threshold` (outcomes.md "Small numbers"). */
export const suppressedRate = '–';

/** An exact number, or the label of a suppressed cell. */
export type TShown = number | string;

/** An outcome row as shown to roles without personal-data access (outcomes.md "Small numbers"). */
export type TSuppressedOutcomeRow = {
  outcome: string;
  count: TShown;
  denominator: TShown;
  rate: number | null | typeof suppressedRate;
  bySex: Partial<Record<TSex, { count: TShown; denominator: TShown }>>;
};

/** The suppressed view of a `TOutcomeReport`. */
export type TSuppressedOutcomeReport = Omit<TOutcomeReport, 'rows' | 'unknown'> & {
  rows: TSuppressedOutcomeRow[];
  unknown: Record<string, TShown>;
};

type TCell = [number, number];

/**
 * Each outcome row as a 2 × sexes table: reached / not reached by sex, whose margins
 * are the published count, the derivable "not reached" total, the by-sex
 * denominators and the denominator.
 */
function rowTable(row: TOutcomeRow, sexes: TSex[]): number[][] {
  const reached = sexes.map((s) => row.bySex[s]?.count ?? 0);
  const notReached = sexes.map(
    (s) => (row.bySex[s]?.denominator ?? 0) - (row.bySex[s]?.count ?? 0),
  );
  return [reached, notReached];
}

/**
 * The suppressed view of an outcome report (outcomes.md "Small numbers"): counts
 * 1 … threshold−1 and the cells that would give them away are replaced by labels
 * (see suppression.ts), and a rate is shown as "–" when its denominator is below
 * the threshold or its count or denominator is suppressed (a rate and a denominator
 * give the count back).
 *
 * Denominators are shared by the rows, so a by-sex denominator suppressed in one
 * row is suppressed in all of them (iterated until stable). Not protected: the
 * differences between the rows' `closed_or_outcome` denominators, which vary per
 * outcome.
 */
export function suppressOutcomeReport(
  report: TOutcomeReport,
  options: TSuppressionOptions = {},
): TSuppressedOutcomeReport {
  const threshold = options.threshold ?? 5;
  const results = new Map<string, { sexes: TSex[]; suppression: TTableSuppression }>();
  const denominatorCells = new Set<string>();
  for (;;) {
    const before = denominatorCells.size;
    for (const row of report.rows) {
      const sexes = Object.keys(row.bySex) as TSex[];
      // The denominators are the last row of the extended table; keyed by sex so they
      // carry across rows even when a row has other sexes present.
      const pre: TCell[] = [...denominatorCells].flatMap((key) => {
        const j = key === '*' ? sexes.length : sexes.indexOf(key as TSex);
        return j === -1 ? [] : [[2, j] as TCell];
      });
      const suppression = suppressTable(rowTable(row, sexes), { ...options, preSuppressed: pre });
      results.set(row.outcome, { sexes, suppression });
      suppression.state[2]?.forEach((s, j) => {
        if (s !== 'visible') denominatorCells.add(j === sexes.length ? '*' : (sexes[j] ?? '*'));
      });
    }
    if (denominatorCells.size === before) break;
  }

  const rows = report.rows.map((row): TSuppressedOutcomeRow => {
    const result = results.get(row.outcome);
    if (!result) throw new Error(`no suppression for ${row.outcome}`);
    const { sexes, suppression } = result;
    const total = sexes.length;
    const count = displayCell(suppression, 0, total, options);
    const denominator = displayCell(suppression, 2, total, options);
    const hidden = typeof count === 'string' || typeof denominator === 'string';
    const bySex: TSuppressedOutcomeRow['bySex'] = {};
    sexes.forEach((sex, j) => {
      bySex[sex] = {
        count: displayCell(suppression, 0, j, options),
        denominator: displayCell(suppression, 2, j, options),
      };
    });
    return {
      outcome: row.outcome,
      count,
      denominator,
      rate: hidden || row.denominator < threshold ? suppressedRate : row.rate,
      bySex,
    };
  });
  const unknown: Record<string, TShown> = {};
  for (const [id, n] of Object.entries(report.unknown)) {
    unknown[id] = n >= 1 && n < threshold ? (options.primaryLabel ?? `<${threshold}`) : n;
  }
  return { period: report.period, denominator: report.denominator, rows, unknown };
}

/** A breakdown row with its count possibly replaced by a label. */
export type TSuppressedBreakdownRow = Record<string, TShown>;

/**
 * The suppressed view of a `participants` / `closures` breakdown (interchange.md).
 * The rows are laid out as a table (first dimension × the combination of the
 * others; one dimension = a single row), combinations not present are zeros, and
 * the margins of that table are assumed published elsewhere, so they are protected
 * too. Other margins of a three-dimensional breakdown are not.
 */
export function suppressBreakdown(
  rows: readonly TBreakdownRow[],
  dimensions: readonly string[],
  options: TSuppressionOptions = {},
): TSuppressedBreakdownRow[] {
  if (rows.length === 0) return [];
  const [first, ...rest] = dimensions;
  const rowKey = (r: TBreakdownRow): string => (first === undefined ? '' : String(r[first]));
  const colKey = (r: TBreakdownRow): string => JSON.stringify(rest.map((d) => r[d]));
  const useRows = rest.length > 0;
  const rowKeys = useRows ? [...new Set(rows.map(rowKey))] : [''];
  const colKeys = useRows ? [...new Set(rows.map(colKey))] : rows.map(rowKey);
  const position = (r: TBreakdownRow): TCell =>
    useRows
      ? [rowKeys.indexOf(rowKey(r)), colKeys.indexOf(colKey(r))]
      : [0, colKeys.indexOf(rowKey(r))];
  const cells = rowKeys.map((_, i) =>
    colKeys.map((_, j) => {
      const found = rows.find((r) => {
        const [ri, rj] = position(r);
        return ri === i && rj === j;
      });
      return found?.count ?? 0;
    }),
  );
  const suppression = suppressTable(cells, options);
  return rows.map((r) => {
    const [i, j] = position(r);
    return { ...r, count: displayCell(suppression, i, j, options) };
  });
}
