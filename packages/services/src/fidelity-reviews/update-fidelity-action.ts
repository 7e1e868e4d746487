import type { TFidelityAction, TUpdateFidelityActionRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { actionNotFound, actionOut } from './fidelity-actions.ts';
import { loadReview, requireSupervisor } from './review-access.ts';

/** Changes a step of the action plan (typically its status); supervisors only. */
export async function updateFidelityAction(
  lots: TLots,
  access: TAccess,
  id: string,
  actionId: string,
  body: TUpdateFidelityActionRequest,
  options: { ip?: string | null } = {},
): Promise<TFidelityAction> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireSupervisor(ctx);
    const existing = await r.fidelityReviews.findAction(ctx.review.id, actionId);
    if (!existing) throw actionNotFound();
    // Only the fields given change; exactOptionalPropertyTypes keeps undefined out.
    const patch: Parameters<typeof r.fidelityReviews.updateAction>[1] = {};
    if (body.itemId !== undefined) patch.itemId = body.itemId;
    if (body.action !== undefined) patch.action = body.action;
    if (body.owner !== undefined) patch.owner = body.owner;
    if (body.dueDate !== undefined) patch.dueDate = body.dueDate;
    if (body.status !== undefined) patch.status = body.status;
    const row = await r.fidelityReviews.updateAction(existing.id, patch);
    await r.audit.append({
      action: 'fidelity.action.update',
      entity: 'fidelity_action',
      entityId: row.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { fields: Object.keys(patch) },
    });
    return actionOut(row);
  });
}
