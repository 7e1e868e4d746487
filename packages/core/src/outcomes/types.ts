import type { TIsoDate } from '../domain/dates.ts';
import type {
  TClosureReason,
  TIncomeSource,
  TPlacementKind,
  TSex,
  TStudyKind,
  TSubsidy,
} from '../domain/enums.ts';
import type { TPathwayEvent } from '../pathway/types.ts';

/*
 * The outcome engine's view of an enrolment (outcomes.md). Structural on purpose:
 * services map both the lots-dataset participants (contracts) and database rows to
 * it, and core knows neither.
 *
 * Filling it from SQL (the next task): one row per enrolment that overlaps the period
 * (`enrolled_at <= :to and (closed_at is null or closed_at >= :from)`; for the
 * `closed_or_outcome` and `started_in_period` denominators that is a superset), with
 *   - `exitIncomeSources` / `baselineIncomeSources`: `array_agg(source)` from
 *     `income_source` where `phase = 'exit'` / `'baseline'`;
 *   - `events`: `json_agg` of the non-voided events of the outcome-relevant types
 *     (`job_start`, `job_end`, `study_start`, `study_end`, `placement_start`,
 *     `placement_end`, `employer_contact`) dated on or before `:to`, each with `type`,
 *     `date` and the `data` fields `competitive`, `subsidy`, `hoursPerWeek`, `kind`,
 *     `faceToFace` and the employer key.
 * The engine never needs more than that, so the query stays one pass over `event`;
 * voided events may also be passed with `voided` set, they are ignored.
 */

/** A report period; both ends inclusive (ISO dates compare as strings). */
export type TPeriod = { from: TIsoDate; to: TIsoDate };

/**
 * An event as the outcome engine reads it: the pathway event plus the job and
 * employer-contact facts. Only the types listed above matter; others are ignored.
 */
export type TOutcomeEvent = TPathwayEvent & {
  /** job_start: ordinary job open to anyone, collective-agreement wage. */
  competitive?: boolean | null;
  /** job_start: missing means `none`. */
  subsidy?: TSubsidy | null;
  /** employer_contact: met the employer in person. */
  faceToFace?: boolean | null;
};

/**
 * The activity scale of "Movement from baseline" (outcomes.md), lowest first:
 * none < occupation (placement) < studies < employment (subsidised) <
 * competitive_employment.
 */
export const activityLevels = [
  'none',
  'occupation',
  'studies',
  'employment',
  'competitive_employment',
] as const;
export type TActivityLevel = (typeof activityLevels)[number];

/** One enrolment with everything the outcome engine reads. */
export type TOutcomeEnrolment = {
  id: string;
  /** Programme key or id: only carried through to breakdowns. */
  programme: string;
  sex: TSex;
  birthYear: number;
  enrolledAt: TIsoDate;
  closedAt?: TIsoDate | null;
  closureReason?: TClosureReason | null;
  /** Income sources at enrolment (SUS baseline). */
  baselineIncomeSources?: readonly TIncomeSource[] | null;
  /** Income sources at exit; empty or missing on a closed enrolment = unknown. */
  exitIncomeSources?: readonly TIncomeSource[] | null;
  /**
   * Activity at enrolment when it was recorded; otherwise it is derived from the
   * baseline income sources (see `baselineActivity`).
   */
  baselineActivity?: TActivityLevel | null;
  events: readonly TOutcomeEvent[];
};

/** Which jobs count for a definition. */
export type TJobRule = {
  /** Only jobs with `competitive = true`. */
  competitiveOnly?: boolean;
  /** Default true; false = only jobs with subsidy `none`. */
  subsidyAllowed?: boolean;
  /**
   * Minimum hours per week; `'programme'` (the default) = the programme's
   * `minHoursPerWeekForEmployment`.
   */
  minHours?: number | 'programme';
};

/**
 * An outcome definition as data: the six standard ones and a programme's own ones
 * are evaluated by the same engine. An enrolment reaches it when ANY of the listed
 * components qualifies (a job, a study, a placement, or the income at exit).
 */
export type TOutcomeDefinition = {
  id: string;
  /** Swedish label as shown in reports. */
  label: string;
  jobs?: TJobRule;
  /** true = any study; a list = only those kinds. */
  studies?: boolean | readonly TStudyKind[];
  /** true = any placement; a list = only those kinds. */
  placements?: boolean | readonly TPlacementKind[];
  /**
   * Reached at exit when the enrolment is closed on or before the period end, exit
   * income sources are recorded, and every one of them is in this list. Closed with
   * none recorded = unknown.
   */
  exitIncomeCountsAsSelfSupport?: readonly TIncomeSource[];
};

/** reached / not reached / unknown (self-support with no exit income recorded). */
export type TOutcomeResult = 'reached' | 'not_reached' | 'unknown';
