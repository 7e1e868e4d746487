import type { TDenominatorId } from '../domain/enums.ts';
import { isStartedInPeriod } from './denominators.ts';
import { outcomeReport, type TOutcomeReportOptions } from './outcome-report.ts';
import type { TOutcomeEnrolment, TPeriod } from './types.ts';

/**
 * A programme's targets for one year (outcomes.md "Targets"; interchange.md
 * `programmes[].targets`): enrolments to start, and the share reaching outcomes
 * (Hudiksvall 2018: employment 0.20, studies 0.20, occupation 0.10).
 */
export type TYearTarget = {
  year: number;
  enrolments?: number | null;
  rates?: Record<string, number>;
};

/** Actual against target for one year, with the denominator used (outcomes.md "Targets"). */
export type TTargetComparison = {
  year: number;
  period: TPeriod;
  /** The denominator the actual rates are computed on: reports must say it. */
  denominator: TDenominatorId;
  /** Actual = enrolments started in the year (`started_in_period`). */
  enrolments: { target: number | null; actual: number };
  rates: {
    outcome: string;
    target: number;
    actual: number | null;
    count: number;
    denominator: number;
  }[];
};

/**
 * Actual against target for one year (outcomes.md "Targets"): the year is the
 * period 1 January – 31 December; every outcome with a target rate is compared on
 * the chosen denominator; targets for unknown outcome ids are compared as null
 * actuals rather than dropped, so a typo in configuration shows.
 */
export function compareWithTargets(
  enrolments: readonly TOutcomeEnrolment[],
  target: TYearTarget,
  options: Omit<TOutcomeReportOptions, 'period'>,
): TTargetComparison {
  const period: TPeriod = { from: `${target.year}-01-01`, to: `${target.year}-12-31` };
  const report = outcomeReport(enrolments, { ...options, period });
  const rates = Object.entries(target.rates ?? {}).map(([outcome, goal]) => {
    const row = report.rows.find((r) => r.outcome === outcome);
    return {
      outcome,
      target: goal,
      actual: row ? row.rate : null,
      count: row?.count ?? 0,
      denominator: row?.denominator ?? 0,
    };
  });
  return {
    year: target.year,
    period,
    denominator: options.denominator,
    enrolments: {
      target: target.enrolments ?? null,
      actual: enrolments.filter((e) => isStartedInPeriod(e, period)).length,
    },
    rates,
  };
}
