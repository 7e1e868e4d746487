import { AppError, type TFidelityInstrument } from '@lots/core';
import { fidelityInstrument } from '../fidelity/instruments.ts';
import type { TRepositories } from '@lots/db';
import type { TAccess } from '../auth/access.ts';
import { forbidden, isSupervisorOf } from '../caseload/caseload-access.ts';

/*
 * Who sees and does what in a fidelity review (docs/fidelity-reviews.md "Roles"):
 * - supervisor of the review's programme: everything, including the proposals'
 *   evidence records (case numbers) and decline reasons;
 * - reviewer (a user added to the review): scores, notes, consensus, agreed scores
 *   and the report; proposals without their records and details;
 * - anyone else with a grant on the programme (analyst, funder, specialist): the
 *   summary — total and band — only.
 */
export type TViewerLevel = 'supervisor' | 'reviewer' | 'summary';

export type TReviewRow = NonNullable<Awaited<ReturnType<TRepositories['fidelityReviews']['find']>>>;
export type TReviewerRow = Awaited<
  ReturnType<TRepositories['fidelityReviews']['listReviewers']>
>[number];

export type TReviewContext = {
  review: TReviewRow;
  programmeKey: string;
  reviewers: TReviewerRow[];
  level: TViewerLevel;
  /** The caller's reviewer row, when the caller is a reviewer. */
  me: TReviewerRow | undefined;
  instrument: TFidelityInstrument;
};

/** How many reviewers a kind needs (fidelity.md "The review"). */
export function reviewersRequired(kind: 'self_assessment' | 'external'): number {
  return kind === 'external' ? 2 : 1;
}

/** The instrument a review was scored with (a loaded definition file, else the built-in). */
export function instrumentOf(review: { instrumentId: string; instrumentVersion: number }) {
  const instrument = fidelityInstrument(review.instrumentId, review.instrumentVersion);
  if (instrument) return instrument;
  throw new AppError(
    'INTERNAL',
    `Unknown instrument ${review.instrumentId} v${review.instrumentVersion}`,
  );
}

export function reviewNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Fidelity review not found', {
    issues: [{ path: ['params', 'id'], message: 'no such review in your access' }],
  });
}

/** Loads a review in the caller's scope; unknown and out-of-scope ids are both 404. */
export async function loadReview(
  r: TRepositories,
  access: TAccess,
  id: string,
): Promise<TReviewContext> {
  const review = await r.fidelityReviews.find(id);
  if (!review || !access.programmes.has(review.programmeId)) throw reviewNotFound();
  const [programme] = await r.organisation.listProgrammesByIds([review.programmeId]);
  const reviewers = await r.fidelityReviews.listReviewers([review.id]);
  const me = reviewers.find((x) => x.userId === access.user.id);
  const level: TViewerLevel = isSupervisorOf(access, review.programmeId)
    ? 'supervisor'
    : me
      ? 'reviewer'
      : 'summary';
  return {
    review,
    programmeKey: programme?.key ?? '',
    reviewers,
    level,
    me,
    instrument: instrumentOf(review),
  };
}

/** Supervisors and the review's reviewers; everyone else 403. */
export function requireReviewerOrSupervisor(ctx: TReviewContext): void {
  if (ctx.level === 'summary') {
    throw forbidden(
      'Only the reviewers and supervisors of the programme may do this',
      'Bara bedömarna och programmets samordnare kan göra detta.',
    );
  }
}

export function requireSupervisor(ctx: TReviewContext): void {
  if (ctx.level !== 'supervisor') {
    throw forbidden(
      'Only supervisors of the programme may do this',
      'Bara programmets samordnare kan göra detta.',
    );
  }
}

/** The caller's reviewer row, or 403: only a reviewer scores and submits. */
export function requireMe(ctx: TReviewContext): TReviewerRow {
  if (!ctx.me) {
    throw forbidden(
      'Only a reviewer of this review may score it',
      'Bara den som är bedömare i denna bedömning kan sätta poäng.',
    );
  }
  return ctx.me;
}

export function requireNotCompleted(ctx: TReviewContext): void {
  if (ctx.review.status === 'completed') {
    throw new AppError('CONFLICT', 'The review is completed', {
      issues: [{ path: ['params', 'id'], message: 'the review is completed and cannot change' }],
      userMessage: 'Bedömningen är avslutad och kan inte ändras.',
    });
  }
}

/** Every required reviewer has submitted their own scores. */
export function allSubmitted(ctx: Pick<TReviewContext, 'review' | 'reviewers'>): boolean {
  return (
    ctx.reviewers.length === reviewersRequired(ctx.review.kind) &&
    ctx.reviewers.every((x) => x.submittedAt !== null)
  );
}
