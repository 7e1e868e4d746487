import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSocioInput, computeSocioAnalysis } from './analysis.ts';
import { resolveSocioParameters, SE_2017_HUDIKSVALL } from './parameters.ts';
import type { THousingSupportRow, TSocioRow } from './types.ts';

type TFixture = {
  parameters: Record<string, number>;
  rows: (TSocioRow & { published: Record<string, number> })[];
  publishedTotals: { monthly: Record<string, number>; yearly: Record<string, number> };
  expectedByRule: { yearly: Record<string, number> };
  housingSupport: { rows: THousingSupportRow[]; expected: Record<string, unknown> };
  expectedSummary: {
    grossSavingsPaymentsPlusHousing: number;
    grossSavingsPlusTax: number;
    municipalPerspective: number;
    sicknessBenefitYearly: number;
    sicknessBenefitYear2Reduction: { exact: number; published: number };
    threeYearSeedSimple: { multiplier: number; taxIncrease: number; housingSupport: number };
    counterfactual: { outcomeRate: number; effectVsUsual: number[]; deadweightRate: number[] };
  };
};

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../../../shared/fixtures/hudiksvall-2017-socioeconomic.json', import.meta.url),
    'utf8',
  ),
) as TFixture;

const parameters = resolveSocioParameters({ set: 'SE-2017-hudiksvall', ...fixture.parameters })!;
const analysis = computeSocioAnalysis({
  parameters,
  rows: fixture.rows,
  housingSupport: fixture.housingSupport,
  outcomeRate: fixture.expectedSummary.counterfactual.outcomeRate,
  publishedTotals: {
    ...fixture.publishedTotals,
    sicknessBenefitYear2Reduction: fixture.expectedSummary.sicknessBenefitYear2Reduction.published,
  },
});

