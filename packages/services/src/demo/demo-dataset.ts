import {
  AppError,
  addDays,
  daysBetween,
  formatCaseNumber,
  isIsoDate,
  yearOf,
  type TClosureReason,
  type TIsoDate,
} from '@lots/core';
import type { TDataset, TParticipant } from '@lots/contracts';
import {
  declineReasons,
  demoEmployers,
  lastNames,
  referralOrganisations,
} from './demo-catalogue.ts';
import { demoPathway } from './demo-pathway.ts';
import {
  demoAssociation as association,
  historyDays,
  programmeSpecs,
  type TProgrammeSpec,
} from './demo-programmes.ts';
import { demoPerson, type TDemoPerson } from './demo-person.ts';
import { createRandom, type TRandom } from './demo-random.ts';

/*
 * The demo dataset: one fictional coordination association with two IPS programmes,
 * modelled on IPS Hudiksvall (seed 001) and its neighbour Nordanstig. All dates are
 * relative to `today`, so the demo always shows the last three years; the same
 * seed and `today` give the same document.
 */

export type TBuildDemoDatasetOptions = { seed: number; today: TIsoDate };

/** One entry before it gets its case number. */
type TDraft = Omit<TParticipant, 'key' | 'caseNumber'>;

function referralOf(rng: TRandom, person: TDemoPerson, date: TIsoDate): TParticipant['referral'] {
  const organisation = referralOrganisations[person.referralSource];
  return {
    date,
    source: person.referralSource,
    ...(organisation ? { organisation, officer: `Handläggare ${rng.pick(lastNames)}` } : {}),
  };
}

function draftPerson(rng: TRandom, spec: TProgrammeSpec, person: TDemoPerson, date: TIsoDate) {
  return {
    programme: spec.programme.key,
    sex: person.sex,
    birthYear: yearOf(date) - person.age,
    municipality: rng.weighted(spec.homes),
    education: person.education,
    ...(person.identity ? { identity: person.identity } : {}),
    events: [],
    followUps: [],
  };
}

/** An enrolment of `person`; `previous` is their earlier enrolment when they come back. */
function enrol(
  rng: TRandom,
  spec: TProgrammeSpec,
  person: TDemoPerson,
  enrolledAt: TIsoDate,
  today: TIsoDate,
  previous?: TParticipant,
): TDraft {
  const specialist = rng.weighted(spec.specialists.map((s) => [s.key, s.fte] as const));
  const referral = referralOf(rng, person, addDays(enrolledAt, -rng.int(5, 45)));
  const handBack = rng.chance(0.85);
  const pathway = demoPathway({
    rng,
    enrolledAt,
    today,
    person,
    employers: demoEmployers,
    closureAfterDays: spec.programme.closureAfterDays,
    followUpMonths: spec.programme.followUpMonths,
    ...(handBack && referral.organisation ? { handBackTo: referral.organisation } : {}),
  });
  return {
    ...draftPerson(rng, spec, person, enrolledAt),
    ...(previous
      ? {
          person: previous.person ?? previous.key,
          birthYear: previous.birthYear,
          municipality: previous.municipality,
        }
      : {}),
    referral,
    enrolledAt,
    specialist,
    consent: { date: enrolledAt, participation: true, handBack, survey: rng.chance(0.6) },
    baseline: person.baseline,
    events: pathway.events,
    ...(pathway.closure ? { closure: pathway.closure } : {}),
    followUps: pathway.followUps,
  };
}

function referrals(rng: TRandom, spec: TProgrammeSpec, start: TIsoDate, today: TIsoDate): TDraft[] {
  const drafts: TDraft[] = [];
  const priority = (person: TDemoPerson) => (person.age <= 29 ? 1 : rng.int(2, 3));
  for (let i = 0; i < spec.waiting; i++) {
    const person = demoPerson(rng);
    const date = addDays(today, -rng.int(3, 100));
    const acceptedAt = addDays(date, rng.int(2, 14));
    drafts.push({
      ...draftPerson(rng, spec, person, date),
      referral: referralOf(rng, person, date),
      queue: { priority: priority(person), ...(acceptedAt <= today ? { acceptedAt } : {}) },
    });
  }
  for (let i = 0; i < spec.declined; i++) {
    const person = demoPerson(rng);
    const date = addDays(start, rng.int(0, historyDays - 30));
    drafts.push({
      ...draftPerson(rng, spec, person, date),
      referral: referralOf(rng, person, date),
      declined: { date: addDays(date, rng.int(5, 20)), reason: rng.pick(declineReasons) },
    });
  }
  for (let i = 0; i < spec.withdrawn; i++) {
    const person = demoPerson(rng);
    const date = addDays(today, -rng.int(60, 200));
    const acceptedAt = addDays(date, rng.int(2, 10));
    drafts.push({
      ...draftPerson(rng, spec, person, date),
      referral: referralOf(rng, person, date),
      queue: { priority: priority(person), acceptedAt },
      withdrawn: {
        date: addDays(acceptedAt, rng.int(10, 40)),
        reason: 'Har fått arbete på egen hand.',
      },
    });
  }
  return drafts;
}

