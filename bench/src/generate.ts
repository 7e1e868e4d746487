import { addDays, daysBetween, formatCaseNumber, yearOf, type TIsoDate } from '@lots/core';
import type {
  TAssociation,
  TDataset,
  TEmployer,
  TEvent,
  TParticipant,
  TProgramme,
  TSpecialist,
} from '@lots/contracts';
import {
  createRandom,
  demoEmployers,
  demoPathway,
  demoPerson,
  referralOrganisations,
  type TDemoEmployer,
  type TDemoPathway,
  type TRandom,
} from '@lots/services';

/*
 * The synthetic benchmark datasets (issue "performance and scale", part 1). They
 * reuse the demo's people, pathways and catalogue (packages/services/src/demo), so a
 * benchmark enrolment looks like a demo one: the seed-001 mix of sexes, ages,
 * incomes, outcomes and closure reasons. Only the number of associations,
 * programmes and enrolments grows. `today` is fixed, so a seed gives the same
 * document on every machine and every day.
 */

export const datasetSizes = ['small', 'municipal', 'national'] as const;
export type TDatasetSize = (typeof datasetSizes)[number];
export type TGenerateOptions = { size: TDatasetSize; seed: number };

type TSizeSpec = {
  associations: number;
  programmesPerAssociation: number;
  enrolments: number;
  /** Years of history before `today`. */
  years: number;
};

export const sizeSpecs: Readonly<Record<TDatasetSize, TSizeSpec>> = {
  small: { associations: 1, programmesPerAssociation: 1, enrolments: 100, years: 3 },
  municipal: { associations: 2, programmesPerAssociation: 5, enrolments: 10_000, years: 5 },
  national: { associations: 40, programmesPerAssociation: 10, enrolments: 300_000, years: 6 },
};

/** Fixed so that the document does not depend on the day it is generated. */
export const benchToday: TIsoDate = '2025-12-31';

/** A spread of real SCB municipality codes (the import checks them against the reference table). */
const municipalities = [
  '0114', '0127', '0162', '0186', '0330', '0461', '0488', '0563', '0604', '0682',
  '0761', '0821', '0881', '1080', '1233', '1264', '1275', '1283', '1292', '1384',
  '1427', '1442', '1460', '1471', '1485', '1492', '1499', '1763', '1783', '1863',
  '1885', '1981', '2029', '2081', '2121', '2184', '2284', '2361', '2418', '2480',
] as const; // prettier-ignore

export type TProgrammePlan = {
  programme: TProgramme & { caseNumberPrefix: string };
  specialists: TSpecialist[];
  employers: readonly TDemoEmployer[];
  enrolments: number;
};

