import type { TOwnDefinition } from '@lots/contracts';
import { ZOwnDefinitionBody } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { resolveDefinitionOwner } from './definition-owner.ts';

/**
 * The own outcome definitions that apply to a programme (its own and its
 * association's) or an association. Any role with access to the node may read them:
 * they are configuration, shown beside every report.
 */
export async function listOutcomeDefinitions(
  lots: TLots,
  access: TAccess,
  query: { programme?: string | undefined; association?: string | undefined },
): Promise<{ items: TOwnDefinition[] }> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const owner = await resolveDefinitionOwner(r, query, ['querystring']);
    const rows = await r.reports.listOwnDefinitions(owner.programmeId ? [owner.programmeId] : [], [
      owner.associationId,
    ]);
    const programmes = await r.organisation.listProgrammes();
    const keyOf = new Map(programmes.map((p) => [p.id, p.key]));
    return {
      items: rows.map((row) => ({
        id: row.id,
        key: row.key,
        label: row.label,
        programme: row.programmeId ? (keyOf.get(row.programmeId) ?? null) : null,
        association: owner.associationKey,
        definition: ZOwnDefinitionBody.parse(row.definition),
      })),
    };
  });
}
