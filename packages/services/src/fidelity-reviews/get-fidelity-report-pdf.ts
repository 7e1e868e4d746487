import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { actionOut } from './fidelity-actions.ts';
import { reportOut } from './get-fidelity-report.ts';
import { renderFidelityPdf } from './render-fidelity-pdf.ts';
import { loadReview, requireReviewerOrSupervisor } from './review-access.ts';
import { effectiveAgreed, toSummary } from './review-view.ts';

/** The review report as a PDF (reviewers and supervisors); file name from programme and date. */
export async function getFidelityReportPdf(
  lots: TLots,
  access: TAccess,
  id: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  const input = await lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireReviewerOrSupervisor(ctx);
    const [scores, report, actions, programmes] = await Promise.all([
      r.fidelityReviews.listScores([ctx.review.id]),
      r.fidelityReviews.findReport(ctx.review.id),
      r.fidelityReviews.listActions(ctx.review.id),
      r.organisation.listProgrammesByIds([ctx.review.programmeId]),
    ]);
    return {
      summary: toSummary(ctx.review, ctx.programmeKey, ctx.reviewers, ctx.instrument),
      programmeName: programmes[0]?.name ?? ctx.programmeKey,
      instrument: ctx.instrument,
      agreed: effectiveAgreed(ctx, scores),
      report: reportOut(report),
      actions: actions.map(actionOut),
    };
  });
  return {
    fileName: `programtrohet-${input.summary.programme}-${input.summary.window.to}.pdf`,
    pdf: await renderFidelityPdf(input),
  };
}
