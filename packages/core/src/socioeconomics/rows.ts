import { add, div, exact, int, mul, roundWhole, sub, ZERO } from './exact.ts';
import type { TExact } from './exact.ts';
import type {
  TSocioIncomeSource,
  TSocioParameters,
  TSocioPayer,
  TSocioRow,
  TSocioRowFigures,
  TSocioTotals,
} from './types.ts';

/**
 * Who pays each income source (socioeconomics.md "Formulas"; seed 001 Tabell 3
 * columns "Minskad utb. förs. från IFO / FK / AF", l.1189–1214). Rehabilitation
 * benefit and sickness compensation are Försäkringskassan's like sickness benefit.
 */
export const payerOfIncomeSource: Readonly<Record<TSocioIncomeSource, TSocioPayer>> = {
  social_assistance: 'municipality_social_services',
  sickness_benefit: 'FK',
  rehabilitation_benefit: 'FK',
  activity_compensation: 'FK',
  sickness_compensation: 'FK',
  activity_support: 'AF',
};

function sumPaidBy(row: TSocioRow, payer: TSocioPayer): TExact {
  return add(
    ...row.before
      .filter((b) => payerOfIncomeSource[b.source] === payer)
      .map((b) => exact(b.monthly)),
  );
}

/**
 * One person's monthly figures, each rounded to whole kronor (the seed's table rounds
 * per row, l.1189–1214):
 * - reduced payments per payer = the `before` amounts that payer paid;
 * - tax increase = taxRate × salary − tax paid on benefits before (seed l.1222–1226);
 *   0 for studies, because the seed does not deduct the lost benefit tax (row 10);
 * - production value = salary × productionFactor (l.1226–1228); 0 for studies;
 * - subsidies = the monthly wage-subsidy amount, a cost paid by AF (l.1240–1243).
 */
export function computeSocioRow(row: TSocioRow, parameters: TSocioParameters): TSocioRowFigures {
  const taxOnBenefits = add(...row.before.map((b) => exact(b.tax)));
  const employment = row.after.kind === 'employment' ? row.after : null;
  const salary = employment ? exact(employment.salary) : ZERO;
  return {
    before: roundWhole(add(...row.before.map((b) => exact(b.monthly)))),
    taxOnBenefits: roundWhole(taxOnBenefits),
    salary: roundWhole(salary),
    taxIncrease: employment
      ? roundWhole(sub(mul(exact(parameters.taxRate), salary), taxOnBenefits))
      : 0,
    reducedSocialServices: roundWhole(sumPaidBy(row, 'municipality_social_services')),
    reducedFK: roundWhole(sumPaidBy(row, 'FK')),
    reducedAF: roundWhole(sumPaidBy(row, 'AF')),
    productionValue: employment ? roundWhole(mul(salary, exact(parameters.productionFactor))) : 0,
    subsidies: employment ? roundWhole(exact(employment.subsidyMonthly)) : 0,
  };
}

const totalFields = [
  'before',
  'taxIncrease',
  'reducedSocialServices',
  'reducedFK',
  'reducedAF',
  'productionValue',
  'subsidies',
] as const satisfies readonly (keyof TSocioTotals)[];

/**
 * Monthly totals: sums of the already rounded rows, as the seed's table adds them
 * (socioeconomics.md "Rounding").
 */
export function sumSocioRows(rows: readonly TSocioRowFigures[]): TSocioTotals {
  const totals = Object.fromEntries(totalFields.map((f) => [f, 0])) as TSocioTotals;
  for (const row of rows) for (const f of totalFields) totals[f] += row[f];
  return totals;
}

/** A year = the monthly total × monthsPerYear (socioeconomics.md "Rounding"). */
export function yearlySocioTotals(
  monthly: TSocioTotals,
  parameters: TSocioParameters,
): TSocioTotals {
  const months = parameters.monthsPerYear;
  return Object.fromEntries(totalFields.map((f) => [f, monthly[f] * months])) as TSocioTotals;
}

/**
 * The yearly sickness benefit in the rows and how much less it would be from year 2
 * (80 % → 75 % of SGI: × (1 − 75/80) = 6.25 %). Seed 001 note 19 (l.1233–1236) says
 * "ca 63 500", which is 5 % of the amount; we compute the rule exactly (79 380 for
 * Hudiksvall) and the published figure is a known difference.
 */
export function sicknessBenefitYear2(
  rows: readonly TSocioRow[],
  parameters: TSocioParameters,
): { sicknessBenefitYearly: number; reduction: number } {
  const monthly = add(
    ...rows.flatMap((r) =>
      r.before.filter((b) => b.source === 'sickness_benefit').map((b) => exact(b.monthly)),
    ),
  );
  const yearly = roundWhole(mul(monthly, int(parameters.monthsPerYear)));
  const { year1, year2 } = parameters.sicknessBenefitPct;
  const share = sub(int(1), div(exact(year2), exact(year1)));
  return { sicknessBenefitYearly: yearly, reduction: roundWhole(mul(int(yearly), share)) };
}
