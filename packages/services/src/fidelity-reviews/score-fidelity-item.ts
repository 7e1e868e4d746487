import { AppError, type TFidelityItemId } from '@lots/core';
import type { TFidelityItemScore, TFidelityScoreRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { loadReview, requireMe, requireNotCompleted } from './review-access.ts';

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

/**
 * The calling reviewer's score for one item, with note and evidence (fidelity.md
 * "Data-assisted scoring"): taking the proposal (`acceptProposal`, or the same
 * score) marks it accepted; another score overrides it and needs a note saying why.
 * Only until the reviewer submits.
 */
export async function scoreFidelityItem(
  lots: TLots,
  access: TAccess,
  id: string,
  itemId: TFidelityItemId,
  body: TFidelityScoreRequest,
  options: { ip?: string | null } = {},
): Promise<TFidelityItemScore> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const ctx = await loadReview(r, access, id);
    const me = requireMe(ctx);
    requireNotCompleted(ctx);
    if (me.submittedAt !== null) {
      throw new AppError('CONFLICT', 'Scores already submitted', {
        issues: [{ path: ['params', 'itemId'], message: 'your scores are submitted' }],
        userMessage: 'Du har redan lämnat in dina poäng och kan inte ändra dem.',
      });
    }
    const proposal = (await r.fidelityReviews.listProposals(ctx.review.id)).find(
      (p) => p.itemId === itemId,
    );
    const proposed = proposal?.score ?? null;
    if (body.acceptProposal && proposed === null) {
      throw new AppError('VALIDATION_FAILED', 'No proposal to accept', {
        issues: [{ path: ['body', 'acceptProposal'], message: 'this item has no proposed score' }],
        userMessage: 'Det finns inget förslag att godta för denna punkt. Ange en poäng.',
      });
    }
    const score = body.score ?? (body.acceptProposal ? proposed : null);
    if (score === null) {
      throw new AppError('VALIDATION_FAILED', 'No score', {
        issues: [{ path: ['body', 'score'], message: 'give a score 1–5 or acceptProposal: true' }],
        userMessage: 'Ange en poäng från 1 till 5 (poäng).',
      });
    }
    if (body.acceptProposal && score !== proposed) {
      throw new AppError('VALIDATION_FAILED', 'Accepting a proposal with another score', {
        issues: [{ path: ['body', 'score'], message: `the proposal is ${proposed}` }],
        userMessage: `Förslaget är ${proposed}; ange en annan poäng utan att godta förslaget.`,
      });
    }
    const accepted = proposed === null ? null : score === proposed;
    if (accepted === false && blank(body.note)) {
      throw new AppError('VALIDATION_FAILED', 'An override of a proposal needs a note', {
        issues: [
          {
            path: ['body', 'note'],
            message: `required: the score differs from the proposed ${proposed}`,
          },
        ],
        userMessage: `Skriv en anteckning (note) om varför poängen skiljer sig från förslaget ${proposed}.`,
      });
    }
    const stored = {
      reviewerId: me.id,
      itemId,
      score,
      note: blank(body.note) ? null : (body.note ?? null),
      evidence: blank(body.evidence) ? null : (body.evidence ?? null),
      proposalScore: proposed,
      proposalAccepted: accepted,
    };
    await r.fidelityReviews.putScore(ctx.review, stored, access.user.id);
    if (ctx.review.status === 'draft')
      await r.fidelityReviews.update(ctx.review.id, { status: 'scoring' });
    await r.audit.append({
      action: 'fidelity.score',
      entity: 'fidelity_review',
      entityId: ctx.review.id,
      programmeId: ctx.review.programmeId,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { itemId, score, accepted },
    });
    return {
      itemId,
      score,
      note: stored.note,
      evidence: stored.evidence,
      proposalScore: proposed,
      proposalAccepted: accepted,
    };
  });
}
