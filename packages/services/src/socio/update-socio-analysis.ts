import type { TSocioAnalysisOut, TUpdateSocioAnalysisRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { parameterChoice } from './create-socio-analysis.ts';
import { requireFinanceRight } from './finance-access.ts';
import { findAnalysisOr404, loadAnalysisOut } from './get-socio-analysis.ts';

/**
 * Renames an analysis, marks it final, or recomputes it with another parameter set or
 * outcome rate (the rows are kept). Analysts and supervisors of its programme.
 */
export async function updateSocioAnalysis(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TUpdateSocioAnalysisRequest,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const analysis = await findAnalysisOr404(r, id);
    requireFinanceRight(access, analysis.programmeId, 'write');
    const params = body.parameters
      ? parameterChoice(body.parameters, ['body', 'parameters'])
      : undefined;
    await r.socio.updateAnalysis(id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.outcomeRate !== undefined ? { outcomeRate: body.outcomeRate } : {}),
      ...(params
        ? { parameterSet: params.set, parameterOverrides: JSON.stringify(params.overrides) }
        : {}),
    });
    await r.audit.append({
      action: 'update',
      entity: 'socio_analysis',
      entityId: id,
      programmeId: analysis.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { fields: Object.keys(body) },
    });
    return loadAnalysisOut(r, access, id);
  });
}
