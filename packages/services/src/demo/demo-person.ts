import type {
  TDiagnosisGroup,
  TEducationLevel,
  TIncomeSource,
  TReferralSource,
  TSex,
  TTimeOnSupport,
} from '@lots/core';
import type { TBaseline, TIdentity, TIncome } from '@lots/contracts';
import { firstNames, lastNames, networkAgencies, preferences } from './demo-catalogue.ts';
import type { TRandom } from './demo-random.ts';

/*
 * Who the demo participants are, with the mix of seed 001 (IPS Hudiksvall 2016–2018):
 * about 55–60 % women, half under 34 with the largest group 26–33, about ten over
 * 50; mostly compulsory or upper-secondary school; 75 % of income from
 * Försäkringskassan, some on social assistance, a handful without public support;
 * most had been on support 1–3 years, about one in seven more than 9 years.
 */

export type TDemoPerson = {
  sex: TSex;
  age: number;
  education: TEducationLevel;
  referralSource: TReferralSource;
  baseline: TBaseline & { incomeSources: TIncome[] };
  identity?: TIdentity;
};

const taxed = (rng: TRandom, monthly: number): number =>
  Math.round((monthly * rng.int(24, 30)) / 100);

function income(rng: TRandom, source: TIncomeSource): TIncome {
  switch (source) {
    case 'sickness_benefit': {
      const monthly = rng.amount(7000, 19000);
      return { source, monthly, tax: taxed(rng, monthly) };
    }
    case 'rehabilitation_benefit': {
      const monthly = rng.amount(8000, 16000);
      return { source, monthly, tax: taxed(rng, monthly) };
    }
    case 'activity_compensation': {
      const monthly = rng.amount(9500, 12000);
      return { source, monthly, tax: taxed(rng, monthly) };
    }
    case 'sickness_compensation': {
      const monthly = rng.amount(9000, 14000);
      return { source, monthly, tax: taxed(rng, monthly) };
    }
    case 'activity_support': {
      const monthly = rng.amount(6000, 16500);
      return { source, monthly, tax: taxed(rng, monthly) };
    }
    case 'unemployment_insurance': {
      const monthly = rng.amount(10000, 18000);
      return { source, monthly, tax: taxed(rng, monthly) };
    }
    // Social assistance and study allowance are not taxed.
    case 'social_assistance':
      return { source, monthly: rng.amount(4000, 9000), tax: 0 };
    case 'study_allowance':
      return { source, monthly: rng.amount(10000, 11500), tax: 0 };
    case 'salary':
      return { source, monthly: rng.amount(8000, 15000) };
    case 'none':
      return { source };
  }
}

function primaryIncome(rng: TRandom, age: number): TIncomeSource {
  // Activity compensation is only paid to people aged 19–29.
  if (age <= 29) {
    return rng.weighted<TIncomeSource>([
      ['activity_compensation', 35],
      ['sickness_benefit', 22],
      ['social_assistance', 20],
      ['activity_support', 10],
      ['study_allowance', 4],
      ['none', 6],
      ['salary', 3],
    ]);
  }
  return rng.weighted<TIncomeSource>([
    ['sickness_benefit', 45],
    ['sickness_compensation', 12],
    ['social_assistance', 14],
    ['rehabilitation_benefit', 5],
    ['activity_support', 10],
    ['unemployment_insurance', 4],
    ['none', 7],
    ['salary', 3],
  ]);
}

function age(rng: TRandom): number {
  const band = rng.weighted<readonly [number, number]>([
    [[19, 25], 22],
    [[26, 33], 32],
    [[34, 41], 16],
    [[42, 49], 15],
    [[50, 60], 15],
  ]);
  return rng.int(band[0], band[1]);
}

export function demoPerson(rng: TRandom): TDemoPerson {
  const sex = rng.weighted<TSex>([
    ['female', 55],
    ['male', 44],
    ['other', 1],
  ]);
  const years = age(rng);
  const primary = primaryIncome(rng, years);
  const incomeSources = [income(rng, primary)];
  // Social assistance often tops up a low benefit (seed 001: "F-stöd + sjp").
  if (
    ['sickness_benefit', 'activity_support', 'activity_compensation'].includes(primary) &&
    rng.chance(0.15)
  ) {
    incomeSources.push(income(rng, 'social_assistance'));
  }
  const timeOnSupport: TTimeOnSupport =
    primary === 'none' || primary === 'salary'
      ? 'not_applicable'
      : rng.weighted<TTimeOnSupport>([
          ['up_to_1_year', 15],
          ['up_to_3_years', 45],
          ['up_to_6_years', 15],
          ['up_to_9_years', 11],
          ['more_than_9_years', 14],
        ]);

  const baseline: TDemoPerson['baseline'] = { incomeSources, timeOnSupport };
  if (rng.chance(0.25)) baseline.housingSupportHoursPerWeek = rng.int(2, 12) / 2;
  if (rng.chance(0.85)) {
    baseline.diagnosisGroup = rng.weighted<TDiagnosisGroup>([
      ['neuropsychiatric', 30],
      ['depression_anxiety', 30],
      ['psychosis', 12],
      ['bipolar', 9],
      ['personality', 6],
      ['substance_use', 5],
      ['intellectual_disability', 3],
      ['other', 5],
    ]);
  }
  baseline.goal = rng.weighted([
    ['work', 80],
    ['studies', 15],
    ['occupation', 5],
  ] as const);
  if (rng.chance(0.6)) {
    baseline.networkAgencies = networkAgencies.filter(() => rng.chance(0.45));
  }
  if (rng.chance(0.3)) baseline.preferences = rng.pick(preferences);

  const person: TDemoPerson = {
    sex,
    age: years,
    education: rng.weighted<TEducationLevel>([
      ['compulsory', 27],
      ['upper_secondary', 38],
      ['post_secondary_short', 15],
      ['university', 12],
      ['unknown', 3],
    ]),
    referralSource: rng.weighted<TReferralSource>([
      ['psychiatry', 40],
      ['FK', 15],
      ['social_services', 14],
      ['AF', 12],
      ['self', 8],
      ['primary_care', 8],
      ['other', 3],
    ]),
    baseline,
  };
  // About half are registered with a (fictional) name; the rest stay pseudonymous.
  if (rng.chance(0.5)) {
    const names =
      sex === 'female' ? firstNames.female : sex === 'male' ? firstNames.male : firstNames.other;
    person.identity = { name: `${rng.pick(names)} ${rng.pick(lastNames)}` };
  }
  return person;
}
