import { AppError, nextReviewDue, scoreReview, defaultReviewInterval } from '@lots/core';
import type { TCompleteFidelityReviewRequest, TFidelityReviewSummary } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireAllSubmitted } from './get-fidelity-consensus.ts';
import { loadReview, requireNotCompleted, requireReviewerOrSupervisor } from './review-access.ts';
import { effectiveAgreed, toSummary } from './review-view.ts';

/**
 * Completes a review (fidelity.md "Total and bands"): the agreed scores — explicit,
 * or the score both reviewers gave, or the self-assessment's reviewer's — are stored
 * as the final ones, `scoreReview` gives total and band, and the next review is due
 * 6 months after the window's end under 100, else 12 (`interval` changes the rule).
 * Any item without an agreed score: 409 naming each.
 */
export async function completeFidelityReview(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TCompleteFidelityReviewRequest,
  options: { ip?: string | null } = {},
): Promise<TFidelityReviewSummary> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireReviewerOrSupervisor(ctx);
    requireNotCompleted(ctx);
    requireAllSubmitted(ctx);
    const scores = await r.fidelityReviews.listScores([ctx.review.id]);
    const agreed = effectiveAgreed(ctx, scores);
    const result = scoreReview(ctx.instrument, { items: agreed });
    if (result.missing.length > 0 || result.band === null) {
      throw new AppError('CONFLICT', `${result.missing.length} item(s) have no agreed score`, {
        issues: result.missing.map((item) => ({
          path: ['agreed', item],
          message: 'no agreed score: the reviewers differ',
        })),
        userMessage: `Ange en överenskommen poäng för alla punkter innan bedömningen avslutas (${result.missing.length} saknas).`,
      });
    }
    for (const [itemId, score] of Object.entries(agreed)) {
      const explicit = scores.find((s) => s.reviewerId === null && s.itemId === itemId);
      if (explicit) continue;
      await r.fidelityReviews.putScore(
        ctx.review,
        {
          reviewerId: null,
          itemId,
          score,
          note: null,
          evidence: null,
          proposalScore: null,
          proposalAccepted: null,
        },
        access.user.id,
      );
    }
    const nextDue = nextReviewDue(
      ctx.review.windowTo,
      result.total,
      body.interval ?? defaultReviewInterval,
    );
    const completedAt = lots.now();
    const patch = {
      status: 'completed' as const,
      completedAt,
      total: result.total,
      band: result.band,
      nextDue,
    };
    await r.fidelityReviews.update(ctx.review.id, patch);
    await r.audit.append({
      action: 'fidelity.review.complete',
      entity: 'fidelity_review',
      entityId: ctx.review.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { total: result.total, band: result.band, nextDue },
    });
    return toSummary({ ...ctx.review, ...patch }, ctx.programmeKey, ctx.reviewers, ctx.instrument);
  });
}
