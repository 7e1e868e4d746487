import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../domain/dates.ts';
import { blocksBack } from './suggest-meetings.ts';
import { proposeFidelityScores } from './suggest-fidelity.ts';
import type { TFidelityProposal, TFidelitySuggestInput } from './suggest-types.ts';

/*
 * The proposals from meetings, teams and activity locations on small hand-built
 * programmes where the right score is obvious (fidelity.md items 4–6, 18, 22, 24).
 */

const D = '2018-05-31';
type TMeeting = NonNullable<TFidelitySuggestInput['meetings']>[number];
type TContact = TFidelitySuggestInput['employerContacts'][number];

function programme(extra: Partial<TFidelitySuggestInput> = {}): TFidelitySuggestInput {
  return {
    programme: 'ips-test',
    date: D,
    specialists: [{ id: 's1', key: 'anna', fte: 1 }],
    openEnrolments: [],
    enrolments: [],
    employerContacts: [],
    jobStarts: [],
    benefitsCounselling: [],
    followAlong: [],
    referrals: [],
    declinedReferrals: [],
    ...extra,
  };
}

function item(input: TFidelitySuggestInput, id: TFidelityProposal['id']): TFidelityProposal {
  const found = proposeFidelityScores(input).items.find((i) => i.id === id);
  if (!found) throw new Error(`no proposal for ${id}`);
  return found;
}

const meeting = (
  date: string,
  kind: TMeeting['kind'],
  extra: Partial<TMeeting> = {},
): TMeeting => ({
  ref: 'C-1',
  date,
  kind,
  specialistId: 's1',
  ...extra,
});

const contact = (employer: string | null, extra: Partial<TContact> = {}): TContact => ({
  ref: 'C-1',
  date: '2018-03-01',
  faceToFace: true,
  specialistId: 's1',
  employer,
  ...extra,
});

describe('blocks of the window', () => {
  it('are back to back from D, whole blocks only', () => {
    const w = { from: '2017-06-01', to: D };
    const months = blocksBack(w, addMonths);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ from: '2018-05-01', to: D });
    expect(months[11]).toEqual({ from: '2017-06-01', to: '2017-06-30' });
    expect(blocksBack(w, (d, n) => addDays(d, 7 * n))).toHaveLength(52);
  });
});

describe('agency_collaboration (three-party meetings with AF/FK)', () => {
  const everyMonth = Array.from({ length: 12 }, (_, i) =>
    meeting(addDays(addMonths(D, -i), -3), 'three_party'),
  );
  it('a meeting every month → 3', () => {
    const p = item(programme({ meetings: everyMonth }), 'agency_collaboration');
    expect(p).toMatchObject({ score: 3, evidence: { numerator: 12, denominator: 12, value: 100 } });
    expect(p.evidence.records).toEqual(['C-1']);
  });
  it('every week → 4 (capped: scheduled agency meetings are not in the log)', () => {
    const weekly = Array.from({ length: 52 }, (_, i) => meeting(addDays(D, -7 * i), 'three_party'));
    expect(item(programme({ meetings: weekly }), 'agency_collaboration').score).toBe(4);
  });
  it('every quarter but not every month → 2; a gap of a quarter → 1', () => {
    const quarterly = everyMonth.filter((_, i) => i % 3 === 0);
    expect(item(programme({ meetings: quarterly }), 'agency_collaboration').score).toBe(2);
    expect(item(programme({ meetings: quarterly.slice(0, 3) }), 'agency_collaboration').score).toBe(
      1,
    );
  });
  it('counts only three-party meetings in the window; none → no score, and says why', () => {
    const p = item(
      programme({
        meetings: [meeting('2018-05-01', 'network'), meeting('2017-05-01', 'three_party')],
      }),
      'agency_collaboration',
    );
    expect(p.score).toBeNull();
    expect(p.note).toMatch(/No three-party meeting/);
    expect(p.explanation).toEqual([{ key: 'agencyNoMeeting' }]);
  });
});

describe('team_contact (treatment-team meetings)', () => {
  it('shows component 1 when specialists attend nearly every week, but leaves the score to the reviewer', () => {
    const weekly = Array.from({ length: 12 }, (_, i) =>
      meeting(addDays(D, -7 * i), 'treatment_team'),
    );
    const p = item(programme({ meetings: weekly }), 'team_contact');
    expect(p.score).toBeNull();
    expect(p.evidence).toMatchObject({ numerator: 12, denominator: 12, value: 100 });
    expect(p.evidence.details).toMatchObject({ component1: true });
    const half = item(programme({ meetings: weekly.slice(0, 6) }), 'team_contact');
    expect(half.evidence).toMatchObject({ value: 50, details: { component1: false } });
  });
  it('counts each specialist’s weeks', () => {
    const p = item(
      programme({
        specialists: [
          { id: 's1', key: 'anna', fte: 1 },
          { id: 's2', key: 'bo', fte: 0.5 },
        ],
        meetings: [
          meeting(D, 'treatment_team'),
          meeting(D, 'treatment_team', { specialistId: 's2' }),
        ],
      }),
      'team_contact',
    );
    expect(p.evidence).toMatchObject({ numerator: 2, denominator: 24, value: 8 });
  });
});

