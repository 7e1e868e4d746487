import { AppError } from '@lots/core';
import type { TEventTimeline } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { enrolmentState, toEventItem } from './event-rows.ts';

/** The timeline of an enrolment, newest first, voided events shown with their reason. Audited. */
export async function listEvents(
  lots: TLots,
  access: TAccess,
  enrolmentId: string,
  meta: { ip: string | null },
): Promise<TEventTimeline> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await r.events.findEnrolment(enrolmentId);
    if (!e) throw new AppError('NOT_FOUND', `Enrolment ${enrolmentId} not found`);
    const rows = await r.events.listForEnrolment(e.id);
    await r.audit.append({
      action: 'read',
      entity: 'event',
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { count: rows.length },
    });
    return {
      enrolmentId: e.id,
      caseNumber: e.caseNumber,
      ...enrolmentState(e, rows, isoToday(lots.now())),
      events: [...rows].reverse().map(toEventItem),
    };
  });
}
