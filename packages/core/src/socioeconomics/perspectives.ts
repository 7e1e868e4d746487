import { div, exact, int, mul, roundWhole } from './exact.ts';
import type { TSocioParameters, TSocioTotals } from './types.ts';

export type TSocioSummary = {
  /** Payments no longer made, all payers, per year. */
  reducedPayments: number;
  housingSupport: number;
  /** Payments + housing support (seed: 2 164 360). */
  grossSavings: number;
  /** Gross savings + increased tax (seed: 2 550 880). */
  grossSavingsPlusTax: number;
  programmeCost: number;
  /** Gross savings + tax − programme cost: the seed's "över 1,5 miljoner" (l.1569). */
  fiscalNet: number;
};

export type TSocioPerspectives = {
  /** Social services + housing support saved: the seed's 563 356 (l.1600). */
  municipality: number;
  /** As above plus the municipal share of the tax increase; null without municipalTaxRate. */
  municipalityIncludingTax: number | null;
  /** The regional share of the tax increase; null without municipalTaxRate. */
  region: number | null;
  FK: number;
  /** Activity support saved minus the wage subsidies AF pays. */
  AF: number;
  /** Payments + housing + tax + production value − subsidies − programme cost. */
  society: number;
  individual: { monetised: false; note: string };
};

/**
 * Summary and perspectives (socioeconomics.md "Perspectives"; seed 001 l.1562–1620).
 * The seed's municipal perspective (563 356 = 171 600 + 391 756, "minskade utgifter
 * för försörjningsstöd och boendestödsinsatser") has no tax in it; the municipal
 * share of the tax increase is shown separately as `municipalityIncludingTax`.
 */
export function socioPerspectives(
  yearly: TSocioTotals,
  housingSupportReduction: number,
  parameters: TSocioParameters,
): { summary: TSocioSummary; perspectives: TSocioPerspectives } {
  const grossSavings = yearly.before + housingSupportReduction;
  const programmeCost = roundWhole(exact(parameters.programmeCostPerYear));
  const municipalTax =
    parameters.municipalTaxRate === null
      ? null
      : roundWhole(
          mul(
            int(yearly.taxIncrease),
            div(exact(parameters.municipalTaxRate), exact(parameters.taxRate)),
          ),
        );
  const municipality = yearly.reducedSocialServices + housingSupportReduction;
  return {
    summary: {
      reducedPayments: yearly.before,
      housingSupport: housingSupportReduction,
      grossSavings,
      grossSavingsPlusTax: grossSavings + yearly.taxIncrease,
      programmeCost,
      fiscalNet: grossSavings + yearly.taxIncrease - programmeCost,
    },
    perspectives: {
      municipality,
      municipalityIncludingTax: municipalTax === null ? null : municipality + municipalTax,
      region: municipalTax === null ? null : yearly.taxIncrease - municipalTax,
      FK: yearly.reducedFK,
      AF: yearly.reducedAF - yearly.subsidies,
      society:
        grossSavings +
        yearly.taxIncrease +
        yearly.productionValue -
        yearly.subsidies -
        programmeCost,
      individual: {
        monetised: false,
        note: 'Not valued in money: show the participants’ reported changes (health, quality of life) beside the figures.',
      },
    },
  };
}
