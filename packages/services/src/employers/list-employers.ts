import { AppError } from '@lots/core';
import type { TEmployerList, TEmployerListQuery } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { toEmployerOut } from './employer-access.ts';

/** The employer register of a programme's association. Not personal data: any role of the programme. */
export async function listEmployers(
  lots: TLots,
  access: TAccess,
  query: TEmployerListQuery,
): Promise<TEmployerList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const programme = await r.organisation.findProgrammeByKey(query.programme);
    if (!programme) {
      throw new AppError('NOT_FOUND', `Programme ${query.programme} not found`, {
        issues: [
          { path: ['querystring', 'programme'], message: 'no such programme in your access' },
        ],
      });
    }
    const rows = await r.employers.list(programme.associationId, query.q);
    return { items: rows.map(toEmployerOut) };
  });
}
