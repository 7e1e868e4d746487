import { fidelityBandIds, fidelityItemIds } from '@lots/core';
import { z } from 'zod';
import { ZCalendarDate } from '../dataset-primitives.ts';
import { ZFidelityProposal } from '../fidelity.ts';

/*
 * The fidelity review workflow (fidelity.md "The review"; docs/fidelity-reviews.md):
 * create → proposals → each reviewer scores alone and submits → consensus → agreed
 * scores → complete (total, band, next review) → report and action plan; history
 * and comparison. What a caller sees depends on their role (`access`).
 */

export const fidelityReviewKinds = ['self_assessment', 'external'] as const;
export const fidelityReviewStatuses = ['draft', 'scoring', 'consensus', 'completed'] as const;
export const fidelityActionStatuses = ['open', 'in_progress', 'done'] as const;

/** supervisor: everything; reviewer: scoring (evidence without records); summary: total and band. */
export const fidelityViewerLevels = ['supervisor', 'reviewer', 'summary'] as const;

const ZItemId = z.enum(fidelityItemIds);
const ZScore = z.int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5');
const ZText = (max: number) => z.string().max(max, `at most ${max} characters`);
const ZMonths = z.coerce.number().int().min(1, 'at least 1').max(60, 'at most 60');

export const ZFidelityReviewIdParam = z.object({ id: z.string().max(64) });
export const ZFidelityItemParam = z.object({ id: z.string().max(64), itemId: ZItemId });
export const ZFidelityActionParam = z.object({
  id: z.string().max(64),
  actionId: z.string().max(64),
});
export const ZFidelityProgrammeQuery = z.object({ programme: z.string().min(1).max(100) });
export const ZFidelityAssociationQuery = z.object({ association: z.string().min(1).max(100) });

export const ZCreateFidelityReviewRequest = z
  .strictObject({
    programme: z.string().min(1).max(100),
    kind: z.enum(fidelityReviewKinds),
    date: ZCalendarDate.describe('the review date: the window ends on it'),
    windowMonths: z.int().min(1).max(60).optional().describe('window length, default 12'),
    reviewers: z
      .array(z.email())
      .max(2)
      .optional()
      .describe(
        'emails of users with a grant on the programme; a self-assessment defaults to its creator',
      ),
  })
  .meta({ id: 'CreateFidelityReviewRequest' });
export type TCreateFidelityReviewRequest = z.infer<typeof ZCreateFidelityReviewRequest>;

export const ZAddFidelityReviewerRequest = z.strictObject({ email: z.email() });

const ZWindow = z.object({ from: ZCalendarDate, to: ZCalendarDate });

export const ZFidelityReviewSummary = z
  .object({
    id: z.string(),
    programme: z.string(),
    kind: z.enum(fidelityReviewKinds),
    status: z.enum(fidelityReviewStatuses),
    window: ZWindow,
    instrument: z.object({ id: z.string(), version: z.int() }),
    total: z.int().nullable(),
    band: z.enum(fidelityBandIds).nullable(),
    bandLabel: z.string().nullable(),
    nextDue: ZCalendarDate.nullable(),
    completedAt: z.string().nullable(),
    reviewers: z.array(z.object({ id: z.string(), name: z.string(), submitted: z.boolean() })),
  })
  .meta({ id: 'FidelityReviewSummary' });
export type TFidelityReviewSummary = z.infer<typeof ZFidelityReviewSummary>;

export const ZFidelityReviewList = z
  .object({ items: z.array(ZFidelityReviewSummary) })
  .meta({ id: 'FidelityReviewList' });

export const ZFidelityItemScore = z
  .object({
    itemId: ZItemId,
    score: z.int(),
    note: z.string().nullable(),
    evidence: z.string().nullable(),
    proposalScore: z.int().nullable(),
    proposalAccepted: z.boolean().nullable(),
  })
  .meta({ id: 'FidelityItemScore' });
export type TFidelityItemScore = z.infer<typeof ZFidelityItemScore>;

export const ZFidelityReviewItem = z.object({
  id: ZItemId,
  number: z.int(),
  title: z.string(),
  /** The instrument's own texts, so reviewers score against the anchors (fidelity-items.md). */
  section: z.enum(['staffing', 'organisation', 'services']),
  text: z.object({ sv: z.string(), en: z.string() }),
  titleEn: z.string(),
  anchors: z
    .array(z.object({ score: z.int().min(1).max(5), sv: z.string(), en: z.string() }))
    .length(5),
  provenance: z
    .string()
    .describe('V verified wording, P follows the published scale, P? lower confidence'),
  proposal: ZFidelityProposal.nullable(),
  mine: ZFidelityItemScore.omit({ itemId: true }).nullable(),
  /** Every reviewer's score: only once all reviewers have submitted (or to yourself). */
  reviewers: z.array(
    ZFidelityItemScore.omit({ itemId: true }).extend({ reviewerId: z.string(), name: z.string() }),
  ),
  agreed: z.object({ score: z.int(), note: z.string().nullable() }).nullable(),
});

export const ZFidelityReviewDetail = ZFidelityReviewSummary.extend({
  access: z.enum(fidelityViewerLevels),
  me: z.object({ reviewerId: z.string(), submitted: z.boolean() }).nullable(),
  /** null for summary viewers (funders, analysts): total and band only. */
  items: z.array(ZFidelityReviewItem).nullable(),
}).meta({ id: 'FidelityReviewDetail' });
export type TFidelityReviewDetail = z.infer<typeof ZFidelityReviewDetail>;

