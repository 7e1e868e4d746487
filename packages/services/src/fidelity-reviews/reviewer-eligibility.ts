import { AppError } from '@lots/core';
import type { TRepositories } from '@lots/db';
import { resolveAccess } from '../auth/access.ts';
import { reviewersRequired, type TReviewerRow } from './review-access.ts';

/**
 * Adds a reviewer by email. A reviewer must already have a grant that covers the
 * programme (a supervisor, specialist, analyst or funder of it or its association),
 * so that the review is in their scope; unknown emails and users without such a
 * grant get the same answer.
 */
export async function addReviewerByEmail(
  r: TRepositories,
  review: { id: string; programmeId: string; kind: 'self_assessment' | 'external' },
  current: readonly TReviewerRow[],
  email: string,
  path: (string | number)[],
): Promise<TReviewerRow> {
  const invalid = (message: string, userMessage: string) =>
    new AppError('VALIDATION_FAILED', message, { issues: [{ path, message }], userMessage });
  if (current.length >= reviewersRequired(review.kind)) {
    throw invalid(
      `a ${review.kind} review has at most ${reviewersRequired(review.kind)} reviewer(s)`,
      'Bedömningen har redan alla bedömare den kan ha.',
    );
  }
  const user = await r.users.findByEmail(email);
  const access = user
    ? await resolveAccess(r, {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        locale: 'sv',
      })
    : undefined;
  if (!user || !access?.programmes.has(review.programmeId)) {
    throw invalid(
      'no user with a grant on this programme has this email',
      'Det finns ingen användare med behörighet till programmet med den e-postadressen.',
    );
  }
  if (current.some((x) => x.userId === user.id)) {
    throw invalid('already a reviewer of this review', 'Personen är redan bedömare.');
  }
  return r.fidelityReviews.addReviewer({
    programmeId: review.programmeId,
    reviewId: review.id,
    userId: user.id,
    name: user.displayName,
  });
}
