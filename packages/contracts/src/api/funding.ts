import { z } from 'zod';
import { finsamMunicipalKeys, targetGroupComponents } from '@lots/core';
import { ZCalendarDate, ZKey } from '../dataset-primitives.ts';

/*
 * Funding (funding.md "What Lots keeps"): funders and decisions per programme and
 * year, actual spend, Finsam cost-sharing keys, budget allocations over
 * sub-programmes, cost per enrolment and outcome, the reporting calendar, the state
 * grant table import and the target-group estimate.
 */

export const funderKinds = ['state', 'region', 'municipality', 'FK', 'AF', 'ESF', 'other'] as const;
const ZKronor = z.number().int('must be whole kronor').min(0, 'must be 0 or more');
const ZYear = z.coerce.number().int().min(1990).max(2100);
const ZName = z.string().trim().min(1, 'must not be empty').max(200);

export const ZCreateFunderRequest = z
  .object({ association: ZKey, name: ZName, kind: z.enum(funderKinds) })
  .meta({ id: 'CreateFunderRequest' });
export type TCreateFunderRequest = z.infer<typeof ZCreateFunderRequest>;

export const ZFunderOut = z
  .object({ id: z.string(), association: z.string(), name: z.string(), kind: z.enum(funderKinds) })
  .meta({ id: 'Funder' });
export const ZFunderList = z.object({ items: z.array(ZFunderOut) }).meta({ id: 'FunderList' });
export type TFunderOut = z.infer<typeof ZFunderOut>;
export type TFunderList = z.infer<typeof ZFunderList>;

export const ZAssociationQuery = z.object({ association: ZKey });
export const ZProgrammeYearQuery = z.object({ programme: ZKey, year: ZYear.optional() });

const ZReportDue = z.object({
  due: ZCalendarDate,
  label: z.string().trim().min(1).max(200).describe('e.g. "Delrapport", "Slutrapport"'),
  sentAt: ZCalendarDate.nullable().default(null),
});

export const ZCreateFundingDecisionRequest = z
  .object({
    programme: ZKey,
    funder: z.string().max(64).describe('funder id'),
    year: ZYear,
    amount: ZKronor,
    useFrom: ZCalendarDate.optional(),
    useTo: ZCalendarDate.optional(),
    conditions: z.string().max(4000).optional(),
    reporting: z.array(ZReportDue).max(50).default([]),
    reference: z.string().trim().min(1).max(100).optional().describe('e.g. the diarienummer'),
  })
  .meta({ id: 'CreateFundingDecisionRequest' });
export type TCreateFundingDecisionRequest = z.infer<typeof ZCreateFundingDecisionRequest>;

export const ZFundingDecisionOut = z
  .object({
    id: z.string(),
    programme: z.string(),
    funder: z.object({ id: z.string(), name: z.string(), kind: z.enum(funderKinds) }),
    year: z.number().int(),
    amount: z.number().int(),
    useFrom: z.string().nullable(),
    useTo: z.string().nullable(),
    conditions: z.string().nullable(),
    reporting: z.array(
      z.object({ due: z.string(), label: z.string(), sentAt: z.string().nullable() }),
    ),
    reference: z.string().nullable(),
  })
  .meta({ id: 'FundingDecision' });
export const ZFundingDecisionList = z
  .object({ items: z.array(ZFundingDecisionOut), total: z.number().int() })
  .meta({ id: 'FundingDecisionList' });
export type TFundingDecisionOut = z.infer<typeof ZFundingDecisionOut>;
export type TFundingDecisionList = z.infer<typeof ZFundingDecisionList>;

export const ZMarkReportSentRequest = z
  .object({ index: z.number().int().min(0), sentAt: ZCalendarDate })
  .meta({ id: 'MarkReportSentRequest' });
export type TMarkReportSentRequest = z.infer<typeof ZMarkReportSentRequest>;

