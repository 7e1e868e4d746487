import type { TFidelityAction } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { actionOut } from './fidelity-actions.ts';
import { loadReview, requireReviewerOrSupervisor } from './review-access.ts';

/** The review's action plan (item, action, owner, due date, status). */
export async function listFidelityActions(
  lots: TLots,
  access: TAccess,
  id: string,
): Promise<{ items: TFidelityAction[] }> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireReviewerOrSupervisor(ctx);
    return { items: (await r.fidelityReviews.listActions(ctx.review.id)).map(actionOut) };
  });
}
