import type { TFunderList } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceAssociation } from '../socio/finance-access.ts';
import { asFunderKind } from './funding-out.ts';

/** The association's funders (analysts, supervisors, funders). */
export async function listFunders(
  lots: TLots,
  access: TAccess,
  associationKey: string,
): Promise<TFunderList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { association } = await requireFinanceAssociation(r, access, associationKey, 'read', [
      'querystring',
      'association',
    ]);
    const rows = await r.funding.listFunders([association.id]);
    return {
      items: rows.map((f) => ({
        id: f.id,
        association: f.associationKey,
        name: f.name,
        kind: asFunderKind(f.kind),
      })),
    };
  });
}