export const ZFidelityScoreRequest = z
  .strictObject({
    score: ZScore.optional().describe('1–5; omit with acceptProposal: true to take the proposal'),
    acceptProposal: z.boolean().optional(),
    note: ZText(4000).optional().describe('required when the score overrides a proposal'),
    evidence: ZText(4000).optional().describe('what the score rests on (interviews, records)'),
  })
  .meta({ id: 'FidelityScoreRequest' });
export type TFidelityScoreRequest = z.infer<typeof ZFidelityScoreRequest>;

export const ZFidelityAgreedRequest = z
  .strictObject({ score: ZScore, note: ZText(4000).optional() })
  .meta({ id: 'FidelityAgreedRequest' });
export type TFidelityAgreedRequest = z.infer<typeof ZFidelityAgreedRequest>;

export const ZFidelityConsensus = z
  .object({
    reviewers: z.array(z.object({ id: z.string(), name: z.string() })),
    differences: z.array(
      z.object({
        id: ZItemId,
        first: z.int().nullable(),
        second: z.int().nullable(),
        difference: z.int().nullable(),
        agreed: z.int().nullable(),
      }),
    ),
    /** The score each item will get: the agreed one, else the score both reviewers gave. */
    agreed: z.record(z.string(), z.int()),
    missing: z.array(ZItemId),
  })
  .meta({ id: 'FidelityConsensus' });
export type TFidelityConsensus = z.infer<typeof ZFidelityConsensus>;

export const ZCompleteFidelityReviewRequest = z
  .strictObject({
    interval: z
      .strictObject({
        threshold: z.int().min(25).max(125),
        shortMonths: z.int().min(1).max(60),
        longMonths: z.int().min(1).max(60),
      })
      .optional()
      .describe('next review: shortMonths under threshold, else longMonths (default 100, 6, 12)'),
  })
  .meta({ id: 'CompleteFidelityReviewRequest' });
export type TCompleteFidelityReviewRequest = z.infer<typeof ZCompleteFidelityReviewRequest>;

export const ZFidelityReportRequest = z
  .strictObject({
    strengths: ZText(20000),
    recommendations: ZText(20000),
    itemComments: z.partialRecord(ZItemId, ZText(4000)).default({}),
  })
  .meta({ id: 'FidelityReportRequest' });
export type TFidelityReportRequest = z.infer<typeof ZFidelityReportRequest>;

export const ZFidelityReport = z
  .object({
    strengths: z.string(),
    recommendations: z.string(),
    itemComments: z.record(z.string(), z.string()),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'FidelityReport' });
export type TFidelityReport = z.infer<typeof ZFidelityReport>;

export const ZFidelityAction = z
  .object({
    id: z.string(),
    itemId: ZItemId.nullable(),
    action: z.string(),
    owner: z.string(),
    dueDate: ZCalendarDate.nullable(),
    status: z.enum(fidelityActionStatuses),
  })
  .meta({ id: 'FidelityAction' });
export type TFidelityAction = z.infer<typeof ZFidelityAction>;

export const ZFidelityActionList = z
  .object({ items: z.array(ZFidelityAction) })
  .meta({ id: 'FidelityActionList' });

export const ZCreateFidelityActionRequest = z
  .strictObject({
    itemId: ZItemId.nullable().optional(),
    action: z.string().trim().min(1, 'must not be empty').max(2000),
    owner: z.string().trim().min(1, 'must not be empty').max(200),
    dueDate: ZCalendarDate.nullable().optional(),
    status: z.enum(fidelityActionStatuses).optional(),
  })
  .meta({ id: 'CreateFidelityActionRequest' });
export type TCreateFidelityActionRequest = z.infer<typeof ZCreateFidelityActionRequest>;

export const ZUpdateFidelityActionRequest = ZCreateFidelityActionRequest.partial().meta({
  id: 'UpdateFidelityActionRequest',
});
export type TUpdateFidelityActionRequest = z.infer<typeof ZUpdateFidelityActionRequest>;

export const ZFidelityHistory = z
  .object({
    programme: z.string(),
    reviews: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(fidelityReviewKinds),
        date: ZCalendarDate,
        window: ZWindow,
        total: z.int(),
        band: z.enum(fidelityBandIds),
        bandLabel: z.string(),
        nextDue: ZCalendarDate.nullable(),
        /** Agreed per-item scores; null for funders and analysts. */
        items: z.record(z.string(), z.int()).nullable(),
        /** The outcome report's employment row over the same window (suppressed as for the caller). */
        employment: z
          .object({
            count: z.union([z.number(), z.string()]),
            denominator: z.union([z.number(), z.string()]),
            rate: z.union([z.number(), z.string(), z.null()]),
          })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'FidelityHistory' });
export type TFidelityHistory = z.infer<typeof ZFidelityHistory>;

export const ZFidelityComparison = z
  .object({
    association: z.string(),
    programmes: z.array(
      z.object({
        programme: z.string(),
        name: z.string(),
        latest: z
          .object({
            id: z.string(),
            date: ZCalendarDate,
            total: z.int(),
            band: z.enum(fidelityBandIds),
            bandLabel: z.string(),
            nextDue: ZCalendarDate.nullable(),
          })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'FidelityComparison' });
export type TFidelityComparison = z.infer<typeof ZFidelityComparison>;

/** The querystring form of `ZFidelitySuggestQuery` (numbers arrive as text). */
export const ZFidelitySuggestApiQuery = z.object({
  programme: z.string().min(1).max(100),
  date: ZCalendarDate,
  windowMonths: ZMonths.optional(),
});
