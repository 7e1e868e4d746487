import type { TFidelityReport, TFidelityReportRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { loadReview, requireReviewerOrSupervisor } from './review-access.ts';
import { reportOut } from './get-fidelity-report.ts';

/**
 * The review's report (fidelity.md "The review"): strengths, a comment per item and
 * recommendations, written by the reviewers or a supervisor; replaced whole. Also
 * after completion, since the report is usually written after the visit.
 */
export async function updateFidelityReport(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TFidelityReportRequest,
  options: { ip?: string | null } = {},
): Promise<TFidelityReport> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireReviewerOrSupervisor(ctx);
    const itemComments = Object.fromEntries(
      Object.entries(body.itemComments).filter(([, v]) => v.trim() !== ''),
    ) as Record<string, string>;
    await r.fidelityReviews.putReport(
      ctx.review,
      { strengths: body.strengths, recommendations: body.recommendations, itemComments },
      access.user.id,
    );
    await r.audit.append({
      action: 'fidelity.report.update',
      entity: 'fidelity_review',
      entityId: ctx.review.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
    });
    return reportOut(await r.fidelityReviews.findReport(ctx.review.id));
  });
}
