import {
  checkSocioInput,
  computeSocioAnalysis,
  formatPath,
  resolveSocioParameters,
  socioParameterSets,
} from '@lots/core';
import type { TIssue, TSocioParameters, TSocioPublishedTotals, TSocioRow } from '@lots/core';
import {
  ZSocioRowInputs,
  type TSocioAdjustment,
  type TSocioAnalysisOut,
  type TSocioRowInputs,
} from '@lots/contracts';
import type { TSocioRowRecord } from '@lots/db';
import type { TFinanceViewer } from './finance-access.ts';
import { RECORD_ROW_ASSUMPTIONS } from './record-rows.ts';
import { number, percent, socioRuleLabels } from './socio-file-labels.ts';

type TAnalysisRecord = {
  id: string;
  programmeKey: string;
  name: string;
  mode: 'records' | 'scenario';
  periodFrom: string | null;
  periodTo: string | null;
  parameterSet: string;
  parameterOverrides: unknown;
  outcomeRate: number | null;
  publishedTotals: unknown;
  status: 'draft' | 'final';
  createdAt: Date;
};

/** The value at `field` (e.g. `before.0.tax`) of a row's inputs, or undefined when there is none. */
export function inputValue(inputs: TSocioRowInputs, field: string): number | undefined {
  let node: unknown = inputs;
  for (const part of field.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : undefined;
}

/** The inputs with the adjustments applied; each adjustment keeps the value it replaced. */
export function applyAdjustments(
  inputs: TSocioRowInputs,
  adjustments: readonly TSocioAdjustment[],
): { inputs: TSocioRowInputs; applied: (TSocioAdjustment & { original: number | null })[] } {
  const copy = structuredClone(inputs);
  const applied = adjustments.map((a) => {
    const original = inputValue(inputs, a.field) ?? null;
    const parts = a.field.split('.');
    const last = parts.pop() ?? '';
    let node: unknown = copy;
    for (const part of parts) node = (node as Record<string, unknown> | null)?.[part];
    if (node && typeof node === 'object') (node as Record<string, unknown>)[last] = a.value;
    return { ...a, original };
  });
  return { inputs: copy, applied };
}

const publishedTotalsOf = (v: unknown): TSocioPublishedTotals | undefined =>
  v !== null && typeof v === 'object' ? v : undefined;

/** Parameters whose value differs from the named set's own: the set's source no longer applies. */
export function overriddenParameters(parameters: TSocioParameters): string[] {
  const base = socioParameterSets[parameters.id.replace(/\+overrides$/, '')];
  if (!base) return [];
  return Object.keys(parameters).filter(
    (k) =>
      k !== 'id' &&
      JSON.stringify(parameters[k as keyof TSocioParameters]) !==
        JSON.stringify(base[k as keyof TSocioParameters]),
  );
}

export function parametersOf(a: Pick<TAnalysisRecord, 'parameterSet' | 'parameterOverrides'>) {
  const overrides = (a.parameterOverrides ?? {}) as Record<string, unknown>;
  return resolveSocioParameters({ ...overrides, set: a.parameterSet });
}

/** Core's rows and housing rows from the included rows; paths in issues name the row number. */
export function calculatorInput(rows: { row: number; inputs: TSocioRowInputs }[]) {
  const people = rows.flatMap((r) =>
    r.inputs.after === null ? [] : [{ ...r, after: r.inputs.after }],
  );
  const calcRows: TSocioRow[] = people.map((r) => ({
    id: r.row,
    before: r.inputs.before,
    after: r.after,
    ...(r.inputs.published ? { published: r.inputs.published } : {}),
  }));
  const housing = rows.flatMap((r) => (r.inputs.housing ? [r.inputs.housing] : []));
  const rowNumberOf = (i: number) => people[i]?.row ?? i + 1;
  return { calcRows, housing, rowNumberOf };
}

/** Re-points core's `rows[i]…` issue paths at the analysis's row numbers under `prefix`. */
export function rowIssues(
  issues: readonly TIssue[],
  rowNumberOf: (i: number) => number,
  prefix: (string | number)[],
): TIssue[] {
  return issues.map((issue) => {
    const [head, index, ...rest] = issue.path;
    if (head === 'rows' && typeof index === 'number')
      return { ...issue, path: [...prefix, 'rows', rowNumberOf(index), ...rest] };
    return { ...issue, path: [...prefix, ...issue.path] };
  });
}

const payerLabels = {
  municipality_social_services: 'Kommunen, försörjningsstöd',
  municipality_housing_support: 'Kommunen, boendestöd',
  municipality_tax: 'Kommunen, ökad kommunalskatt',
  region_tax: 'Regionen, ökad skatt',
  FK: 'Försäkringskassan',
  AF: 'Arbetsförmedlingen (minus lönesubventioner)',
} as const;

function assumptionsOf(
  a: TAnalysisRecord,
  p: TSocioParameters,
  rows: readonly { row: number; notes: readonly string[] }[],
): string[] {
  const share = number(p.retentionShare, 4);
  const rule =
    p.benefitPeriodRule === 'seed_simple'
      ? `Nyttoperiod enligt ${socioRuleLabels.seed_simple} (regeln i Hudiksvallsanalysen): år 1 är det observerade första året; årsvärdet år t (t ≥ 2) = första årets värde × t × ${share} (varje år en ny grupp som den första, och av alla grupper förblir ${percent(p.retentionShare, 0)} självförsörjande). Nyttoperiodens siffra är årsvärdet det sista året (år ${p.horizonYears}), inte en summa över åren.`
      : `Nyttoperiod enligt ${socioRuleLabels.geometric}: år 1 fullt, därefter × ${share} per år, diskonterat med ${percent(p.discountRate, 2)}; nyttoperiodens siffra är summan av åren.`;
  const y1 = number(p.sicknessBenefitPct.year1, 2);
  const y2 = number(p.sicknessBenefitPct.year2, 2);
  return [
    `Parameteruppsättning ${p.id} (${p.year}).`,
    'Avrundning: varje rads månadsbelopp avrundas till hela kronor; summor är summor av rader; ett år = månadssumman × månader per år. Boendestöd räknas per år och avrundas sist.',
    'Betalare: försörjningsstöd – kommunen; sjukpenning, rehabiliteringspenning, aktivitetsersättning, sjukersättning – Försäkringskassan; aktivitetsstöd – Arbetsförmedlingen; lönesubvention är en kostnad för Arbetsförmedlingen.',
    'Ökad skatt = skattesats × lön − skatt som betalades på ersättningarna; vid studier 0.',
    'Produktionsvärde = lön × produktionsfaktor (lön plus arbetsgivaravgifter).',
    rule,
    `Sjukpenning år 2: ersättningen sjunker från ${y1} % till ${y2} % av SGI efter ett år, så från år 2 minskas besparingen hos Försäkringskassan med sjukpenningen × (1 − ${y2}/${y1}) per år.`,
    'Kontrafaktiskt: dödviktsandel = andel som nått arbete eller studier / hur många gånger effektivare IPS är än vanlig rehabilitering.',
    'Individens vinster värderas inte i pengar.',
    ...(a.mode === 'records' ? RECORD_ROW_ASSUMPTIONS : []),
    ...rows.flatMap((r) => r.notes.map((n) => `Rad ${r.row}: ${n}`)),
  ];
}

/**
 * The stored analysis computed with core's calculator, shaped for the viewer: funders
 * get row numbers only (no enrolment ids, case numbers, reasons or notes).
 */
export function analysisOut(
  a: TAnalysisRecord,
  stored: readonly TSocioRowRecord[],
  viewer: TFinanceViewer,
): TSocioAnalysisOut {
  const parameters = parametersOf(a);
  if (!parameters) throw new Error(`unknown parameter set ${a.parameterSet}`);
  const rows = stored.map((s) => {
    const inputs = ZSocioRowInputs.parse(s.inputs);
    const adjustments = (Array.isArray(s.adjustments) ? s.adjustments : []) as TSocioAdjustment[];
    const applied = applyAdjustments(inputs, adjustments);
    return { s, inputs: applied.inputs, applied: applied.applied };
  });
  const included = rows
    .filter((r) => !r.s.excluded)
    .map((r) => ({ row: r.s.position, inputs: r.inputs }));
  const { calcRows, housing, rowNumberOf } = calculatorInput(included);
  const input = {
    parameters,
    rows: calcRows,
    housingSupport: { rows: housing },
    outcomeRate: a.outcomeRate,
    publishedTotals: publishedTotalsOf(a.publishedTotals),
  };
  const issues = rowIssues(checkSocioInput(input), rowNumberOf, []);
  const result =
    issues.length === 0 && (calcRows.length > 0 || housing.length > 0)
      ? computeSocioAnalysis(input)
      : null;
  const staff = viewer === 'staff';
  return {
    id: a.id,
    programme: a.programmeKey,
    name: a.name,
    mode: a.mode,
    period: a.periodFrom && a.periodTo ? { from: a.periodFrom, to: a.periodTo } : null,
    parameterSet: parameters.id,
    status: a.status,
    createdAt: a.createdAt.toISOString(),
    outcomeRate: a.outcomeRate,
    parameters,
    overriddenParameters: overriddenParameters(parameters),
    assumptions: assumptionsOf(
      a,
      parameters,
      rows.map((r) => ({ row: r.s.position, notes: r.inputs.notes ?? [] })),
    ),
    rows: rows.map((r) => ({
      row: r.s.position,
      ...(staff
        ? {
            enrolmentId: r.s.enrolmentId,
            caseNumber: r.s.caseNumber,
            excludedReason: r.s.excludedReason,
          }
        : {}),
      excluded: r.s.excluded,
      adjustments: r.applied.map((x) => ({
        field: x.field,
        value: x.value,
        original: x.original,
        ...(staff ? { note: x.note } : {}),
      })),
      inputs: r.inputs,
    })),
    result,
    savingsPerPayer: result ? payerSavings(result) : [],
    years: result ? yearByYear(result) : [],
    issues: issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

type TResult = ReturnType<typeof computeSocioAnalysis>;

function payerSavings(result: TResult): TSocioAnalysisOut['savingsPerPayer'] {
  const p = result.perspectives;
  const housing = result.summary.housingSupport;
  const municipalTax =
    p.municipalityIncludingTax === null ? null : p.municipalityIncludingTax - p.municipality;
  const rows = [
    ['municipality_social_services', result.yearly.reducedSocialServices],
    ['municipality_housing_support', housing],
    ['municipality_tax', municipalTax],
    ['region_tax', p.region],
    ['FK', p.FK],
    ['AF', p.AF],
  ] as const;
  return rows.map(([payer, yearly]) => ({ payer, label: payerLabels[payer], yearly }));
}

/** Year by year over the horizon, as core computes it (benefitPeriodYears). */
function yearByYear(result: TResult): TSocioAnalysisOut['years'] {
  return result.benefitPeriod.years;
}
