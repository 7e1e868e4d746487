import { z } from 'zod';
import { benefitPeriodRules } from '@lots/core';
import { ZCalendarDate, ZKey } from '../dataset-primitives.ts';
import { ZSocioInput, ZSocioOutput, ZSocioParametersInput, ZSocioRowInput } from '../socio.ts';

/*
 * Socio-economic analyses kept in Lots (socioeconomics.md): built from a programme's
 * records or typed in as a scenario, computed with core's calculator. The result is
 * the `lots socio` output (interchange.md "Socio-economic JSON") plus savings per
 * payer, year-by-year figures, and every parameter and assumption.
 */

const ZHours = z.number().min(0, 'must be 0 or more hours').max(168, 'must be at most 168 hours');
export const ZSocioHousing = z.object({ hoursBefore: ZHours, hoursAfter: ZHours });

/**
 * One row's typed inputs. `after: null` is a housing-support-only row (the seed's
 * housing table lists people who did not reach work, e.g. social training).
 */
export const ZSocioRowInputs = z.object({
  before: ZSocioRowInput.shape.before,
  after: ZSocioRowInput.shape.after.nullable(),
  housing: ZSocioHousing.nullable().default(null),
  published: ZSocioRowInput.shape.published,
  notes: z
    .array(z.string().max(500))
    .max(20)
    .optional()
    .describe(
      'what Lots noticed building the row from records (income sources outside the calculator, a missing employer type)',
    ),
});
export type TSocioRowInputs = z.infer<typeof ZSocioRowInputs>;

export const socioAdjustableField =
  /^(before\.\d+\.(monthly|tax)|after\.(salary|extentPct|subsidyPct|subsidyMonthly|studyAllowanceMonthly)|housing\.(hoursBefore|hoursAfter))$/;

export const ZSocioAdjustment = z.object({
  field: z.string().regex(socioAdjustableField, {
    error:
      'must be before.N.monthly|tax, after.salary|extentPct|subsidyPct|subsidyMonthly|studyAllowanceMonthly or housing.hoursBefore|hoursAfter',
  }),
  value: z.number().min(0, 'must be 0 or more'),
  note: z.string().trim().min(1, 'must say why the value was changed').max(1000),
});
export type TSocioAdjustment = z.infer<typeof ZSocioAdjustment>;

const ZPeriod = z.object({ from: ZCalendarDate, to: ZCalendarDate });

export const ZCreateSocioAnalysisRequest = z
  .object({
    programme: ZKey,
    name: z.string().trim().min(1, 'must not be empty').max(200),
    mode: z.enum(['records', 'scenario']),
    period: ZPeriod.optional().describe('required for mode=records: job or study starts in it'),
    parameters: ZSocioParametersInput.default({}),
    outcomeRate: z.number().min(0).max(1).nullable().optional(),
    rows: z.array(ZSocioRowInputs).max(5000).optional().describe('mode=scenario: typed rows'),
  })
  .meta({ id: 'CreateSocioAnalysisRequest' });
export type TCreateSocioAnalysisRequest = z.infer<typeof ZCreateSocioAnalysisRequest>;

export const ZImportSocioAnalysisRequest = z
  .object({
    programme: ZKey,
    name: z.string().trim().min(1).max(200),
    document: ZSocioInput.describe(
      'an analysis with published figures, shape of shared/fixtures/hudiksvall-2017-socioeconomic.json',
    ),
  })
  .meta({ id: 'ImportSocioAnalysisRequest' });
export type TImportSocioAnalysisRequest = z.infer<typeof ZImportSocioAnalysisRequest>;

export const ZUpdateSocioRowRequest = z
  .object({
    excluded: z.boolean(),
    reason: z.string().trim().min(1).max(1000).optional().describe('required when excluded'),
    adjustments: z.array(ZSocioAdjustment).max(50).default([]),
  })
  .meta({ id: 'UpdateSocioRowRequest' });
export type TUpdateSocioRowRequest = z.infer<typeof ZUpdateSocioRowRequest>;

export const ZAddSocioRowRequest = ZSocioRowInputs.meta({ id: 'AddSocioRowRequest' }).describe(
  'one typed row of a scenario analysis: before, after (null for a housing-support-only row), housing',
);
export type TAddSocioRowRequest = z.infer<typeof ZAddSocioRowRequest>;

