import { eventTypes } from '@lots/core';
import { z } from 'zod';
import {
  ZBenefitsCounsellingEvent,
  ZEmployerContactEvent,
  ZFollowAlongEvent,
  ZHousingSupportChangeEvent,
  ZIncomeChangeEvent,
  ZJobEndEvent,
  ZJobStartEvent,
  ZMeetingEvent,
  ZNoteEvent,
  ZPlacementEndEvent,
  ZPlacementStartEvent,
  ZPlanEvent,
  ZStudyEndEvent,
  ZStudyStartEvent,
} from '../dataset-events.ts';
import { text } from '../dataset-primitives.ts';
import { ZIsoDate, ZUuid } from './common.ts';
import { ZPhase } from './participants.ts';

/*
 * Recording events through the API: the same fields as the dataset's events
 * (dataset-events.ts), except that the employer and the specialist are database ids
 * instead of document keys, and an event is voided through its own endpoint rather
 * than created voided.
 */

const specialist = ZUuid.optional().describe(
  "specialist who did it; default: the user's own specialist record in the programme, else the enrolment's specialist",
);
const employer = ZUuid.describe('employer id (of the programme’s association)');
const drop = { specialist: true, voided: true } as const;
const dropWithEmployer = { ...drop, employer: true } as const;

export const ZCreateEventRequest = z
  .discriminatedUnion(
    'type',
    [
      ZEmployerContactEvent.omit(dropWithEmployer).extend({
        specialist,
        employer: employer.optional(),
      }),
      ZJobStartEvent.omit(dropWithEmployer).extend({ specialist, employer }),
      ZJobEndEvent.omit(dropWithEmployer).extend({ specialist, employer: employer.optional() }),
      ZStudyStartEvent.omit(drop).extend({ specialist }),
      ZStudyEndEvent.omit(drop).extend({ specialist }),
      ZPlacementStartEvent.omit(dropWithEmployer).extend({
        specialist,
        employer: employer.optional(),
      }),
      ZPlacementEndEvent.omit(dropWithEmployer).extend({
        specialist,
        employer: employer.optional(),
      }),
      ZBenefitsCounsellingEvent.omit(drop).extend({ specialist }),
      ZFollowAlongEvent.omit(drop).extend({ specialist }),
      ZMeetingEvent.omit(drop).extend({ specialist }),
      ZPlanEvent.omit(drop).extend({ specialist }),
      ZIncomeChangeEvent.omit(drop).extend({ specialist }),
      ZHousingSupportChangeEvent.omit(drop).extend({ specialist }),
      ZNoteEvent.omit(drop).extend({ specialist }),
    ],
    { error: `must be one of ${eventTypes.join(', ')}` },
  )
  .meta({ id: 'CreateEventRequest' });
export type TCreateEventRequest = z.infer<typeof ZCreateEventRequest>;

export const ZVoidEventRequest = z
  .strictObject({ reason: text(500).describe('why the event was a mistake (kept for audit)') })
  .meta({ id: 'VoidEventRequest' });
export type TVoidEventRequest = z.infer<typeof ZVoidEventRequest>;

export const ZClosureProposal = z
  .object({
    proposed: z.boolean().describe('true once the job or study has lasted closureAfterDays'),
    reason: z.enum(['employment', 'studies']),
    since: ZIsoDate.describe('start of the job or study; the outcome counts from it'),
    days: z.number().int(),
    closureAfterDays: z.number().int(),
  })
  .meta({ id: 'ClosureProposal' });
export type TClosureProposalOut = z.infer<typeof ZClosureProposal>;

export const ZEventItem = z
  .object({
    id: ZUuid,
    enrolmentId: ZUuid,
    type: z.enum(eventTypes),
    date: ZIsoDate,
    specialist: z.object({ id: ZUuid, name: z.string() }).nullable(),
    employer: z.object({ id: ZUuid, key: z.string(), name: z.string() }).nullable(),
    data: z.record(z.string(), z.unknown()).describe('the type’s own fields'),
    recordedBy: z.string().nullable().describe('display name of the user who recorded it'),
    createdAt: z.string().describe('ISO timestamp'),
    voided: z.object({ reason: z.string(), at: z.string(), by: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'EventItem' });
export type TEventItem = z.infer<typeof ZEventItem>;

export const ZEventTimeline = z
  .object({
    enrolmentId: ZUuid,
    caseNumber: z.string(),
    phase: ZPhase,
    closureProposal: ZClosureProposal.nullable(),
    events: z.array(ZEventItem).describe('newest first; voided events included with their reason'),
  })
  .meta({ id: 'EventTimeline' });
export type TEventTimeline = z.infer<typeof ZEventTimeline>;

export const ZEventChange = z
  .object({
    event: ZEventItem,
    phase: ZPhase.describe('the enrolment’s phase after the change'),
    closureProposal: ZClosureProposal.nullable(),
  })
  .meta({ id: 'EventChange' });
export type TEventChange = z.infer<typeof ZEventChange>;
