import { AppError, endsOrphanedByVoiding } from '@lots/core';
import type { TEventChange } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { enrolmentState, toEventItem, toRuleEvent } from './event-rows.ts';

/**
 * Voids a mistaken event with a reason; it is never deleted and stays in the
 * timeline and the audit trail. Voiding a start whose end is recorded is refused
 * (void the end first), so the pathway never holds an end without a start.
 */
export async function voidEvent(
  lots: TLots,
  access: TAccess,
  eventId: string,
  reason: string,
  meta: { ip: string | null },
): Promise<TEventChange> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await r.events.findEventEnrolment(eventId);
    if (!e) throw new AppError('NOT_FOUND', `Event ${eventId} not found`);
    if (e.voidedAt) {
      throw new AppError('CONFLICT', `Event ${eventId} is already voided`, {
        userMessage: 'Händelsen är redan makulerad.',
      });
    }
    const rows = await r.events.listForEnrolment(e.id);
    const index = rows.findIndex((row) => row.id === eventId);
    const orphans = endsOrphanedByVoiding(rows.map(toRuleEvent), index);
    if (orphans.length > 0) {
      const list = orphans.map((o) => `${o.type} ${o.date}`).join(', ');
      throw new AppError('CONFLICT', `Voiding would leave ${list} without a start`, {
        issues: [{ path: ['params', 'id'], message: `void ${list} first: it ends this start` }],
        userMessage: `Makulera först avslutet (${list}) som hör till denna start.`,
      });
    }
    const now = lots.now();
    await r.events.void(eventId, reason, access.user.id, now);
    await r.audit.append({
      action: 'void',
      entity: 'event',
      entityId: eventId,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      reason,
    });
    const after = await r.events.listForEnrolment(e.id);
    const voided = after.find((row) => row.id === eventId);
    if (!voided) throw new AppError('INTERNAL', 'voided event not found');
    return { event: toEventItem(voided), ...enrolmentState(e, after, isoToday(now)) };
  });
}
