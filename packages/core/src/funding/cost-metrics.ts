import { div, exact, roundWhole } from '../socioeconomics/exact.ts';

export type TCostMetricsInput = {
  cost: number;
  enrolments: number;
  participantYears: number;
  /** People who reached the outcome (e.g. in employment). */
  outcomes: number;
};

export type TCostMetrics = {
  perEnrolment: number | null;
  perParticipantYear: number | null;
  perOutcome: number | null;
};

/** Cost divided by a count, whole kronor; null when nothing was counted. */
export function costPer(cost: number, count: number): number | null {
  return count > 0 ? roundWhole(div(exact(cost), exact(count))) : null;
}

/**
 * Cost per enrolment, per participant-year and per outcome reached, for one programme
 * and year (funding.md "What Lots keeps"). A zero count gives null rather than
 * infinity, so a report shows "–" instead of a misleading figure.
 */
export function costMetrics(input: TCostMetricsInput): TCostMetrics {
  return {
    perEnrolment: costPer(input.cost, input.enrolments),
    perParticipantYear: costPer(input.cost, input.participantYears),
    perOutcome: costPer(input.cost, input.outcomes),
  };
}
