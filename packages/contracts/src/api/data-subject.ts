import { z } from 'zod';
import { ZEnrolmentState, ZFollowUpOut, ZIdentityOut } from './case-work.ts';
import { ZUuid } from './common.ts';
import { ZEventOut } from './participants.ts';

/*
 * The data subject's rights (privacy.md "Retention and the data subject's rights"):
 * everything held about one person, and erasure of their identity.
 */

export const ZSubjectEnrolment = ZEnrolmentState.extend({
  sex: z.string(),
  birthYear: z.number().int(),
  municipality: z.string(),
  education: z.string(),
  referral: z.object({
    source: z.string(),
    officer: z.string().nullable(),
    organisation: z.string().nullable(),
  }),
  specialistName: z.string().nullable(),
  events: z.array(ZEventOut),
  followUps: z.array(ZFollowUpOut),
}).meta({ id: 'SubjectEnrolment' });

export const ZSubjectAuditEntry = z
  .object({
    at: z.string().describe('ISO timestamp'),
    userEmail: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    enrolmentId: ZUuid.nullable(),
    ip: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'SubjectAuditEntry' });

export const ZParticipantExport = z
  .object({
    format: z.literal('lots-subject-export'),
    exportedAt: z.string().describe('ISO timestamp'),
    participant: z.object({ id: ZUuid, programmeKey: z.string(), key: z.string() }),
    identity: ZIdentityOut.nullable(),
    enrolments: z.array(ZSubjectEnrolment),
    audit: z.array(ZSubjectAuditEntry),
  })
  .meta({ id: 'ParticipantExport' });
export type TParticipantExport = z.infer<typeof ZParticipantExport>;

export const ZEraseIdentityResult = z
  .object({ participantId: ZUuid, erasedAt: z.string().describe('ISO timestamp') })
  .meta({ id: 'EraseIdentityResult' });
export type TEraseIdentityResult = z.infer<typeof ZEraseIdentityResult>;
