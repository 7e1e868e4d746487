import { ageBandPresetIds, denominatorIds, outcomeIds } from '@lots/core';
import { z } from 'zod';
import { ZIsoDate } from './common.ts';

/*
 * Outcome reports (outcomes.md "Standard reports"; interchange.md "Report JSON").
 * Counts are numbers, or a label ("<5", "..") when small-number suppression applies;
 * rates are fractions rounded to 4 decimals, null on an empty denominator, "–" when
 * suppressed.
 */

/** Dimensions a breakdown can use (outcomes.md "Breakdowns"). */
export const reportDimensionNames = [
  'sex',
  'ageBand',
  'reason',
  'programme',
  'association',
  'municipality',
  'referralSource',
  'incomeSource',
  'timeOnSupport',
  'education',
  'diagnosisGroup',
  'specialist',
  'month',
  'quarter',
  'year',
] as const;
export type TReportDimensionName = (typeof reportDimensionNames)[number];

const ZBool = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

const ZDimensions = z
  .string()
  .max(200)
  .transform((v, ctx) => {
    const parts = v.split(',').filter((p) => p.length > 0);
    for (const p of parts) {
      if (!(reportDimensionNames as readonly string[]).includes(p)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown dimension ${p}: one of ${reportDimensionNames.join(', ')}`,
        });
        return z.NEVER;
      }
    }
    return parts as TReportDimensionName[];
  });

export const reportFormats = ['json', 'csv', 'xlsx'] as const;
export type TReportFormat = (typeof reportFormats)[number];

export const ZReportQuery = z.object({
  programme: z.string().max(100).optional().describe('programme key (includes sub-programmes)'),
  association: z.string().max(100).optional().describe('association key instead of programme'),
  from: ZIsoDate.optional().describe('period start (default 1 January this year)'),
  to: ZIsoDate.optional().describe('period end, inclusive (default today)'),
  denominator: z.enum(denominatorIds).optional().describe('outcomes: default closed_in_period'),
  by: ZDimensions.optional().describe('comma-separated dimensions, e.g. sex,ageBand'),
  ageBands: z.enum(ageBandPresetIds as ['sus', 'ten_year', 'youth']).optional(),
  suppress: ZBool.describe('true: small-number suppression even for exact viewers'),
  format: z.enum(reportFormats).optional().describe('json (default), csv or xlsx'),
});
export type TReportQuery = z.infer<typeof ZReportQuery>;

const ZShown = z.union([z.number(), z.string()]);
const ZRate = z.union([z.number(), z.string(), z.null()]);
const ZPeriod = z.object({ from: ZIsoDate, to: ZIsoDate });

/** Who the report covers, and whether its figures are suppressed. */
const reportHeader = {
  programme: z.string().optional(),
  association: z.string().optional(),
  period: ZPeriod,
  suppressed: z.boolean().describe('true: counts 1–4 shown as "<5" (outcomes.md "Small numbers")'),
};

export const ZOutcomeReportRow = z
  .object({
    outcome: z.string().describe('definition id'),
    label: z.string().describe('Swedish label of the definition'),
    rule: z.string().optional().describe('what the definition counts, in Swedish'),
    own: z.boolean().describe('an own definition of the programme or association'),
    count: ZShown,
    denominator: ZShown,
    rate: ZRate,
    bySex: z.record(z.string(), z.object({ count: ZShown, denominator: ZShown })),
    target: z.number().nullable().describe('target rate for the year of the period, if set'),
    groups: z
      .array(
        z.object({
          values: z.record(z.string(), z.string()),
          count: ZShown,
          denominator: ZShown,
          rate: ZRate,
        }),
      )
      .optional()
      .describe('with ?by=: one entry per group (sex and the dimensions) in the denominator'),
  })
  .meta({ id: 'OutcomeReportRow' });

export const ZOutcomeReport = z
  .object({
    report: z.literal('outcomes'),
    ...reportHeader,
    denominator: z.enum(denominatorIds),
    denominatorLabel: z.string(),
    by: z
      .array(z.string())
      .optional()
      .describe('with ?by=: the dimensions of the rows’ groups, sex first'),
    ageBands: z.string().optional(),
    rows: z.array(ZOutcomeReportRow),
    unknown: z.record(z.string(), ZShown).describe('closed with no exit income recorded'),
    targets: z
      .object({ year: z.number().int(), enrolments: z.number().int().nullable(), started: ZShown })
      .nullable(),
  })
  .meta({ id: 'OutcomeReport' });
export type TOutcomeReportResponse = z.infer<typeof ZOutcomeReport>;

export const ZBreakdownReport = z
  .object({
    report: z.enum(['participants', 'closures']),
    ...reportHeader,
    denominator: z.enum(['enrolled_in_period', 'closed_in_period']),
    by: z.array(z.string()),
    ageBands: z.string(),
    rows: z.array(z.record(z.string(), ZShown)),
  })
  .meta({ id: 'BreakdownReport' });
export type TBreakdownReport = z.infer<typeof ZBreakdownReport>;

const ZMovementCount = z.object({ count: ZShown, rate: ZRate });
export const ZMovementReport = z
  .object({
    report: z.literal('movement'),
    ...reportHeader,
    denominator: z.literal('closed_in_period'),
    closed: ZShown,
    movedUp: ZMovementCount,
    stayed: ZMovementCount,
    movedDown: ZMovementCount,
    levels: z.array(z.string()),
    matrix: z.array(z.object({ baseline: z.string(), exit: z.record(z.string(), ZShown) })),
    selfSupportFromDependence: z.object({
      count: ZShown,
      denominator: ZShown,
      rate: ZRate,
      unknown: ZShown,
    }),
  })
  .meta({ id: 'MovementReport' });
export type TMovementReport = z.infer<typeof ZMovementReport>;

export const ZCaseloadReport = z
  .object({
    report: z.literal('caseload'),
    ...reportHeader,
    date: ZIsoDate,
    target: z.number(),
    rows: z.array(
      z.object({
        specialist: z.string(),
        programme: z.string(),
        fte: z.number(),
        active: ZShown,
        weighted: z.union([z.number(), z.string(), z.null()]),
      }),
    ),
    unassigned: ZShown,
    queue: z.object({
      waiting: ZShown,
      meanDays: z.number().nullable(),
      medianDays: z.number().nullable(),
      maxDays: z.number().nullable(),
    }),
  })
  .meta({ id: 'CaseloadReport' });
export type TCaseloadReport = z.infer<typeof ZCaseloadReport>;

export const ZFactBox = z
  .object({
    report: z.literal('fact-box'),
    ...reportHeader,
    ageBands: z.string(),
    rows: z.array(
      z.object({
        ageBand: z.string(),
        sex: z.string(),
        participants: ZShown,
        inWork: ZShown,
        inStudies: ZShown,
        droppedOut: ZShown,
      }),
    ),
    totals: z.object({
      participants: ZShown,
      inWork: ZShown,
      inStudies: ZShown,
      droppedOut: ZShown,
    }),
    planned: z.object({
      year: z.number().int(),
      participants: z.number().nullable(),
      inWork: z.number().nullable(),
      inStudies: z.number().nullable(),
    }),
  })
  .meta({ id: 'FactBox' });
export type TFactBox = z.infer<typeof ZFactBox>;

export const ZLastingReport = z
  .object({
    report: z.literal('lasting'),
    ...reportHeader,
    denominator: z.literal('closed_in_period'),
    asOf: ZIsoDate,
    rows: z.array(z.object({ months: z.number().int(), status: z.string(), count: ZShown })),
  })
  .meta({ id: 'LastingReport' });
export type TLastingReport = z.infer<typeof ZLastingReport>;

const ZDays = z.union([z.number(), z.string(), z.null()]);
export const ZTimeMeasuresReport = z
  .object({
    report: z.literal('time-measures'),
    ...reportHeader,
    asOf: ZIsoDate.describe('events counted up to this date (the period end)'),
    firstContact: z
      .object({
        denominator: z.literal('enrolled_in_period'),
        enrolments: ZShown,
        withContact: ZShown,
        meanDays: ZDays,
        medianDays: ZDays,
        withinDays: z.number().int(),
        within: ZShown,
        after: ZShown,
        without: ZShown.describe('employer contacts recorded, none face to face'),
        noContactRecorded: ZShown,
      })
      .describe('days from enrolment to the first face-to-face employer contact'),
    firstJob: z
      .object({
        denominator: z.literal('enrolled_in_period'),
        enrolments: ZShown,
        withJob: ZShown,
        meanDays: ZDays,
        medianDays: ZDays,
        without: ZShown,
      })
      .describe('days from enrolment to the first job start'),
    timeInProgramme: z
      .object({
        denominator: z.literal('closed_in_period'),
        closed: ZShown,
        meanDays: ZDays,
        medianDays: ZDays,
        bands: z.array(z.object({ band: z.string(), count: ZShown })),
      })
      .describe('days from enrolment to closure, in bands of months 1-3 … 13+'),
    jobTenure: z
      .object({
        jobs: ZShown,
        ended: ZShown,
        ongoing: ZShown,
        meanDays: ZDays,
        medianDays: ZDays,
      })
      .describe('days from job start to job end, or to asOf while the job is open'),
  })
  .meta({ id: 'TimeMeasuresReport' });
export type TTimeMeasuresReport = z.infer<typeof ZTimeMeasuresReport>;

export const ZTargetParams = z.object({
  key: z.string().max(100),
  year: z.coerce.number().int().min(1990).max(2100),
});
export const ZTargetRequest = z
  .object({
    enrolments: z.number().int().min(0).nullable().optional(),
    rates: z.record(z.string().max(64), z.number().min(0).max(1)).optional(),
  })
  .meta({ id: 'TargetRequest' });
export type TTargetRequest = z.infer<typeof ZTargetRequest>;
export const ZProgrammeTarget = z
  .object({
    programme: z.string(),
    year: z.number().int(),
    enrolments: z.number().int().nullable(),
    rates: z.record(z.string(), z.number()),
  })
  .meta({ id: 'ProgrammeTarget' });
export type TProgrammeTargetResponse = z.infer<typeof ZProgrammeTarget>;

const ZKindList = z.union([z.boolean(), z.array(z.string().max(64))]);
export const ZOwnDefinitionBody = z.object({
  jobs: z
    .object({
      competitiveOnly: z.boolean().optional(),
      subsidyAllowed: z.boolean().optional(),
      minHours: z.union([z.number().min(0).max(80), z.literal('programme')]).optional(),
    })
    .optional(),
  studies: ZKindList.optional(),
  placements: ZKindList.optional(),
  exitIncomeCountsAsSelfSupport: z.array(z.string().max(64)).optional(),
});
export const ZOwnDefinitionRequest = z
  .object({
    programme: z.string().max(100).optional(),
    association: z.string().max(100).optional(),
    key: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{0,62}$/,
        'must be lower-case letters, digits and _, e.g. job_or_trial',
      ),
    label: z.string().min(1).max(200),
    definition: ZOwnDefinitionBody,
  })
  .meta({ id: 'OwnDefinitionRequest' });
export type TOwnDefinitionRequest = z.infer<typeof ZOwnDefinitionRequest>;
export const ZOwnDefinition = z
  .object({
    id: z.string(),
    key: z.string(),
    label: z.string(),
    programme: z.string().nullable(),
    association: z.string(),
    definition: ZOwnDefinitionBody,
  })
  .meta({ id: 'OwnDefinition' });
export type TOwnDefinition = z.infer<typeof ZOwnDefinition>;
export const ZOwnDefinitionList = z.object({ items: z.array(ZOwnDefinition) });
export const ZOwnDefinitionQuery = z.object({
  programme: z.string().max(100).optional(),
  association: z.string().max(100).optional(),
});

/** Outcome ids of the standard definitions, which own definitions may not reuse. */
export const standardOutcomeIds: readonly string[] = outcomeIds;

/** The report parameters as a client passes them (the query string is built from them). */
export type TReportParams = {
  programme?: string;
  association?: string;
  from?: string;
  to?: string;
  denominator?: (typeof denominatorIds)[number];
  by?: readonly TReportDimensionName[];
  ageBands?: 'sus' | 'ten_year' | 'youth';
  suppress?: boolean;
};
