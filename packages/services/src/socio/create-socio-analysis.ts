import {
  AppError,
  checkSocioInput,
  isIsoDate,
  resolveSocioParameters,
  socioParameterSets,
} from '@lots/core';
import type { TIssue } from '@lots/core';
import type {
  TCreateSocioAnalysisRequest,
  TSocioAnalysisOut,
  TSocioRowInputs,
} from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { descendantsOf } from '../participants/list-participants.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceProgramme } from './finance-access.ts';
import { rowFromRecords } from './record-rows.ts';
import { calculatorInput, rowIssues } from './socio-result.ts';
import { loadAnalysisOut } from './get-socio-analysis.ts';

function invalid(issues: TIssue[], userMessage: string): AppError {
  return new AppError('VALIDATION_FAILED', 'invalid socio-economic analysis', {
    issues,
    userMessage,
  });
}

/** The named set and the overrides, or a 400 naming `parameters.set`. */
export function parameterChoice(
  parameters: TCreateSocioAnalysisRequest['parameters'],
  path: (string | number)[],
) {
  const resolved = resolveSocioParameters(parameters);
  if (!resolved)
    throw invalid(
      [
        {
          path: [...path, 'set'],
          message: `must be one of ${Object.keys(socioParameterSets).join(', ')}`,
        },
      ],
      'Parameteruppsättningen finns inte: välj en av de angivna.',
    );
  const { set, ...overrides } = parameters;
  return { resolved, set: resolved.id.replace(/\+overrides$/, ''), overrides, given: set };
}

/** Refuses typed rows the calculator cannot take (core `checkSocioInput`), paths under `body`. */
export function checkTypedRows(
  rows: readonly TSocioRowInputs[],
  parameters: NonNullable<ReturnType<typeof resolveSocioParameters>>,
  prefix: (string | number)[],
): void {
  const { calcRows, housing, rowNumberOf } = calculatorInput(
    rows.map((inputs, i) => ({ row: i, inputs })),
  );
  const issues = rowIssues(
    checkSocioInput({ parameters, rows: calcRows, housingSupport: { rows: housing } }),
    rowNumberOf,
    prefix,
  );
  if (issues.length > 0)
    throw invalid(issues, 'Analysen har ogiltiga rader: se de markerade fälten.');
}

/**
 * Creates an analysis (socioeconomics.md "Inputs per person"). `records`: Lots builds
 * a row per enrolment of the programme (and its sub-programmes) that started a job or
 * studies in the period; reading their income is personal data, so every enrolment
 * read is audited in the same transaction. `scenario`: the analyst's typed rows.
 * Analysts and supervisors may; funders and specialists 403.
 */
export async function createSocioAnalysis(
  lots: TLots,
  access: TAccess,
  body: TCreateSocioAnalysisRequest,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, body.programme, 'write', [
      'body',
      'programme',
    ]);
    const params = parameterChoice(body.parameters, ['body', 'parameters']);
    if (body.mode === 'records') return fromRecords(r, access, body, programme, params, meta);
    if (!body.rows || body.rows.length === 0)
      throw invalid(
        [{ path: ['body', 'rows'], message: 'must give at least one row for mode=scenario' }],
        'Ett scenario behöver minst en rad.',
      );
    checkTypedRows(body.rows, params.resolved, ['body']);
    const id = await r.socio.insertAnalysis({
      programmeId: programme.id,
      name: body.name,
      periodFrom: body.period?.from ?? null,
      periodTo: body.period?.to ?? null,
      parameterSet: params.set,
      parameterOverrides: JSON.stringify(params.overrides),
      mode: 'scenario',
      outcomeRate: body.outcomeRate ?? null,
      publishedTotals: null,
      createdBy: access.user.id,
    });
    await r.socio.insertRows(
      id,
      programme.id,
      body.rows.map((inputs, i) => ({ position: i + 1, enrolmentId: null, inputs })),
    );
    await r.audit.append({
      action: 'create',
      entity: 'socio_analysis',
      entityId: id,
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { mode: 'scenario', rows: body.rows.length },
    });
    return loadAnalysisOut(r, access, id);
  });
}

async function fromRecords(
  r: TRepositories,
  access: TAccess,
  body: TCreateSocioAnalysisRequest,
  programme: { id: string },
  params: ReturnType<typeof parameterChoice>,
  meta: { ip: string | null },
): Promise<TSocioAnalysisOut> {
  const period = body.period;
  if (!period || !isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to)
    throw invalid(
      [
        {
          path: ['body', 'period'],
          message: 'must be { from, to } with real dates, from on or before to, for mode=records',
        },
      ],
      'Ange en period (från och till) för en analys från journalen.',
    );
  const tree = await r.organisation.programmeTree();
  const programmeIds = descendantsOf(programme.id, tree).filter((id) => access.programmes.has(id));
  const sources = await r.socio.loadRecordSources({ programmeIds, ...period });
  const rate =
    body.outcomeRate !== undefined
      ? body.outcomeRate
      : await r.socio
          .closedOutcomeRate({ programmeIds, ...period })
          .then((x) => (x ? Math.round((x.reached / x.closed) * 100_000) / 100_000 : null));
  const id = await r.socio.insertAnalysis({
    programmeId: programme.id,
    name: body.name,
    periodFrom: period.from,
    periodTo: period.to,
    parameterSet: params.set,
    parameterOverrides: JSON.stringify(params.overrides),
    mode: 'records',
    outcomeRate: rate,
    publishedTotals: null,
    createdBy: access.user.id,
  });
  const rows = sources.map((src, i) => {
    const { inputs, problems } = rowFromRecords(src);
    return {
      position: i + 1,
      enrolmentId: src.enrolmentId,
      inputs,
      excludedReason:
        problems.length > 0 ? `Ofullständiga uppgifter: ${problems.join('; ')}` : null,
    };
  });
  await r.socio.insertRows(id, programme.id, rows);
  for (const src of sources)
    await r.audit.append({
      action: 'read',
      entity: 'income',
      entityId: id,
      programmeId: src.programmeId,
      enrolmentId: src.enrolmentId,
      userEmail: access.user.email,
      ip: meta.ip,
      reason: `socio-economic analysis ${id}`,
    });
  await r.audit.append({
    action: 'create',
    entity: 'socio_analysis',
    entityId: id,
    programmeId: programme.id,
    userEmail: access.user.email,
    ip: meta.ip,
    details: { mode: 'records', rows: rows.length, from: period.from, to: period.to },
  });
  return loadAnalysisOut(r, access, id);
}
