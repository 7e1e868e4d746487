import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { actionNotFound } from './fidelity-actions.ts';
import { loadReview, requireSupervisor } from './review-access.ts';

/**
 * Removes a step of the action plan (a plan, not a case record: steps entered by
 * mistake may go; the audit log keeps that it existed). Supervisors only.
 */
export async function deleteFidelityAction(
  lots: TLots,
  access: TAccess,
  id: string,
  actionId: string,
  options: { ip?: string | null } = {},
): Promise<void> {
  await lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireSupervisor(ctx);
    const existing = await r.fidelityReviews.findAction(ctx.review.id, actionId);
    if (!existing) throw actionNotFound();
    await r.fidelityReviews.deleteAction(existing.id);
    await r.audit.append({
      action: 'fidelity.action.delete',
      entity: 'fidelity_action',
      entityId: existing.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { action: existing.action, owner: existing.owner },
    });
  });
}
