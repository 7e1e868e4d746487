import { LRUCache } from 'lru-cache';
import type { TMyParticipants } from '@lots/contracts';
import type { TDataVersion } from '@lots/db';
import type { TAccess } from './auth/access.ts';

/** "Mina deltagare" as computed, with what it was computed from (caseload/list-my-participants.ts). */
export type TCaseloadEntry = {
  /** The programmes' data versions read before the list was. */
  versions: TDataVersion[];
  today: string;
  response: TMyParticipants;
  /** The audit rows a read of this list appends: case numbers shown per programme. */
  audit: { programmeId: string; details: Record<string, unknown> }[];
};

/**
 * What the server keeps in memory between requests (issue 7: the caseload page at
 * 1 000 requests/s on two cores). Both are bounded in entries and in age.
 * - `access`: a session's resolved access, for `sessionCacheSeconds` (config
 *   LOTS_SESSION_CACHE_SECONDS; 0 = off). Logout removes its entry at once.
 * - `caseload`: "Mina deltagare" per user, query and scope, served again only while
 *   the programmes' data versions are unchanged (checked in the database on every
 *   request, so a change made by any process shows at once). It holds decrypted names,
 *   so entries live at most ten minutes and the map holds at most 500 lists.
 */
export type TLotsCaches = {
  access: LRUCache<string, TAccess> | null;
  /**
   * The session lookups under way, by session id: requests that find no entry while
   * one is being looked up wait for it instead of each running their own (when an
   * entry expires under load, 50 requests at once would otherwise each read the
   * session). Logout removes its lookup, so a lookup it overtook keeps nothing.
   */
  accessLookups: Map<string, Promise<TAccess | undefined>>;
  caseload: LRUCache<string, TCaseloadEntry>;
};

/** Ages are measured on the runtime's clock (`lots.now`), so tests can move time. */
export function createCaches(options: {
  sessionCacheSeconds: number;
  now: () => Date;
}): TLotsCaches {
  const perf = { now: () => options.now().getTime() };
  return {
    access:
      options.sessionCacheSeconds > 0
        ? new LRUCache<string, TAccess>({
            max: 5000,
            ttl: options.sessionCacheSeconds * 1000,
            perf,
          })
        : null,
    accessLookups: new Map(),
    caseload: new LRUCache<string, TCaseloadEntry>({ max: 500, ttl: 10 * 60 * 1000, perf }),
  };
}
