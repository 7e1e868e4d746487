import {
  checkFidelityInstrument,
  fidelityBandIds,
  fidelityComputabilities,
  fidelityItemIds,
  fidelityNoteKeys,
  fidelityProvenances,
  fidelitySections,
  type TFidelityInstrument,
  type TFidelityItemId,
  type TIssue,
} from '@lots/core';
import { z } from 'zod';
import { ZCalendarDate, ZKey } from './dataset-primitives.ts';
import { zodIssuesToIssues } from './zod-issues.ts';

/*
 * Fidelity (fidelity.md, interchange.md "Fidelity JSON"): an instrument definition
 * loadable as data, the review document of `lots fidelity score --input`, its
 * result, and the proposals of `lots fidelity suggest`. No `.meta({ id })` yet: an
 * id registers the schema in the committed OpenAPI, and no route serves these until
 * the review workflow does.
 */

const ZText = z.strictObject({ sv: z.string().min(1), en: z.string().min(1) });

const ZScore = z
  .int({ error: 'must be a whole number from 1 to 5' })
  .min(1, { error: 'must be a whole number from 1 to 5' })
  .max(5, { error: 'must be a whole number from 1 to 5' });

export const ZFidelityItem = z.strictObject({
  id: z.enum(fidelityItemIds),
  number: z.int().min(1).max(25),
  section: z.enum(fidelitySections),
  code: z.string().min(1),
  title: ZText,
  text: ZText,
  anchors: z.tuple([ZText, ZText, ZText, ZText, ZText], {
    error: 'must have exactly 5 anchors, for scores 1 to 5',
  }),
  provenance: z.enum(fidelityProvenances),
  computable: z.enum(fidelityComputabilities),
});

export const ZFidelityBand = z.strictObject({
  id: z.enum(fidelityBandIds),
  min: z.int().min(25).max(125),
  max: z.int().min(25).max(125),
  label: z.strictObject({
    sv: z.string().min(1),
    svShort: z.string().min(1),
    en: z.string().min(1),
  }),
});

/**
 * A whole instrument definition, e.g. a corrected IPS-25 wording: exactly the 25
 * item ids, five anchors each, bands covering 25–125 without gaps or overlaps.
 */
export const ZFidelityInstrument = z
  .strictObject({
    id: z.string().min(1),
    version: z.int().min(1),
    name: ZText,
    source: z.string(),
    items: z.array(ZFidelityItem),
    bands: z.array(ZFidelityBand).min(1),
  })
  .superRefine((value, ctx) => {
    for (const issue of checkFidelityInstrument(value)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });

/** Validates a definition loaded as data; every problem comes back with its JSON path. */
export function parseFidelityInstrument(
  doc: unknown,
): { ok: true; instrument: TFidelityInstrument } | { ok: false; issues: TIssue[] } {
  const parsed = ZFidelityInstrument.safeParse(doc);
  return parsed.success
    ? { ok: true, instrument: parsed.data }
    : { ok: false, issues: zodIssuesToIssues(parsed.error) };
}

/** `lots fidelity score --input`: `{ "items": { "<itemId>": 1..5, ... } }`; other members are ignored. */
export const ZFidelityReview = z.object({
  items: z.strictObject(
    Object.fromEntries(fidelityItemIds.map((id) => [id, ZScore.optional()])) as Record<
      TFidelityItemId,
      z.ZodOptional<typeof ZScore>
    >,
  ),
});
export type TFidelityReview = z.infer<typeof ZFidelityReview>;

export const ZFidelityScoreResult = z.strictObject({
  total: z.int(),
  max: z.literal(125),
  band: z.enum(fidelityBandIds).nullable(),
  bandLabel: z.string().nullable(),
  missing: z.array(z.enum(fidelityItemIds)),
});
export type TFidelityScoreResult = z.infer<typeof ZFidelityScoreResult>;

export const ZFidelitySuggestQuery = z.strictObject({
  programme: ZKey,
  date: ZCalendarDate,
  windowMonths: z
    .int({ error: 'must be a whole number of months from 1 to 60' })
    .min(1, { error: 'must be a whole number of months from 1 to 60' })
    .max(60, { error: 'must be a whole number of months from 1 to 60' })
    .optional(),
});
export type TFidelitySuggestQuery = z.infer<typeof ZFidelitySuggestQuery>;

const ZWindow = z.strictObject({ from: ZCalendarDate, to: ZCalendarDate });

export const ZFidelityProposal = z.strictObject({
  id: z.enum(fidelityItemIds),
  score: z.int().min(1).max(5).nullable(),
  evidence: z.strictObject({
    numerator: z.number(),
    denominator: z.number(),
    value: z.number().nullable(),
    window: ZWindow,
    records: z.array(z.string()),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
  /** The explanation in English. */
  note: z.string(),
  /** The same explanation as message keys with their figures (counts, dates), one per sentence. */
  explanation: z.array(
    z.strictObject({
      key: z.enum(fidelityNoteKeys),
      params: z
        .strictObject({ count: z.int().min(0).optional(), date: ZCalendarDate.optional() })
        .optional(),
    }),
  ),
});

/** The output of `lots fidelity suggest --format json` (fidelity.md "Exact rules for the proposals"). */
export const ZFidelitySuggestion = z.strictObject({
  programme: z.string(),
  date: ZCalendarDate,
  window: ZWindow,
  items: z.array(ZFidelityProposal),
});
export type TFidelitySuggestionOutput = z.infer<typeof ZFidelitySuggestion>;
