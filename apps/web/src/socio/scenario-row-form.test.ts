import { describe, expect, it } from 'vitest';
import { initial, rowOf } from './scenario-row-form.tsx';

const blank = initial;

describe('a typed scenario row', () => {
  it('is row 1 of the Hudiksvall table from the form, with the subsidy share computed', () => {
    expect(
      rowOf({
        ...blank,
        source: 'social_assistance',
        monthly: '4 300',
        tax: '0',
        source2: 'sickness_benefit',
        monthly2: '7620',
        tax2: '1753',
        salary: '15646',
        employer: 'municipality',
        subsidyMonthly: '18000',
        housingBefore: '5',
        housingAfter: '2,5',
      }),
    ).toEqual({
      before: [
        { source: 'social_assistance', monthly: 4300, tax: 0 },
        { source: 'sickness_benefit', monthly: 7620, tax: 1753 },
      ],
      after: {
        kind: 'employment',
        salary: 15646,
        extentPct: 100,
        employer: 'municipality',
        subsidyMonthly: 18000,
        subsidyPct: 100,
      },
      housing: { hoursBefore: 5, hoursAfter: 2.5 },
      published: undefined,
    });
  });

  it('a housing-support-only row has no after', () => {
    const row = rowOf({ ...blank, afterKind: 'none', housingBefore: '2', housingAfter: '0' });
    expect(row).toMatchObject({
      before: [],
      after: null,
      housing: { hoursBefore: 2, hoursAfter: 0 },
    });
  });
});
