import type { TDenominatorId } from '../domain/enums.ts';
import { firstQualifyingDate, type TEvaluationOptions } from './definitions.ts';
import type { TOutcomeDefinition, TOutcomeEnrolment, TPeriod } from './types.ts';

/** Active at any time in the period: enrolled on or before its end, not closed before its start. */
export function isEnrolledInPeriod(enrolment: TOutcomeEnrolment, period: TPeriod): boolean {
  return (
    enrolment.enrolledAt <= period.to && (!enrolment.closedAt || enrolment.closedAt >= period.from)
  );
}

/** Closed on a date within the period (the SUS view). */
export function isClosedInPeriod(enrolment: TOutcomeEnrolment, period: TPeriod): boolean {
  return (
    !!enrolment.closedAt && enrolment.closedAt >= period.from && enrolment.closedAt <= period.to
  );
}

/** Enrolled on a date within the period (cohort view). */
export function isStartedInPeriod(enrolment: TOutcomeEnrolment, period: TPeriod): boolean {
  return enrolment.enrolledAt >= period.from && enrolment.enrolledAt <= period.to;
}

/** Enrolled on or before the period end and not closed by then. */
export function isOpenAtPeriodEnd(enrolment: TOutcomeEnrolment, period: TPeriod): boolean {
  return (
    enrolment.enrolledAt <= period.to && (!enrolment.closedAt || enrolment.closedAt > period.to)
  );
}

/**
 * Membership of one of the four denominators of outcomes.md "Denominators".
 * `closed_or_outcome` depends on the outcome: closed in the period, plus enrolments
 * still open at the period end whose first qualifying event lies in the period
 * (Hudiksvall: 39 = 37 closed + 2 employed not yet closed, seed 001 l.728). "In the
 * period" is read strictly here: an open enrolment whose job started before the
 * period began is not added (it would be counted in an earlier period).
 */
export function inDenominator(
  enrolment: TOutcomeEnrolment,
  denominator: TDenominatorId,
  definition: TOutcomeDefinition,
  options: TEvaluationOptions,
): boolean {
  const { period } = options;
  switch (denominator) {
    case 'enrolled_in_period':
      return isEnrolledInPeriod(enrolment, period);
    case 'closed_in_period':
      return isClosedInPeriod(enrolment, period);
    case 'started_in_period':
      return isStartedInPeriod(enrolment, period);
    case 'closed_or_outcome': {
      if (isClosedInPeriod(enrolment, period)) return true;
      if (!isOpenAtPeriodEnd(enrolment, period)) return false;
      const first = firstQualifyingDate(enrolment, definition, options);
      return first !== null && first >= period.from;
    }
  }
}
