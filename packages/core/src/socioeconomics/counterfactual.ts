import { div, exact, mul, ONE, roundWhole, sub, toDecimal } from './exact.ts';

export type TCounterfactualScenario = {
  effectVsUsual: number;
  /** Share who would have reached the outcome anyway; null without an outcome rate. */
  deadweightRate: number | null;
  /** Share of the gross gains that the programme itself brought about. */
  attributableShare: number;
  figures: Record<string, number>;
};

/**
 * Counterfactual range (seed 001 "Kontrafaktisk analys", l.1336–1363): IPS is
 * `effectVsUsual` times as effective as usual rehabilitation, so deadweight = outcome
 * rate / effectVsUsual (28 % → 14 % and 7 %) and the gains the programme brought about
 * are gross × (1 − deadweight / outcome rate) = gross × (1 − 1 / effectVsUsual): the
 * seed's "only a half to a quarter of the gains would have been reached without IPS".
 * One scenario per value of the range, low first.
 */
export function counterfactualRange(
  outcomeRate: number | null,
  effectVsUsual: readonly number[],
  gross: Readonly<Record<string, number>>,
): TCounterfactualScenario[] {
  return effectVsUsual.map((effect) => {
    const share = sub(ONE, div(ONE, exact(effect)));
    const figures: Record<string, number> = {};
    for (const [key, value] of Object.entries(gross))
      figures[key] = roundWhole(mul(exact(value), share));
    return {
      effectVsUsual: effect,
      deadweightRate:
        outcomeRate === null ? null : toDecimal(div(exact(outcomeRate), exact(effect)), 4),
      attributableShare: toDecimal(share, 4),
      figures,
    };
  });
}
