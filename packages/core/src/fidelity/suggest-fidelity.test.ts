import { describe, expect, it } from 'vitest';
import {
  communityBasedServicesScore,
  competitiveJobsScore,
  diversityScore,
} from './proposal-bands.ts';
import { fidelityNoteKeys, fidelityNoteText } from './proposal-notes.ts';
import { fidelityWindow } from './review-window.ts';
import { proposeFidelityScores } from './suggest-fidelity.ts';
import type { TFidelityProposal, TFidelitySuggestInput } from './suggest-types.ts';

/*
 * Small hand-built programmes where the right proposal is obvious, including the
 * edge rules of fidelity.md ("Edge rules to state in code and docs").
 */

const D = '2018-05-31';

function programme(extra: Partial<TFidelitySuggestInput> = {}): TFidelitySuggestInput {
  return {
    programme: 'ips-test',
    date: D,
    specialists: [],
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

const open = (n: number, specialistId: string | null, prefix = 'C') =>
  Array.from({ length: n }, (_, i) => ({
    ref: `${prefix}-${specialistId ?? 'x'}-${i + 1}`,
    specialistId,
  }));

type TJob = TFidelitySuggestInput['jobStarts'][number];
const job = (ref: string, extra: Partial<TJob> = {}): TJob => ({
  ref,
  date: '2018-01-15',
  employer: `emp-${ref}`,
  occupation: null,
  title: `title ${ref}`,
  competitive: true,
  contract: 'permanent',
  ...extra,
});

describe('the window', () => {
  it('is the 12 months up to and including D unless told otherwise', () => {
    expect(fidelityWindow(D)).toEqual({ from: '2017-06-01', to: D });
    expect(fidelityWindow(D, 6)).toEqual({ from: '2017-12-01', to: D });
    const s = proposeFidelityScores(programme({ windowMonths: 6 }));
    expect(s.window).toEqual({ from: '2017-12-01', to: D });
    expect(s.items.map((i) => i.id)).toEqual([
      'caseload_size',
      'team_assignment',
      'team_contact',
      'agency_collaboration',
      'zero_exclusion',
      'work_incentives_planning',
      'rapid_job_search',
      'employer_contact_frequency',
      'employer_contact_quality',
      'job_type_diversity',
      'employer_diversity',
      'competitive_jobs',
      'individualized_follow_along',
      'time_unlimited_follow_along',
      'community_based_services',
    ]);
  });
});

describe('caseload_size', () => {
  it('Hudiksvall: 34 open on 1.6 FTE = 21.25 → 21 → 4', () => {
    const p = item(
      programme({
        specialists: [
          { id: 's1', key: 'anna', fte: 1 },
          { id: 's2', key: 'bo', fte: 0.6 },
        ],
        openEnrolments: [...open(21, 's1'), ...open(13, 's2')],
      }),
      'caseload_size',
    );
    expect(p.score).toBe(4);
    expect(p.evidence).toMatchObject({ numerator: 34, denominator: 1.6, value: 21 });
    expect(p.evidence.window).toEqual({ from: D, to: D });
    expect(p.evidence.records).toHaveLength(34);
  });

  it('FTE-adjusts each specialist: 0.5 FTE with 10 participants counts as 20; max and mean', () => {
    const p = item(
      programme({
        specialists: [
          { id: 's1', key: 'anna', fte: 0.5 },
          { id: 's2', key: 'bo', fte: 1 },
        ],
        openEnrolments: [...open(10, 's1'), ...open(30, 's2'), ...open(2, null)],
      }),
      'caseload_size',
    );
    expect(p.evidence.details).toEqual({
      specialists: [
        { specialist: 'anna', fte: 0.5, open: 10, adjusted: 20 },
        { specialist: 'bo', fte: 1, open: 30, adjusted: 30 },
      ],
      maxAdjusted: 30,
      meanAdjusted: 25,
      unassigned: 2,
    });
    // 42 / 1.5 = 28 → 3
    expect(p).toMatchObject({ score: 3, evidence: { numerator: 42, denominator: 1.5, value: 28 } });
    expect(p.note).toContain('2 open enrolment(s) have no specialist');
    expect(p.explanation).toEqual([
      { key: 'caseloadComputed', params: { date: p.evidence.window.to } },
      { key: 'caseloadUnassigned', params: { count: 2 } },
    ]);
  });

  it('bands 20/21, 25/26, 30/31, 40/41', () => {
    const score = (n: number) =>
      item(
        programme({ specialists: [{ id: 's', key: 's', fte: 1 }], openEnrolments: open(n, 's') }),
        'caseload_size',
      ).score;
    expect([20, 21, 25, 26, 30, 31, 40, 41].map(score)).toEqual([5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it('has no score without FTE or without open enrolments, and says why', () => {
    const none = item(programme({ openEnrolments: open(3, null) }), 'caseload_size');
    expect(none.score).toBeNull();
    expect(none.note).toMatch(/No specialist/);
    expect(none.explanation).toEqual([{ key: 'caseloadNoFte' }]);
    const empty = item(
      programme({ specialists: [{ id: 's', key: 's', fte: 1 }] }),
      'caseload_size',
    );
    expect(empty.score).toBeNull();
    expect(empty.note).toMatch(/No enrolment open/);
    expect(empty.explanation).toEqual([
      { key: 'noOpenEnrolment', params: { date: empty.evidence.window.to } },
    ]);
  });
});

describe('rapid_job_search', () => {
  it('means the days to the first face-to-face contact, reporting those without one', () => {
    const p = item(
      programme({
        enrolments: [
          {
            ref: 'A',
            enrolledAt: '2018-01-01',
            faceToFaceContactDates: ['2018-02-10', '2018-01-21'],
          }, // 20
          { ref: 'B', enrolledAt: '2018-02-01', faceToFaceContactDates: ['2018-03-13'] }, // 40
          { ref: 'C', enrolledAt: '2018-03-01', faceToFaceContactDates: [] },
          { ref: 'D', enrolledAt: '2017-05-01', faceToFaceContactDates: ['2017-05-02'] }, // before the window
          { ref: 'E', enrolledAt: '2018-04-01', faceToFaceContactDates: ['2018-07-01'] }, // after D
        ],
      }),
      'rapid_job_search',
    );
    // (20 + 40) / 2 = 30 → 5
    expect(p).toMatchObject({ score: 5, evidence: { numerator: 60, denominator: 2, value: 30 } });
    expect(p.evidence.records).toEqual(['A', 'B']);
    expect(p.evidence.details).toEqual({
      enrolmentsStarted: 4,
      withoutContact: 2,
      withoutContactRecords: ['C', 'E'],
    });
    expect(p.note).toContain('2 enrolment(s) started in the window still have none');
    expect(p.explanation).toEqual([
      { key: 'rapidComputed', params: { count: 2 } },
      { key: 'rapidWithout', params: { count: 2 } },
    ]);
  });

  it('rounds the mean half up before banding: 30.5 → 31 → 4', () => {
    const p = item(
      programme({
        enrolments: [
          { ref: 'A', enrolledAt: '2018-01-01', faceToFaceContactDates: ['2018-01-31'] }, // 30
          { ref: 'B', enrolledAt: '2018-02-01', faceToFaceContactDates: ['2018-03-04'] }, // 31
        ],
      }),
      'rapid_job_search',
    );
    expect(p).toMatchObject({ score: 4, evidence: { value: 31 } });
  });

  it('has no score when no enrolment has a contact yet', () => {
    const p = item(
      programme({
        enrolments: [{ ref: 'A', enrolledAt: '2018-01-01', faceToFaceContactDates: [] }],
      }),
      'rapid_job_search',
    );
    expect(p.score).toBeNull();
    expect(p.evidence.details).toMatchObject({ withoutContact: 1, withoutContactRecords: ['A'] });
  });
});

describe('employer_contact_frequency', () => {
  const specialists = [
    { id: 's1', key: 'anna', fte: 1 },
    { id: 's2', key: 'bo', fte: 1 },
  ];
  const contacts = (n: number, date = '2018-05-01', faceToFace = true) =>
    Array.from({ length: n }, (_, i) => ({ ref: `C${i}`, date, faceToFace, specialistId: 's1' }));

  it('counts face-to-face contacts in the 84 days up to D per 12 × specialists', () => {
    const p = item(
      programme({
        specialists,
        employerContacts: [
          ...contacts(120),
          ...contacts(50, '2018-05-01', false),
          ...contacts(30, '2018-03-08'), // 84 days before D: outside
          ...contacts(1, '2018-03-09'), // first day of the 12 weeks
        ],
      }),
      'employer_contact_frequency',
    );
    // 121 / 24 = 5.04 → 5.0 → 4
    expect(p).toMatchObject({
      score: 4,
      evidence: {
        numerator: 121,
        denominator: 24,
        value: 5,
        window: { from: '2018-03-09', to: D },
      },
    });
  });

  it.each([
    [144, 6, 5],
    [143, 6, 5], // 5.96 → 6.0
    [142, 5.9, 4],
    [96, 4, 3],
    [95, 4, 3],
    [94, 3.9, 2],
    [48, 2, 2],
    [47, 2, 2],
    [46, 1.9, 1],
    [0, 0, 1],
  ])('%i contacts by 2 specialists → %d a week → %i', (n, value, score) => {
    const p = item(
      programme({ specialists, employerContacts: contacts(n) }),
      'employer_contact_frequency',
    );
    expect(p.evidence.value).toBe(value);
    expect(p.score).toBe(score);
  });

  it('has no score without specialists', () => {
    expect(
      item(programme({ employerContacts: contacts(5) }), 'employer_contact_frequency').score,
    ).toBeNull();
  });
});

describe('job_type_diversity and employer_diversity', () => {
  it('types are SSYK codes, else lower-cased titles', () => {
    const input = programme({
      jobStarts: [
        job('A', { occupation: '5223', title: 'Butikssäljare' }),
        job('B', { occupation: '5223', title: 'Kassörska' }),
        job('C', { title: 'Lagerarbetare' }),
        job('D', { title: ' lagerarbetare ' }),
        job('E', { title: 'Kock', employer: 'emp-A' }),
        job('F', { date: '2017-05-31', title: 'Outside' }),
      ],
    });
    // types: 5223, lagerarbetare, kock = 3 of 5 = 60 % → 3
    expect(item(input, 'job_type_diversity')).toMatchObject({
      score: 3,
      evidence: { numerator: 3, denominator: 5, value: 60, records: ['A', 'B', 'C', 'D', 'E'] },
    });
    // employers: emp-A (twice), emp-B, emp-C, emp-D = 4 of 5 = 80 % → 4
    expect(item(input, 'employer_diversity')).toMatchObject({
      score: 4,
      evidence: { numerator: 4, denominator: 5, value: 80 },
    });
  });

  it('bands at 85 / 70 / 60 / 50', () => {
    expect([85, 84, 70, 69, 60, 59, 50, 49].map(diversityScore)).toEqual([5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it('has no score without jobs in the window', () => {
    for (const id of ['job_type_diversity', 'employer_diversity', 'competitive_jobs'] as const) {
      const p = item(programme({ jobStarts: [job('A', { date: '2017-01-01' })] }), id);
      expect(p.score).toBeNull();
      expect(p.note).toBe('No job start in the window: nothing to count.');
      expect(p.explanation).toEqual([{ key: 'noJobStart' }]);
    }
  });
});

describe('competitive_jobs', () => {
  const jobs = (competitive: number, total: number) =>
    Array.from({ length: total }, (_, i) =>
      job(`J${String(i).padStart(3, '0')}`, { competitive: i < competitive }),
    );

  it('below 65 % competitive is 1 (64.x % is not left unassigned)', () => {
    // 129 / 200 = 64.5 % → rounded half up 65 → 2; 128 / 200 = 64 % → 1
    expect(item(programme({ jobStarts: jobs(129, 200) }), 'competitive_jobs')).toMatchObject({
      score: 2,
      evidence: { numerator: 129, denominator: 200, value: 65 },
    });
    expect(item(programme({ jobStarts: jobs(128, 200) }), 'competitive_jobs').score).toBe(1);
    expect(item(programme({ jobStarts: jobs(1, 3) }), 'competitive_jobs').score).toBe(1);
    expect([95, 94, 85, 84, 75, 74, 65, 64.9].map(competitiveJobsScore)).toEqual([
      5, 4, 4, 3, 3, 2, 2, 1,
    ]);
  });

  it('counts competitive only, and shows how many were also permanent', () => {
    const p = item(
      programme({
        jobStarts: [
          job('A'),
          job('B', { contract: 'fixed_term' }),
          job('C', { competitive: false }),
        ],
      }),
      'competitive_jobs',
    );
    expect(p).toMatchObject({ score: 2, evidence: { numerator: 2, denominator: 3, value: 67 } });
    expect(p.evidence.details).toEqual({ competitivePermanent: 1, notCompetitiveRecords: ['C'] });
  });
});

describe('community_based_services band', () => {
  it('exactly 30 % is 2', () => {
    expect([65, 64, 50, 49, 40, 39, 30, 29.9].map(communityBasedServicesScore)).toEqual([
      5, 4, 4, 3, 3, 2, 2, 1,
    ]);
  });
});

describe('work_incentives_planning (partly)', () => {
  it('is the share of job starts preceded by benefits counselling', () => {
    const p = item(
      programme({
        jobStarts: [job('A'), job('B'), job('C'), job('D')],
        benefitsCounselling: [
          { ref: 'A', dates: ['2018-01-02'] },
          { ref: 'B', dates: ['2018-01-15'] }, // same day counts
          { ref: 'C', dates: ['2018-02-01'] }, // after the start
        ],
      }),
      'work_incentives_planning',
    );
    expect(p).toMatchObject({ score: 3, evidence: { numerator: 2, denominator: 4, value: 50 } });
    expect(p.evidence.details).toEqual({ withoutCounsellingRecords: ['C', 'D'] });
    expect(p.note).toMatch(/Partly computable/);
    expect(item(programme(), 'work_incentives_planning').score).toBeNull();
  });
});

describe('time_unlimited_follow_along (partly)', () => {
  it('counts job starts with follow-along after the third month; recent starts are too early', () => {
    const p = item(
      programme({
        jobStarts: [
          job('A', { date: '2017-10-01' }),
          job('B', { date: '2017-10-01' }),
          job('C', { date: '2018-04-01' }), // under 4 months before D
        ],
        followAlong: [
          { ref: 'A', date: '2018-02-15', with: 'participant' },
          { ref: 'B', date: '2017-10-08', with: 'participant' },
          { ref: 'B', date: '2018-03-01', with: 'employer' },
        ],
      }),
      'time_unlimited_follow_along',
    );
    expect(p).toMatchObject({ score: 3, evidence: { numerator: 1, denominator: 2, value: 50 } });
    expect(p.evidence.details).toMatchObject({
      jobStarts: 3,
      tooRecent: 1,
      withoutSustainedRecords: ['B'],
    });
  });
});

describe('zero_exclusion (partly)', () => {
  const referrals = [
    { ref: 'R1', date: '2018-01-01', source: 'psychiatry' },
    { ref: 'R2', date: '2018-02-01', source: 'AF' },
  ];
  it('proposes 4 when nobody was declined', () => {
    expect(item(programme({ referrals }), 'zero_exclusion')).toMatchObject({
      score: 4,
      evidence: {
        numerator: 0,
        denominator: 2,
        value: 0,
        details: { referralSources: ['AF', 'psychiatry'] },
      },
    });
  });
  it('lists declines and their reasons for the reviewer, without a score', () => {
    const p = item(
      programme({
        referrals,
        declinedReferrals: [{ ref: 'R2', date: '2018-02-10', reason: 'Inte redo för arbete' }],
      }),
      'zero_exclusion',
    );
    expect(p.score).toBeNull();
    expect(p.evidence).toMatchObject({ numerator: 1, denominator: 2, value: 50, records: ['R2'] });
    expect(p.evidence.details).toMatchObject({
      declined: [{ ref: 'R2', date: '2018-02-10', reason: 'Inte redo för arbete' }],
    });
  });
});

describe('proposal explanations', () => {
  it('give every proposal message keys whose English text is the note', () => {
    const s = proposeFidelityScores(programme({}));
    for (const p of s.items) {
      expect(p.explanation.length, p.id).toBeGreaterThan(0);
      expect(
        p.explanation.every((x) => fidelityNoteKeys.includes(x.key)),
        p.id,
      ).toBe(true);
      expect(fidelityNoteText(p.explanation), p.id).toBe(p.note);
    }
  });
});
