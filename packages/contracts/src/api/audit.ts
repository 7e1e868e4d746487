import { z } from 'zod';
import { ZUuid } from './common.ts';

export const ZListAuditQuery = z.object({
  programme: z.string().min(1, 'is required').max(100),
  enrolment: ZUuid.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type TListAuditQuery = z.infer<typeof ZListAuditQuery>;

export const ZAuditEntry = z
  .object({
    at: z.string().describe('ISO timestamp'),
    userEmail: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    enrolmentId: ZUuid.nullable(),
    ip: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export const ZAuditList = z.object({ items: z.array(ZAuditEntry) }).meta({ id: 'AuditList' });
export type TAuditList = z.infer<typeof ZAuditList>;
