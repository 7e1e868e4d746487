import type { TFidelityReport } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { loadReview, requireReviewerOrSupervisor } from './review-access.ts';

type TReportRow = Awaited<ReturnType<TRepositories['fidelityReviews']['findReport']>>;

export function reportOut(row: TReportRow): TFidelityReport {
  return {
    strengths: row?.strengths ?? '',
    recommendations: row?.recommendations ?? '',
    itemComments: Object.fromEntries((row?.itemComments ?? []).map((c) => [c.itemId, c.comment])),
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
  };
}

/** The report's text: reviewers and supervisors (funders get the total and band only). */
export async function getFidelityReport(
  lots: TLots,
  access: TAccess,
  id: string,
): Promise<TFidelityReport> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireReviewerOrSupervisor(ctx);
    return reportOut(await r.fidelityReviews.findReport(ctx.review.id));
  });
}
