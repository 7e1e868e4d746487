import { checkClosure, checkEventDates, type TIssue } from '@lots/core';
import type { TCloseEnrolmentRequest, TEnrolmentState } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { toPathwayEvent } from '../participants/phase-of.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import {
  conflict,
  enrolmentState,
  invalid,
  loadEnrolment,
  notInFuture,
  rejectIssues,
  type TMeta,
} from './case-work-support.ts';

/**
 * Closure (process.md "Closure"): date, reason, income sources at exit, the closing
 * summary, and the hand-back to the referrer — which needs the participant's
 * consent to share, not withdrawn. Supervisors and the assigned specialist.
 */
export async function closeEnrolment(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TCloseEnrolmentRequest,
  meta: TMeta,
): Promise<TEnrolmentState> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await loadEnrolment(r, id);
    if (e.status === 'closed') {
      throw conflict(
        ['closedAt'],
        `the enrolment was already closed on ${e.closedAt ?? '?'}`,
        'Inskrivningen är redan avslutad.',
      );
    }
    // Core's rule names the enrolment date when there is none: closing before enrolment.
    const closureIssues = checkClosure({
      enrolledAt: e.status === 'enrolled' ? e.enrolledAt : null,
      closure: { date: body.date, reason: body.reason },
    }).map((i): TIssue => ({
      path: i.path.length === 1 ? ['enrolledAt'] : ['body', ...i.path.slice(1)],
      message: i.message,
    }));
    rejectIssues(closureIssues, 'Avslutet kan inte registreras: se fälten som anges.');
    notInFuture(body.date, isoToday(lots.now()), ['body', 'date']);
    const events = await r.participants.listEvents([e.id]);
    const late = checkEventDates({
      enrolledAt: e.enrolledAt,
      closure: { date: body.date },
      events: events.map(toPathwayEvent),
    }).filter((i) => i.message.includes('closure'));
    if (late.length > 0) {
      const index = late[0]?.path[1];
      const event = typeof index === 'number' ? events[index] : undefined;
      throw invalid(
        ['body', 'date'],
        `must be on or after the last event: ${event?.type ?? 'an event'} on ${event?.date ?? '?'} (void it if it is a mistake)`,
        'Avslutsdatum kan inte ligga före en registrerad händelse.',
      );
    }
    if (body.handBackTo) {
      if (!e.consentHandBack) {
        throw invalid(
          ['body', 'handBackTo'],
          'the participant has not consented to handing the closing summary back to the referrer',
          'Deltagaren har inte samtyckt till att slutdokumentationen lämnas till remittenten.',
        );
      }
      if (e.consentWithdrawnAt) {
        throw invalid(
          ['body', 'handBackTo'],
          `the participant withdrew consent on ${e.consentWithdrawnAt}: the closing summary may not be shared`,
          'Deltagaren har återkallat sitt samtycke: slutdokumentationen får inte lämnas ut.',
        );
      }
    }
    await r.caseWork.updateEnrolment(e.id, {
      status: 'closed',
      closedAt: body.date,
      closureReason: body.reason,
      closureSummary: body.summary ?? null,
      handBackTo: body.handBackTo ?? null,
    });
    await r.caseWork.replaceIncomeSources(e.id, e.programmeId, 'exit', body.exitIncomeSources);
    await r.audit.append({
      action: 'close',
      entity: 'enrolment',
      entityId: e.participantId,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { date: body.date, reason: body.reason, handedBack: Boolean(body.handBackTo) },
    });
    return enrolmentState(r, e.id);
  });
}
