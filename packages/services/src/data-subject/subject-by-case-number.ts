import { AppError } from '@lots/core';
import { resolveAccess, scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';

/**
 * For `lots subject …`: the access of the named user (the command acts as them, so the
 * same role rules and audit apply as in the API) and the participant behind a case
 * number of a programme within that access.
 */
export async function subjectByCaseNumber(
  lots: TLots,
  email: string,
  programmeKey: string,
  caseNumber: string,
): Promise<{ access: TAccess; participantId: string }> {
  const access = await lots.db.unscoped(async (r) => {
    const user = await r.users.findByEmail(email);
    if (!user) {
      throw new AppError('NOT_FOUND', `No user ${email}`, {
        issues: [{ path: ['--as'], message: `no user with the email ${email}` }],
      });
    }
    return resolveAccess(r, {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
    });
  });
  const participantId = await lots.db.inScope(scopeFor(access), (r) =>
    r.caseWork.findParticipantIdByCaseNumber(programmeKey, caseNumber),
  );
  if (!participantId) {
    throw new AppError('NOT_FOUND', `No case ${caseNumber} in ${programmeKey} for ${email}`, {
      issues: [
        {
          path: ['--case-number'],
          message: `no case number ${caseNumber} in programme ${programmeKey} that ${email} may see`,
        },
      ],
    });
  }
  return { access, participantId };
}
