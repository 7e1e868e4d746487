import { AppError, fidelityWindow } from '@lots/core';
import { currentFidelityInstrument } from '../fidelity/instruments.ts';
import type { TCreateFidelityReviewRequest, TFidelityReviewDetail } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { forbidden, isSupervisorOf } from '../caseload/caseload-access.ts';
import type { TLots } from '../runtime.ts';
import { computeAndStoreProposals } from './compute-proposals.ts';
import { loadReview, type TReviewerRow } from './review-access.ts';
import { addReviewerByEmail } from './reviewer-eligibility.ts';
import { toDetail } from './review-view.ts';

/**
 * Starts a fidelity review of one programme (fidelity.md "The review"). Supervisors
 * of the programme create self-assessments and external reviews; analysts of its
 * association may create external ones. A self-assessment's one reviewer defaults to
 * its creator. When a supervisor creates the review, the data-assisted proposals are
 * computed at once; an analyst's scope holds no personal data, so a supervisor then
 * runs "refresh proposals".
 */
export async function createFidelityReview(
  lots: TLots,
  access: TAccess,
  body: TCreateFidelityReviewRequest,
  options: { ip?: string | null } = {},
): Promise<TFidelityReviewDetail> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const programme = await r.organisation.findProgrammeByKey(body.programme);
    if (!programme) {
      throw new AppError('NOT_FOUND', `Programme ${body.programme} not found`, {
        issues: [{ path: ['body', 'programme'], message: 'no such programme in your access' }],
      });
    }
    const supervisor = isSupervisorOf(access, programme.id);
    const analyst = access.programmes.get(programme.id)?.roles.has('analyst') ?? false;
    if (!supervisor && !(analyst && body.kind === 'external')) {
      throw forbidden(
        'Supervisors create fidelity reviews; analysts only external ones',
        'Bara samordnare kan starta en programtrohetsbedömning (analytiker bara en extern).',
      );
    }
    const window = fidelityWindow(body.date, body.windowMonths);
    const review = await r.fidelityReviews.create({
      programmeId: programme.id,
      kind: body.kind,
      windowFrom: window.from,
      windowTo: window.to,
      instrumentId: currentFidelityInstrument().id,
      instrumentVersion: currentFidelityInstrument().version,
      createdBy: access.user.id,
    });
    const emails =
      body.reviewers ?? (body.kind === 'self_assessment' && supervisor ? [access.user.email] : []);
    const reviewers: TReviewerRow[] = [];
    for (const [i, email] of emails.entries()) {
      reviewers.push(
        await addReviewerByEmail(r, review, reviewers, email, ['body', 'reviewers', i]),
      );
    }
    if (supervisor) {
      await computeAndStoreProposals(r, review, programme.key, lots.now());
    }
    await r.audit.append({
      action: 'fidelity.review.create',
      entity: 'fidelity_review',
      entityId: review.id,
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: options.ip ?? null,
      details: { kind: body.kind, window, proposals: supervisor },
    });
    const ctx = await loadReview(r, access, review.id);
    return toDetail(ctx, await r.fidelityReviews.listProposals(review.id), []);
  });
}
