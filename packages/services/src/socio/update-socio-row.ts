import { AppError } from '@lots/core';
import type { TIssue } from '@lots/core';
import {
  ZSocioRowInputs,
  type TSocioAnalysisOut,
  type TUpdateSocioRowRequest,
} from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { checkTypedRows, parameterChoice } from './create-socio-analysis.ts';
import { notFound, requireFinanceRight } from './finance-access.ts';
import { findAnalysisOr404, loadAnalysisOut } from './get-socio-analysis.ts';
import { applyAdjustments, inputValue } from './socio-result.ts';

function invalid(issues: TIssue[], userMessage: string): AppError {
  return new AppError('VALIDATION_FAILED', 'invalid row change', { issues, userMessage });
}

/**
 * Excludes a row with a reason, or adjusts its values each with a note (the analyst's
 * corrections of what the records say). The adjustments replace the row's previous
 * ones; the stored inputs are never changed, so the original value stays visible.
 * Analysts and supervisors; audited without the free text.
 */
export async function updateSocioRow(
  lots: TLots,
  access: TAccess,
  id: string,
  rowNumber: number,
  body: TUpdateSocioRowRequest,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const analysis = await findAnalysisOr404(r, id);
    requireFinanceRight(access, analysis.programmeId, 'write');
    const row = (await r.socio.listRows(id)).find((x) => x.position === rowNumber);
    if (!row) throw notFound('row', String(rowNumber), ['params', 'row']);
    if (body.excluded && !body.reason)
      throw invalid(
        [{ path: ['body', 'reason'], message: 'is required when the row is excluded' }],
        'Ange varför raden tas bort ur analysen (reason).',
      );
    const inputs = ZSocioRowInputs.parse(row.inputs);
    const seen = new Set<string>();
    const issues: TIssue[] = [];
    body.adjustments.forEach((a, i) => {
      if (inputValue(inputs, a.field) === undefined)
        issues.push({
          path: ['body', 'adjustments', i, 'field'],
          message: `row ${rowNumber} has no value ${a.field}`,
        });
      if (seen.has(a.field))
        issues.push({ path: ['body', 'adjustments', i, 'field'], message: `repeats ${a.field}` });
      seen.add(a.field);
    });
    if (issues.length > 0)
      throw invalid(issues, 'Justeringen gäller ett värde som raden inte har: se fälten.');
    const params = parameterChoice(
      { ...(analysis.parameterOverrides ?? {}), set: analysis.parameterSet },
      ['parameters'],
    );
    const adjusted = applyAdjustments(inputs, body.adjustments).inputs;
    try {
      checkTypedRows([adjusted], params.resolved, ['body']);
    } catch (error) {
      if (error instanceof AppError)
        throw invalid(
          error.issues.map((i) => ({
            ...i,
            path: ['body', 'adjustments', ...i.path.slice(3)],
          })),
          'Justeringen ger en ogiltig rad: se fälten.',
        );
      throw error;
    }
    await r.socio.updateRow(id, rowNumber, {
      excludedReason: body.excluded ? (body.reason ?? null) : null,
      adjustments: body.adjustments,
    });
    await r.audit.append({
      action: 'update',
      entity: 'socio_analysis_row',
      entityId: id,
      programmeId: analysis.programmeId,
      enrolmentId: row.enrolmentId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: {
        row: rowNumber,
        excluded: body.excluded,
        fields: body.adjustments.map((a) => a.field),
      },
    });
    return loadAnalysisOut(r, access, id);
  });
}
