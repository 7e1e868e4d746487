import { add, div, exact, mul, roundWhole, toDecimal } from '../socioeconomics/exact.ts';

export const targetGroupComponents = [
  'uvas',
  'socialAssistance',
  'jobSeekers',
  'youngActivityCompensation',
  'partialSicknessCompensation',
  'sickLeave',
] as const;
export type TTargetGroupComponent = (typeof targetGroupComponents)[number];

export type TTargetGroupCounts = Record<TTargetGroupComponent, number>;

/**
 * SKR's Finsam target-group weights (seed 004; funding.md "Target-group estimate"):
 * young people neither working nor studying (UVAS) 1.00, social assistance 0.80,
 * registered job seekers 0.25, young people on activity compensation 0.50, partial
 * sickness compensation 0.50, sick leave 0.20.
 */
export const SKR_TARGET_GROUP_WEIGHTS: Readonly<TTargetGroupCounts> = {
  uvas: 1,
  socialAssistance: 0.8,
  jobSeekers: 0.25,
  youngActivityCompensation: 0.5,
  partialSicknessCompensation: 0.5,
  sickLeave: 0.2,
};

/** Potential target group = Σ weight × count, rounded to whole people. */
export function potentialTargetGroup(
  counts: TTargetGroupCounts,
  weights: Readonly<TTargetGroupCounts> = SKR_TARGET_GROUP_WEIGHTS,
): number {
  return roundWhole(
    add(...targetGroupComponents.map((c) => mul(exact(weights[c]), exact(counts[c])))),
  );
}

/**
 * Reach = participants in the association's programmes in a year / potential target
 * group (nationally "just under 6 %"), and the target group as a share of the
 * working-age population (nationally about 6.6 %). Rates to 4 decimals; null when the
 * denominator is 0.
 */
export function targetGroupReach(input: {
  counts: TTargetGroupCounts;
  participants: number;
  workingAgePopulation?: number;
  weights?: Readonly<TTargetGroupCounts>;
}): { targetGroup: number; reach: number | null; shareOfWorkingAge: number | null } {
  const targetGroup = potentialTargetGroup(input.counts, input.weights);
  const rate = (n: number, d: number | undefined) =>
    d !== undefined && d > 0 ? toDecimal(div(exact(n), exact(d)), 4) : null;
  return {
    targetGroup,
    reach: rate(input.participants, targetGroup),
    shareOfWorkingAge: rate(targetGroup, input.workingAgePopulation),
  };
}
