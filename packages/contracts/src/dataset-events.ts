import {
  activityLocations,
  employerContactPurposes,
  eventTypes,
  followAlongWith,
  incomeSources,
  jobContracts,
  meetingKinds,
  placementKinds,
  sniSections,
  studyKinds,
  subsidies,
} from '@lots/core';
import { z } from 'zod';
import {
  ZExtentPct,
  ZHoursPerWeek,
  ZCalendarDate,
  ZKey,
  ZMonthlyAmount,
  text,
} from './dataset-primitives.ts';

/*
 * Events of an enrolment: the table in process.md "Events during enrolment", with
 * camelCase fields. Every event has a date, optionally the specialist who recorded
 * it (default: the enrolment's specialist) and, if it was a mistake, `voided` with a
 * reason: events are voided, never deleted.
 */

const base = {
  date: ZCalendarDate,
  specialist: ZKey.optional(),
  voided: z.strictObject({ reason: text(500) }).optional(),
};

/**
 * Where the activity took place (IPS-25 item 24, community-based services):
 * `office`, `community`, `participant_home`, `workplace` or `remote`.
 */
const location = z.enum(activityLocations).optional();

export const ZEmployerContactEvent = z.strictObject({
  type: z.literal('employer_contact'),
  ...base,
  employer: ZKey.optional(),
  faceToFace: z.boolean(),
  purpose: z.enum(employerContactPurposes).optional(),
  location,
});

export const ZJobStartEvent = z.strictObject({
  type: z.literal('job_start'),
  ...base,
  employer: ZKey,
  /** SNI section of this job when it differs from the employer's. */
  industry: z.enum(sniSections).optional(),
  title: text(200).optional(),
  occupation: z
    .string()
    .regex(/^\d{4}$/, { error: 'must be a four-digit SSYK 2012 code' })
    .optional(),
  hoursPerWeek: ZHoursPerWeek,
  extentPct: ZExtentPct,
  contract: z.enum(jobContracts),
  salary: ZMonthlyAmount,
  subsidy: z.enum(subsidies),
  subsidyMonthly: ZMonthlyAmount.optional(),
  /** Ordinary job open to anyone, paid at least the collective-agreement wage. */
  competitive: z.boolean(),
});

export const ZJobEndEvent = z.strictObject({
  type: z.literal('job_end'),
  ...base,
  employer: ZKey.optional(),
  reason: text(500).optional(),
});

export const ZStudyStartEvent = z.strictObject({
  type: z.literal('study_start'),
  ...base,
  kind: z.enum(studyKinds),
  extentPct: ZExtentPct.optional(),
});

export const ZStudyEndEvent = z.strictObject({
  type: z.literal('study_end'),
  ...base,
  kind: z.enum(studyKinds),
  extentPct: ZExtentPct.optional(),
});

const placementFields = {
  ...base,
  kind: z.enum(placementKinds),
  employer: ZKey.optional(),
  /** A provider that is not an employer in the document, e.g. a municipal activity centre. */
  provider: text(200).optional(),
  hoursPerWeek: ZHoursPerWeek.optional(),
};

export const ZPlacementStartEvent = z.strictObject({
  type: z.literal('placement_start'),
  ...placementFields,
});

export const ZPlacementEndEvent = z.strictObject({
  type: z.literal('placement_end'),
  ...placementFields,
});

export const ZBenefitsCounsellingEvent = z.strictObject({
  type: z.literal('benefits_counselling'),
  ...base,
});

export const ZFollowAlongEvent = z.strictObject({
  type: z.literal('follow_along'),
  ...base,
  with: z.enum(followAlongWith),
  location,
});

export const ZMeetingEvent = z.strictObject({
  type: z.literal('meeting'),
  ...base,
  kind: z.enum(meetingKinds),
  parties: z.array(text(200)).optional(),
  location,
});

export const ZPlanEvent = z.strictObject({
  type: z.literal('plan'),
  ...base,
  goals: text(4000).optional(),
  dueDate: ZCalendarDate.optional(),
});

export const ZIncomeChangeEvent = z.strictObject({
  type: z.literal('income_change'),
  ...base,
  source: z.enum(incomeSources),
  monthly: ZMonthlyAmount,
  from: ZCalendarDate.optional(),
});

export const ZHousingSupportChangeEvent = z.strictObject({
  type: z.literal('housing_support_change'),
  ...base,
  hoursPerWeek: ZHoursPerWeek,
});

/** Free text is personal data: never logged, shown only to roles with personal-data access. */
export const ZNoteEvent = z.strictObject({
  type: z.literal('note'),
  ...base,
  text: text(10_000),
});

export const ZEvent = z.discriminatedUnion(
  'type',
  [
    ZEmployerContactEvent,
    ZJobStartEvent,
    ZJobEndEvent,
    ZStudyStartEvent,
    ZStudyEndEvent,
    ZPlacementStartEvent,
    ZPlacementEndEvent,
    ZBenefitsCounsellingEvent,
    ZFollowAlongEvent,
    ZMeetingEvent,
    ZPlanEvent,
    ZIncomeChangeEvent,
    ZHousingSupportChangeEvent,
    ZNoteEvent,
  ],
  { error: `must be one of ${eventTypes.join(', ')}` },
);

export type TEvent = z.infer<typeof ZEvent>;
export type TEmployerContactEvent = z.infer<typeof ZEmployerContactEvent>;
export type TJobStartEvent = z.infer<typeof ZJobStartEvent>;
export type TJobEndEvent = z.infer<typeof ZJobEndEvent>;
export type TStudyStartEvent = z.infer<typeof ZStudyStartEvent>;
export type TStudyEndEvent = z.infer<typeof ZStudyEndEvent>;
export type TPlacementStartEvent = z.infer<typeof ZPlacementStartEvent>;
export type TPlacementEndEvent = z.infer<typeof ZPlacementEndEvent>;
export type TBenefitsCounsellingEvent = z.infer<typeof ZBenefitsCounsellingEvent>;
export type TFollowAlongEvent = z.infer<typeof ZFollowAlongEvent>;
export type TMeetingEvent = z.infer<typeof ZMeetingEvent>;
export type TPlanEvent = z.infer<typeof ZPlanEvent>;
export type TIncomeChangeEvent = z.infer<typeof ZIncomeChangeEvent>;
export type THousingSupportChangeEvent = z.infer<typeof ZHousingSupportChangeEvent>;
export type TNoteEvent = z.infer<typeof ZNoteEvent>;