export type TDatasetPlan = {
  size: TDatasetSize;
  seed: number;
  today: TIsoDate;
  historyDays: number;
  associations: TAssociation[];
  employers: TEmployer[];
  programmes: TProgrammePlan[];
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Everything but the participants: small enough to hold in memory at every size. */
export function planDataset({ size, seed }: TGenerateOptions): TDatasetPlan {
  const spec = sizeSpecs[size];
  const rng = createRandom(seed);
  const totalProgrammes = spec.associations * spec.programmesPerAssociation;
  const base = Math.floor(spec.enrolments / totalProgrammes);
  const extra = spec.enrolments - base * totalProgrammes;
  const firstYear = yearOf(addDays(benchToday, -spec.years * 365));
  const years = Array.from({ length: yearOf(benchToday) - firstYear + 1 }, (_, i) => firstYear + i);
  const associations: TAssociation[] = [];
  const employers: TEmployer[] = [];
  const programmes: TProgrammePlan[] = [];
  for (let a = 1; a <= spec.associations; a++) {
    const association = `assoc-${pad(a)}`;
    associations.push({ key: association, name: `Samordningsförbundet Bench ${pad(a)}` });
    // Each association has its own employer register (employers are association-wide).
    const own = demoEmployers.map((e) => ({ ...e, key: `${association}-${e.key}` }));
    employers.push(
      ...own.map((e) => ({
        key: e.key,
        name: e.name,
        association,
        industry: e.industry,
        type: e.type,
      })),
    );
    for (let p = 1; p <= spec.programmesPerAssociation; p++) {
      const index = programmes.length;
      const key = `${association}-ips-${pad(p)}`;
      const enrolments = base + (index < extra ? 1 : 0);
      const perYear = Math.max(1, Math.round(enrolments / spec.years));
      // About one specialist per 40 enrolments a year (caseloads of 15–20 at a time).
      const specialistCount = Math.max(1, Math.round(perYear / 40));
      const programme: TProgrammePlan['programme'] = {
        key,
        name: `IPS Bench ${pad(a)}-${pad(p)}`,
        association,
        parent: null,
        municipality: municipalities[(index * 7 + a) % municipalities.length] ?? '2184',
        closureAfterDays: 60,
        minHoursPerWeekForEmployment: 0,
        followUpMonths: [6, 12],
        retentionYears: 2,
        caseNumberPrefix: `B${pad(a)}P${pad(p)}`,
        targets: years.map((year) => ({
          year,
          enrolments: perYear,
          rates: { employment: 0.2, studies: 0.2, occupation: 0.1 },
        })),
      };
      const specialists = Array.from({ length: specialistCount }, (_, s) => ({
        key: `${key}-s${s + 1}`,
        programme: key,
        fte: rng.weighted([
          [1, 50],
          [0.8, 25],
          [0.75, 10],
          [0.5, 15],
        ] as const),
        name: `Coach ${pad(a)}-${pad(p)}-${s + 1}`,
      }));
      programmes.push({ programme, specialists, employers: own, enrolments });
    }
  }
  return {
    size,
    seed,
    today: benchToday,
    historyDays: spec.years * 365,
    associations,
    employers,
    programmes,
  };
}

/**
 * The demo pathway records the first contacts only; an IPS specialist keeps
 * developing jobs with employers for as long as the enrolment lasts (the fidelity
 * scale expects several contacts a week per specialist). One more contact about
 * every three weeks, at most 15, brings a national-size dataset to about 20 events
 * per enrolment (the 6 million for 300 000 enrolments).
 */
function withEmployerWork(
  rng: TRandom,
  plan: TProgrammePlan,
  enrolledAt: TIsoDate,
  pathway: TDemoPathway,
): TEvent[] {
  const end = pathway.closure?.date ?? pathway.events.at(-1)?.date ?? enrolledAt;
  const days = daysBetween(enrolledAt, end);
  const extra: TEvent[] = [];
  for (let i = Math.min(15, Math.floor(days / 21)); i > 0; i--) {
    extra.push({
      type: 'employer_contact',
      date: addDays(enrolledAt, rng.int(1, days)),
      employer: rng.pick(plan.employers).key,
      faceToFace: rng.chance(0.8),
      purpose: 'job_development',
    });
  }
  // A stable sort keeps the pathway's own order for events of the same day.
  return [...pathway.events, ...extra].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

function enrolment(rng: TRandom, plan: TProgrammePlan, enrolledAt: TIsoDate, today: TIsoDate) {
  const person = demoPerson(rng);
  const { programme } = plan;
  const specialist = rng.weighted(plan.specialists.map((s) => [s.key, s.fte] as const));
  const organisation = referralOrganisations[person.referralSource];
  const handBack = rng.chance(0.85);
  const pathway = demoPathway({
    rng,
    enrolledAt,
    today,
    person,
    employers: plan.employers,
    closureAfterDays: programme.closureAfterDays,
    followUpMonths: programme.followUpMonths,
    ...(handBack && organisation ? { handBackTo: organisation } : {}),
  });
  return {
    programme: programme.key,
    sex: person.sex,
    birthYear: yearOf(enrolledAt) - person.age,
    municipality: rng.chance(0.8) ? programme.municipality : rng.pick(municipalities),
    education: person.education,
    ...(person.identity ? { identity: person.identity } : {}),
    referral: {
      date: addDays(enrolledAt, -rng.int(5, 45)),
      source: person.referralSource,
      ...(organisation ? { organisation } : {}),
    },
    enrolledAt,
    specialist,
    consent: { date: enrolledAt, participation: true, handBack, survey: rng.chance(0.6) },
    baseline: person.baseline,
    events: withEmployerWork(rng, plan, enrolledAt, pathway),
    ...(pathway.closure ? { closure: pathway.closure } : {}),
    followUps: pathway.followUps,
  } satisfies Omit<TParticipant, 'key' | 'caseNumber'>;
}

/**
 * The participants of a plan, one at a time, in programme order and by enrolment date
 * within a programme: the national size (300 000 enrolments) never has to be held in
 * memory as one document. Each programme draws from its own stream.
 */
export function* generateParticipants(plan: TDatasetPlan): Generator<TParticipant> {
  const start = addDays(plan.today, -plan.historyDays);
  const span = daysBetween(start, plan.today) - 3;
  for (const [i, p] of plan.programmes.entries()) {
    const rng = createRandom(plan.seed * 31 + i + 1);
    const dates = Array.from({ length: p.enrolments }, () =>
      addDays(start, rng.int(0, span)),
    ).sort();
    const perYear = new Map<number, number>();
    for (const date of dates) {
      const year = yearOf(date);
      const sequence = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, sequence);
      const caseNumber = formatCaseNumber(p.programme.caseNumberPrefix, year, sequence);
      yield { key: caseNumber.toLowerCase(), caseNumber, ...enrolment(rng, p, date, plan.today) };
    }
  }
}

/** The document without its participants (written before them by write-dataset.ts). */
export function datasetHeader(plan: TDatasetPlan): Omit<TDataset, 'participants'> {
  return {
    format: 'lots-dataset',
    version: 1,
    associations: plan.associations,
    programmes: plan.programmes.map((p) => p.programme),
    specialists: plan.programmes.flatMap((p) => p.specialists),
    employers: plan.employers,
  };
}

/** The whole document in memory: for small and municipal sizes (and tests). */
export function generateDataset(options: TGenerateOptions): TDataset {
  const plan = planDataset(options);
  return { ...datasetHeader(plan), participants: [...generateParticipants(plan)] };
}
