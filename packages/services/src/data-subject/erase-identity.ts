import type { TEraseIdentityRequest, TEraseIdentityResult } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { requireSupervisor, type TMeta } from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { loadSubject } from './subject-access.ts';

/**
 * Erasure on request (GDPR art. 17, privacy.md): name, personal identity number and
 * contact details are removed; the pseudonymised enrolments and statistics stay.
 * Supervisors only. Erasing again answers with the first erasure.
 */
export async function eraseIdentity(
  lots: TLots,
  access: TAccess,
  participantId: string,
  body: TEraseIdentityRequest,
  meta: TMeta,
): Promise<TEraseIdentityResult> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { participant } = await loadSubject(r, participantId);
    requireSupervisor(access, participant.programmeId, 'erase identity data');
    const before = await r.dataSubject.findIdentity(participant.id);
    const erasedAt = before?.erasedAt ? new Date(before.erasedAt) : lots.now();
    if (!before?.erasedAt)
      await r.dataSubject.eraseIdentity(participant.id, participant.programmeId, erasedAt);
    await r.audit.append({
      action: 'erase',
      entity: 'participant_identity',
      entityId: participant.id,
      programmeId: participant.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      reason: body.reason,
      details: { alreadyErased: Boolean(before?.erasedAt) },
    });
    return { participantId: participant.id, erasedAt: erasedAt.toISOString() };
  });
}
