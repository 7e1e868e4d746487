import type { TSpecialistList } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { forbidden, programmeWithDescendants } from './caseload-access.ts';

/** Specialists of a programme and its sub-programmes, with FTE. Supervisors and specialists of the programme. */
export async function listSpecialists(
  lots: TLots,
  access: TAccess,
  programmeKey: string,
): Promise<TSpecialistList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const p = await programmeWithDescendants(r, programmeKey, ['params', 'key']);
    const roles = access.programmes.get(p.id)?.roles;
    if (!roles?.has('supervisor') && !roles?.has('specialist')) {
      throw forbidden(
        'Only supervisors and specialists of the programme',
        'Bara programmets samordnare och specialister kan se specialisterna.',
      );
    }
    const rows = await r.caseload.listSpecialists(p.ids);
    return {
      items: rows.map((s) => ({
        id: s.id,
        key: s.key,
        name: s.name,
        programmeKey: s.programmeKey,
        fte: s.fte,
        active: s.active,
      })),
    };
  });
}
