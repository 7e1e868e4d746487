import {
  closureReasons,
  diagnosisGroups,
  educationLevels,
  followUpStatuses,
  goals,
  referralSources,
  sexes,
  timeOnSupportBands,
} from '@lots/core';
import { z } from 'zod';
import {
  ZCalendarDate,
  ZHoursPerWeek,
  ZIncome,
  ZKey,
  ZMunicipalityCode,
  positiveInt,
  text,
} from '../dataset-primitives.ts';
import { ZIdentity, ZPriorityRule } from '../dataset.ts';
import { ZIsoDate, ZUuid } from './common.ts';

/*
 * Case work: referral → intake decision → enrolment → closure → follow-ups
 * (shared/domain/process.md). Domain rules that relate values to stored data
 * (consent, dates against the referral, one open enrolment) are checked in the use
 * cases with core's rules; these schemas check shape and name the field on error.
 */

export const ZProgrammeQuery = z.object({ programme: ZKey });
export type TProgrammeQuery = z.infer<typeof ZProgrammeQuery>;

export const ZEnrolmentIdParam = z.object({ id: z.string().max(64) });
export const ZParticipantIdParam = z.object({ participantId: z.string().max(64) });

const ZNewPerson = z
  .strictObject({
    sex: z.enum(sexes),
    birthYear: z.int().min(1900).max(2100),
    municipality: ZMunicipalityCode,
    education: z.enum(educationLevels),
    identity: ZIdentity.optional(),
    /** Known at referral, e.g. for a priority rule on income source; replaced by the baseline. */
    incomeSources: z.array(ZIncome).optional(),
  })
  .meta({ id: 'NewPerson' });

const ZExistingPerson = z
  .strictObject({
    participantId: ZUuid.describe('re-enrolment of a person known to the programme'),
  })
  .meta({ id: 'ExistingPerson' });

export const ZCreateReferralRequest = z
  .strictObject({
    programme: ZKey,
    person: z.union([ZExistingPerson, ZNewPerson]),
    referral: z.strictObject({
      date: ZCalendarDate,
      source: z.enum(referralSources),
      officer: text(200)
        .optional()
        .describe('the referring case officer, to hand the case back to'),
      organisation: text(200).optional(),
    }),
  })
  .meta({ id: 'CreateReferralRequest' });
export type TCreateReferralRequest = z.infer<typeof ZCreateReferralRequest>;

export const intakeDecisions = ['accept_waiting', 'decline', 'withdraw'] as const;
export const ZIntakeDecisionRequest = z
  .strictObject({
    decision: z.enum(intakeDecisions),
    date: ZCalendarDate,
    reason: text(1000).optional().describe('required for decline'),
    priority: positiveInt().optional().describe('queue priority (1 = first); wins over the rules'),
  })
  .meta({ id: 'IntakeDecisionRequest' });
export type TIntakeDecisionRequest = z.infer<typeof ZIntakeDecisionRequest>;

const ZConsentIn = z.strictObject({
  date: ZCalendarDate,
  participation: z.boolean(),
  handBack: z.boolean().describe('share the closing summary with the referrer'),
  survey: z.boolean().describe('may be contacted for follow-ups after closure'),
});

const baselineFields = {
  incomeSources: z
    .array(ZIncome, { error: 'is required: list at least one income source ("none" if none)' })
    .min(1, { error: 'must list at least one income source ("none" if none)' }),
  timeOnSupport: z.enum(timeOnSupportBands),
  housingSupportHoursPerWeek: ZHoursPerWeek.optional(),
  diagnosisGroup: z.enum(diagnosisGroups).optional(),
  goal: z.enum(goals).optional(),
  networkAgencies: z.array(text(200)).max(50).optional(),
  preferences: text(4000).optional(),
};

export const ZBaselineIn = z.strictObject(baselineFields).meta({ id: 'BaselineIn' });

export const ZEnrolRequest = z
  .strictObject({
    date: ZCalendarDate,
    specialist: ZUuid.describe('specialist id of the programme'),
    // Optional in the shape so that the rule "no enrolment without consent" answers
    // with its own clear message (core checkConsent) instead of a generic one.
    consent: ZConsentIn.optional(),
    baseline: ZBaselineIn,
  })
  .meta({ id: 'EnrolRequest' });
export type TEnrolRequest = z.infer<typeof ZEnrolRequest>;

export const ZWithdrawConsentRequest = z
  .strictObject({ date: ZCalendarDate })
  .meta({ id: 'WithdrawConsentRequest' });
export type TWithdrawConsentRequest = z.infer<typeof ZWithdrawConsentRequest>;

export const ZUpdateBaselineRequest = z
  .strictObject({
    ...baselineFields,
    incomeSources: baselineFields.incomeSources.optional(),
    timeOnSupport: baselineFields.timeOnSupport.optional(),
    housingSupportHoursPerWeek: ZHoursPerWeek.nullable().optional(),
    diagnosisGroup: z.enum(diagnosisGroups).nullable().optional(),
    goal: z.enum(goals).nullable().optional(),
    networkAgencies: z.array(text(200)).max(50).nullable().optional(),
    preferences: text(4000).nullable().optional(),
  })
  .meta({ id: 'UpdateBaselineRequest' });
export type TUpdateBaselineRequest = z.infer<typeof ZUpdateBaselineRequest>;

