import type { TIdentityOut, TIdentityRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { conflict, type TMeta } from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { identityOut, loadSubject } from './subject-access.ts';

/**
 * Sets a person's identity (privacy.md "Pseudonyms and identity"): optional, stored
 * encrypted, replaced as a whole (a field left out is removed). Supervisors and the
 * specialist assigned to one of the person's enrolments. Registering an identity
 * after an erasure is a new registration and clears the erasure mark.
 */
export async function updateIdentity(
  lots: TLots,
  access: TAccess,
  participantId: string,
  body: TIdentityRequest,
  meta: TMeta,
): Promise<TIdentityOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { participant } = await loadSubject(r, participantId);
    const hmac = body.personalNumber ? lots.cipher.lookupHash(body.personalNumber) : null;
    if (hmac) {
      const same = await r.caseWork.findParticipantByPersonalNumber(participant.programmeId, hmac);
      if (same && same.participantId !== participant.id) {
        throw conflict(
          ['body', 'personalNumber'],
          'another participant of the programme has this personal identity number',
          'En annan deltagare i programmet har samma personnummer.',
        );
      }
    }
    const enc = (v: string | undefined) => (v ? lots.cipher.encrypt(v) : null);
    await r.dataSubject.saveIdentity(participant.id, participant.programmeId, {
      nameEnc: enc(body.name),
      personalNumberEnc: enc(body.personalNumber),
      personalNumberHmac: hmac,
      phoneEnc: enc(body.phone),
      emailEnc: enc(body.email),
    });
    await r.audit.append({
      action: 'update',
      entity: 'participant_identity',
      entityId: participant.id,
      programmeId: participant.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { fields: Object.keys(body) },
    });
    const saved = identityOut(
      lots,
      participant.id,
      await r.dataSubject.findIdentity(participant.id),
    );
    if (!saved) throw new Error('identity not saved');
    return saved;
  });
}
