import { AppError } from '@lots/core';
import type { TFidelityReviewDetail } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { allSubmitted, loadReview, requireMe, requireNotCompleted } from './review-access.ts';
import { toDetail } from './review-view.ts';

/**
 * The calling reviewer hands in their scores: every item must be scored (409 naming
 * the missing ones). Their scores are then fixed; once every reviewer has submitted,
 * the scores become visible to each other and the review moves to `consensus` (for a
 * self-assessment: ready to complete).
 */
export async function submitFidelityScores(
  lots: TLots,
  access: TAccess,
  id: string,
  options: { ip?: string | null } = {},
): Promise<TFidelityReviewDetail> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    const me = requireMe(ctx);
    requireNotCompleted(ctx);
    if (me.submittedAt !== null) {
      throw new AppError('CONFLICT', 'Already submitted', {
        issues: [{ path: ['params', 'id'], message: 'your scores are already submitted' }],
        userMessage: 'Du har redan lämnat in dina poäng.',
      });
    }
    const mine = (await r.fidelityReviews.listScores([ctx.review.id])).filter(
      (s) => s.reviewerId === me.id,
    );
    const missing = ctx.instrument.items.filter((i) => !mine.some((s) => s.itemId === i.id));
    if (missing.length > 0) {
      throw new AppError('CONFLICT', `${missing.length} item(s) not scored`, {
        issues: missing.map((i) => ({ path: ['items', i.id], message: 'not scored' })),
        userMessage: `Sätt poäng på alla punkter innan du lämnar in (${missing.length} saknas).`,
      });
    }
    const now = lots.now();
    await r.fidelityReviews.markSubmitted(me.id, now);
    const reviewers = ctx.reviewers.map((x) => (x.id === me.id ? { ...x, submittedAt: now } : x));
    const next = { ...ctx, reviewers, me: { ...me, submittedAt: now } };
    if (allSubmitted(next)) {
      await r.fidelityReviews.update(ctx.review.id, { status: 'consensus' });
      next.review = { ...ctx.review, status: 'consensus' };
    }
    await r.audit.append({
      action: 'fidelity.submit',
      entity: 'fidelity_review',
      entityId: ctx.review.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
    });
    const [proposals, scores] = await Promise.all([
      r.fidelityReviews.listProposals(ctx.review.id),
      r.fidelityReviews.listScores([ctx.review.id]),
    ]);
    return toDetail(next, proposals, scores);
  });
}
