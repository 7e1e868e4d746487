import type { TSocioRow, TSocioRowFigures } from './types.ts';
import { socioMonthlyFields } from './types.ts';

export type TSocioDifference = {
  /** The row's id, or null for a total. */
  row: number | string | null;
  field: string;
  published: number;
  computed: number;
};

/** Totals a source published: per month, per year, and single figures. */
export type TSocioPublishedTotals = {
  monthly?: Partial<Record<string, number>>;
  yearly?: Partial<Record<string, number>>;
  sicknessBenefitYear2Reduction?: number;
};

/**
 * Published versus computed (socioeconomics.md "Known defects in the seed's table"):
 * Lots computes by the rules and lists every published cell that differs, rather than
 * adopting either silently. Rows first (in input order, fields in table order), then
 * monthly totals, yearly totals and single figures. A published figure with no
 * computed counterpart is ignored.
 */
export function comparePublished(
  rows: readonly TSocioRow[],
  computedRows: readonly TSocioRowFigures[],
  publishedTotals: TSocioPublishedTotals | undefined,
  computedTotals: {
    monthly: Record<string, number>;
    yearly: Record<string, number>;
    sicknessBenefitYear2Reduction: number;
  },
): TSocioDifference[] {
  const out: TSocioDifference[] = [];
  rows.forEach((row, i) => {
    const computed = computedRows[i];
    if (!row.published || !computed) return;
    for (const field of socioMonthlyFields) {
      const published = row.published[field];
      if (published !== undefined && published !== computed[field])
        out.push({ row: row.id, field, published, computed: computed[field] });
    }
  });
  for (const period of ['monthly', 'yearly'] as const) {
    for (const [field, published] of Object.entries(publishedTotals?.[period] ?? {})) {
      const computed = computedTotals[period][field];
      if (published !== undefined && computed !== undefined && published !== computed)
        out.push({ row: null, field: `${period}.${field}`, published, computed });
    }
  }
  const year2 = publishedTotals?.sicknessBenefitYear2Reduction;
  if (year2 !== undefined && year2 !== computedTotals.sicknessBenefitYear2Reduction)
    out.push({
      row: null,
      field: 'sicknessBenefitYear2.reduction',
      published: year2,
      computed: computedTotals.sicknessBenefitYear2Reduction,
    });
  return out;
}
