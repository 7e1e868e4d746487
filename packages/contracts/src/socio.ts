import { employerTypes, socioIncomeSources, benefitPeriodRules } from '@lots/core';
import { z } from 'zod';

/*
 * `lots socio --input` (interchange.md "Socio-economic JSON"): the document is the
 * shape of shared/fixtures/hudiksvall-2017-socioeconomic.json. Properties the
 * calculator does not use (the fixture's `source`, `payers`, `note`, a housing row's
 * `sex` and `activity`, expected figures) are accepted and ignored, so a published
 * analysis can be fed in as it is.
 */

const ZKronor = z.number().min(0, 'must be 0 or more (kronor)');
const ZShare = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const ZPct = z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');

export const ZSocioParametersInput = z.object({
  set: z
    .string()
    .optional()
    .describe('named parameter set the values override: SE-2017-hudiksvall or SE-2026 (default)'),
  year: z.number().int().optional(),
  taxRate: ZShare.optional(),
  municipalTaxRate: ZShare.nullable().optional(),
  productionFactor: z.number().min(0).optional(),
  monthsPerYear: z.number().int().min(1).max(12).optional(),
  weeksPerYear: z.number().int().min(1).max(53).optional(),
  housingSupportHourlyCost: ZKronor.nullable().optional(),
  sicknessBenefitPct: z.object({ year1: ZPct, year2: ZPct }).optional(),
  retentionShare: ZShare.optional(),
  horizonYears: z.number().int().min(1).max(50).optional(),
  effectVsUsual: z
    .tuple([z.number().gt(1, 'must be above 1'), z.number().gt(1, 'must be above 1')])
    .optional(),
  discountRate: z.number().min(0).max(1).optional(),
  programmeCostPerYear: ZKronor.optional(),
  benefitPeriodRule: z.enum(benefitPeriodRules).optional(),
});

const ZSocioBefore = z.object({
  source: z.enum(socioIncomeSources),
  monthly: ZKronor,
  tax: ZKronor,
});

const ZSocioAfter = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('employment'),
    salary: ZKronor,
    extentPct: z.number().gt(0, 'must be above 0').max(100, 'must be 100 or less'),
    employer: z.enum(employerTypes),
    subsidyPct: ZPct.default(0),
    subsidyMonthly: ZKronor.default(0),
  }),
  z.object({ kind: z.literal('studies'), studyAllowanceMonthly: ZKronor.default(0) }),
]);

const ZPublishedRow = z.object({
  taxIncrease: z.number().optional(),
  reducedSocialServices: z.number().optional(),
  reducedFK: z.number().optional(),
  reducedAF: z.number().optional(),
  productionValue: z.number().optional(),
  subsidies: z.number().optional(),
});

export const ZSocioRowInput = z.object({
  id: z.union([z.number().int(), z.string().min(1).max(100)]),
  before: z.array(ZSocioBefore),
  after: ZSocioAfter,
  published: ZPublishedRow.optional(),
});

const ZHours = z.number().min(0, 'must be 0 or more hours').max(168, 'must be at most 168 hours');

export const ZSocioInput = z.object({
  parameters: ZSocioParametersInput.default({}),
  rows: z.array(ZSocioRowInput),
  housingSupport: z
    .object({ rows: z.array(z.object({ hoursBefore: ZHours, hoursAfter: ZHours })) })
    .optional(),
  outcomeRate: ZShare.nullable()
    .optional()
    .describe('share of closed participants who reached employment, for the counterfactual'),
  publishedTotals: z
    .object({
      monthly: z.record(z.string(), z.number()).optional(),
      yearly: z.record(z.string(), z.number()).optional(),
      sicknessBenefitYear2Reduction: z.number().optional(),
    })
    .optional(),
});
export type TSocioInput = z.infer<typeof ZSocioInput>;

const ZMonthlyFigures = z.object({
  taxIncrease: z.number().int(),
  reducedSocialServices: z.number().int(),
  reducedFK: z.number().int(),
  reducedAF: z.number().int(),
  productionValue: z.number().int(),
  subsidies: z.number().int(),
});
const ZTotals = z.object({ before: z.number().int(), ...ZMonthlyFigures.shape });
const ZBeforeAfter = z.object({ before: z.number(), after: z.number(), reduction: z.number() });

const ZBenefitPeriodOut = z.object({
  rule: z.enum(benefitPeriodRules),
  horizonYears: z.number().int(),
  retentionShare: z.number(),
  discountRate: z.number(),
  meaning: z.enum(['yearly_value_in_final_year', 'total_over_horizon']),
  multiplier: z.number(),
  yearFactors: z.array(z.number()),
  figures: z
    .object({
      reducedPayments: z.number().int(),
      taxIncrease: z.number().int(),
      housingSupport: z.number().int(),
    })
    .describe('seed_simple: the yearly value in the final year; geometric: the sum of the years'),
  years: z
    .array(
      z.object({
        year: z.number().int(),
        factor: z.number().describe("this year's value relative to the first year under the rule"),
        reducedPayments: z.number().int(),
        reducedFK: z
          .number()
          .int()
          .describe('from year 2 less the sickness-benefit year-2 reduction'),
        taxIncrease: z.number().int(),
        housingSupport: z.number().int(),
        municipality: z.number().int(),
      }),
    )
    .describe('the value of each year of the horizon'),
});

export const ZSocioOutput = z.object({
  parameterSet: z.string(),
  rows: z.array(z.object({ id: z.union([z.number(), z.string()]), monthly: ZMonthlyFigures })),
  monthly: ZTotals,
  yearly: ZTotals,
  housingSupport: z
    .object({ hoursPerWeek: ZBeforeAfter, hoursPerYear: ZBeforeAfter, costPerYear: ZBeforeAfter })
    .nullable(),
  summary: z.object({
    reducedPayments: z.number().int(),
    housingSupport: z.number().int(),
    grossSavings: z.number().int(),
    grossSavingsPlusTax: z.number().int(),
    programmeCost: z.number().int(),
    fiscalNet: z.number().int(),
  }),
  perspectives: z.object({
    municipality: z.number().int(),
    municipalityIncludingTax: z.number().int().nullable(),
    region: z.number().int().nullable(),
    FK: z.number().int(),
    AF: z.number().int(),
    society: z.number().int(),
    individual: z.object({ monetised: z.literal(false), note: z.string() }),
  }),
  sicknessBenefitYear2: z.object({
    sicknessBenefitYearly: z.number().int(),
    reduction: z.number().int(),
  }),
  benefitPeriod: ZBenefitPeriodOut,
  /** Both rules side by side, whichever the analysis uses (socioeconomics.md: show which). */
  benefitPeriodByRule: z.object({ seed_simple: ZBenefitPeriodOut, geometric: ZBenefitPeriodOut }),
  counterfactual: z.object({
    outcomeRate: z.number().nullable(),
    scenarios: z.array(
      z.object({
        effectVsUsual: z.number(),
        deadweightRate: z.number().nullable(),
        attributableShare: z.number(),
        figures: z.record(z.string(), z.number().int()),
      }),
    ),
  }),
  differences: z.array(
    z.object({
      row: z.union([z.number(), z.string()]).nullable().describe('null for a total'),
      field: z.string(),
      published: z.number(),
      computed: z.number(),
    }),
  ),
});
export type TSocioOutput = z.infer<typeof ZSocioOutput>;
