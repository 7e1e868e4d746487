import type { TCreateFidelityActionRequest, TFidelityAction } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { actionOut } from './fidelity-actions.ts';
import { loadReview, requireSupervisor } from './review-access.ts';

/** Adds a step to the action plan; the plan is the programme's: supervisors only. */
export async function createFidelityAction(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TCreateFidelityActionRequest,
  options: { ip?: string | null } = {},
): Promise<TFidelityAction> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireSupervisor(ctx);
    const row = await r.fidelityReviews.createAction({
      programmeId: ctx.review.programmeId,
      reviewId: ctx.review.id,
      itemId: body.itemId ?? null,
      action: body.action,
      owner: body.owner,
      dueDate: body.dueDate ?? null,
      status: body.status ?? 'open',
      createdBy: access.user.id,
    });
    await r.audit.append({
      action: 'fidelity.action.create',
      entity: 'fidelity_action',
      entityId: row.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
    });
    return actionOut(row);
  });
}
