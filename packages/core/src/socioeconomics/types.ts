import type { TEmployerType } from '../domain/enums.ts';

/**
 * Types of the socio-economic calculator (socioeconomics.md). Amounts are kronor as
 * decimal numbers in the input; the calculator keeps them exact (exact.ts) and
 * returns whole kronor.
 */

/** Income sources the calculator can attribute to a payer (socioeconomics.md "Formulas"). */
export const socioIncomeSources = [
  'social_assistance',
  'sickness_benefit',
  'rehabilitation_benefit',
  'activity_compensation',
  'sickness_compensation',
  'activity_support',
] as const;
export type TSocioIncomeSource = (typeof socioIncomeSources)[number];

export const socioPayers = ['municipality_social_services', 'FK', 'AF'] as const;
export type TSocioPayer = (typeof socioPayers)[number];

export const benefitPeriodRules = ['seed_simple', 'geometric'] as const;
export type TBenefitPeriodRule = (typeof benefitPeriodRules)[number];

/** One income source before the programme, per month. */
export type TSocioBefore = { source: TSocioIncomeSource; monthly: number; tax: number };

export type TSocioAfter =
  | {
      kind: 'employment';
      salary: number;
      extentPct: number;
      employer: TEmployerType;
      subsidyPct: number;
      subsidyMonthly: number;
    }
  | { kind: 'studies'; studyAllowanceMonthly: number };

/** Figures a source published for a row, compared with the computed ones. */
export type TSocioPublishedRow = Partial<Record<TSocioMonthlyField, number>>;

/** One person: before and after the programme. */
export type TSocioRow = {
  id: number | string;
  before: TSocioBefore[];
  after: TSocioAfter;
  published?: TSocioPublishedRow;
};

export type THousingSupportRow = { hoursBefore: number; hoursAfter: number };

export const socioMonthlyFields = [
  'taxIncrease',
  'reducedSocialServices',
  'reducedFK',
  'reducedAF',
  'productionValue',
  'subsidies',
] as const;
export type TSocioMonthlyField = (typeof socioMonthlyFields)[number];

/** A row's monthly figures in whole kronor. */
export type TSocioRowFigures = Record<TSocioMonthlyField, number> & {
  before: number;
  taxOnBenefits: number;
  salary: number;
};

export type TSocioTotals = Record<TSocioMonthlyField, number> & { before: number };

/** A named, versioned parameter set (socioeconomics.md "Parameters"). */
export type TSocioParameters = {
  id: string;
  year: number;
  /** Municipal + regional income tax on salaries. */
  taxRate: number;
  /** The municipal part of `taxRate`; null when not known (no municipal tax share). */
  municipalTaxRate: number | null;
  /** Salary × this = production value (salary plus employer fees). */
  productionFactor: number;
  monthsPerYear: number;
  weeksPerYear: number;
  /** Cost of one hour of housing support; null when the municipality has not given one. */
  housingSupportHourlyCost: number | null;
  /** Sickness benefit as % of SGI in year 1 and from year 2. */
  sicknessBenefitPct: { year1: number; year2: number };
  retentionShare: number;
  horizonYears: number;
  /** IPS is this many times as effective as usual rehabilitation: [low, high]. */
  effectVsUsual: [number, number];
  discountRate: number;
  programmeCostPerYear: number;
  benefitPeriodRule: TBenefitPeriodRule;
};
