import type { TCostSharingKeyList } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceAssociation } from '../socio/finance-access.ts';
import { costSharingOut } from './cost-sharing-out.ts';

/** The association's cost-sharing keys with members' shares (analysts, supervisors, funders). */
export async function listCostSharingKeys(
  lots: TLots,
  access: TAccess,
  associationKey: string,
): Promise<TCostSharingKeyList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { association } = await requireFinanceAssociation(r, access, associationKey, 'read', [
      'querystring',
      'association',
    ]);
    return { items: (await r.funding.listCostSharingKeys([association.id])).map(costSharingOut) };
  });
}
