import type {
  TImportSocioAnalysisRequest,
  TSocioAnalysisOut,
  TSocioRowInputs,
} from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { checkTypedRows, parameterChoice } from './create-socio-analysis.ts';
import { requireFinanceProgramme } from './finance-access.ts';
import { loadAnalysisOut } from './get-socio-analysis.ts';

/**
 * Imports an analysis document with published figures (the `lots socio --input`
 * shape, e.g. the Hudiksvall table) as a scenario: its rows, then its housing-support
 * rows as rows of their own, and its published totals, so that the result lists every
 * published cell that differs from the computed one (socioeconomics.md "Known
 * defects in the seed's table").
 */
export async function importSocioAnalysis(
  lots: TLots,
  access: TAccess,
  body: TImportSocioAnalysisRequest,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, body.programme, 'write', [
      'body',
      'programme',
    ]);
    const doc = body.document;
    const params = parameterChoice(doc.parameters, ['body', 'document', 'parameters']);
    const rows: TSocioRowInputs[] = [
      ...doc.rows.map((row) => ({
        before: row.before,
        after: row.after,
        housing: null,
        published: row.published,
      })),
      ...(doc.housingSupport?.rows ?? []).map((h) => ({
        before: [],
        after: null,
        housing: { hoursBefore: h.hoursBefore, hoursAfter: h.hoursAfter },
        published: undefined,
      })),
    ];
    checkTypedRows(rows, params.resolved, ['body', 'document']);
    const id = await r.socio.insertAnalysis({
      programmeId: programme.id,
      name: body.name,
      periodFrom: null,
      periodTo: null,
      parameterSet: params.set,
      parameterOverrides: JSON.stringify(params.overrides),
      mode: 'scenario',
      outcomeRate: doc.outcomeRate ?? null,
      publishedTotals: doc.publishedTotals ? JSON.stringify(doc.publishedTotals) : null,
      createdBy: access.user.id,
    });
    await r.socio.insertRows(
      id,
      programme.id,
      rows.map((inputs, i) => ({ position: i + 1, enrolmentId: null, inputs })),
    );
    await r.audit.append({
      action: 'import',
      entity: 'socio_analysis',
      entityId: id,
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { rows: rows.length },
    });
    return loadAnalysisOut(r, access, id);
  });
}
