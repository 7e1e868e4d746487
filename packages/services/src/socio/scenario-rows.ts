import { AppError, checkSocioInput } from '@lots/core';
import type { TIssue } from '@lots/core';
import type { TAddSocioRowRequest, TSocioAnalysisOut } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { parameterChoice } from './create-socio-analysis.ts';
import { notFound, requireFinanceRight } from './finance-access.ts';
import { findAnalysisOr404, loadAnalysisOut } from './get-socio-analysis.ts';
import { calculatorInput } from './socio-result.ts';

function invalid(issues: TIssue[], userMessage: string): AppError {
  return new AppError('VALIDATION_FAILED', 'invalid scenario row', { issues, userMessage });
}

async function scenarioOr409(r: TRepositories, access: TAccess, id: string) {
  const analysis = await findAnalysisOr404(r, id);
  requireFinanceRight(access, analysis.programmeId, 'write');
  if (analysis.mode !== 'scenario')
    throw new AppError('CONFLICT', 'rows are typed only in scenario analyses', {
      issues: [{ path: ['params', 'id'], message: 'is an analysis built from records' }],
      userMessage:
        'Rader kan bara skrivas in i ett scenario; en analys från journalen får sina rader från journalen.',
    });
  return analysis;
}

/**
 * Adds one typed row to a scenario analysis (socioeconomics.md "typed in as a
 * scenario"), checked by the calculator's rules with paths into the body
 * (`body.before.0.tax`). The row gets the next free number. Analysts and supervisors.
 */
export async function addScenarioRow(
  lots: TLots,
  access: TAccess,
  id: string,
  body: TAddSocioRowRequest,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const analysis = await scenarioOr409(r, access, id);
    const params = parameterChoice(
      { ...(analysis.parameterOverrides ?? {}), set: analysis.parameterSet },
      ['parameters'],
    );
    const { calcRows, housing } = calculatorInput([{ row: 1, inputs: body }]);
    const issues = checkSocioInput({
      parameters: params.resolved,
      rows: calcRows,
      housingSupport: { rows: housing },
    }).map((i) => {
      const [head, , ...rest] = i.path;
      return { ...i, path: head === 'rows' ? ['body', ...rest] : ['body', ...i.path] };
    });
    if (issues.length > 0) throw invalid(issues, 'Raden är inte giltig: se de markerade fälten.');
    const rows = await r.socio.listRows(id);
    const position = rows.reduce((m, x) => Math.max(m, x.position), 0) + 1;
    await r.socio.insertRows(id, analysis.programmeId, [
      { position, enrolmentId: null, inputs: body },
    ]);
    await r.audit.append({
      action: 'create',
      entity: 'socio_analysis_row',
      entityId: id,
      programmeId: analysis.programmeId,
      enrolmentId: null,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { row: position },
    });
    return loadAnalysisOut(r, access, id);
  });
}

/** Deletes a typed row of a scenario analysis; the other rows keep their numbers. */
export async function deleteScenarioRow(
  lots: TLots,
  access: TAccess,
  id: string,
  rowNumber: number,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const analysis = await scenarioOr409(r, access, id);
    if (!(await r.socio.deleteRow(id, rowNumber)))
      throw notFound('row', String(rowNumber), ['params', 'row']);
    await r.audit.append({
      action: 'delete',
      entity: 'socio_analysis_row',
      entityId: id,
      programmeId: analysis.programmeId,
      enrolmentId: null,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { row: rowNumber },
    });
    return loadAnalysisOut(r, access, id);
  });
}