export const ZSetSpendRequest = z
  .object({ programme: ZKey, year: ZYear, amount: ZKronor })
  .meta({ id: 'SetSpendRequest' });
export type TSetSpendRequest = z.infer<typeof ZSetSpendRequest>;
export const ZSpendList = z
  .object({
    items: z.array(
      z.object({ programme: z.string(), year: z.number().int(), amount: z.number().int() }),
    ),
  })
  .meta({ id: 'SpendList' });
export type TSpendList = z.infer<typeof ZSpendList>;

const ZMember = z.object({
  name: ZName,
  population: z.number().int().min(0).optional(),
  fixedAmount: ZKronor.optional(),
});

export const ZCreateCostSharingKeyRequest = z
  .object({
    association: ZKey,
    name: ZName,
    year: ZYear.optional(),
    municipalKey: z.enum(finsamMunicipalKeys),
    members: z.array(ZMember).min(1).max(100),
    total: ZKronor.optional().describe("the association's budget: gives each member's share"),
  })
  .meta({ id: 'CreateCostSharingKeyRequest' });
export type TCreateCostSharingKeyRequest = z.infer<typeof ZCreateCostSharingKeyRequest>;

export const ZCostSharingKeyOut = z
  .object({
    id: z.string(),
    association: z.string(),
    name: z.string(),
    year: z.number().int().nullable(),
    municipalKey: z.enum(finsamMunicipalKeys),
    members: z.array(ZMember),
    total: z.number().int().nullable(),
    shares: z
      .object({
        total: z.number().int(),
        state: z.number().int(),
        region: z.number().int(),
        municipalities: z.object({
          total: z.number().int(),
          members: z.array(z.object({ name: z.string(), amount: z.number().int() })),
        }),
      })
      .nullable()
      .describe('Finsam: state half, region quarter, municipalities a quarter by the key'),
  })
  .meta({ id: 'CostSharingKey' });
export const ZCostSharingKeyList = z
  .object({ items: z.array(ZCostSharingKeyOut) })
  .meta({ id: 'CostSharingKeyList' });
export type TCostSharingKeyOut = z.infer<typeof ZCostSharingKeyOut>;
export type TCostSharingKeyList = z.infer<typeof ZCostSharingKeyList>;

export const allocationKeyKinds = ['participant_target', 'population', 'equal', 'fixed'] as const;

export const ZCreateAllocationRequest = z
  .object({
    programme: ZKey.describe('the parent programme whose budget is shared'),
    year: ZYear,
    total: ZKronor,
    keyKind: z.enum(allocationKeyKinds),
    key: z
      .array(
        z.object({
          name: ZName,
          programme: ZKey.optional().describe('a sub-programme of the parent'),
          weight: z.number().min(0).optional().describe('required unless keyKind=equal'),
        }),
      )
      .min(1)
      .max(200),
  })
  .meta({ id: 'CreateAllocationRequest' });
export type TCreateAllocationRequest = z.infer<typeof ZCreateAllocationRequest>;

