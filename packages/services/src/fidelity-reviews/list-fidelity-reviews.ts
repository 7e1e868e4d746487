import { AppError } from '@lots/core';
import type { TFidelityReviewSummary } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { instrumentOf } from './review-access.ts';
import { toSummary } from './review-view.ts';

/**
 * The reviews of one programme (not its sub-programmes, which are reviewed on their
 * own), newest first, as summaries: anyone with a grant on the programme may list
 * them. Totals and bands are not personal data: not audited.
 */
export async function listFidelityReviews(
  lots: TLots,
  access: TAccess,
  programmeKey: string,
): Promise<{ items: TFidelityReviewSummary[] }> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const programme = await r.organisation.findProgrammeByKey(programmeKey);
    if (!programme) {
      throw new AppError('NOT_FOUND', `Programme ${programmeKey} not found`, {
        issues: [
          { path: ['querystring', 'programme'], message: 'no such programme in your access' },
        ],
      });
    }
    const reviews = await r.fidelityReviews.list([programme.id]);
    const reviewers = await r.fidelityReviews.listReviewers(reviews.map((x) => x.id));
    return {
      items: reviews.map((review) =>
        toSummary(
          review,
          programme.key,
          reviewers.filter((x) => x.reviewId === review.id),
          instrumentOf(review),
        ),
      ),
    };
  });
}
