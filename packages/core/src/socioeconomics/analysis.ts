import type { TIssue } from '../errors.ts';
import { benefitPeriod, benefitPeriodFigures, benefitPeriodYears } from './benefit-period.ts';
import type { TBenefitPeriod, TBenefitYear } from './benefit-period.ts';
import { counterfactualRange } from './counterfactual.ts';
import type { TCounterfactualScenario } from './counterfactual.ts';
import { computeHousingSupport } from './housing-support.ts';
import type { THousingSupportResult } from './housing-support.ts';
import { socioPerspectives } from './perspectives.ts';
import type { TSocioPerspectives, TSocioSummary } from './perspectives.ts';
import { comparePublished } from './published.ts';
import type { TSocioDifference, TSocioPublishedTotals } from './published.ts';
import { computeSocioRow, sicknessBenefitYear2, sumSocioRows, yearlySocioTotals } from './rows.ts';
import type {
  TBenefitPeriodRule,
  THousingSupportRow,
  TSocioMonthlyField,
  TSocioParameters,
  TSocioRow,
  TSocioRowFigures,
  TSocioTotals,
} from './types.ts';
import { socioMonthlyFields } from './types.ts';

export type TSocioAnalysisInput = {
  parameters: TSocioParameters;
  rows: readonly TSocioRow[];
  housingSupport?: { rows: readonly THousingSupportRow[] } | undefined;
  /** Share of closed participants who reached the outcome, for the counterfactual. */
  outcomeRate?: number | null | undefined;
  publishedTotals?: TSocioPublishedTotals | undefined;
};

/** A benefit period with its figures (see `benefitPeriodFigures`) and its years. */
export type TSocioBenefitPeriod = TBenefitPeriod & {
  figures: { reducedPayments: number; taxIncrease: number; housingSupport: number };
  years: TBenefitYear[];
};

export type TSocioAnalysis = {
  parameterSet: string;
  rows: { id: number | string; monthly: Record<TSocioMonthlyField, number> }[];
  monthly: TSocioTotals;
  yearly: TSocioTotals;
  housingSupport: THousingSupportResult | null;
  summary: TSocioSummary;
  perspectives: TSocioPerspectives;
  sicknessBenefitYear2: { sicknessBenefitYearly: number; reduction: number };
  benefitPeriod: TSocioBenefitPeriod;
  /** Both multi-year rules, so an old analysis (seed_simple) and the default (geometric) can be read side by side. */
  benefitPeriodByRule: Record<TBenefitPeriodRule, TSocioBenefitPeriod>;
  counterfactual: { outcomeRate: number | null; scenarios: TCounterfactualScenario[] };
  differences: TSocioDifference[];
};

/**
 * Rules on the input that a schema cannot express (seed 001 l.1218–1222: social
 * assistance is not taxed; a tax cannot exceed its benefit). Paths point into the
 * `lots socio --input` document.
 */
export function checkSocioInput(input: TSocioAnalysisInput): TIssue[] {
  const issues: TIssue[] = [];
  const seen = new Map<string, number>();
  input.rows.forEach((row, i) => {
    const key = String(row.id);
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({ path: ['rows', i, 'id'], message: `repeats the id of rows[${first}]` });
    else seen.set(key, i);
    row.before.forEach((b, j) => {
      if (b.source === 'social_assistance' && b.tax !== 0)
        issues.push({
          path: ['rows', i, 'before', j, 'tax'],
          message: 'must be 0: social assistance is not taxed',
        });
      else if (b.tax > b.monthly)
        issues.push({
          path: ['rows', i, 'before', j, 'tax'],
          message: `cannot exceed the monthly amount (${b.monthly})`,
        });
    });
  });
  if (
    (input.housingSupport?.rows.length ?? 0) > 0 &&
    input.parameters.housingSupportHourlyCost === null
  )
    issues.push({
      path: ['parameters', 'housingSupportHourlyCost'],
      message: `is required for housing support rows: set ${input.parameters.id} has no hourly cost`,
    });
  return issues;
}

function pickMonthly(f: TSocioRowFigures | undefined): Record<TSocioMonthlyField, number> {
  return Object.fromEntries(socioMonthlyFields.map((k) => [k, f?.[k] ?? 0])) as Record<
    TSocioMonthlyField,
    number
  >;
}

/**
 * The whole socio-economic analysis (socioeconomics.md; seed 001 Tabell 3 and 4,
 * l.1159–1363 and l.1559–1651). Call `checkSocioInput` first: this function assumes
 * a valid input and does no I/O.
 */
export function computeSocioAnalysis(input: TSocioAnalysisInput): TSocioAnalysis {
  const p = input.parameters;
  const figures = input.rows.map((row) => computeSocioRow(row, p));
  const monthly = sumSocioRows(figures);
  const yearly = yearlySocioTotals(monthly, p);
  const housingRows = input.housingSupport?.rows ?? [];
  const housing =
    housingRows.length > 0 && p.housingSupportHourlyCost !== null
      ? computeHousingSupport(housingRows, {
          weeksPerYear: p.weeksPerYear,
          housingSupportHourlyCost: p.housingSupportHourlyCost,
        })
      : null;
  const housingReduction = housing?.costPerYear.reduction ?? 0;
  const { summary, perspectives } = socioPerspectives(yearly, housingReduction, p);
  const year2 = sicknessBenefitYear2(input.rows, p);
  const rule = p.benefitPeriodRule;
  const periodFor = (r: TBenefitPeriodRule): TSocioBenefitPeriod => {
    const years = benefitPeriodYears(
      r,
      p,
      {
        reducedSocialServices: yearly.reducedSocialServices,
        reducedFK: yearly.reducedFK,
        reducedAF: yearly.reducedAF,
        taxIncrease: yearly.taxIncrease,
        housingSupport: housingReduction,
      },
      year2.reduction,
    );
    return { ...benefitPeriod(r, p), figures: benefitPeriodFigures(r, years), years };
  };
  const salary = figures.reduce((s, f) => s + f.salary, 0);
  const taxOnBenefits = figures.reduce((s, f) => s + f.taxOnBenefits, 0);
  const outcomeRate = input.outcomeRate ?? null;
  return {
    parameterSet: p.id,
    rows: input.rows.map((row, i) => ({ id: row.id, monthly: pickMonthly(figures[i]) })),
    monthly,
    yearly,
    housingSupport: housing,
    summary,
    perspectives,
    sicknessBenefitYear2: year2,
    benefitPeriod: periodFor(rule),
    benefitPeriodByRule: {
      seed_simple: periodFor('seed_simple'),
      geometric: periodFor('geometric'),
    },
    counterfactual: {
      outcomeRate,
      scenarios: counterfactualRange(outcomeRate, p.effectVsUsual, {
        grossSavingsPlusTax: summary.grossSavingsPlusTax,
        municipality: perspectives.municipality,
      }),
    },
    differences: comparePublished(input.rows, figures, input.publishedTotals, {
      monthly: { ...monthly, salary, taxOnBenefits },
      yearly: {
        ...yearly,
        salary: salary * p.monthsPerYear,
        taxOnBenefits: taxOnBenefits * p.monthsPerYear,
      },
      sicknessBenefitYear2Reduction: year2.reduction,
    }),
  };
}
