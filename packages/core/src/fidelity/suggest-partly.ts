import { addMonths, daysBetween } from '../domain/dates.ts';
import { percentHalfUp } from './proposal-bands.ts';
import { inWindow, uniqueSorted } from './review-window.ts';
import type { TFidelityProposal, TFidelitySuggestInput, TFidelityWindow } from './suggest-types.ts';
import { explain } from './proposal-notes.ts';

/*
 * Items fidelity.md marks "partly": the records show part of what the anchors ask,
 * so these are Lots' own conservative mappings (not the scale's), each capped at
 * the highest anchor the records can support, and each note says what the reviewer
 * must still judge.
 */

/**
 * Item 12 `work_incentives_planning`: share of job starts in the window preceded (on
 * or before the start date, same enrolment) by `benefits_counselling`. ≥ 90 % → 4,
 * ≥ 50 % → 3, > 0 → 2, none → 1. Never 5: a trained planner, re-planning when hours
 * or pay change and help with reporting earnings are not in the records.
 */
export function proposeWorkIncentivesPlanning(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const jobs = input.jobStarts.filter((j) => inWindow(j.date, window));
  const datesOf = new Map<string, string[]>();
  for (const b of input.benefitsCounselling) {
    datesOf.set(b.ref, [...(datesOf.get(b.ref) ?? []), ...b.dates]);
  }
  const preceded = jobs.filter((j) => (datesOf.get(j.ref) ?? []).some((d) => d <= j.date));
  const base = {
    numerator: preceded.length,
    denominator: jobs.length,
    window,
    records: uniqueSorted(jobs.map((j) => j.ref)),
    details: {
      withoutCounsellingRecords: uniqueSorted(
        jobs.filter((j) => !preceded.includes(j)).map((j) => j.ref),
      ),
    },
  };
  if (jobs.length === 0) {
    return {
      id: 'work_incentives_planning',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'noJobStart' }),
    };
  }
  const value = percentHalfUp(preceded.length, jobs.length);
  const score = value >= 90 ? 4 : value >= 50 ? 3 : value > 0 ? 2 : 1;
  return {
    id: 'work_incentives_planning',
    score,
    evidence: { ...base, value },
    ...explain({ key: 'incentivesComputed' }),
  };
}

/**
 * Item 23 `time_unlimited_follow_along`: of the job starts in the window at least 4
 * months before D, the share with a follow-along contact with the participant after
 * the start's third month ("face-to-face contact for at least 4 months"): ≥ 50 % → 3,
 * > 0 → 2, none → 1. Capped at 3: anchors 4–5 need a year of monthly contact, which
 * jobs started in the window have not yet had, and timing around the start.
 */
export function proposeTimeUnlimitedFollowAlong(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const jobs = input.jobStarts.filter((j) => inWindow(j.date, window));
  const mature = jobs.filter((j) => addMonths(j.date, 4) <= input.date);
  const contacts = input.followAlong.filter(
    (f) => f.with === 'participant' && f.date <= input.date,
  );
  const sustained = mature.filter((j) =>
    contacts.some((f) => f.ref === j.ref && f.date > addMonths(j.date, 3)),
  );
  // Shown for the reviewer's anchors 4–5: weekly contact in the first month.
  const weeklyFirstMonth = mature.filter(
    (j) =>
      contacts.filter(
        (f) =>
          f.ref === j.ref && daysBetween(j.date, f.date) >= 0 && daysBetween(j.date, f.date) < 30,
      ).length >= 4,
  ).length;
  const base = {
    numerator: sustained.length,
    denominator: mature.length,
    window,
    records: uniqueSorted(mature.map((j) => j.ref)),
    details: {
      jobStarts: jobs.length,
      tooRecent: jobs.length - mature.length,
      weeklyInFirstMonth: weeklyFirstMonth,
      withoutSustainedRecords: uniqueSorted(
        mature.filter((j) => !sustained.includes(j)).map((j) => j.ref),
      ),
    },
  };
  if (mature.length === 0) {
    return {
      id: 'time_unlimited_follow_along',
      score: null,
      evidence: { ...base, value: null },
      ...explain(jobs.length === 0 ? { key: 'noJobStart' } : { key: 'timeUnlimitedTooEarly' }),
    };
  }
  const value = percentHalfUp(sustained.length, mature.length);
  const score = value >= 50 ? 3 : value > 0 ? 2 : 1;
  return {
    id: 'time_unlimited_follow_along',
    score,
    evidence: { ...base, value },
    ...explain({ key: 'timeUnlimitedComputed' }),
  };
}

/**
 * Item 9 `zero_exclusion`: declined referrals in the window and their reasons, over
 * referrals received in it. None declined → 4 ("no sign of exclusion"); 5 also needs
 * active encouragement and varied referral sources, which the reviewer judges. With
 * declines, no score: whether a reason is a readiness criterion needs a person.
 */
export function proposeZeroExclusion(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const declined = input.declinedReferrals.filter((d) => inWindow(d.date, window));
  const referrals = input.referrals.filter((r) => inWindow(r.date, window));
  const sources = uniqueSorted(referrals.map((r) => r.source));
  const base = {
    numerator: declined.length,
    denominator: referrals.length,
    window,
    records: uniqueSorted(declined.map((d) => d.ref)),
    details: {
      declined: declined
        .map((d) => ({ ref: d.ref, date: d.date, reason: d.reason }))
        .sort((a, b) =>
          a.date === b.date ? a.ref.localeCompare(b.ref) : a.date.localeCompare(b.date),
        ),
      referralSources: sources,
    },
  };
  if (referrals.length === 0 && declined.length === 0) {
    return {
      id: 'zero_exclusion',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'zeroExclusionNoReferral' }),
    };
  }
  const value = referrals.length > 0 ? percentHalfUp(declined.length, referrals.length) : null;
  if (declined.length > 0) {
    return {
      id: 'zero_exclusion',
      score: null,
      evidence: { ...base, value },
      ...explain({ key: 'zeroExclusionDeclined', params: { count: declined.length } }),
    };
  }
  return {
    id: 'zero_exclusion',
    score: 4,
    evidence: { ...base, value },
    ...explain({ key: 'zeroExclusionNoneDeclined', params: { count: sources.length } }),
  };
}
