import { AppError } from '@lots/core';
import type { TSocioAnalysisList, TSocioAnalysisOut } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { notFound, requireFinanceProgramme, requireFinanceRight, UUID } from './finance-access.ts';
import { analysisOut } from './socio-result.ts';

/** The analysis by id in the scope, or 404 (unknown and out-of-scope alike). */
export async function findAnalysisOr404(r: TRepositories, id: string) {
  const analysis = UUID.test(id) ? await r.socio.findAnalysis(id) : undefined;
  if (!analysis) throw notFound('analysis', id, ['params', 'id']);
  return analysis;
}

/** Loads and computes an analysis for the access (inside a scoped transaction). */
export async function loadAnalysisOut(
  r: TRepositories,
  access: TAccess,
  id: string,
  meta?: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  const analysis = await findAnalysisOr404(r, id);
  const viewer = requireFinanceRight(access, analysis.programmeId, 'read');
  const rows = await r.socio.listRows(id);
  if (!analysis.parameterSet) throw new AppError('INTERNAL', 'analysis without parameter set');
  // Rows built from records carry income tied to enrolments: reading them is audited.
  if (meta && analysis.mode === 'records' && viewer === 'staff')
    await r.audit.append({
      action: 'read',
      entity: 'socio_analysis',
      entityId: id,
      programmeId: analysis.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
    });
  return analysisOut(analysis, rows, viewer);
}

/**
 * One analysis with its rows and computed result (the `lots socio` output plus savings
 * per payer, year-by-year figures, parameters and assumptions). Analysts, supervisors
 * and funders (row numbers only); specialists 403; outside the access 404.
 */
export async function getSocioAnalysis(
  lots: TLots,
  access: TAccess,
  id: string,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  return lots.db.inScope(scopeFor(access), (r) => loadAnalysisOut(r, access, id, meta));
}

/** The analyses of a programme (not its sub-programmes'), newest first. */
export async function listSocioAnalyses(
  lots: TLots,
  access: TAccess,
  programmeKey: string,
): Promise<TSocioAnalysisList> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, programmeKey, 'read', [
      'querystring',
      'programme',
    ]);
    const items = await r.socio.listAnalyses([programme.id]);
    return {
      items: items.map((a) => ({
        id: a.id,
        programme: a.programmeKey,
        name: a.name,
        mode: a.mode,
        period: a.periodFrom && a.periodTo ? { from: a.periodFrom, to: a.periodTo } : null,
        parameterSet: a.parameterSet,
        status: a.status,
        createdAt: a.createdAt.toISOString(),
      })),
    };
  });
}
