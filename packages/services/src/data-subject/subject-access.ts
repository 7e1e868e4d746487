import { AppError } from '@lots/core';
import type { TIdentityOut } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import type { TLots } from '../runtime.ts';

/**
 * A person and the enrolments of theirs the caller may see. A person none of whose
 * enrolments is in the caller's caseload is unknown to the caller (404), exactly as
 * an id from another programme.
 */
export async function loadSubject(r: TRepositories, participantId: string) {
  const participant = await r.caseWork.findParticipant(participantId);
  const enrolments = participant ? await r.dataSubject.enrolmentsOf(participant.id) : [];
  if (!participant || enrolments.length === 0)
    throw new AppError('NOT_FOUND', `Participant ${participantId} not found`);
  return { participant, enrolments };
}

export function identityOut(
  lots: TLots,
  participantId: string,
  row: Awaited<ReturnType<TRepositories['dataSubject']['findIdentity']>>,
): TIdentityOut | null {
  if (!row) return null;
  const dec = (v: string | null) => (v && !row.erasedAt ? lots.cipher.decrypt(v) : null);
  return {
    participantId,
    name: dec(row.nameEnc),
    personalNumber: dec(row.personalNumberEnc),
    phone: dec(row.phoneEnc),
    email: dec(row.emailEnc),
    erasedAt: row.erasedAt ? new Date(row.erasedAt).toISOString() : null,
  };
}
