import { z } from 'zod';

/*
 * `lots budget allocate --key FILE.json`: either the MIA fixture's shape
 * (shared/fixtures/mia-2017-subprojects.json: `budgetTotal` and `subprojects` with
 * `targetParticipants`) or a plain key `{ total?, key: [{ name, weight }] }`.
 */

const ZName = z.string().min(1, 'must not be empty').max(200);
const ZWeight = z.number().min(0, 'must be 0 or more');
const ZTotal = z.number().int('must be whole kronor').min(0, 'must be 0 or more');

export const ZBudgetKeyFile = z.union([
  z.object({
    budgetTotal: ZTotal.optional(),
    subprojects: z.array(z.object({ name: ZName, targetParticipants: ZWeight })).min(1),
  }),
  z.object({
    total: ZTotal.optional(),
    key: z.array(z.object({ name: ZName, weight: ZWeight })).min(1),
  }),
]);
export type TBudgetKeyFile = z.infer<typeof ZBudgetKeyFile>;

export const ZBudgetAllocation = z.object({
  total: z.number().int(),
  keyTotal: z.number(),
  allocations: z.array(
    z.object({
      name: z.string(),
      weight: z.number(),
      quota: z.number().describe('exact share to 2 decimals'),
      amount: z.number().int().describe('whole kronor; the amounts sum to the total'),
    }),
  ),
});
export type TBudgetAllocation = z.infer<typeof ZBudgetAllocation>;
