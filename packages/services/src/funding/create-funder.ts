import { AppError } from '@lots/core';
import type { TCreateFunderRequest, TFunderOut } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceAssociation } from '../socio/finance-access.ts';
import { asFunderKind } from './funding-out.ts';

/** Adds a funder to the association's register (analysts, supervisors); names are unique (409). */
export async function createFunder(
  lots: TLots,
  access: TAccess,
  body: TCreateFunderRequest,
  meta: { ip: string | null },
): Promise<TFunderOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { association } = await requireFinanceAssociation(r, access, body.association, 'write', [
      'body',
      'association',
    ]);
    if (await r.funding.findFunderByName(association.id, body.name))
      throw new AppError('CONFLICT', `funder ${body.name} exists`, {
        issues: [{ path: ['body', 'name'], message: 'is already a funder of the association' }],
        userMessage: `Finansiären ${body.name} finns redan.`,
      });
    const id = await r.funding.insertFunder({
      associationId: association.id,
      name: body.name,
      kind: body.kind,
    });
    await r.audit.append({
      action: 'create',
      entity: 'funder',
      entityId: id,
      userEmail: access.user.email,
      ip: meta.ip,
    });
    return { id, association: association.key, name: body.name, kind: asFunderKind(body.kind) };
  });
}
