import { AppError, type TFidelityBandId } from '@lots/core';
import type { TFidelityComparison } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { instrumentOf } from './review-access.ts';
import { bandLabelOf } from './review-view.ts';

/**
 * The latest completed review's total and band for each programme of an association
 * that the caller may see (funders and analysts included: totals and bands only).
 */
export async function compareFidelity(
  lots: TLots,
  access: TAccess,
  associationKey: string,
): Promise<TFidelityComparison> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const association = await r.organisation.findAssociationByKey(associationKey);
    if (!association) {
      throw new AppError('NOT_FOUND', `Association ${associationKey} not found`, {
        issues: [
          { path: ['querystring', 'association'], message: 'no such association in your access' },
        ],
      });
    }
    const tree = await r.organisation.programmeTree();
    const ids = tree
      .filter((p) => p.associationId === association.id && access.programmes.has(p.id))
      .map((p) => p.id);
    const [programmes, reviews] = await Promise.all([
      r.organisation.listProgrammesByIds(ids),
      r.fidelityReviews.list(ids, { completedOnly: true }),
    ]);
    return {
      association: association.key,
      programmes: programmes.map((p) => {
        // list() is newest window first: the first completed one is the latest.
        const latest = reviews.find((x) => x.programmeId === p.id);
        return {
          programme: p.key,
          name: p.name,
          latest:
            latest?.total != null && latest.band !== null
              ? {
                  id: latest.id,
                  date: latest.windowTo,
                  total: latest.total,
                  band: latest.band as TFidelityBandId,
                  bandLabel: bandLabelOf(instrumentOf(latest), latest.total) ?? '',
                  nextDue: latest.nextDue,
                }
              : null,
        };
      }),
    };
  });
}
