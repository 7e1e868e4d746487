import { communityLocations } from '../domain/enums.ts';
import { communityBasedServicesScore, oneDecimalHalfUp, percentHalfUp } from './proposal-bands.ts';
import { inWindow, uniqueSorted } from './review-window.ts';
import type { TFidelityProposal, TFidelitySuggestInput, TFidelityWindow } from './suggest-types.ts';
import { explain } from './proposal-notes.ts';

/*
 * Services items from the activity records: employer contacts, follow-along and
 * meetings, with where they took place (fidelity.md items 18, 22 and 24).
 */

/**
 * Item 18 `employer_contact_quality`: relationship building over several visits.
 * Employers met face to face in the window (contacts naming an employer): the share
 * visited at least twice: ≥ 50 % → 4, ≥ 25 % → 3, else 2; employer contacts but none
 * face to face → 1. Capped at 4: whether visits were planned and used to learn the
 * employer's needs is observed, not recorded. Evidence: visits per employer and the
 * face-to-face share of all employer contacts.
 */
export function proposeEmployerContactQuality(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const contacts = input.employerContacts.filter((c) => inWindow(c.date, window));
  const visits = contacts.filter((c) => c.faceToFace && c.employer);
  const perEmployer = new Map<string, number>();
  for (const v of visits)
    perEmployer.set(v.employer ?? '', (perEmployer.get(v.employer ?? '') ?? 0) + 1);
  const repeated = [...perEmployer.values()].filter((n) => n >= 2).length;
  const faceToFace = contacts.filter((c) => c.faceToFace).length;
  const base = {
    numerator: repeated,
    denominator: perEmployer.size,
    window,
    records: uniqueSorted(visits.map((v) => v.ref)),
    details: {
      employerContacts: contacts.length,
      faceToFace,
      faceToFacePct: contacts.length > 0 ? percentHalfUp(faceToFace, contacts.length) : null,
      visitsPerEmployer:
        perEmployer.size > 0 ? oneDecimalHalfUp(visits.length, perEmployer.size) : null,
      withoutEmployer: contacts.filter((c) => c.faceToFace && !c.employer).length,
    },
  };
  if (contacts.length === 0) {
    return {
      id: 'employer_contact_quality',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'contactQualityNoContact' }),
    };
  }
  if (faceToFace === 0) {
    return {
      id: 'employer_contact_quality',
      score: 1,
      evidence: { ...base, value: 0 },
      ...explain({ key: 'contactQualityNoFaceToFace' }),
    };
  }
  if (perEmployer.size === 0) {
    return {
      id: 'employer_contact_quality',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'contactQualityNoEmployer' }),
    };
  }
  const value = percentHalfUp(repeated, perEmployer.size);
  const score = value >= 50 ? 4 : value >= 25 ? 3 : 2;
  return {
    id: 'employer_contact_quality',
    score,
    evidence: { ...base, value },
    ...explain({ key: 'contactQualityComputed' }),
  };
}

/**
 * Item 24 `community_based_services`: of the activities in the window with a
 * recorded location (employer contacts, follow-along, meetings), the share in the
 * community (`community`, `participant_home`, `workplace`), banded as the scale's
 * share of hours: ≥ 65 → 5, ≥ 50 → 4, ≥ 40 → 3, ≥ 30 → 2 (exactly 30 % is 2), else 1.
 * Lots records no durations, so each activity counts once; activities without a
 * location are reported, not counted.
 */
export function proposeCommunityBasedServices(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const activities = [
    ...input.employerContacts,
    ...input.followAlong,
    ...(input.meetings ?? []),
  ].filter((a) => inWindow(a.date, window));
  const located = activities.filter((a) => a.location);
  const isCommunity = (a: (typeof located)[number]) =>
    a.location ? communityLocations.includes(a.location) : false;
  const community = located.filter(isCommunity);
  // The scale rates each specialist and averages: shown for the reviewer.
  const perSpecialist = input.specialists.flatMap((s) => {
    const own = located.filter((a) => a.specialistId === s.id);
    return own.length === 0
      ? []
      : [
          {
            specialist: s.key,
            located: own.length,
            pct: percentHalfUp(own.filter(isCommunity).length, own.length),
          },
        ];
  });
  const byLocation: Record<string, number> = {};
  for (const a of located) byLocation[a.location ?? ''] = (byLocation[a.location ?? ''] ?? 0) + 1;
  const base = {
    numerator: community.length,
    denominator: located.length,
    window,
    records: uniqueSorted(community.map((a) => a.ref)),
    details: {
      activities: activities.length,
      withoutLocation: activities.length - located.length,
      byLocation,
      perSpecialist,
    },
  };
  if (located.length === 0) {
    return {
      id: 'community_based_services',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'communityNoLocation' }),
    };
  }
  const value = percentHalfUp(community.length, located.length);
  return {
    id: 'community_based_services',
    score: communityBasedServicesScore(value),
    evidence: { ...base, value },
    ...explain(
      { key: 'communityComputed' },
      activities.length > located.length && {
        key: 'communityWithoutLocation',
        params: { count: activities.length - located.length },
      },
    ),
  };
}

/**
 * Item 22 `individualized_follow_along`: of the job starts in the window, the share
 * with any follow-along (participant or employer) on or after the start: ≥ 75 % → 3
 * ("most working clients get support"), ≥ 40 % → 2 ("about half"), else 1 ("most
 * get none"). Capped at 3: support from several people (team, family, co-workers)
 * and career development are not in the records.
 */
export function proposeIndividualizedFollowAlong(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const jobs = input.jobStarts.filter((j) => inWindow(j.date, window));
  const supported = jobs.filter((j) =>
    input.followAlong.some((f) => f.ref === j.ref && f.date >= j.date && f.date <= input.date),
  );
  const withEmployer = jobs.filter((j) =>
    input.followAlong.some(
      (f) => f.ref === j.ref && f.with === 'employer' && f.date >= j.date && f.date <= input.date,
    ),
  );
  const base = {
    numerator: supported.length,
    denominator: jobs.length,
    window,
    records: uniqueSorted(jobs.map((j) => j.ref)),
    details: {
      withEmployerSupport: withEmployer.length,
      withoutSupportRecords: uniqueSorted(
        jobs.filter((j) => !supported.includes(j)).map((j) => j.ref),
      ),
    },
  };
  if (jobs.length === 0) {
    return {
      id: 'individualized_follow_along',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'noJobStart' }),
    };
  }
  const value = percentHalfUp(supported.length, jobs.length);
  const score = value >= 75 ? 3 : value >= 40 ? 2 : 1;
  return {
    id: 'individualized_follow_along',
    score,
    evidence: { ...base, value },
    ...explain({ key: 'individualizedComputed' }),
  };
}
