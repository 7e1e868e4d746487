import { AppError } from '../errors.ts';
import type { TIssue } from '../errors.ts';
import { allocateByKey } from './allocate.ts';

export const finsamMunicipalKeys = ['population', 'equal', 'fixed'] as const;
export type TFinsamMunicipalKey = (typeof finsamMunicipalKeys)[number];

export type TFinsamMember = { name: string; population?: number; fixedAmount?: number };

export type TFinsamSharing = {
  total: number;
  state: number;
  region: number;
  municipalities: { total: number; members: { name: string; amount: number }[] };
};

/**
 * Cost sharing in a Finsam association (Lag 2003:1210, funding.md "Who pays"): the
 * state (through Försäkringskassan, for FK and AF) pays half, the region a quarter
 * and the member municipalities a quarter between them, by population, in equal
 * shares or in fixed amounts. Whole kronor by largest remainder at both steps, so
 * every level sums exactly to its total. Fixed amounts must add up to the municipal
 * quarter. Throws VALIDATION_FAILED listing every issue.
 */
export function finsamCostSharing(
  total: number,
  members: readonly TFinsamMember[],
  key: TFinsamMunicipalKey,
): TFinsamSharing {
  const [state, region, municipal] = allocateByKey(total, [
    { name: 'state', weight: 2 },
    { name: 'region', weight: 1 },
    { name: 'municipalities', weight: 1 },
  ]).map((a) => a.amount) as [number, number, number];
  const issues: TIssue[] = [];
  if (members.length === 0)
    issues.push({ path: ['members'], message: 'must name at least one municipality' });
  members.forEach((m, i) => {
    if (key === 'population' && (m.population === undefined || m.population < 0))
      issues.push({
        path: ['members', i, 'population'],
        message: 'is required for the population key',
      });
    if (key === 'fixed' && (m.fixedAmount === undefined || !Number.isSafeInteger(m.fixedAmount)))
      issues.push({
        path: ['members', i, 'fixedAmount'],
        message: 'is required (whole kronor) for fixed amounts',
      });
  });
  if (key === 'fixed' && issues.length === 0) {
    const sum = members.reduce((s, m) => s + (m.fixedAmount ?? 0), 0);
    if (sum !== municipal)
      issues.push({
        path: ['members'],
        message: `fixed amounts sum to ${sum}, but the municipal quarter is ${municipal}`,
      });
  }
  if (issues.length > 0)
    throw new AppError('VALIDATION_FAILED', 'Invalid Finsam cost-sharing key', {
      issues,
      userMessage: 'Kostnadsfördelningen mellan kommunerna är ogiltig: se de markerade fälten.',
    });
  const shares =
    key === 'fixed'
      ? members.map((m) => ({ name: m.name, amount: m.fixedAmount ?? 0 }))
      : allocateByKey(
          municipal,
          members.map((m) => ({ name: m.name, weight: key === 'equal' ? 1 : (m.population ?? 0) })),
        ).map((a) => ({ name: a.name, amount: a.amount }));
  return { total, state, region, municipalities: { total: municipal, members: shares } };
}
