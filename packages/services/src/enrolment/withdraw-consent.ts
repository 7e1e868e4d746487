import type { TEnrolmentState, TWithdrawConsentRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import {
  conflict,
  enrolmentState,
  invalid,
  loadEnrolment,
  notInFuture,
  type TMeta,
} from './case-work-support.ts';

/**
 * Consent withdrawn (privacy.md "Consent"): from that day the closing summary is no
 * longer handed back and the person is not contacted for follow-ups. Statistics
 * already reported stay. Supervisors and the assigned specialist.
 */
export async function withdrawConsent(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TWithdrawConsentRequest,
  meta: TMeta,
): Promise<TEnrolmentState> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await loadEnrolment(r, id);
    if (!e.consentDate) {
      throw conflict(
        ['consent'],
        'no consent is recorded for this enrolment',
        'Det finns inget registrerat samtycke att återkalla.',
      );
    }
    if (e.consentWithdrawnAt) {
      throw conflict(
        ['consent', 'withdrawnAt'],
        `consent was already withdrawn on ${e.consentWithdrawnAt}`,
        `Samtycket återkallades redan ${e.consentWithdrawnAt}.`,
      );
    }
    notInFuture(body.date, isoToday(lots.now()), ['body', 'date']);
    if (body.date < e.consentDate) {
      throw invalid(
        ['body', 'date'],
        `must be on or after the consent date ${e.consentDate}`,
        'Återkallelsen kan inte ligga före samtycket.',
      );
    }
    await r.caseWork.updateEnrolment(e.id, { consentWithdrawnAt: body.date });
    await r.audit.append({
      action: 'withdraw_consent',
      entity: 'enrolment',
      entityId: e.participantId,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { date: body.date },
    });
    return enrolmentState(r, e.id);
  });
}
