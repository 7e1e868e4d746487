import type { TSpendList } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceProgramme } from '../socio/finance-access.ts';

/** A programme's actual spend per year (analysts, supervisors, funders). */
export async function listSpend(
  lots: TLots,
  access: TAccess,
  query: { programme: string; year?: number | undefined },
): Promise<TSpendList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, query.programme, 'read', [
      'querystring',
      'programme',
    ]);
    const rows = await r.funding.listSpend([programme.id], query.year);
    return {
      items: rows.map((s) => ({ programme: s.programmeKey, year: s.year, amount: s.amount })),
    };
  });
}
