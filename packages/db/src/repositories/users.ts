import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export function createUserRepository(trx: Transaction<Database>) {
  return {
    async findByEmail(email: string) {
      return trx
        .selectFrom('appUser')
        .selectAll()
        .where('email', '=', email.toLowerCase())
        .executeTakeFirst();
    },
    async findById(id: string) {
      return trx.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async create(u: {
      email: string;
      displayName: string;
      passwordHash: string;
      locale?: 'sv' | 'en';
    }) {
      return trx
        .insertInto('appUser')
        .values({ ...u, email: u.email.toLowerCase() })
        .returning(['id', 'email'])
        .executeTakeFirstOrThrow();
    },
    async updatePassword(id: string, passwordHash: string) {
      await trx.updateTable('appUser').set({ passwordHash }).where('id', '=', id).execute();
    },
    async recordFailedLogin(id: string, lockedUntil: Date | null) {
      await trx
        .updateTable('appUser')
        .set((eb) => ({ failedLoginCount: eb('failedLoginCount', '+', 1), lockedUntil }))
        .where('id', '=', id)
        .execute();
    },
    async resetFailedLogins(id: string) {
      await trx
        .updateTable('appUser')
        .set({ failedLoginCount: 0, lockedUntil: null })
        .where('id', '=', id)
        .execute();
    },
    async listGrants(userId: string) {
      return trx
        .selectFrom('roleGrant')
        .select(['id', 'role', 'associationId', 'programmeId'])
        .where('userId', '=', userId)
        .execute();
    },
    async addGrant(g: {
      userId: string;
      role: string;
      associationId: string | null;
      programmeId: string | null;
    }) {
      await trx
        .insertInto('roleGrant')
        .values(g)
        .onConflict((oc) =>
          oc.columns(['userId', 'role', 'associationId', 'programmeId']).doNothing(),
        )
        .execute();
    },
    /** Specialist records linked to this user (their own caseload). */
    async listSpecialistLinks(userId: string) {
      const result = await sql<{
        id: string;
        programmeId: string;
      }>`select id, programme_id from lots_user_specialists(${userId})`.execute(trx);
      return result.rows;
    },
  };
}
