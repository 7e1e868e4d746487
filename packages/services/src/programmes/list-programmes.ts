import type { TProgrammeOut } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';

/** The programmes the user may see (any role). Not personal data. */
export async function listProgrammes(lots: TLots, access: TAccess): Promise<TProgrammeOut[]> {
  const rows = await lots.db.inScope(scopeFor(access), (r) => r.organisation.listProgrammes());
  return rows.map((p) => ({
    id: p.id,
    key: p.key,
    name: p.name,
    parentId: p.parentId,
    association: { key: p.associationKey, name: p.associationName },
    municipality: p.municipalityCode,
    closureAfterDays: p.closureAfterDays,
    minHoursPerWeekForEmployment: p.minHoursPerWeekForEmployment,
  }));
}
