import { z } from 'zod';
import { ZIsoDate, ZUuid } from './common.ts';
import { ZClosureProposal } from './events.ts';
import { ZPhase } from './participants.ts';

/*
 * The specialist's workspace ("Mina deltagare"), the supervisor's caseload view and
 * assignments (process.md "Caseload and queue").
 */

const ZSpecialistRef = z.object({ id: ZUuid, name: z.string() });

export const ZMyParticipantsQuery = z.object({
  programme: z
    .string()
    .max(100)
    .optional()
    .describe('limit to one programme (and its sub-programmes)'),
  specialist: ZUuid.optional().describe('supervisors: one specialist’s list; default all'),
});
export type TMyParticipantsQuery = z.infer<typeof ZMyParticipantsQuery>;

export const ZMyParticipant = z
  .object({
    id: ZUuid.describe('enrolment id'),
    programmeKey: z.string(),
    caseNumber: z.string(),
    name: z.string().nullable(),
    specialist: ZSpecialistRef.nullable(),
    enrolledAt: ZIsoDate,
    phase: ZPhase,
    lastContact: z
      .object({ date: ZIsoDate, days: z.number().int() })
      .nullable()
      .describe(
        'latest employer contact, follow-along, meeting, plan, benefits counselling or job/study/placement event; notes and income changes do not count',
      ),
    planReview: z.object({
      lastPlan: ZIsoDate.nullable(),
      dueOn: ZIsoDate.describe('latest plan + 3 months, or enrolment + 3 months'),
      overdue: z.boolean(),
    }),
    closureProposal: ZClosureProposal.nullable(),
  })
  .meta({ id: 'MyParticipant' });
export type TMyParticipant = z.infer<typeof ZMyParticipant>;

export const ZFollowUpDue = z
  .object({
    enrolmentId: ZUuid,
    programmeKey: z.string(),
    caseNumber: z.string(),
    name: z.string().nullable(),
    specialist: ZSpecialistRef.nullable(),
    closedAt: ZIsoDate,
    months: z.number().int(),
    dueOn: ZIsoDate,
  })
  .meta({ id: 'FollowUpDue' });

export const ZMyParticipants = z
  .object({
    today: ZIsoDate,
    items: z.array(ZMyParticipant),
    followUpsDue: z.array(ZFollowUpDue).describe('closed enrolments whose follow-up is past due'),
    overdueFollowUps: z.number().int(),
  })
  .meta({ id: 'MyParticipants' });
export type TMyParticipants = z.infer<typeof ZMyParticipants>;

export const ZCaseloadQuery = z.object({
  programme: z.string().min(1, 'is required').max(100),
  date: ZIsoDate.optional().describe('default today'),
});
export type TCaseloadQuery = z.infer<typeof ZCaseloadQuery>;

export const ZCaseloadRow = z
  .object({
    specialist: z.object({ id: ZUuid, key: z.string(), name: z.string() }),
    programmeKey: z.string(),
    fte: z.number(),
    active: z.number().int(),
    weighted: z.number().nullable().describe('active ÷ FTE'),
    overTarget: z.boolean(),
  })
  .meta({ id: 'CaseloadRow' });

export const ZCaseload = z
  .object({
    programme: z.string(),
    date: ZIsoDate,
    target: z.number().int().describe('IPS: at most 20 per full-time specialist'),
    rows: z.array(ZCaseloadRow),
    totals: z.object({
      specialists: z.number().int(),
      fte: z.number(),
      active: z.number().int(),
      weighted: z.number().nullable(),
      overTarget: z.boolean(),
      unassigned: z.number().int().describe('enrolled participants without a specialist'),
    }),
  })
  .meta({ id: 'Caseload' });
export type TCaseload = z.infer<typeof ZCaseload>;

export const ZAssignRequest = z
  .strictObject({ specialist: ZUuid.describe('specialist id in the enrolment’s programme') })
  .meta({ id: 'AssignRequest' });
export type TAssignRequest = z.infer<typeof ZAssignRequest>;

export const ZAssignResult = z
  .object({ enrolmentId: ZUuid, specialist: ZSpecialistRef, previous: ZSpecialistRef.nullable() })
  .meta({ id: 'AssignResult' });
export type TAssignResult = z.infer<typeof ZAssignResult>;

export const ZEmployerContactsQuery = z.object({
  from: ZIsoDate.optional().describe('default: 12 weeks (84 days) before `to`'),
  to: ZIsoDate.optional().describe('default today'),
});
export type TEmployerContactsQuery = z.infer<typeof ZEmployerContactsQuery>;

export const ZEmployerContactWeeks = z
  .object({
    specialist: ZSpecialistRef,
    from: ZIsoDate,
    to: ZIsoDate,
    weeks: z.array(
      z.object({
        week: z.string().describe('ISO week, e.g. 2026-W47'),
        start: ZIsoDate.describe('Monday'),
        faceToFace: z.number().int(),
        total: z.number().int(),
      }),
    ),
    totals: z.object({ faceToFace: z.number().int(), total: z.number().int() }),
  })
  .meta({ id: 'EmployerContactWeeks' });
export type TEmployerContactWeeks = z.infer<typeof ZEmployerContactWeeks>;

export const ZSpecialistOut = z
  .object({
    id: ZUuid,
    key: z.string(),
    name: z.string(),
    programmeKey: z.string(),
    fte: z.number(),
    active: z.boolean(),
  })
  .meta({ id: 'Specialist' });
export const ZSpecialistList = z
  .object({ items: z.array(ZSpecialistOut) })
  .meta({ id: 'SpecialistList' });
export type TSpecialistList = z.infer<typeof ZSpecialistList>;

export const ZProgrammeKeyParam = z.object({ key: z.string().min(1).max(100) });
