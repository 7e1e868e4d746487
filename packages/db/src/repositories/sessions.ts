import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export function createSessionRepository(trx: Transaction<Database>) {
  return {
    async create(s: {
      id: string;
      userId: string;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
    }) {
      await trx.insertInto('appSession').values(s).execute();
    },
    async findValid(id: string, now: Date) {
      return trx
        .selectFrom('appSession')
        .innerJoin('appUser', 'appUser.id', 'appSession.userId')
        .select([
          'appSession.id',
          'appSession.userId',
          'appSession.expiresAt',
          'appUser.email',
          'appUser.displayName',
          'appUser.locale',
        ])
        .where('appSession.id', '=', id)
        .where('appSession.expiresAt', '>', now)
        .where('appUser.disabledAt', 'is', null)
        .executeTakeFirst();
    },
    async delete(id: string) {
      await trx.deleteFrom('appSession').where('id', '=', id).execute();
    },
    async deleteExpired(now: Date) {
      await trx.deleteFrom('appSession').where('expiresAt', '<=', now).execute();
    },
  };
}
