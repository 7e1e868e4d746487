import type { TFidelityReviewDetail } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { computeAndStoreProposals } from './compute-proposals.ts';
import { loadReview, requireNotCompleted, requireSupervisor } from './review-access.ts';
import { toDetail } from './review-view.ts';

/**
 * Recomputes the proposals of a review from the records as they are now (corrected
 * events, late entries). Supervisors only: it reads the programme's personal data.
 * Scores already given keep the proposal they were given against.
 */
export async function refreshFidelityProposals(
  lots: TLots,
  access: TAccess,
  id: string,
  options: { ip?: string | null } = {},
): Promise<TFidelityReviewDetail> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireSupervisor(ctx);
    requireNotCompleted(ctx);
    const suggestion = await computeAndStoreProposals(r, ctx.review, ctx.programmeKey, lots.now());
    await r.audit.append({
      action: 'fidelity.proposals.refresh',
      entity: 'fidelity_review',
      entityId: ctx.review.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { window: suggestion.window },
    });
    const [proposals, scores] = await Promise.all([
      r.fidelityReviews.listProposals(ctx.review.id),
      r.fidelityReviews.listScores([ctx.review.id]),
    ]);
    return toDetail(ctx, proposals, scores);
  });
}
