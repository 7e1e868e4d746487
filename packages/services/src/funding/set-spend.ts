import type { TSetSpendRequest, TSpendList } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceProgramme } from '../socio/finance-access.ts';

/** Sets a programme's actual spend for a year (replaces it). Analysts and supervisors. */
export async function setSpend(
  lots: TLots,
  access: TAccess,
  body: TSetSpendRequest,
  meta: { ip: string | null },
): Promise<TSpendList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, body.programme, 'write', [
      'body',
      'programme',
    ]);
    await r.funding.setSpend(programme.id, body.year, body.amount);
    await r.audit.append({
      action: 'update',
      entity: 'spend',
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { year: body.year, amount: body.amount },
    });
    const rows = await r.funding.listSpend([programme.id]);
    return {
      items: rows.map((s) => ({ programme: s.programmeKey, year: s.year, amount: s.amount })),
    };
  });
}
