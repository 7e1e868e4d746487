import {
  bandForTotal,
  type TFidelityBandId,
  type TFidelityInstrument,
  type TFidelityItemId,
  type TFidelityProposal,
} from '@lots/core';
import type { TFidelityReviewDetail, TFidelityReviewSummary } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { allSubmitted, type TReviewContext, type TReviewRow } from './review-access.ts';

type TScoreRow = Awaited<ReturnType<TRepositories['fidelityReviews']['listScores']>>[number];
type TProposalRow = Awaited<ReturnType<TRepositories['fidelityReviews']['listProposals']>>[number];

export function bandLabelOf(instrument: TFidelityInstrument, total: number | null): string | null {
  return total === null ? null : (bandForTotal(instrument, total)?.label.svShort ?? null);
}

export function toSummary(
  review: TReviewRow,
  programmeKey: string,
  reviewers: TReviewContext['reviewers'],
  instrument: TFidelityInstrument,
): TFidelityReviewSummary {
  return {
    id: review.id,
    programme: programmeKey,
    kind: review.kind,
    status: review.status,
    window: { from: review.windowFrom, to: review.windowTo },
    instrument: { id: review.instrumentId, version: review.instrumentVersion },
    total: review.total,
    band: review.band as TFidelityBandId | null,
    bandLabel: bandLabelOf(instrument, review.total),
    nextDue: review.nextDue,
    completedAt: review.completedAt ? new Date(review.completedAt).toISOString() : null,
    reviewers: reviewers.map((x) => ({
      id: x.id,
      name: x.name,
      submitted: x.submittedAt !== null,
    })),
  };
}

/**
 * The score each item will get: an explicit agreed score; else, once every reviewer
 * has submitted, the self-assessment's single reviewer's score or the score both
 * external reviewers gave.
 */
export function effectiveAgreed(
  ctx: Pick<TReviewContext, 'review' | 'reviewers' | 'instrument'>,
  scores: readonly TScoreRow[],
): Partial<Record<TFidelityItemId, number>> {
  const out: Partial<Record<TFidelityItemId, number>> = {};
  const done = allSubmitted(ctx);
  for (const item of ctx.instrument.items) {
    const explicit = scores.find((s) => s.reviewerId === null && s.itemId === item.id);
    if (explicit) {
      out[item.id] = explicit.score;
      continue;
    }
    if (!done) continue;
    const given = ctx.reviewers.map(
      (x) => scores.find((s) => s.reviewerId === x.id && s.itemId === item.id)?.score,
    );
    const first = given[0];
    if (first !== undefined && given.every((g) => g === first)) out[item.id] = first;
  }
  return out;
}

/** Evidence records (case numbers) and details (decline reasons) are for supervisors only. */
export function proposalFor(row: TProposalRow, level: TReviewContext['level']): TFidelityProposal {
  // Proposals stored before explanations were kept have none: the interface shows `note`.
  const { explanation = [], ...evidence } =
    row.evidence as unknown as TFidelityProposal['evidence'] & {
      explanation?: TFidelityProposal['explanation'];
    };
  return {
    id: row.itemId as TFidelityItemId,
    score: row.score,
    note: row.note,
    explanation,
    evidence:
      level === 'supervisor'
        ? evidence
        : {
            numerator: evidence.numerator,
            denominator: evidence.denominator,
            value: evidence.value,
            window: evidence.window,
            records: [],
          },
  };
}

const scoreOut = (s: TScoreRow) => ({
  score: s.score,
  note: s.note,
  evidence: s.evidence,
  proposalScore: s.proposalScore,
  proposalAccepted: s.proposalAccepted,
});

/**
 * The review as the caller may see it. Reviewers score blind: another reviewer's
 * scores, notes and evidence are shown only once every reviewer has submitted, to
 * reviewers and supervisors alike. Summary viewers get no items at all.
 */
export function toDetail(
  ctx: TReviewContext,
  proposals: readonly TProposalRow[],
  scores: readonly TScoreRow[],
): TFidelityReviewDetail {
  const summary = toSummary(ctx.review, ctx.programmeKey, ctx.reviewers, ctx.instrument);
  const me = ctx.me ? { reviewerId: ctx.me.id, submitted: ctx.me.submittedAt !== null } : null;
  if (ctx.level === 'summary') return { ...summary, access: ctx.level, me, items: null };
  const open = allSubmitted(ctx);
  const agreed = effectiveAgreed(ctx, scores);
  const items = ctx.instrument.items.map((item) => {
    const proposal = proposals.find((p) => p.itemId === item.id);
    const mine = ctx.me
      ? scores.find((s) => s.reviewerId === ctx.me?.id && s.itemId === item.id)
      : undefined;
    const explicit = scores.find((s) => s.reviewerId === null && s.itemId === item.id);
    const agreedScore = agreed[item.id];
    return {
      id: item.id,
      number: item.number,
      title: item.title.sv,
      section: item.section,
      text: item.text,
      titleEn: item.title.en,
      anchors: item.anchors.map((a, i) => ({ score: i + 1, sv: a.sv, en: a.en })),
      provenance: item.provenance,
      proposal: proposal ? proposalFor(proposal, ctx.level) : null,
      mine: mine ? scoreOut(mine) : null,
      reviewers: open
        ? ctx.reviewers.flatMap((x) => {
            const s = scores.find((y) => y.reviewerId === x.id && y.itemId === item.id);
            return s ? [{ ...scoreOut(s), reviewerId: x.id, name: x.name }] : [];
          })
        : [],
      agreed:
        agreedScore === undefined ? null : { score: agreedScore, note: explicit?.note ?? null },
    };
  });
  return { ...summary, access: ctx.level, me, items };
}
