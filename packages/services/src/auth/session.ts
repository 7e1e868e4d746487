import type { TMe } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import { hasPersonalData, resolveAccess, type TAccess } from './access.ts';
import { sessionIdFromToken } from './login.ts';

/** The access of the user behind a session cookie, or undefined when it is unknown or expired. */
export async function authenticateSession(
  lots: TLots,
  token: string,
): Promise<TAccess | undefined> {
  if (!token || token.length > 200) return undefined;
  return lots.db.unscoped(async (r) => {
    const s = await r.sessions.findValid(sessionIdFromToken(token), lots.now());
    if (!s) return undefined;
    return resolveAccess(r, {
      id: s.userId,
      email: s.email,
      displayName: s.displayName,
      locale: s.locale,
    });
  });
}

export async function getMe(lots: TLots, access: TAccess): Promise<TMe> {
  const programmes = await lots.db.unscoped((r) =>
    r.organisation.listProgrammesByIds([...access.programmes.keys()]),
  );
  return {
    id: access.user.id,
    email: access.user.email,
    displayName: access.user.displayName,
    locale: access.user.locale,
    roles: [...access.roles].sort(),
    programmes: programmes.map((p) => {
      const grant = access.programmes.get(p.id);
      return {
        id: p.id,
        key: p.key,
        name: p.name,
        associationKey: p.associationKey,
        associationName: p.associationName,
        parentId: p.parentId,
        roles: grant ? [...grant.roles].sort() : [],
        personalData: grant ? hasPersonalData(grant) : false,
        specialistId: grant?.specialistIds[0] ?? null,
      };
    }),
  };
}