describe('team_assignment (teams and referrals from psychiatry)', () => {
  const open = (n: number, source: string) =>
    Array.from({ length: n }, (_, i) => ({
      ref: `${source}-${i}`,
      specialistId: 's1',
      referralSource: source,
    }));
  const teams = [{ specialistId: 's1', team: 'psykos' }];
  it('9 of 10 from psychiatry → 90 % → 5; 8 of 10 → 4; 5 of 10 → 3; 4 of 10 → 2', () => {
    const score = (k: number) =>
      item(
        programme({
          specialistTeams: teams,
          openEnrolments: [...open(k, 'psychiatry'), ...open(10 - k, 'AF')],
        }),
        'team_assignment',
      ).score;
    expect([9, 8, 5, 4].map(score)).toEqual([5, 4, 3, 2]);
  });
  it('has no score while no specialist has a team', () => {
    const p = item(programme({ openEnrolments: open(3, 'psychiatry') }), 'team_assignment');
    expect(p.score).toBeNull();
    expect(p.note).toMatch(/team/);
    expect(p.explanation).toEqual([{ key: 'teamAssignmentNoTeam' }]);
  });
});

describe('employer_contact_quality (visits per employer)', () => {
  it('share of employers visited at least twice: 1 of 2 → 50 % → 4', () => {
    const p = item(
      programme({
        employerContacts: [
          contact('ica'),
          contact('ica', { date: '2018-04-01' }),
          contact('coop'),
          contact('coop', { faceToFace: false }),
        ],
      }),
      'employer_contact_quality',
    );
    expect(p).toMatchObject({ score: 4, evidence: { numerator: 1, denominator: 2, value: 50 } });
    expect(p.evidence.details).toMatchObject({
      employerContacts: 4,
      faceToFace: 3,
      faceToFacePct: 75,
      visitsPerEmployer: 1.5,
    });
  });
  it('one visit each → 2; contacts but none face to face → 1; none → no score', () => {
    expect(
      item(
        programme({ employerContacts: [contact('a'), contact('b')] }),
        'employer_contact_quality',
      ).score,
    ).toBe(2);
    expect(
      item(
        programme({ employerContacts: [contact('a', { faceToFace: false })] }),
        'employer_contact_quality',
      ).score,
    ).toBe(1);
    expect(item(programme(), 'employer_contact_quality').score).toBeNull();
  });
});

describe('community_based_services (activity location)', () => {
  const located = (community: number, office: number): TFidelitySuggestInput => {
    const at = (location: 'workplace' | 'office') => contact('a', { location });
    return programme({
      employerContacts: [
        ...Array.from({ length: community }, () => at('workplace')),
        ...Array.from({ length: office }, () => at('office')),
        contact('a'), // no location: reported, not counted
      ],
    });
  };
  it('exactly 30 % is 2; 29 % is 1; 65 % is 5', () => {
    expect(item(located(3, 7), 'community_based_services')).toMatchObject({
      score: 2,
      evidence: {
        numerator: 3,
        denominator: 10,
        value: 30,
        details: {
          withoutLocation: 1,
          byLocation: { workplace: 3, office: 7 },
          perSpecialist: [{ specialist: 'anna', located: 10, pct: 30 }],
        },
      },
    });
    expect(item(located(29, 71), 'community_based_services').score).toBe(1);
    expect(item(located(13, 7), 'community_based_services').score).toBe(5);
  });
  it('counts follow-along and meetings at home or in the community too', () => {
    const p = item(
      programme({
        followAlong: [
          { ref: 'F', date: '2018-03-01', with: 'participant', location: 'participant_home' },
        ],
        meetings: [meeting('2018-03-01', 'network', { ref: 'M', location: 'remote' })],
      }),
      'community_based_services',
    );
    expect(p).toMatchObject({ score: 4, evidence: { value: 50, records: ['F'] } });
  });
  it('has no score when nothing has a location', () => {
    expect(
      item(programme({ employerContacts: [contact('a')] }), 'community_based_services').score,
    ).toBeNull();
  });
});

describe('individualized_follow_along', () => {
  const job = (ref: string) => ({
    ref,
    date: '2018-01-15',
    employer: `e-${ref}`,
    occupation: null,
    title: 't',
    competitive: true,
    contract: 'permanent' as const,
  });
  it('share of job starts with follow-along after the start: 3 of 4 → 3; 2 of 4 → 2; 1 of 4 → 1', () => {
    const jobStarts = ['A', 'B', 'C', 'D'].map(job);
    const fa = (ref: string) => ({ ref, date: '2018-02-01', with: 'employer' as const });
    const score = (refs: string[]) =>
      item(programme({ jobStarts, followAlong: refs.map(fa) }), 'individualized_follow_along');
    expect(score(['A', 'B', 'C'])).toMatchObject({
      score: 3,
      evidence: { value: 75, details: { withEmployerSupport: 3, withoutSupportRecords: ['D'] } },
    });
    expect(score(['A', 'B']).score).toBe(2);
    expect(score(['A']).score).toBe(1);
  });
});