const reEnrolReasons: ReadonlySet<TClosureReason> = new Set([
  'ill_health',
  'own_choice',
  'other_intervention',
  'job_seeking',
  'other',
]);

function programmeEntries(rng: TRandom, spec: TProgrammeSpec, today: TIsoDate): TParticipant[] {
  const start = addDays(today, -historyDays);
  const span = daysBetween(start, today) - 3;
  const dates = Array.from({ length: spec.enrolments }, () =>
    addDays(start, rng.int(0, span)),
  ).sort();
  const cohort = dates.map((date) => ({ date, person: demoPerson(rng) }));
  const enrolled = cohort.map(({ date, person }) => enrol(rng, spec, person, date, today));

  // Re-enrolment (seed 001: 72 enrolments, 70 persons): a few come back after an early closure.
  const drafts: TDraft[] = [...enrolled];
  const returning: { first: number; date: TIsoDate }[] = [];
  enrolled.forEach((draft, i) => {
    const closure = draft.closure;
    if (returning.length >= spec.reEnrolments || !closure || !reEnrolReasons.has(closure.reason))
      return;
    if (daysBetween(closure.date, today) < 90) return;
    returning.push({ first: i, date: addDays(closure.date, rng.int(20, 60)) });
  });

  const ordered = [...drafts, ...referrals(rng, spec, start, today)]
    .map((draft) => ({ draft, at: draft.enrolledAt ?? draft.referral.date }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const prefix = spec.programme.caseNumberPrefix ?? 'DEMO';
  const perYear = new Map<number, number>();
  const assign = (draft: TDraft, at: TIsoDate): TParticipant => {
    const year = yearOf(at);
    const sequence = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequence);
    const caseNumber = formatCaseNumber(prefix, year, sequence);
    return { ...draft, key: caseNumber.toLowerCase(), caseNumber };
  };
  const entryOf = new Map<TDraft, TParticipant>();
  const entries = ordered.map(({ draft, at }) => {
    const entry = assign(draft, at);
    entryOf.set(draft, entry);
    return entry;
  });

  // Returning participants get their case numbers after the others of that year; fine for a demo.
  for (const { first, date } of returning) {
    const firstDraft = enrolled[first];
    const previous = firstDraft && entryOf.get(firstDraft);
    const person = cohort[first]?.person;
    if (!previous || !person) continue;
    entries.push(assign(enrol(rng, spec, person, date, today, previous), date));
  }
  return entries;
}

/**
 * Builds the fictional demo dataset (IPS Hudiksvall and Nordanstig, demo). Pure and
 * deterministic: the same `seed` and `today` give the same document.
 */
export function buildDemoDataset({ seed, today }: TBuildDemoDatasetOptions): TDataset {
  if (!isIsoDate(today)) {
    throw new AppError('VALIDATION_FAILED', `today must be a date YYYY-MM-DD, got ${today}`, {
      issues: [{ path: ['today'], message: 'must be a real calendar date written YYYY-MM-DD' }],
    });
  }
  const specs = programmeSpecs(today);
  return {
    format: 'lots-dataset',
    version: 1,
    associations: [{ key: association, name: 'Samordningsförbundet Hälsingland Demo' }],
    programmes: specs.map((s) => s.programme),
    specialists: specs.flatMap((s) => s.specialists),
    employers: demoEmployers.map((e) => ({
      key: e.key,
      name: e.name,
      association,
      industry: e.industry,
      type: e.type,
    })),
    // Each programme draws from its own stream, so changing one leaves the other as it was.
    participants: specs.flatMap((spec, i) =>
      programmeEntries(createRandom(seed * 31 + i), spec, today),
    ),
  };
}
