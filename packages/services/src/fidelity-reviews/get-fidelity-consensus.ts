import { AppError, compareReviewers, type TFidelityScores } from '@lots/core';
import type { TFidelityConsensus } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import {
  allSubmitted,
  loadReview,
  requireReviewerOrSupervisor,
  reviewersRequired,
  type TReviewContext,
} from './review-access.ts';
import { effectiveAgreed } from './review-view.ts';

/** 409 until every required reviewer has submitted, naming who is missing. */
export function requireAllSubmitted(ctx: TReviewContext): void {
  if (allSubmitted(ctx)) return;
  const needed = reviewersRequired(ctx.review.kind);
  const issues = [
    ...(ctx.reviewers.length < needed
      ? [
          {
            path: ['reviewers'],
            message: `needs ${needed} reviewer(s), has ${ctx.reviewers.length}`,
          },
        ]
      : []),
    ...ctx.reviewers
      .filter((x) => x.submittedAt === null)
      .map((x) => ({ path: ['reviewers', x.name], message: 'has not submitted' })),
  ];
  throw new AppError('CONFLICT', 'Not every reviewer has submitted', {
    issues,
    userMessage: 'Alla bedömare måste ha lämnat in sina poäng först.',
  });
}

/**
 * The consensus screen of an external review (fidelity.md "The review"): the items
 * where the two reviewers differ and by how much (`compareReviewers`), with any
 * agreed score, and the items still without a score to complete with.
 */
export async function getFidelityConsensus(
  lots: TLots,
  access: TAccess,
  id: string,
): Promise<TFidelityConsensus> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    requireReviewerOrSupervisor(ctx);
    if (ctx.review.kind !== 'external') {
      throw new AppError('CONFLICT', 'A self-assessment has no consensus step', {
        issues: [
          {
            path: ['params', 'id'],
            message: "self-assessment: the reviewer's scores are the agreed ones",
          },
        ],
        userMessage: 'En självskattning har inget konsensussteg.',
      });
    }
    requireAllSubmitted(ctx);
    const scores = await r.fidelityReviews.listScores([ctx.review.id]);
    const of = (reviewerId: string): TFidelityScores => ({
      items: Object.fromEntries(
        scores.filter((s) => s.reviewerId === reviewerId).map((s) => [s.itemId, s.score]),
      ),
    });
    const [first, second] = ctx.reviewers;
    const agreed = effectiveAgreed(ctx, scores);
    const differences =
      first && second
        ? compareReviewers(ctx.instrument, of(first.id), of(second.id)).map((d) => ({
            ...d,
            agreed: scores.find((s) => s.reviewerId === null && s.itemId === d.id)?.score ?? null,
          }))
        : [];
    return {
      reviewers: ctx.reviewers.map((x) => ({ id: x.id, name: x.name })),
      differences,
      agreed,
      missing: ctx.instrument.items.filter((i) => agreed[i.id] === undefined).map((i) => i.id),
    };
  });
}