export const ZAllocationOut = z
  .object({
    id: z.string(),
    programme: z.string(),
    year: z.number().int(),
    total: z.number().int(),
    keyKind: z.enum(allocationKeyKinds),
    allocations: z.array(
      z.object({
        name: z.string(),
        programme: z.string().nullable(),
        weight: z.number(),
        quota: z.number(),
        amount: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'BudgetAllocation' });
export const ZAllocationList = z
  .object({ items: z.array(ZAllocationOut) })
  .meta({ id: 'BudgetAllocationList' });
export type TAllocationOut = z.infer<typeof ZAllocationOut>;
export type TAllocationList = z.infer<typeof ZAllocationList>;

export const ZCostQuery = z.object({ programme: ZKey, year: ZYear });
export const ZCostMetricsOut = z
  .object({
    programme: z.string(),
    year: z.number().int(),
    cost: z.number().int().nullable(),
    costSource: z.enum(['spend', 'decisions', 'none']),
    enrolments: z.union([z.number().int(), z.string()]).describe('"<5" when suppressed'),
    participantYears: z.number(),
    outcomes: z
      .union([z.number().int(), z.string()])
      .describe('employment reached; "<5" when suppressed'),
    perEnrolment: z.number().int().nullable(),
    perParticipantYear: z.number().int().nullable(),
    perOutcome: z.number().int().nullable(),
    suppressed: z.boolean(),
  })
  .meta({ id: 'CostMetrics' });
export type TCostMetricsOut = z.infer<typeof ZCostMetricsOut>;

export const ZCalendarQuery = z.object({
  programme: ZKey.optional(),
  association: ZKey.optional(),
  from: ZCalendarDate.optional().describe('default today'),
  includeSent: z.enum(['true', 'false']).optional(),
});
export const ZReportingCalendar = z
  .object({
    items: z.array(
      z.object({
        due: z.string(),
        label: z.string(),
        sentAt: z.string().nullable(),
        overdue: z.boolean(),
        decisionId: z.string(),
        index: z.number().int(),
        programme: z.string(),
        funder: z.string(),
        year: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ReportingCalendar' });
export type TReportingCalendar = z.infer<typeof ZReportingCalendar>;

export const ZImportGrantsRequest = z
  .object({
    association: ZKey,
    csv: z.string().min(1).max(1_000_000).describe('municipality,y2011,y2012,…,total'),
    funder: ZName.default('Socialstyrelsen'),
  })
  .meta({ id: 'ImportGrantsRequest' });
export type TImportGrantsRequest = z.input<typeof ZImportGrantsRequest>;
export const ZImportGrantsResult = z
  .object({
    funder: z.string(),
    rows: z.number().int(),
    decisions: z.number().int(),
    total: z.number().int(),
    years: z.array(z.number().int()),
  })
  .meta({ id: 'ImportGrantsResult' });
export type TImportGrantsResult = z.infer<typeof ZImportGrantsResult>;

const ZCounts = z.object(
  Object.fromEntries(targetGroupComponents.map((c) => [c, z.number().min(0)])) as Record<
    (typeof targetGroupComponents)[number],
    z.ZodNumber
  >,
);

const ZMunicipalityCounts = ZCounts.extend({
  municipality: ZName,
  workingAgePopulation: z.number().int().min(0).optional(),
});

export const ZTargetGroupRequest = z
  .object({
    association: ZKey,
    year: ZYear,
    municipalities: z
      .array(ZMunicipalityCounts)
      .min(1)
      .max(300)
      .optional()
      .describe("the year's stored inputs (PUT /funding/target-group/inputs) when left out"),
    weights: ZCounts.optional().describe("default SKR's Finsam weights"),
  })
  .meta({ id: 'TargetGroupRequest' });

export const ZTargetGroupInputs = z
  .object({
    association: ZKey,
    year: ZYear,
    municipalities: z.array(ZMunicipalityCounts).max(300),
  })
  .meta({ id: 'TargetGroupInputs' });
export type TTargetGroupInputs = z.infer<typeof ZTargetGroupInputs>;
export const ZTargetGroupInputsQuery = z.object({
  association: ZKey,
  year: z.coerce.number().int(),
});
export type TTargetGroupRequest = z.infer<typeof ZTargetGroupRequest>;
export const ZTargetGroupOut = z
  .object({
    association: z.string(),
    year: z.number().int(),
    municipalities: z.array(z.object({ municipality: z.string(), targetGroup: z.number().int() })),
    targetGroup: z.number().int(),
    participants: z
      .union([z.number().int(), z.string()])
      .describe('enrolments active in the year in the association; "<5" when suppressed'),
    reach: z.number().nullable(),
    shareOfWorkingAge: z.number().nullable(),
  })
  .meta({ id: 'TargetGroup' });
export type TTargetGroupOut = z.infer<typeof ZTargetGroupOut>;
