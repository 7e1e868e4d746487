import { add, div, exact, int, mul, ONE, pow, roundWhole, toDecimal } from './exact.ts';
import type { TExact } from './exact.ts';
import type { TBenefitPeriodRule, TSocioParameters } from './types.ts';

export type TBenefitPeriod = {
  rule: TBenefitPeriodRule;
  horizonYears: number;
  retentionShare: number;
  discountRate: number;
  /** What the multiplied figures mean under this rule. */
  meaning: 'yearly_value_in_final_year' | 'total_over_horizon';
  /** The factor on the first year's figures, to 4 decimals for display. */
  multiplier: number;
  /** Per year of the horizon: the factor on the first year's figures (geometric only). */
  yearFactors: number[] | null;
};

type TPeriodParameters = Pick<TSocioParameters, 'horizonYears' | 'retentionShare' | 'discountRate'>;

function multiplierOf(rule: TBenefitPeriodRule, p: TPeriodParameters): TExact {
  if (rule === 'seed_simple') return mul(int(p.horizonYears), exact(p.retentionShare));
  return add(...geometricFactors(p));
}

function geometricFactors(p: TPeriodParameters): TExact[] {
  const retention = exact(p.retentionShare);
  const discount = add(ONE, exact(p.discountRate));
  return Array.from({ length: p.horizonYears }, (_, t) => div(pow(retention, t), pow(discount, t)));
}

/**
 * The benefit period (nyttoperiod).
 * - `seed_simple`, exactly the seed's rule (seed 001 l.1290–1322 and notes 22–23):
 *   each year a new cohort like the first becomes self-supporting and half of them
 *   stay so, so after H years the yearly value is the first year's × H × retention
 *   (3 × 0.5 = 1.5: "15 personer" from 10; "nio personer (3 x 3)" from 6).
 * - `geometric`, the standard cohort rule and the default for new analyses: one
 *   cohort, year 1 in full, then × retention each later year, discounted at
 *   discountRate; the figures are the total over the horizon.
 */
export function benefitPeriod(
  rule: TBenefitPeriodRule,
  parameters: TPeriodParameters,
): TBenefitPeriod {
  return {
    rule,
    horizonYears: parameters.horizonYears,
    retentionShare: parameters.retentionShare,
    discountRate: parameters.discountRate,
    meaning: rule === 'seed_simple' ? 'yearly_value_in_final_year' : 'total_over_horizon',
    multiplier: toDecimal(multiplierOf(rule, parameters), 4),
    yearFactors:
      rule === 'geometric' ? geometricFactors(parameters).map((f) => toDecimal(f, 4)) : null,
  };
}

/**
 * Applies the benefit period to first-year figures that are already whole kronor, as
 * the seed does (386 520 × 1.5 = 579 780; 391 756 × 1.5 = 587 634; applying it to the
 * unrounded 391 755.52 would give 587 633).
 */
export function applyBenefitPeriod<K extends string>(
  rule: TBenefitPeriodRule,
  parameters: TPeriodParameters,
  figures: Readonly<Record<K, number>>,
): Record<K, number> {
  const m = multiplierOf(rule, parameters);
  const out = {} as Record<K, number>;
  for (const key of Object.keys(figures) as K[]) out[key] = roundWhole(mul(exact(figures[key]), m));
  return out;
}
