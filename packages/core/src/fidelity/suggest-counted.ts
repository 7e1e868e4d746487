import { daysBetween } from '../domain/dates.ts';
import {
  caseloadSizeScore,
  competitiveJobsScore,
  diversityScore,
  divideHalfUp,
  employerContactFrequencyScore,
  oneDecimalHalfUp,
  percentHalfUp,
  rapidJobSearchScore,
} from './proposal-bands.ts';
import { contactWeeksWindow, inWindow, uniqueSorted } from './review-window.ts';
import type { TFidelityProposal, TFidelitySuggestInput, TFidelityWindow } from './suggest-types.ts';
import { explain } from './proposal-notes.ts';

/*
 * The six items fidelity.md marks "yes", exactly as its "Exact rules for the
 * proposals" table words them. Each returns a proposal with no score (and says why)
 * when there is nothing to count.
 */

const hundredths = (x: number) => Math.round(x * 100);

/**
 * Item 1 `caseload_size`: open enrolments on D ÷ total FTE, rounded half up, banded
 * (Hudiksvall 34 / 1.6 = 21.25 → 21 → 4). Evidence: each specialist's FTE-adjusted
 * caseload (a 0.5 FTE specialist with 10 participants counts as 20), their max and mean.
 */
export function proposeCaseloadSize(input: TFidelitySuggestInput): TFidelityProposal {
  const window = { from: input.date, to: input.date };
  const open = input.openEnrolments.length;
  // FTE in hundredths so that 0.1 + 0.2 stays 0.3 and the division stays exact.
  const fteH = input.specialists.reduce((n, s) => n + hundredths(s.fte), 0);
  const perSpecialist = input.specialists.map((s) => {
    const count = input.openEnrolments.filter((e) => e.specialistId === s.id).length;
    const fte = hundredths(s.fte);
    return {
      specialist: s.key,
      fte: s.fte,
      open: count,
      adjusted: fte > 0 ? divideHalfUp(count * 100 * 100, fte) / 100 : null,
    };
  });
  const adjusted = perSpecialist.flatMap((s) => (s.adjusted === null ? [] : [s.adjusted]));
  const unassigned = input.openEnrolments.filter((e) => e.specialistId === null).length;
  const details = {
    specialists: perSpecialist,
    maxAdjusted: adjusted.length > 0 ? Math.max(...adjusted) : null,
    meanAdjusted:
      adjusted.length > 0
        ? divideHalfUp(hundredths(adjusted.reduce((a, b) => a + b, 0)), adjusted.length) / 100
        : null,
    unassigned,
  };
  const evidence = {
    numerator: open,
    denominator: fteH / 100,
    window,
    records: uniqueSorted(input.openEnrolments.map((e) => e.ref)),
    details,
  };
  if (fteH === 0) {
    return {
      id: 'caseload_size',
      score: null,
      evidence: { ...evidence, value: null },
      ...explain({ key: 'caseloadNoFte' }),
    };
  }
  if (open === 0) {
    return {
      id: 'caseload_size',
      score: null,
      evidence: { ...evidence, value: null },
      ...explain({ key: 'noOpenEnrolment', params: { date: input.date } }),
    };
  }
  const value = divideHalfUp(open * 100, fteH);
  return {
    id: 'caseload_size',
    score: caseloadSizeScore(value),
    evidence: { ...evidence, value },
    ...explain(
      { key: 'caseloadComputed', params: { date: input.date } },
      unassigned > 0 && { key: 'caseloadUnassigned', params: { count: unassigned } },
    ),
  };
}

/**
 * Item 15 `rapid_job_search`: enrolments starting in the window that have a
 * face-to-face employer contact (on or after enrolment, up to D): mean days to the
 * first one, rounded half up. Enrolments still without one are reported, not dropped.
 */
export function proposeRapidJobSearch(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const started = input.enrolments.filter((e) => inWindow(e.enrolledAt, window));
  const withContact: { ref: string; days: number }[] = [];
  const without: string[] = [];
  for (const e of started) {
    const first = e.faceToFaceContactDates
      .filter((d) => d >= e.enrolledAt && d <= window.to)
      .sort()[0];
    if (first === undefined) without.push(e.ref);
    else withContact.push({ ref: e.ref, days: daysBetween(e.enrolledAt, first) });
  }
  const totalDays = withContact.reduce((n, e) => n + e.days, 0);
  const details = {
    enrolmentsStarted: started.length,
    withoutContact: without.length,
    withoutContactRecords: uniqueSorted(without),
  };
  const base = {
    numerator: totalDays,
    denominator: withContact.length,
    window,
    records: uniqueSorted(withContact.map((e) => e.ref)),
    details,
  };
  if (withContact.length === 0) {
    return {
      id: 'rapid_job_search',
      score: null,
      evidence: { ...base, value: null },
      ...explain(
        started.length === 0
          ? { key: 'rapidNoEnrolment' }
          : { key: 'rapidNoContactYet', params: { count: started.length } },
      ),
    };
  }
  const value = divideHalfUp(totalDays, withContact.length);
  return {
    id: 'rapid_job_search',
    score: rapidJobSearchScore(value),
    evidence: { ...base, value },
    ...explain(
      { key: 'rapidComputed', params: { count: withContact.length } },
      without.length > 0 && { key: 'rapidWithout', params: { count: without.length } },
    ),
  };
}

