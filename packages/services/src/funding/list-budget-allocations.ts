import { allocationKeyKinds, type TAllocationList, type TAllocationOut } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceProgramme } from '../socio/finance-access.ts';

export function allocationOut(a: {
  id: string;
  programmeKey: string;
  year: number;
  total: number;
  keyKind: string;
  result: unknown;
}): TAllocationOut {
  const kind = (allocationKeyKinds as readonly string[]).includes(a.keyKind)
    ? (a.keyKind as TAllocationOut['keyKind'])
    : 'fixed';
  return {
    id: a.id,
    programme: a.programmeKey,
    year: a.year,
    total: a.total,
    keyKind: kind,
    allocations: (Array.isArray(a.result) ? a.result : []) as TAllocationOut['allocations'],
  };
}

/** The stored budget allocations of a parent programme (analysts, supervisors, funders). */
export async function listBudgetAllocations(
  lots: TLots,
  access: TAccess,
  programmeKey: string,
): Promise<TAllocationList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, programmeKey, 'read', [
      'querystring',
      'programme',
    ]);
    return { items: (await r.funding.listAllocations([programme.id])).map(allocationOut) };
  });
}
