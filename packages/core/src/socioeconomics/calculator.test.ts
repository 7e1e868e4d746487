import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSocioAnalysis, checkSocioInput } from './analysis.ts';
import { applyBenefitPeriod, benefitPeriod } from './benefit-period.ts';
import { add, exact, mul, roundWhole, toDecimal } from './exact.ts';
import { computeHousingSupport } from './housing-support.ts';
import { resolveSocioParameters, SE_2017_HUDIKSVALL, SE_2026 } from './parameters.ts';
import { computeSocioRow } from './rows.ts';
import type { THousingSupportRow, TSocioRow } from './types.ts';
import { socioIncomeSources } from './types.ts';

describe('exact money', () => {
  it('has no float drift where the seed rounds', () => {
    expect(15646 * 1.4).not.toBe(21904.4);
    expect(roundWhole(mul(exact(15646), exact(1.4)))).toBe(21904);
    expect(roundWhole(mul(exact(832), exact(470.86)))).toBe(391756);
    expect(roundWhole(add(exact(0.1), exact(0.2), exact(0.2)))).toBe(1);
    expect(roundWhole(exact(2.5))).toBe(3);
    expect(roundWhole(exact(-2.5))).toBe(-3);
    expect(toDecimal(exact(1e-7), 7)).toBe(1e-7);
    expect(exact(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
  });
});

describe('rows', () => {
  it('studies: no tax increase and no production value, benefits still saved', () => {
    const row: TSocioRow = {
      id: 'x',
      before: [{ source: 'activity_compensation', monthly: 11077, tax: 2769 }],
      after: { kind: 'studies', studyAllowanceMonthly: 10172 },
    };
    expect(computeSocioRow(row, SE_2017_HUDIKSVALL)).toMatchObject({
      taxIncrease: 0,
      productionValue: 0,
      reducedFK: 11077,
      subsidies: 0,
    });
  });

  it('a tax decrease is negative, rounded half away from zero', () => {
    const row: TSocioRow = {
      id: 1,
      before: [{ source: 'sickness_benefit', monthly: 20000, tax: 6000 }],
      after: {
        kind: 'employment',
        salary: 10000.5,
        extentPct: 50,
        employer: 'private',
        subsidyPct: 0,
        subsidyMonthly: 0,
      },
    };
    // 0.33 × 10 000.5 − 6 000 = −2 699.835
    expect(computeSocioRow(row, SE_2017_HUDIKSVALL).taxIncrease).toBe(-2700);
  });
});

describe('checkSocioInput', () => {
  it('refuses taxed social assistance, a tax above its benefit, repeated ids and a missing hourly cost', () => {
    const issues = checkSocioInput({
      parameters: SE_2026,
      rows: [
        {
          id: 1,
          before: [
            { source: 'social_assistance', monthly: 4000, tax: 10 },
            { source: 'sickness_benefit', monthly: 100, tax: 200 },
          ],
          after: { kind: 'studies', studyAllowanceMonthly: 0 },
        },
        { id: 1, before: [], after: { kind: 'studies', studyAllowanceMonthly: 0 } },
      ],
      housingSupport: { rows: [{ hoursBefore: 2, hoursAfter: 1 }] },
    });
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'rows.0.before.0.tax',
      'rows.0.before.1.tax',
      'rows.1.id',
      'parameters.housingSupportHourlyCost',
    ]);
  });
});

describe('parameters', () => {
  it('resolves a named set with overrides and says so', () => {
    expect(resolveSocioParameters({ set: 'SE-2017-hudiksvall' })?.id).toBe('SE-2017-hudiksvall');
    expect(resolveSocioParameters({ set: 'SE-2017-hudiksvall', taxRate: 0.32 })).toMatchObject({
      id: 'SE-2017-hudiksvall+overrides',
      taxRate: 0.32,
    });
    expect(resolveSocioParameters({})?.id).toBe('SE-2026');
    expect(resolveSocioParameters({ set: 'nope' })).toBeNull();
  });
});

describe('benefit period', () => {
  it('geometric: 1 + r/(1+d) + r²/(1+d)², a total over the horizon', () => {
    const p = { horizonYears: 3, retentionShare: 0.5, discountRate: 0 };
    expect(benefitPeriod('geometric', p)).toMatchObject({
      multiplier: 1.75,
      yearFactors: [1, 0.5, 0.25],
    });
    expect(applyBenefitPeriod('geometric', p, { tax: 386520 })).toEqual({ tax: 676410 });
    const discounted = benefitPeriod('geometric', { ...p, discountRate: 0.035 });
    expect(discounted.yearFactors).toEqual([1, 0.4831, 0.2334]);
  });

  it('seed_simple: year 1 observed, then year × retention; the multiplier is the final year', () => {
    const p = { horizonYears: 3, retentionShare: 0.5, discountRate: 0.035 };
    expect(benefitPeriod('seed_simple', p)).toMatchObject({
      multiplier: 1.5,
      yearFactors: [1, 1, 1.5],
      meaning: 'yearly_value_in_final_year',
    });
    expect(benefitPeriod('seed_simple', { ...p, horizonYears: 1 }).multiplier).toBe(1);
  });
});

const money = fc.integer({ min: 0, max: 5_000_000 }).map((ore) => ore / 100);
const arbRow = fc.record({
  id: fc.integer(),
  before: fc.array(
    fc.record({
      source: fc.constantFrom(...socioIncomeSources),
      monthly: money,
      tax: money,
    }),
    { maxLength: 3 },
  ),
  after: fc.oneof(
    fc.record({
      kind: fc.constant('employment' as const),
      salary: money,
      extentPct: fc.integer({ min: 1, max: 100 }),
      employer: fc.constantFrom('private' as const, 'municipality' as const),
      subsidyPct: fc.integer({ min: 0, max: 100 }),
      subsidyMonthly: money,
    }),
    fc.record({ kind: fc.constant('studies' as const), studyAllowanceMonthly: money }),
  ),
}) satisfies fc.Arbitrary<TSocioRow>;
const arbHousing = fc.record({
  hoursBefore: fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
  hoursAfter: fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
}) satisfies fc.Arbitrary<THousingSupportRow>;

describe('savings are additive over rows (property)', () => {
  it('the yearly totals of two groups add up to those of the whole', () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 8 }),
        fc.array(arbRow, { maxLength: 8 }),
        (a, b) => {
          const run = (rows: TSocioRow[]) =>
            computeSocioAnalysis({ parameters: SE_2017_HUDIKSVALL, rows }).yearly;
          const [ya, yb, yab] = [run(a), run(b), run([...a, ...b])];
          for (const key of Object.keys(yab) as (keyof typeof yab)[])
            expect(yab[key]).toBe(ya[key] + yb[key]);
        },
      ),
    );
  });

  it('housing hours add up exactly; the cost within a krona per group', () => {
    fc.assert(
      fc.property(
        fc.array(arbHousing, { maxLength: 6 }),
        fc.array(arbHousing, { maxLength: 6 }),
        (a, b) => {
          const p = { weeksPerYear: 52, housingSupportHourlyCost: 470.86 };
          const [ha, hb, hab] = [a, b, [...a, ...b]].map((rows) => computeHousingSupport(rows, p));
          expect(hab!.hoursPerYear.reduction).toBe(
            ha!.hoursPerYear.reduction + hb!.hoursPerYear.reduction,
          );
          const sum = ha!.costPerYear.reduction + hb!.costPerYear.reduction;
          expect(Math.abs(hab!.costPerYear.reduction - sum)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
