import type { TMe } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import { hasPersonalData, resolveAccess, type TAccess } from './access.ts';
import { sessionIdFromToken } from './login.ts';

/**
 * The access of the user behind a session cookie, or undefined when it is unknown or
 * expired. Reused from memory for LOTS_SESSION_CACHE_SECONDS (caches.ts).
 */
export async function authenticateSession(
  lots: TLots,
  token: string,
): Promise<TAccess | undefined> {
  if (!token || token.length > 200) return undefined;
  const id = sessionIdFromToken(token);
  const cache = lots.caches.access;
  if (!cache) return (await lookUpSession(lots, id))?.access;
  const cached = cache.get(id);
  if (cached) return cached;
  const lookups = lots.caches.accessLookups;
  const running = lookups.get(id);
  if (running) return running;
  const lookup: Promise<TAccess | undefined> = lookUpSession(lots, id).then((found) => {
    // Not kept when a logout came in meanwhile (it removed this lookup); never past the
    // session's own end.
    if (found && lookups.get(id) === lookup) {
      const left = found.expiresAt.getTime() - lots.now().getTime();
      if (left > 0) cache.set(id, found.access, { ttl: Math.min(cache.ttl, left) });
    }
    return found?.access;
  });
  lookups.set(id, lookup);
  try {
    return await lookup;
  } finally {
    if (lookups.get(id) === lookup) lookups.delete(id);
  }
}

/** The session and its user's access, read from the database. */
async function lookUpSession(
  lots: TLots,
  id: string,
): Promise<{ access: TAccess; expiresAt: Date } | undefined> {
  return lots.db.unscoped(async (r) => {
    const s = await r.sessions.findValid(id, lots.now());
    if (!s) return undefined;
    const access = await resolveAccess(r, {
      id: s.userId,
      email: s.email,
      displayName: s.displayName,
      locale: s.locale,
    });
    return { access, expiresAt: new Date(s.expiresAt) };
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