export const ZSocioRowParams = z.object({
  id: z.string().max(64),
  row: z.coerce.number().int().min(1),
});

export const ZSocioAnalysisListQuery = z.object({ programme: ZKey });

const ZParameters = z.object({
  id: z.string(),
  year: z.number().int(),
  taxRate: z.number(),
  municipalTaxRate: z.number().nullable(),
  productionFactor: z.number(),
  monthsPerYear: z.number().int(),
  weeksPerYear: z.number().int(),
  housingSupportHourlyCost: z.number().nullable(),
  sicknessBenefitPct: z.object({ year1: z.number(), year2: z.number() }),
  retentionShare: z.number(),
  horizonYears: z.number().int(),
  effectVsUsual: z.tuple([z.number(), z.number()]),
  discountRate: z.number(),
  programmeCostPerYear: z.number(),
  benefitPeriodRule: z.enum(benefitPeriodRules),
});

export const ZSocioAnalysisRowOut = z.object({
  row: z.number().int(),
  enrolmentId: z.string().nullable().optional().describe('not shown to funders'),
  caseNumber: z.string().nullable().optional().describe('not shown to funders'),
  excluded: z.boolean(),
  excludedReason: z.string().nullable().optional().describe('not shown to funders'),
  adjustments: z.array(
    z.object({
      field: z.string(),
      value: z.number(),
      original: z.number().nullable(),
      note: z.string().optional().describe('not shown to funders'),
    }),
  ),
  inputs: ZSocioRowInputs.describe('with the adjustments applied'),
});

export const ZSocioAnalysisSummaryOut = z.object({
  id: z.string(),
  programme: z.string(),
  name: z.string(),
  mode: z.enum(['records', 'scenario']),
  period: ZPeriod.nullable(),
  parameterSet: z.string(),
  status: z.enum(['draft', 'final']),
  createdAt: z.string(),
});

export const ZSocioPayerSaving = z.object({
  payer: z.enum([
    'municipality_social_services',
    'municipality_housing_support',
    'municipality_tax',
    'region_tax',
    'FK',
    'AF',
  ]),
  label: z.string(),
  yearly: z.number().int().nullable(),
});

export const ZSocioYear = z.object({
  year: z.number().int(),
  factor: z.number().describe("this year's value relative to the first year under the rule"),
  reducedPayments: z.number().int(),
  reducedFK: z.number().int().describe('from year 2 less the sickness-benefit year-2 reduction'),
  taxIncrease: z.number().int(),
  housingSupport: z.number().int(),
  municipality: z.number().int(),
});

export const ZSocioAnalysisOut = ZSocioAnalysisSummaryOut.extend({
  outcomeRate: z.number().nullable(),
  parameters: ZParameters,
  overriddenParameters: z
    .array(z.string())
    .describe("parameters whose value differs from the named set's own (core's parameter sets)"),
  assumptions: z.array(z.string()),
  rows: z.array(ZSocioAnalysisRowOut),
  result: ZSocioOutput.nullable().describe('null when no row is included'),
  savingsPerPayer: z.array(ZSocioPayerSaving),
  years: z.array(ZSocioYear),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
}).meta({ id: 'SocioAnalysis' });
export type TSocioAnalysisOut = z.infer<typeof ZSocioAnalysisOut>;

export const ZSocioAnalysisList = z
  .object({ items: z.array(ZSocioAnalysisSummaryOut) })
  .meta({ id: 'SocioAnalysisList' });
export type TSocioAnalysisList = z.infer<typeof ZSocioAnalysisList>;

export const ZUpdateSocioAnalysisRequest = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200).optional(),
    status: z.enum(['draft', 'final']).optional(),
    parameters: ZSocioParametersInput.optional().describe('replaces the set and its overrides'),
    outcomeRate: z.number().min(0).max(1).nullable().optional(),
  })
  .meta({ id: 'UpdateSocioAnalysisRequest' });
export type TUpdateSocioAnalysisRequest = z.infer<typeof ZUpdateSocioAnalysisRequest>;
