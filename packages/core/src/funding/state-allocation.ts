import { AppError } from '../errors.ts';
import { allocateByKey } from './allocate.ts';

export type TAssociationStatistics = {
  name: string;
  /** SCB's försörjningsmått for the association's area. */
  incomeSupportMeasure: number;
  population16to64: number;
};

/** The base every association gets before the keyed split (model since 2016). */
export const FINSAM_STATE_BASE = 400_000;

/**
 * The state's half between Finsam associations (funding.md "Who pays", model applied
 * since 2016): a base of 400 000 kr each, the rest 75 % by the income-support measure
 * and 25 % by population aged 16–64. Whole kronor by largest remainder at each step;
 * the amounts sum exactly to the total.
 */
export function stateAllocationBetweenAssociations(
  total: number,
  associations: readonly TAssociationStatistics[],
): { name: string; base: number; byIncomeSupport: number; byPopulation: number; amount: number }[] {
  const rest = total - FINSAM_STATE_BASE * associations.length;
  if (!Number.isSafeInteger(total) || rest < 0)
    throw new AppError('VALIDATION_FAILED', 'State total below the bases', {
      issues: [
        {
          path: ['total'],
          message: `must be whole kronor and at least ${FINSAM_STATE_BASE} per association`,
        },
      ],
      userMessage: 'Statens medel räcker inte till grundbeloppet för varje förbund.',
    });
  const [bySupport, byPopulation] = allocateByKey(rest, [
    { name: 'incomeSupport', weight: 75 },
    { name: 'population', weight: 25 },
  ]).map((a) => a.amount) as [number, number];
  const support = allocateByKey(
    bySupport,
    associations.map((a) => ({ name: a.name, weight: a.incomeSupportMeasure })),
  );
  const population = allocateByKey(
    byPopulation,
    associations.map((a) => ({ name: a.name, weight: a.population16to64 })),
  );
  return associations.map((a, i) => {
    const s = support[i]?.amount ?? 0;
    const p = population[i]?.amount ?? 0;
    return {
      name: a.name,
      base: FINSAM_STATE_BASE,
      byIncomeSupport: s,
      byPopulation: p,
      amount: FINSAM_STATE_BASE + s + p,
    };
  });
}
