/**
 * What one request may touch. Built once per request from the authenticated user's
 * grants (services/auth/resolve-access.ts) and passed to {@link LotsDb.inScope}, the
 * single choke point: every repository is created from it and filters by it, and the
 * same programme list is set for row-level security in the transaction.
 */
export type TScope = {
  kind: 'user' | 'system' | 'anonymous';
  userId: string | null;
  /** Programmes whose rows the transaction may read at all (RLS). */
  programmeIds: readonly string[];
  /** Associations whose employers the transaction may read (RLS). */
  associationIds: readonly string[];
  /**
   * Programmes where the user may see personal data, and whose participants:
   * `all` (supervisor) or only those assigned to the listed specialists.
   */
  personalData: readonly { programmeId: string; specialistIds: 'all' | readonly string[] }[];
};

export const anonymousScope: TScope = {
  kind: 'anonymous',
  userId: null,
  programmeIds: [],
  associationIds: [],
  personalData: [],
};

/** Only for migrations, imports run by an admin, and scheduled jobs. */
export function systemScope(userId: string | null = null): TScope {
  return { kind: 'system', userId, programmeIds: [], associationIds: [], personalData: [] };
}
