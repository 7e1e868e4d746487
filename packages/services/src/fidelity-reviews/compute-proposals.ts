import {
  addDays,
  fidelityWindow,
  minDate,
  proposeFidelityScores,
  type TFidelitySuggestion,
} from '@lots/core';
import type { TRepositories } from '@lots/db';
import { descendantsOf } from '../participants/list-participants.ts';

/** The window length in months that produced `from`…`to` (reviews store the window). */
export function windowMonthsOf(window: { from: string; to: string }): number | undefined {
  for (let m = 1; m <= 60; m++) if (fidelityWindow(window.to, m).from === window.from) return m;
  return undefined;
}

/**
 * The data-assisted proposals of a review, computed inside the caller's transaction
 * with the same loading and rules as `suggestFidelity` (fidelity.md "Exact rules for
 * the proposals"), and stored with their evidence so that reviewers see what they
 * accept. The caller's scope must hold the programme's personal data (supervisors):
 * the loading goes through the personal-data filter.
 */
export async function computeAndStoreProposals(
  r: TRepositories,
  review: { id: string; programmeId: string; windowFrom: string; windowTo: string },
  programmeKey: string,
  now: Date,
): Promise<TFidelitySuggestion> {
  const tree = await r.organisation.programmeTree();
  const ids = descendantsOf(review.programmeId, tree);
  const date = review.windowTo;
  const windowMonths = windowMonthsOf({ from: review.windowFrom, to: date });
  const window = fidelityWindow(date, windowMonths);
  const loaded = await r.fidelity.loadSuggestInput({
    programmeIds: ids,
    date,
    from: minDate(window.from, addDays(date, -83)),
  });
  const suggestion = proposeFidelityScores({
    programme: programmeKey,
    date,
    ...(windowMonths === undefined ? {} : { windowMonths }),
    specialists: [],
    openEnrolments: [],
    enrolments: [],
    employerContacts: [],
    jobStarts: [],
    benefitsCounselling: [],
    followAlong: [],
    referrals: [],
    declinedReferrals: [],
    ...loaded,
  });
  await r.fidelityReviews.replaceProposals(
    review,
    suggestion.items.map((p) => ({
      itemId: p.id,
      score: p.score,
      // The explanation's keys and figures ride with the evidence (one jsonb column);
      // `proposalFor` takes them out again.
      evidence: { ...p.evidence, explanation: p.explanation },
      note: p.note,
    })),
  );
  await r.fidelityReviews.update(review.id, { proposalsComputedAt: now });
  return suggestion;
}
