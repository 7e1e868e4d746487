import { add, div, exact, int, mul, ONE, pow, roundWhole, toDecimal } from './exact.ts';
import type { TExact } from './exact.ts';
import type { TBenefitPeriodRule, TSocioParameters } from './types.ts';

/** One year of the benefit period, whole kronor. */
export type TBenefitYear = {
  year: number;
  /** This year's value relative to the first year under the rule, to 4 decimals. */
  factor: number;
  reducedPayments: number;
  /** Försäkringskassan's part of the reduced payments (the sickness-benefit year-2 rule applies to it). */
  reducedFK: number;
  taxIncrease: number;
  housingSupport: number;
  /** Social services plus housing support. */
  municipality: number;
};

export type TBenefitPeriod = {
  rule: TBenefitPeriodRule;
  horizonYears: number;
  retentionShare: number;
  discountRate: number;
  /** What the multiplied figures mean under this rule. */
  meaning: 'yearly_value_in_final_year' | 'total_over_horizon';
  /** The factor on the first year's figures that gives `figures`, to 4 decimals. */
  multiplier: number;
  /** Per year of the horizon: the factor on the first year's figures. */
  yearFactors: number[];
};

type TPeriodParameters = Pick<TSocioParameters, 'horizonYears' | 'retentionShare' | 'discountRate'>;

/**
 * The factor of each year of the horizon on the first year's figures.
 * - `seed_simple` (seed 001 l.1290–1322 and notes 22–23): year 1 is the observed
 *   first operating year (× 1). Each later year a new group like the first becomes
 *   self-supporting and, of all groups, the retention share stays so: the yearly value
 *   in year t is the first year's × t × retention ("15 personer" from 10 after three
 *   years, "nio personer (3 x 3)" from 6; 386 520 × 1.5 = 579 780 "på årsbasis",
 *   391 756 × 1.5 = 587 634 "under år tre").
 * - `geometric`, the standard cohort rule: one cohort, year 1 in full, then ×
 *   retention each later year, discounted at discountRate.
 */
function yearFactorsOf(rule: TBenefitPeriodRule, p: TPeriodParameters): TExact[] {
  const retention = exact(p.retentionShare);
  if (rule === 'seed_simple')
    return Array.from({ length: p.horizonYears }, (_, i) =>
      i === 0 ? ONE : mul(int(i + 1), retention),
    );
  const discount = add(ONE, exact(p.discountRate));
  return Array.from({ length: p.horizonYears }, (_, t) => div(pow(retention, t), pow(discount, t)));
}

function multiplierOf(rule: TBenefitPeriodRule, p: TPeriodParameters): TExact {
  const factors = yearFactorsOf(rule, p);
  return rule === 'seed_simple' ? (factors[factors.length - 1] ?? ONE) : add(...factors);
}

/**
 * The benefit period (nyttoperiod). Under `seed_simple` the figures are the yearly
 * value in the final year of the horizon (what the seed publishes); under `geometric`
 * (the default for new analyses) they are the total over the horizon.
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
    yearFactors: yearFactorsOf(rule, parameters).map((f) => toDecimal(f, 4)),
  };
}

/**
 * Applies the benefit period's multiplier to first-year figures that are already
 * whole kronor, as the seed does (386 520 × 1.5 = 579 780; 391 756 × 1.5 = 587 634;
 * applying it to the unrounded 391 755.52 would give 587 633).
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

/** The first year's yearly figures, whole kronor. */
export type TFirstYear = {
  reducedSocialServices: number;
  reducedFK: number;
  reducedAF: number;
  taxIncrease: number;
  housingSupport: number;
};

/**
 * Year by year over the horizon: each year's value is the first year's × that year's
 * factor, rounded to whole kronor per figure; reduced payments are the sum of the
 * rounded payers. From year 2 on, Försäkringskassan's savings are the first year's
 * less the sickness-benefit year-2 reduction (socioeconomics.md
 * `sicknessBenefitYear2Factor`: sickness benefit falls from 80 % to 75 % of SGI after
 * a year, so the benefit the programme saves is smaller from then on).
 */
export function benefitPeriodYears(
  rule: TBenefitPeriodRule,
  parameters: TPeriodParameters,
  first: TFirstYear,
  sicknessBenefitYear2Reduction: number,
): TBenefitYear[] {
  return yearFactorsOf(rule, parameters).map((f, i) => {
    const at = (v: number) => roundWhole(mul(exact(v), f));
    const fkBase = i === 0 ? first.reducedFK : first.reducedFK - sicknessBenefitYear2Reduction;
    const socialServices = at(first.reducedSocialServices);
    const reducedFK = at(fkBase);
    const housingSupport = at(first.housingSupport);
    return {
      year: i + 1,
      factor: toDecimal(f, 4),
      reducedPayments: socialServices + reducedFK + at(first.reducedAF),
      reducedFK,
      taxIncrease: at(first.taxIncrease),
      housingSupport,
      municipality: socialServices + housingSupport,
    };
  });
}

/**
 * The figures of the benefit period from its years: the final year under
 * `seed_simple`, the sum of the years under `geometric`.
 */
export function benefitPeriodFigures(
  rule: TBenefitPeriodRule,
  years: readonly TBenefitYear[],
): { reducedPayments: number; taxIncrease: number; housingSupport: number } {
  if (rule === 'seed_simple') {
    const last = years[years.length - 1];
    return {
      reducedPayments: last?.reducedPayments ?? 0,
      taxIncrease: last?.taxIncrease ?? 0,
      housingSupport: last?.housingSupport ?? 0,
    };
  }
  const sum = (k: 'reducedPayments' | 'taxIncrease' | 'housingSupport') =>
    years.reduce((s, y) => s + y[k], 0);
  return {
    reducedPayments: sum('reducedPayments'),
    taxIncrease: sum('taxIncrease'),
    housingSupport: sum('housingSupport'),
  };
}