/**
 * Item 17 `employer_contact_frequency`: face-to-face employer contacts in the 84 days
 * up to D ÷ (12 × number of specialists), to one decimal, banded.
 */
export function proposeEmployerContactFrequency(input: TFidelitySuggestInput): TFidelityProposal {
  const window = contactWeeksWindow(input.date);
  const contacts = input.employerContacts.filter((c) => c.faceToFace && inWindow(c.date, window));
  const specialists = input.specialists.length;
  const perSpecialist = input.specialists.map((s) => ({
    specialist: s.key,
    contacts: contacts.filter((c) => c.specialistId === s.id).length,
  }));
  const base = {
    numerator: contacts.length,
    denominator: 12 * specialists,
    window,
    records: uniqueSorted(contacts.map((c) => c.ref)),
    details: { specialists: specialists, weeks: 12, perSpecialist },
  };
  if (specialists === 0) {
    return {
      id: 'employer_contact_frequency',
      score: null,
      evidence: { ...base, value: null },
      ...explain({ key: 'contactFrequencyNoSpecialists' }),
    };
  }
  const value = oneDecimalHalfUp(contacts.length, 12 * specialists);
  return {
    id: 'employer_contact_frequency',
    score: employerContactFrequencyScore(value),
    evidence: { ...base, value },
    ...explain({ key: 'contactFrequencyComputed' }),
  };
}

type TJob = TFidelitySuggestInput['jobStarts'][number];

function jobsIn(input: TFidelitySuggestInput, window: TFidelityWindow): TJob[] {
  return input.jobStarts.filter((j) => inWindow(j.date, window));
}

function noJobs(
  id: 'job_type_diversity' | 'employer_diversity' | 'competitive_jobs',
  window: TFidelityWindow,
): TFidelityProposal {
  return {
    id,
    score: null,
    evidence: { numerator: 0, denominator: 0, value: null, window, records: [] },
    ...explain({ key: 'noJobStart' }),
  };
}

/** Item 19 `job_type_diversity`: distinct job types ÷ jobs (type = SSYK code, else lower-cased title). */
export function proposeJobTypeDiversity(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const jobs = jobsIn(input, window);
  if (jobs.length === 0) return noJobs('job_type_diversity', window);
  const typeOf = (j: TJob) =>
    j.occupation
      ? `ssyk:${j.occupation}`
      : j.title
        ? `title:${j.title.trim().toLowerCase()}`
        : null;
  const untyped = jobs.filter((j) => typeOf(j) === null);
  // A job with neither code nor title is its own type: it cannot be shown to repeat one.
  const types = new Set(jobs.map((j, i) => typeOf(j) ?? `untyped:${i}`));
  const value = percentHalfUp(types.size, jobs.length);
  return {
    id: 'job_type_diversity',
    score: diversityScore(value),
    evidence: {
      numerator: types.size,
      denominator: jobs.length,
      value,
      window,
      records: uniqueSorted(jobs.map((j) => j.ref)),
      details: { untyped: untyped.length },
    },
    ...explain(
      { key: 'jobTypeComputed' },
      untyped.length > 0 && { key: 'jobTypeUntyped', params: { count: untyped.length } },
    ),
  };
}

/** Item 20 `employer_diversity`: distinct employers ÷ jobs in the window. */
export function proposeEmployerDiversity(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const jobs = jobsIn(input, window);
  if (jobs.length === 0) return noJobs('employer_diversity', window);
  const employers = new Set(jobs.map((j) => j.employer));
  const value = percentHalfUp(employers.size, jobs.length);
  return {
    id: 'employer_diversity',
    score: diversityScore(value),
    evidence: {
      numerator: employers.size,
      denominator: jobs.length,
      value,
      window,
      records: uniqueSorted(jobs.map((j) => j.ref)),
    },
    ...explain({ key: 'employerDiversityComputed' }),
  };
}

/**
 * Item 21 `competitive_jobs`: jobs with `competitive = true` ÷ jobs in the window,
 * percent rounded half up; below 65 % is 1. The contract (permanent or not) is shown
 * in the details but, as fidelity.md's rule says, not counted.
 */
export function proposeCompetitiveJobs(
  input: TFidelitySuggestInput,
  window: TFidelityWindow,
): TFidelityProposal {
  const jobs = jobsIn(input, window);
  if (jobs.length === 0) return noJobs('competitive_jobs', window);
  const competitive = jobs.filter((j) => j.competitive);
  const value = percentHalfUp(competitive.length, jobs.length);
  return {
    id: 'competitive_jobs',
    score: competitiveJobsScore(value),
    evidence: {
      numerator: competitive.length,
      denominator: jobs.length,
      value,
      window,
      records: uniqueSorted(jobs.map((j) => j.ref)),
      details: {
        competitivePermanent: competitive.filter((j) => j.contract === 'permanent').length,
        notCompetitiveRecords: uniqueSorted(jobs.filter((j) => !j.competitive).map((j) => j.ref)),
      },
    },
    ...explain({ key: 'competitiveComputed' }),
  };
}
