import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';

export function createReferenceRepository(trx: Transaction<Database>) {
  return {
    async listMunicipalities() {
      return trx
        .selectFrom('municipality')
        .select(['code', 'name', 'countyCode'])
        .orderBy('code')
        .execute();
    },
    async listCounties() {
      return trx.selectFrom('county').select(['code', 'name']).orderBy('code').execute();
    },
  };
}
