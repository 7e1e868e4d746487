import type { TFundingDecisionList } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceProgramme } from '../socio/finance-access.ts';
import { decisionOut } from './funding-out.ts';

/** A programme's funding decisions, optionally of one year, with their sum (analysts, supervisors, funders). */
export async function listFundingDecisions(
  lots: TLots,
  access: TAccess,
  query: { programme: string; year?: number | undefined },
): Promise<TFundingDecisionList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, query.programme, 'read', [
      'querystring',
      'programme',
    ]);
    const items = (await r.funding.listDecisions([programme.id], query.year)).map(decisionOut);
    return { items, total: items.reduce((s, d) => s + d.amount, 0) };
  });
}
