import type { TIsoDate } from '@lots/core';
import type { TJobStartEvent } from '@lots/contracts';
import type { TDemoEmployer } from './demo-catalogue.ts';
import type { TRandom } from './demo-random.ts';

/*
 * Jobs found in the demo: most competitive and unsubsidised, about a third with wage
 * subsidy (seed 001: 5 of 11 jobs subsidised), part-time common, salaries around the
 * collective-agreement level for the jobs in the catalogue.
 */

export function pickEmployer(rng: TRandom, employers: readonly TDemoEmployer[]): TDemoEmployer {
  return rng.weighted(employers.map((e) => [e, e.weight] as const));
}

export function jobStart(rng: TRandom, date: TIsoDate, employer: TDemoEmployer): TJobStartEvent {
  const subsidy = rng.weighted([
    ['none', 62],
    ['wage_subsidy', 30],
    ['new_start', 8],
  ] as const);
  const hoursPerWeek =
    subsidy === 'none'
      ? rng.weighted([
          [40, 30],
          [30, 20],
          [25, 20],
          [20, 20],
          [15, 10],
        ] as const)
      : rng.weighted([
          [40, 40],
          [30, 30],
          [20, 30],
        ] as const);
  const extentPct = Math.round((hoursPerWeek / 40) * 100);
  const salary = Math.round((rng.amount(23000, 29000) * extentPct) / 1000) * 10;
  const subsidyMonthly =
    subsidy === 'wage_subsidy'
      ? Math.round((salary * rng.int(40, 80)) / 1000) * 10
      : subsidy === 'new_start'
        ? Math.round((salary * 0.3) / 10) * 10
        : 0;
  const [title, occupation] = rng.pick(employer.titles);
  return {
    type: 'job_start',
    date,
    employer: employer.key,
    title,
    ...(occupation ? { occupation } : {}),
    hoursPerWeek,
    extentPct,
    contract: rng.weighted([
      ['permanent', 35],
      ['fixed_term', 50],
      ['substitute', 15],
    ] as const),
    salary,
    subsidy,
    subsidyMonthly,
    competitive: subsidy === 'none' && rng.chance(0.93),
  };
}
