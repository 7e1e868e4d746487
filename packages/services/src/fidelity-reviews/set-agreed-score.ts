import { AppError, type TFidelityItemId } from '@lots/core';
import type { TFidelityAgreedRequest, TFidelityItemScore } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireAllSubmitted } from './get-fidelity-consensus.ts';
import { loadReview, requireNotCompleted, requireReviewerOrSupervisor } from './review-access.ts';

/**
 * The agreed (final) score of one item of an external review, set at consensus by a
 * reviewer or a supervisor once both reviewers have submitted. A self-assessment's
 * reviewer's scores are its agreed ones: 409 here.
 */
export async function setAgreedScore(
  lots: TLots,
  access: TAccess,
  id: string,
  itemId: TFidelityItemId,
  body: TFidelityAgreedRequest,
  options: { ip?: string | null } = {},
): Promise<TFidelityItemScore> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireReviewerOrSupervisor(ctx);
    requireNotCompleted(ctx);
    if (ctx.review.kind !== 'external') {
      throw new AppError('CONFLICT', 'A self-assessment has no separate agreed scores', {
        issues: [{ path: ['params', 'id'], message: 'score the item as the reviewer instead' }],
        userMessage: 'I en självskattning är bedömarens poäng de slutliga.',
      });
    }
    requireAllSubmitted(ctx);
    const note = body.note?.trim() ? body.note : null;
    const stored = {
      reviewerId: null,
      itemId,
      score: body.score,
      note,
      evidence: null,
      proposalScore: null,
      proposalAccepted: null,
    };
    await r.fidelityReviews.putScore(ctx.review, stored, access.user.id);
    await r.audit.append({
      action: 'fidelity.agreed',
      entity: 'fidelity_review',
      entityId: ctx.review.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { itemId, score: body.score },
    });
    return { ...stored, itemId };
  });
}