export const ZCloseEnrolmentRequest = z
  .strictObject({
    date: ZCalendarDate,
    reason: z.enum(closureReasons, {
      error: (iss) =>
        iss.input === undefined
          ? `closing needs a reason: one of ${closureReasons.join(', ')}`
          : `must be one of ${closureReasons.join(', ')}`,
    }),
    exitIncomeSources: z.array(ZIncome).default([]),
    summary: text(10_000).optional(),
    handBackTo: text(200).optional().describe('needs consent to hand back, not withdrawn'),
  })
  .meta({ id: 'CloseEnrolmentRequest' });
export type TCloseEnrolmentRequest = z.infer<typeof ZCloseEnrolmentRequest>;

export const ZRecordFollowUpRequest = z
  .strictObject({
    months: positiveInt().describe('which follow-up: months after closure (e.g. 6 or 12)'),
    date: ZCalendarDate,
    status: z.enum(followUpStatuses),
    incomeSources: z.array(ZIncome).optional(),
    note: text(4000).optional(),
  })
  .meta({ id: 'RecordFollowUpRequest' });
export type TRecordFollowUpRequest = z.infer<typeof ZRecordFollowUpRequest>;

export const ZIdentityRequest = ZIdentity.meta({ id: 'IdentityRequest' });
export type TIdentityRequest = z.infer<typeof ZIdentityRequest>;

export const ZEraseIdentityRequest = z
  .strictObject({ reason: text(1000) })
  .meta({ id: 'EraseIdentityRequest' });
export type TEraseIdentityRequest = z.infer<typeof ZEraseIdentityRequest>;

const ZIncomeOut = z.object({
  source: z.string(),
  monthly: z.number().nullable(),
  tax: z.number().nullable(),
});

/** The state of one enrolment after a case-work step. */
export const ZEnrolmentState = z
  .object({
    id: ZUuid,
    participantId: ZUuid,
    programmeKey: z.string(),
    caseNumber: z.string(),
    status: z.enum(['referred', 'waiting', 'declined', 'withdrawn', 'enrolled', 'closed']),
    referralDate: ZIsoDate,
    queuePriority: z.number().int().nullable(),
    queueAcceptedAt: ZIsoDate.nullable(),
    declined: z.object({ date: ZIsoDate, reason: z.string() }).nullable(),
    withdrawn: z.object({ date: ZIsoDate, reason: z.string().nullable() }).nullable(),
    enrolledAt: ZIsoDate.nullable(),
    specialistId: ZUuid.nullable(),
    consent: z
      .object({
        date: ZIsoDate,
        participation: z.boolean(),
        handBack: z.boolean(),
        survey: z.boolean(),
        withdrawnAt: ZIsoDate.nullable(),
      })
      .nullable(),
    baseline: z.object({
      incomeSources: z.array(ZIncomeOut),
      timeOnSupport: z.string().nullable(),
      housingSupportHoursPerWeek: z.number().nullable(),
      diagnosisGroup: z.string().nullable(),
      goal: z.string().nullable(),
      networkAgencies: z.array(z.string()).nullable(),
      preferences: z.string().nullable(),
    }),
    closure: z
      .object({
        date: ZIsoDate,
        reason: z.string(),
        summary: z.string().nullable(),
        handBackTo: z.string().nullable(),
        exitIncomeSources: z.array(ZIncomeOut),
      })
      .nullable(),
  })
  .meta({ id: 'EnrolmentState' });
export type TEnrolmentState = z.infer<typeof ZEnrolmentState>;

export const ZQueueEntry = z
  .object({
    id: ZUuid,
    programmeKey: z.string(),
    caseNumber: z.string(),
    status: z.enum(['referred', 'waiting']),
    name: z.string().nullable(),
    sex: z.string(),
    birthYear: z.number().int(),
    referralDate: ZIsoDate,
    referralSource: z.string(),
    waitingDays: z.number().int().describe('today − referral date'),
    priority: z.number().int(),
    prioritySource: z.enum(['decision', 'rule', 'default']),
  })
  .meta({ id: 'QueueEntry' });
export const ZQueue = z
  .object({ items: z.array(ZQueueEntry), rules: z.array(ZPriorityRule) })
  .meta({ id: 'Queue' });
export type TQueue = z.infer<typeof ZQueue>;

export const ZScheduledFollowUp = z
  .object({
    enrolmentId: ZUuid,
    programmeKey: z.string(),
    caseNumber: z.string(),
    name: z.string().nullable(),
    closedAt: ZIsoDate,
    months: z.number().int(),
    dueDate: ZIsoDate,
    status: z.enum(['done', 'due', 'overdue', 'upcoming', 'no_consent']),
    doneOn: ZIsoDate.nullable(),
  })
  .meta({ id: 'ScheduledFollowUp' });
export const ZScheduledFollowUpList = z
  .object({ items: z.array(ZScheduledFollowUp) })
  .meta({ id: 'ScheduledFollowUpList' });
export type TScheduledFollowUpList = z.infer<typeof ZScheduledFollowUpList>;

export const ZFollowUpOut = z
  .object({
    id: ZUuid,
    enrolmentId: ZUuid,
    months: z.number().int().nullable(),
    date: ZIsoDate,
    status: z.string(),
    incomeSources: z.array(ZIncomeOut).nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'FollowUp' });
export type TFollowUpOut = z.infer<typeof ZFollowUpOut>;

export const ZIdentityOut = z
  .object({
    participantId: ZUuid,
    name: z.string().nullable(),
    personalNumber: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    erasedAt: z.string().nullable().describe('ISO timestamp of erasure, when erased'),
  })
  .meta({ id: 'Identity' });
export type TIdentityOut = z.infer<typeof ZIdentityOut>;
