import type { TIsoDate } from '../domain/dates.ts';
import type { TEventType } from '../domain/enums.ts';

/**
 * The part of an event the pathway rules look at. Structural on purpose: the
 * dataset's and the database's event types both fit it, and core need not know
 * either of them.
 */
export type TPathwayEvent = {
  type: TEventType;
  date: TIsoDate;
  /** Employer key: pairs a job_end with its job_start. */
  employer?: string | null;
  /** Study or placement kind: pairs an end with its start. */
  kind?: string | null;
  voided?: { reason: string } | null;
  extentPct?: number | null;
  hoursPerWeek?: number | null;
  salary?: number | null;
  subsidyMonthly?: number | null;
  monthly?: number | null;
};

/** The facts of one enrolment the per-enrolment rules need. */
export type TEnrolmentFacts = {
  enrolledAt?: TIsoDate | null;
  consent?: {
    date: TIsoDate;
    participation: boolean;
    withdrawnAt?: TIsoDate | null;
  } | null;
  closure?: { date: TIsoDate; reason?: string | null } | null;
  events?: readonly TPathwayEvent[] | null;
};
