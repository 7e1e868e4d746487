import type { TFidelityReviewDetail } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { loadReview } from './review-access.ts';
import { toDetail } from './review-view.ts';

/**
 * One review as the caller may see it (review-access.ts). A supervisor's view holds
 * the proposals' evidence records (case numbers): that read is audited.
 */
export async function getFidelityReview(
  lots: TLots,
  access: TAccess,
  id: string,
  options: { ip?: string | null } = {},
): Promise<TFidelityReviewDetail> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    if (ctx.level === 'summary') return toDetail(ctx, [], []);
    const [proposals, scores] = await Promise.all([
      r.fidelityReviews.listProposals(ctx.review.id),
      r.fidelityReviews.listScores([ctx.review.id]),
    ]);
    if (ctx.level === 'supervisor') {
      await r.audit.append({
        action: 'fidelity.review.read',
        entity: 'fidelity_review',
        entityId: ctx.review.id,
        programmeId: ctx.review.programmeId,
        userEmail: access.user.email,
        ip: options.ip ?? null,
      });
    }
    return toDetail(ctx, proposals, scores);
  });
}
