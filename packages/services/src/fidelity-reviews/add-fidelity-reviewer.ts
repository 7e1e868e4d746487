import { AppError } from '@lots/core';
import type { TFidelityReviewSummary } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { forbidden } from '../caseload/caseload-access.ts';
import type { TLots } from '../runtime.ts';
import { loadReview, requireNotCompleted } from './review-access.ts';
import { addReviewerByEmail } from './reviewer-eligibility.ts';
import { toSummary } from './review-view.ts';

/**
 * Adds a reviewer (a user with a grant on the programme). Supervisors of the
 * programme may; analysts of its association for external reviews. Not once a
 * reviewer has submitted: the set of blind scorers is fixed by then.
 */
export async function addFidelityReviewer(
  lots: TLots,
  access: TAccess,
  id: string,
  email: string,
  options: { ip?: string | null } = {},
): Promise<TFidelityReviewSummary> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    const analyst = access.programmes.get(ctx.review.programmeId)?.roles.has('analyst') ?? false;
    if (ctx.level !== 'supervisor' && !(analyst && ctx.review.kind === 'external')) {
      throw forbidden(
        'Supervisors add reviewers; analysts only to external reviews',
        'Bara samordnare (och analytiker för externa bedömningar) kan lägga till bedömare.',
      );
    }
    requireNotCompleted(ctx);
    if (ctx.reviewers.some((x) => x.submittedAt !== null)) {
      throw new AppError('CONFLICT', 'A reviewer has already submitted', {
        issues: [
          { path: ['body', 'email'], message: 'reviewers cannot change after a submission' },
        ],
        userMessage: 'Bedömare kan inte läggas till när någon redan har lämnat in sina poäng.',
      });
    }
    const added = await addReviewerByEmail(r, ctx.review, ctx.reviewers, email, ['body', 'email']);
    await r.audit.append({
      action: 'fidelity.reviewer.add',
      entity: 'fidelity_review',
      entityId: ctx.review.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { reviewer: added.userId },
    });
    return toSummary(ctx.review, ctx.programmeKey, [...ctx.reviewers, added], ctx.instrument);
  });
}
