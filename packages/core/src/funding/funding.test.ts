import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { allocateByKey } from './allocate.ts';
import { costMetrics } from './cost-metrics.ts';
import { finsamCostSharing } from './finsam.ts';
import { stateAllocationBetweenAssociations } from './state-allocation.ts';
import { potentialTargetGroup, targetGroupReach } from './target-group.ts';

type TMia = {
  budgetTotal: number;
  subprojects: { name: string; targetParticipants: number }[];
  expected: { targetTotal: number; budgetShareByTarget: Record<string, number> };
};
const mia = JSON.parse(
  readFileSync(
    new URL('../../../../../shared/fixtures/mia-2017-subprojects.json', import.meta.url),
    'utf8',
  ),
) as TMia;

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError)
      return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('allocateByKey', () => {
  it('MIA: six sub-projects by participant target, exactly 100 000 000 kr', () => {
    const result = allocateByKey(
      mia.budgetTotal,
      mia.subprojects.map((s) => ({ name: s.name, weight: s.targetParticipants })),
    );
    expect(Object.fromEntries(result.map((r) => [r.name, r.amount]))).toEqual(
      mia.expected.budgetShareByTarget,
    );
    expect(result.reduce((s, r) => s + r.amount, 0)).toBe(100_000_000);
  });

  it('gives the leftover kronor to the largest remainders, ties to the earlier', () => {
    expect(
      allocateByKey(
        100,
        [1, 1, 1].map((w, i) => ({ name: `${i}`, weight: w })),
      ),
    ).toEqual([
      { name: '0', weight: 1, quota: 33.33, amount: 34 },
      { name: '1', weight: 1, quota: 33.33, amount: 33 },
      { name: '2', weight: 1, quota: 33.33, amount: 33 },
    ]);
    expect(
      allocateByKey(10, [
        { name: 'a', weight: 0.1 },
        { name: 'b', weight: 0.2 },
      ]).map((a) => a.amount),
    ).toEqual([3, 7]);
  });

  it('lists every problem of a bad key', () => {
    expect(
      issuesOf(() =>
        allocateByKey(10.5, [
          { name: 'a', weight: -1 },
          { name: 'a', weight: 1 },
        ]),
      ),
    ).toEqual([
      'total: must be a whole number of kronor, 0 or more',
      'key.0.weight: must be a number, 0 or more',
      'key.1.name: repeats "a"',
    ]);
    expect(issuesOf(() => allocateByKey(10, [{ name: 'a', weight: 0 }]))).toEqual([
      'key: needs at least one weight above 0',
    ]);
  });

  it('sums to the total and stays within 1 kr of each exact quota (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 12 }),
        (total, raw) => {
          const weights = raw.some((w) => w > 0) ? raw : [...raw.slice(1), 1];
          const result = allocateByKey(
            total,
            weights.map((weight, i) => ({ name: `s${i}`, weight })),
          );
          const sumW = weights.reduce((s, w) => s + w, 0);
          expect(result.reduce((s, r) => s + r.amount, 0)).toBe(total);
          result.forEach((r, i) => {
            // amount × ΣW vs total × w, in integers: |amount − quota| < 1.
            const diff = BigInt(r.amount) * BigInt(sumW) - BigInt(total) * BigInt(weights[i]!);
            expect(diff < BigInt(sumW) && diff > -BigInt(sumW)).toBe(true);
            expect(Number.isInteger(r.amount)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('finsamCostSharing', () => {
  const members = [
    { name: 'Hudiksvall', population: 37_000, fixedAmount: 200_000 },
    { name: 'Nordanstig', population: 9_500, fixedAmount: 50_001 },
  ];

  it('state half, region quarter, municipalities quarter by population', () => {
    expect(finsamCostSharing(1_000_001, members, 'population')).toEqual({
      total: 1_000_001,
      state: 500_001,
      region: 250_000,
      municipalities: {
        total: 250_000,
        members: [
          { name: 'Hudiksvall', amount: 198_925 },
          { name: 'Nordanstig', amount: 51_075 },
        ],
      },
    });
  });

  it('equal shares and fixed amounts', () => {
    expect(
      finsamCostSharing(1_000_000, members, 'equal').municipalities.members.map((m) => m.amount),
    ).toEqual([125_000, 125_000]);
    expect(issuesOf(() => finsamCostSharing(1_000_000, members, 'fixed'))).toEqual([
      'members: fixed amounts sum to 250001, but the municipal quarter is 250000',
    ]);
    expect(finsamCostSharing(1_000_004, members, 'fixed').municipalities.members[1]!.amount).toBe(
      50_001,
    );
  });

  it('asks for the population of each member', () => {
    expect(issuesOf(() => finsamCostSharing(100, [{ name: 'x' }], 'population'))).toEqual([
      'members.0.population: is required for the population key',
    ]);
  });
});

describe('stateAllocationBetweenAssociations', () => {
  it('base 400 000 each, then 75 % by income-support measure and 25 % by population', () => {
    const result = stateAllocationBetweenAssociations(2_800_000, [
      { name: 'A', incomeSupportMeasure: 3, population16to64: 1 },
      { name: 'B', incomeSupportMeasure: 1, population16to64: 1 },
    ]);
    expect(result.map((r) => [r.byIncomeSupport, r.byPopulation, r.amount])).toEqual([
      [1_125_000, 250_000, 1_775_000],
      [375_000, 250_000, 1_025_000],
    ]);
  });
});

describe('cost metrics and target group', () => {
  it('cost per enrolment, participant-year and outcome; null for none', () => {
    expect(
      costMetrics({ cost: 1_672_000, enrolments: 39, participantYears: 30.5, outcomes: 11 }),
    ).toEqual({
      perEnrolment: 42_872,
      perParticipantYear: 54_820,
      perOutcome: 152_000,
    });
    expect(
      costMetrics({ cost: 1, enrolments: 0, participantYears: 0, outcomes: 0 }).perOutcome,
    ).toBeNull();
  });

  it('SKR weights and reach', () => {
    const counts = {
      uvas: 100,
      socialAssistance: 200,
      jobSeekers: 400,
      youngActivityCompensation: 50,
      partialSicknessCompensation: 30,
      sickLeave: 500,
    };
    expect(potentialTargetGroup(counts)).toBe(100 + 160 + 100 + 25 + 15 + 100);
    expect(targetGroupReach({ counts, participants: 30, workingAgePopulation: 7576 })).toEqual({
      targetGroup: 500,
      reach: 0.06,
      shareOfWorkingAge: 0.066,
    });
  });
});
