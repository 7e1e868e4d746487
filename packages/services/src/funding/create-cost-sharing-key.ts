import { AppError, finsamCostSharing, isAppError } from '@lots/core';
import type { TCostSharingKeyOut, TCreateCostSharingKeyRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceAssociation } from '../socio/finance-access.ts';
import { costSharingOut } from './cost-sharing-out.ts';

/**
 * Stores a Finsam cost-sharing key of an association (funding.md "Who pays": the state
 * half, the region a quarter, the member municipalities a quarter by population, in
 * equal shares or fixed amounts). With a total, each member's share is checked and
 * shown. Analysts with the whole association only.
 */
export async function createCostSharingKey(
  lots: TLots,
  access: TAccess,
  body: TCreateCostSharingKeyRequest,
  meta: { ip: string | null },
): Promise<TCostSharingKeyOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { association } = await requireFinanceAssociation(
      r,
      access,
      body.association,
      'analyst',
      ['body', 'association'],
    );
    // Fixed amounts can only be checked against a total; the other keys always.
    if (body.total !== undefined || body.municipalKey !== 'fixed') {
      try {
        finsamCostSharing(body.total ?? 0, body.members, body.municipalKey);
      } catch (error) {
        if (!isAppError(error)) throw error;
        throw new AppError('VALIDATION_FAILED', error.message, {
          issues: error.issues.map((i) => ({ ...i, path: ['body', ...i.path] })),
          ...(error.userMessage ? { userMessage: error.userMessage } : {}),
        });
      }
    }
    const id = await r.funding.insertCostSharingKey({
      associationId: association.id,
      name: body.name,
      year: body.year ?? null,
      municipalKey: body.municipalKey,
      members: JSON.stringify(body.members),
      total: body.total ?? null,
    });
    await r.audit.append({
      action: 'create',
      entity: 'cost_sharing_key',
      entityId: id,
      userEmail: access.user.email,
      ip: meta.ip,
    });
    return costSharingOut({
      id,
      associationKey: association.key,
      name: body.name,
      year: body.year ?? null,
      municipalKey: body.municipalKey,
      members: body.members,
      total: body.total ?? null,
    });
  });
}
