import { z } from 'zod';
import { ZIsoDate, ZPage, ZUuid } from './common.ts';

export const phases = [
  'referred',
  'waiting',
  'declined',
  'withdrawn',
  'profile',
  'job_search',
  'in_placement',
  'employed',
  'studying',
  'paused',
  'closed',
] as const;
export const ZPhase = z.enum(phases);
export type TPhase = z.infer<typeof ZPhase>;

export const ZListParticipantsQuery = z.object({
  programme: z.string().min(1, 'is required').max(64),
  status: z.enum(['open', 'enrolled', 'waiting', 'closed', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(64).optional(),
});
export type TListParticipantsQuery = z.infer<typeof ZListParticipantsQuery>;

export const ZParticipantListItem = z
  .object({
    id: ZUuid.describe('enrolment id'),
    participantId: ZUuid.describe(
      'the person (for identity, re-enrolment and data-subject requests)',
    ),
    programmeKey: z.string(),
    caseNumber: z.string(),
    name: z.string().nullable().describe('decrypted name, when registered and visible to the user'),
    status: z.enum(['referred', 'waiting', 'declined', 'withdrawn', 'enrolled', 'closed']),
    phase: ZPhase,
    sex: z.enum(['female', 'male', 'other', 'unknown']),
    birthYear: z.number().int(),
    referralDate: ZIsoDate,
    enrolledAt: ZIsoDate.nullable(),
    closedAt: ZIsoDate.nullable(),
    specialist: z.object({ id: ZUuid, name: z.string() }).nullable(),
  })
  .meta({ id: 'ParticipantListItem' });
export type TParticipantListItem = z.infer<typeof ZParticipantListItem>;

export const ZParticipantPage = ZPage(ZParticipantListItem).meta({ id: 'ParticipantPage' });
export type TParticipantPage = z.infer<typeof ZParticipantPage>;

export const ZIncomeSourceOut = z.object({
  source: z.string(),
  monthly: z.number().nullable(),
  tax: z.number().nullable(),
});

export const ZEventOut = z
  .object({
    id: ZUuid,
    type: z.string(),
    date: ZIsoDate,
    data: z.record(z.string(), z.unknown()),
    employerName: z.string().nullable(),
    voided: z.object({ reason: z.string() }).nullable(),
  })
  .meta({ id: 'Event' });

export const ZParticipantDetail = ZParticipantListItem.extend({
  personalNumber: z.string().nullable(),
  municipality: z.string(),
  education: z.string(),
  referral: z.object({
    date: ZIsoDate,
    source: z.string(),
    officer: z.string().nullable(),
    organisation: z.string().nullable(),
  }),
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
    incomeSources: z.array(ZIncomeSourceOut),
    timeOnSupport: z.string().nullable(),
    housingSupportHoursPerWeek: z.number().nullable(),
    diagnosisGroup: z.string().nullable(),
    goal: z.string().nullable(),
  }),
  closure: z
    .object({
      date: ZIsoDate,
      reason: z.string(),
      summary: z.string().nullable(),
      exitIncomeSources: z.array(ZIncomeSourceOut),
    })
    .nullable(),
  events: z.array(ZEventOut),
}).meta({ id: 'ParticipantDetail' });
export type TParticipantDetail = z.infer<typeof ZParticipantDetail>;

export const ZIdParam = z.object({ id: z.string().max(64) });