describe('Hudiksvall 2017 (seed 001 Tabell 3 and 4)', () => {
  it('the fixture parameters are exactly the shipped set', () => {
    expect(parameters).toEqual(SE_2017_HUDIKSVALL);
    expect(checkSocioInput({ parameters, rows: fixture.rows })).toEqual([]);
  });

  it('reproduces rows 2–10 cell by cell', () => {
    for (const row of fixture.rows.slice(1)) {
      const computed = analysis.rows.find((r) => r.id === row.id)!;
      expect(computed.monthly, `row ${row.id}`).toMatchObject(row.published);
    }
  });

  it('row 1 follows the 1.4 rule and is flagged as differing', () => {
    const row1 = analysis.rows[0]!;
    expect(row1.monthly).toEqual({
      taxIncrease: 3410,
      reducedSocialServices: 4300,
      reducedFK: 7620,
      reducedAF: 0,
      productionValue: 21904,
      subsidies: 18000,
    });
    expect(analysis.differences).toContainEqual({
      row: 1,
      field: 'productionValue',
      published: 15646,
      computed: 21904,
    });
    expect(analysis.differences.filter((d) => d.row !== null)).toHaveLength(1);
  });

  it('yearly totals are the rule figures of the fixture', () => {
    expect(analysis.yearly).toEqual(fixture.expectedByRule.yearly);
    expect(analysis.monthly.productionValue).toBe(280484);
  });

  it('flags the published totals that do not add up, and the year-2 slip', () => {
    expect(analysis.differences.filter((d) => d.row === null)).toEqual([
      { row: null, field: 'monthly.salary', published: 202700, computed: 200346 },
      { row: null, field: 'monthly.productionValue', published: 274226, computed: 280484 },
      { row: null, field: 'yearly.salary', published: 2430046, computed: 2404152 },
      { row: null, field: 'yearly.productionValue', published: 3290712, computed: 3365808 },
      { row: null, field: 'sicknessBenefitYear2.reduction', published: 63500, computed: 79380 },
    ]);
  });

  it('housing support: 16 h a week, 832 h a year, 391 756 kr', () => {
    expect(analysis.housingSupport).toEqual({
      hoursPerWeek: { before: 20.5, after: 4.5, reduction: 16 },
      hoursPerYear: { before: 1066, after: 234, reduction: 832 },
      costPerYear: { before: 501937, after: 110181, reduction: 391756 },
    });
    expect(fixture.housingSupport.expected).toMatchObject({
      hoursPerYear: analysis.housingSupport!.hoursPerYear,
      costPerYear: analysis.housingSupport!.costPerYear,
    });
  });

  it('summary and perspectives', () => {
    const s = fixture.expectedSummary;
    expect(analysis.summary.grossSavings).toBe(s.grossSavingsPaymentsPlusHousing);
    expect(analysis.summary.grossSavingsPlusTax).toBe(s.grossSavingsPlusTax);
    expect(analysis.summary.fiscalNet).toBe(1550880);
    expect(analysis.perspectives.municipality).toBe(s.municipalPerspective);
    expect(analysis.perspectives.FK).toBe(1403004);
    expect(analysis.perspectives.AF).toBe(198000 - 1090440);
    // 386 520 × 22/33: the seed's "varav 260 000 kronor avser kommunalskatten".
    expect(analysis.perspectives.municipalityIncludingTax).toBe(563356 + 257680);
    expect(analysis.perspectives.region).toBe(128840);
    expect(analysis.perspectives.society).toBe(2550880 + 3365808 - 1090440 - 1000000);
  });

  it('sickness benefit from year 2: 1 270 080 × 6.25 % = 79 380', () => {
    expect(analysis.sicknessBenefitYear2).toEqual({
      sicknessBenefitYearly: s().sicknessBenefitYearly,
      reduction: s().sicknessBenefitYear2Reduction.exact,
    });
  });

  it('three-year seed_simple: tax 579 780 and housing support 587 634 a year', () => {
    expect(analysis.benefitPeriod).toMatchObject({
      rule: 'seed_simple',
      multiplier: s().threeYearSeedSimple.multiplier,
      meaning: 'yearly_value_in_final_year',
      figures: {
        taxIncrease: s().threeYearSeedSimple.taxIncrease,
        housingSupport: s().threeYearSeedSimple.housingSupport,
        // The seed's "ca 2,7 miljoner i minskade utbetalningar" (l.1305) is 1 772 604 × 1.5
        // = 2 658 906, without the sickness-benefit year-2 rule the seed left out "för
        // enkelhets skull" (note 19). With it: (1 772 604 − 79 380) × 1.5.
        reducedPayments: (1772604 - 79380) * 1.5,
      },
    });
  });

  it('year by year under seed_simple: year 1 as observed, then × t × 0.5, year 3 as published', () => {
    const years = analysis.benefitPeriod.years;
    expect(years).toEqual([
      {
        year: 1,
        factor: 1,
        reducedPayments: 1772604,
        reducedFK: 1403004,
        taxIncrease: 386520,
        housingSupport: 391756,
        municipality: 171600 + 391756,
      },
      {
        year: 2,
        factor: 1,
        // FK from year 2: 1 403 004 − 79 380 (80 → 75 % of SGI).
        reducedPayments: 171600 + 1323624 + 198000,
        reducedFK: 1323624,
        taxIncrease: 386520,
        housingSupport: 391756,
        municipality: 171600 + 391756,
      },
      {
        year: 3,
        factor: 1.5,
        reducedPayments: 257400 + 1985436 + 297000,
        reducedFK: 1985436,
        taxIncrease: 579780,
        housingSupport: 587634,
        municipality: 257400 + 587634,
      },
    ]);
    // The published figures are the value in year 3 ("på årsbasis", "under år tre").
    const last = years[years.length - 1]!;
    expect(analysis.benefitPeriod.figures).toEqual({
      reducedPayments: last.reducedPayments,
      taxIncrease: last.taxIncrease,
      housingSupport: last.housingSupport,
    });
  });

  it('year by year under geometric: the years add up to the total shown', () => {
    const g = analysis.benefitPeriodByRule.geometric;
    expect(g.years.map((y) => y.factor)).toEqual([1, 0.5, 0.25]);
    expect(g.years.map((y) => y.taxIncrease)).toEqual([386520, 193260, 96630]);
    expect(g.years.map((y) => y.reducedFK)).toEqual([1403004, 661812, 330906]);
    const sum = (k: 'reducedPayments' | 'taxIncrease' | 'housingSupport') =>
      g.years.reduce((s, y) => s + y[k], 0);
    expect(g.figures).toEqual({
      reducedPayments: sum('reducedPayments'),
      taxIncrease: sum('taxIncrease'),
      housingSupport: sum('housingSupport'),
    });
    expect(g.figures.taxIncrease).toBe(676410);
  });

  it('counterfactual: 7–14 % deadweight, a half to three quarters attributable', () => {
    const { scenarios } = analysis.counterfactual;
    expect(scenarios.map((c) => c.deadweightRate)).toEqual(s().counterfactual.deadweightRate);
    expect(scenarios.map((c) => c.attributableShare)).toEqual([0.5, 0.75]);
    expect(scenarios[0]!.figures).toEqual({ grossSavingsPlusTax: 1275440, municipality: 281678 });
  });
});

function s() {
  return fixture.expectedSummary;
}
