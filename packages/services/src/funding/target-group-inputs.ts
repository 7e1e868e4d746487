import { AppError } from '@lots/core';
import { ZTargetGroupInputs, type TTargetGroupInputs } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceAssociation } from '../socio/finance-access.ts';

const rowSchema = ZTargetGroupInputs.shape.municipalities.element;

/** An association's stored inputs of a year, as the request's `municipalities`. */
export async function storedTargetGroupInputs(
  r: TRepositories,
  associationId: string,
  year: number,
): Promise<TTargetGroupInputs['municipalities']> {
  const rows = await r.funding.listTargetGroupInputs(associationId, year);
  return rows.map((row) =>
    rowSchema.parse({ ...(row.counts as object), municipality: row.municipality }),
  );
}

/**
 * Stores the population statistics of each member municipality for a year
 * (funding.md: "Inputs are population statistics that the user enters or imports per
 * municipality and year"), replacing the year's earlier inputs. Analysts of the
 * association; audited.
 */
export async function saveTargetGroupInputs(
  lots: TLots,
  access: TAccess,
  body: TTargetGroupInputs,
  meta: { ip: string | null },
): Promise<TTargetGroupInputs> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { association } = await requireFinanceAssociation(
      r,
      access,
      body.association,
      'analyst',
      ['body', 'association'],
    );
    const seen = new Map<string, number>();
    body.municipalities.forEach((m, i) => {
      const first = seen.get(m.municipality.toLowerCase());
      if (first !== undefined)
        throw new AppError('VALIDATION_FAILED', 'repeated municipality', {
          issues: [
            {
              path: ['body', 'municipalities', i, 'municipality'],
              message: `repeats municipalities[${first}]`,
            },
          ],
          userMessage: `Kommunen ${m.municipality} finns två gånger.`,
        });
      seen.set(m.municipality.toLowerCase(), i);
    });
    await r.funding.replaceTargetGroupInputs(
      association.id,
      body.year,
      body.municipalities.map(({ municipality, ...counts }) => ({ municipality, counts })),
      access.user.id,
    );
    await r.audit.append({
      action: 'update',
      entity: 'target_group_input',
      userEmail: access.user.email,
      ip: meta.ip,
      details: { association: association.key, year: body.year, rows: body.municipalities.length },
    });
    return {
      association: association.key,
      year: body.year,
      municipalities: await storedTargetGroupInputs(r, association.id, body.year),
    };
  });
}

/** The stored inputs of an association and year (empty when none). Who may read the estimate. */
export async function getTargetGroupInputs(
  lots: TLots,
  access: TAccess,
  query: { association: string; year: number },
): Promise<TTargetGroupInputs> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { association } = await requireFinanceAssociation(r, access, query.association, 'read', [
      'query',
      'association',
    ]);
    return {
      association: association.key,
      year: query.year,
      municipalities: await storedTargetGroupInputs(r, association.id, query.year),
    };
  });
}
