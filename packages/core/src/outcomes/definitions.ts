import { minDate, type TIsoDate } from '../domain/dates.ts';
import type { TIncomeSource, TOutcomeId } from '../domain/enums.ts';
import type {
  TOutcomeDefinition,
  TOutcomeEnrolment,
  TOutcomeEvent,
  TOutcomeResult,
  TPeriod,
} from './types.ts';

/**
 * Exit income that is self-support in the standard definition: salary, study
 * allowance (CSN, not public support in the seeds) or `none` (outcomes.md,
 * `self_support`; domain/enums.ts `publicSupportIncomeSources`).
 */
export const selfSupportIncomeSources: readonly TIncomeSource[] = [
  'salary',
  'study_allowance',
  'none',
];

/**
 * The six standard outcome definitions, in the order of outcomes.md "Outcome
 * definitions", with their Swedish labels. Jobs of the employment definitions honour
 * the programme's minimum hours per week (Umeå: 17 h); `occupation` counts any job
 * whatever its hours ("a job under the minimum still counts as occupation").
 */
export const standardOutcomeDefinitions: readonly (TOutcomeDefinition & { id: TOutcomeId })[] = [
  {
    id: 'competitive_employment',
    label: 'Konkurrensutsatt anställning (IPS)',
    jobs: { competitiveOnly: true, subsidyAllowed: false },
  },
  { id: 'employment', label: 'Anställning inkl. lönestöd', jobs: {} },
  { id: 'studies', label: 'Studier', studies: true },
  { id: 'employment_or_studies', label: 'Arbete eller studier', jobs: {}, studies: true },
  {
    id: 'occupation',
    label: 'Sysselsättning',
    jobs: { minHours: 0 },
    studies: true,
    placements: true,
  },
  {
    id: 'self_support',
    label: 'Egen försörjning',
    exitIncomeCountsAsSelfSupport: selfSupportIncomeSources,
  },
];

/**
 * The standard definitions followed by the programme's own ones, as reports list
 * them (interchange.md "Report JSON": "then any own definitions").
 */
export function outcomeDefinitions(
  ownDefinitions: readonly TOutcomeDefinition[] = [],
): TOutcomeDefinition[] {
  return [...standardOutcomeDefinitions, ...ownDefinitions];
}

/** The period and the programme setting an outcome is evaluated with (outcomes.md "Outcome definitions"). */
export type TEvaluationOptions = {
  period: TPeriod;
  /** The programme's `minHoursPerWeekForEmployment` (outcomes.md; default 0). */
  minHoursPerWeekForEmployment?: number;
};

function isLive(event: TOutcomeEvent): boolean {
  return !event.voided;
}

function matchesKind(
  rule: boolean | readonly string[] | undefined,
  kind: string | null | undefined,
): boolean {
  if (rule === undefined || rule === false) return false;
  if (rule === true) return true;
  return kind !== null && kind !== undefined && rule.includes(kind);
}

/**
 * Does this one event qualify for the definition, dates aside (outcomes.md "Outcome
 * definitions" table and the minimum hours per week)? A job with unknown hours
 * cannot show that a minimum above 0 is met.
 */
export function qualifies(
  definition: TOutcomeDefinition,
  event: TOutcomeEvent,
  minHoursPerWeekForEmployment = 0,
): boolean {
  switch (event.type) {
    case 'job_start': {
      const rule = definition.jobs;
      if (!rule) return false;
      if (rule.competitiveOnly && event.competitive !== true) return false;
      const subsidy = event.subsidy ?? 'none';
      if (rule.subsidyAllowed === false && subsidy !== 'none') return false;
      const minHours =
        rule.minHours === undefined || rule.minHours === 'programme'
          ? minHoursPerWeekForEmployment
          : rule.minHours;
      // Unknown hours cannot show that a minimum is met; with no minimum they count.
      if (minHours > 0 && (event.hoursPerWeek ?? -1) < minHours) return false;
      return true;
    }
    case 'study_start':
      return matchesKind(definition.studies, event.kind);
    case 'placement_start':
      return matchesKind(definition.placements, event.kind);
    default:
      return false;
  }
}

/** The last day on which an event can count: the earlier of closure and period end. */
export function countsUntil(enrolment: TOutcomeEnrolment, period: TPeriod): TIsoDate {
  return enrolment.closedAt ? minDate(enrolment.closedAt, period.to) : period.to;
}

/**
 * The date of the first qualifying event within the window of outcomes.md "Outcome
 * definitions": on or after the enrolment date and on or before the earlier of the
 * closure date and the period end. Null when there is none. Voided events never count.
 */
export function firstQualifyingDate(
  enrolment: TOutcomeEnrolment,
  definition: TOutcomeDefinition,
  options: TEvaluationOptions,
): TIsoDate | null {
  const until = countsUntil(enrolment, options.period);
  let first: TIsoDate | null = null;
  for (const event of enrolment.events) {
    if (!isLive(event) || event.date < enrolment.enrolledAt || event.date > until) continue;
    if (!qualifies(definition, event, options.minHoursPerWeekForEmployment ?? 0)) continue;
    if (first === null || event.date < first) first = event.date;
  }
  return first;
}

/**
 * Exit-income part of a definition (outcomes.md `self_support`): reached when closed
 * on or before the period end with exit income recorded and all of it in the
 * definition's list; unknown when closed with nothing recorded; not reached while
 * open at the period end (there is no exit yet).
 */
export function exitIncomeResult(
  enrolment: TOutcomeEnrolment,
  allowed: readonly TIncomeSource[],
  period: TPeriod,
): TOutcomeResult {
  if (!enrolment.closedAt || enrolment.closedAt > period.to) return 'not_reached';
  const sources = enrolment.exitIncomeSources ?? [];
  if (sources.length === 0) return 'unknown';
  return sources.every((s) => allowed.includes(s)) ? 'reached' : 'not_reached';
}

/**
 * Whether an enrolment reaches an outcome in the period (outcomes.md "Outcome
 * definitions"): any qualifying job/study/placement start in the window, or the
 * exit-income rule. Unknown only when nothing else qualifies and the exit income is
 * unknown.
 */
export function evaluateOutcome(
  enrolment: TOutcomeEnrolment,
  definition: TOutcomeDefinition,
  options: TEvaluationOptions,
): TOutcomeResult {
  if (firstQualifyingDate(enrolment, definition, options) !== null) return 'reached';
  if (!definition.exitIncomeCountsAsSelfSupport) return 'not_reached';
  return exitIncomeResult(enrolment, definition.exitIncomeCountsAsSelfSupport, options.period);
}

/**
 * Not self-supporting at baseline: at least one public-support source among the
 * baseline income sources (outcomes.md "Movement from baseline"). Null when no
 * baseline income was recorded.
 */
export function selfSupportingAt(
  sources: readonly TIncomeSource[] | null | undefined,
  allowed: readonly TIncomeSource[] = selfSupportIncomeSources,
): boolean | null {
  if (!sources || sources.length === 0) return null;
  return sources.every((s) => allowed.includes(s));
}
