import { AppError, type TFidelityBandId } from '@lots/core';
import type { TFidelityHistory } from '@lots/contracts';
import { hasPersonalData, scopeFor, type TAccess } from '../auth/access.ts';
import { getOutcomeReport } from '../reports/get-outcome-report.ts';
import type { TLots } from '../runtime.ts';
import { instrumentOf } from './review-access.ts';
import { bandLabelOf } from './review-view.ts';

/**
 * A programme's completed reviews over time (fidelity.md "History": 80 → 103) with
 * the agreed per-item scores, and beside each the programme's employment rate over
 * the same window from the outcome report (`getOutcomeReport`, suppressed as it is
 * for the caller). Anyone with a grant on the programme; per-item scores only for
 * roles of the team (supervisor, specialist): funders and analysts get total and band.
 */
export async function getFidelityHistory(
  lots: TLots,
  access: TAccess,
  programmeKey: string,
): Promise<TFidelityHistory> {
  const found = await lots.db.inScope(scopeFor(access), async (r) => {
    const programme = await r.organisation.findProgrammeByKey(programmeKey);
    if (!programme) {
      throw new AppError('NOT_FOUND', `Programme ${programmeKey} not found`, {
        issues: [
          { path: ['querystring', 'programme'], message: 'no such programme in your access' },
        ],
      });
    }
    const grant = access.programmes.get(programme.id);
    const team = grant !== undefined && hasPersonalData(grant);
    const reviews = (
      await r.fidelityReviews.list([programme.id], { completedOnly: true })
    ).reverse();
    const scores = team ? await r.fidelityReviews.listScores(reviews.map((x) => x.id)) : [];
    return { programme, team, reviews, scores };
  });
  const out: TFidelityHistory['reviews'] = [];
  for (const review of found.reviews) {
    if (review.total === null || review.band === null) continue;
    const outcome = await getOutcomeReport(
      lots,
      { kind: 'user', access },
      { programme: found.programme.key, from: review.windowFrom, to: review.windowTo },
    );
    const employment = outcome.rows.find((row) => row.outcome === 'employment');
    out.push({
      id: review.id,
      kind: review.kind,
      date: review.windowTo,
      window: { from: review.windowFrom, to: review.windowTo },
      total: review.total,
      band: review.band as TFidelityBandId,
      bandLabel: bandLabelOf(instrumentOf(review), review.total) ?? '',
      nextDue: review.nextDue,
      items: found.team
        ? Object.fromEntries(
            found.scores
              .filter((s) => s.reviewId === review.id && s.reviewerId === null)
              .map((s) => [s.itemId, s.score]),
          )
        : null,
      employment: employment
        ? { count: employment.count, denominator: employment.denominator, rate: employment.rate }
        : null,
    });
  }
  return { programme: found.programme.key, reviews: out };
}
