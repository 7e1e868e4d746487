import { add, exact, int, mul, roundWhole, sub } from './exact.ts';
import type { THousingSupportRow } from './types.ts';

type TBeforeAfter = { before: number; after: number; reduction: number };

export type THousingSupportResult = {
  hoursPerWeek: TBeforeAfter;
  hoursPerYear: TBeforeAfter;
  costPerYear: TBeforeAfter;
};

/**
 * Housing support saved per year = (hours before − hours after) per week × weeks per
 * year × hourly cost, rounded to whole kronor at the end (seed 001 Tabell 4,
 * l.1245–1270: 16 h/week → 832 h → 832 × 470.86 = 391 755.52 → 391 756). Each of
 * before, after and reduction is rounded on its own, so before − after may differ from
 * the reduction by a krona; the reduction is the figure the seed uses.
 */
export function computeHousingSupport(
  rows: readonly THousingSupportRow[],
  parameters: { weeksPerYear: number; housingSupportHourlyCost: number },
): THousingSupportResult {
  const before = add(...rows.map((r) => exact(r.hoursBefore)));
  const after = add(...rows.map((r) => exact(r.hoursAfter)));
  const reduction = sub(before, after);
  const weeks = int(parameters.weeksPerYear);
  const cost = exact(parameters.housingSupportHourlyCost);
  const perWeek = (h: typeof before) => Number(h.n) / Number(h.d);
  const perYear = (h: typeof before) => mul(h, weeks);
  return {
    hoursPerWeek: { before: perWeek(before), after: perWeek(after), reduction: perWeek(reduction) },
    hoursPerYear: {
      before: roundWhole(perYear(before)),
      after: roundWhole(perYear(after)),
      reduction: roundWhole(perYear(reduction)),
    },
    costPerYear: {
      before: roundWhole(mul(perYear(before), cost)),
      after: roundWhole(mul(perYear(after), cost)),
      reduction: roundWhole(mul(perYear(reduction), cost)),
    },
  };
}
