import { AppError } from '../errors.ts';
import type { TIssue } from '../errors.ts';
import {
  add,
  compare,
  div,
  exact,
  floorParts,
  int,
  mul,
  toDecimal,
  ZERO,
} from '../socioeconomics/exact.ts';
import type { TExact } from '../socioeconomics/exact.ts';

export type TAllocationKeyItem = { name: string; weight: number };

export type TAllocation = {
  name: string;
  weight: number;
  /** The exact share total × weight / Σ weights, to 2 decimals for display. */
  quota: number;
  /** Whole kronor; the amounts sum exactly to the total. */
  amount: number;
};

/** Issues with a total and a key, paths relative to the caller's document. */
export function checkAllocationKey(total: number, key: readonly TAllocationKeyItem[]): TIssue[] {
  const issues: TIssue[] = [];
  if (!Number.isSafeInteger(total) || total < 0)
    issues.push({ path: ['total'], message: 'must be a whole number of kronor, 0 or more' });
  if (key.length === 0) issues.push({ path: ['key'], message: 'must name at least one recipient' });
  const seen = new Set<string>();
  key.forEach((item, i) => {
    if (!Number.isFinite(item.weight) || item.weight < 0)
      issues.push({ path: ['key', i, 'weight'], message: 'must be a number, 0 or more' });
    if (seen.has(item.name))
      issues.push({ path: ['key', i, 'name'], message: `repeats "${item.name}"` });
    seen.add(item.name);
  });
  if (key.length > 0 && issues.length === 0 && key.every((item) => item.weight === 0))
    issues.push({ path: ['key'], message: 'needs at least one weight above 0' });
  return issues;
}

/**
 * Largest-remainder (Hamilton) split of whole kronor: each recipient gets the whole
 * part of its exact quota, and the kronor left over go one each to the largest
 * remainders, ties to the earlier recipient in the key. The amounts sum exactly to
 * the total and each lies within 1 kr of its quota (funding.md "What Lots keeps"; MIA's
 * shared ESF budget divided by participant targets, seed 004 l.36 and l.272).
 * Throws VALIDATION_FAILED with every issue for a bad total or key.
 */
export function allocateByKey(total: number, key: readonly TAllocationKeyItem[]): TAllocation[] {
  const issues = checkAllocationKey(total, key);
  if (issues.length > 0)
    throw new AppError('VALIDATION_FAILED', 'Invalid allocation key', {
      issues,
      userMessage: 'Fördelningsnyckeln är ogiltig: se de markerade fälten.',
    });
  const weights = key.map((item) => exact(item.weight));
  const sum = add(...weights);
  const quotas: TExact[] = weights.map((w) => div(mul(int(total), w), sum));
  const parts = quotas.map((q) => floorParts(q));
  let left = BigInt(total) - parts.reduce((s, p) => s + p.whole, 0n);
  const order = parts
    .map((p, i) => ({ i, rest: p.rest }))
    .sort((a, b) => compare(b.rest, a.rest) || a.i - b.i);
  const bonus = new Set<number>();
  for (const { i } of order) {
    if (left === 0n) break;
    bonus.add(i);
    left -= 1n;
  }
  return key.map((item, i) => ({
    name: item.name,
    weight: item.weight,
    quota: toDecimal(quotas[i] ?? ZERO, 2),
    amount: Number(parts[i]?.whole ?? 0n) + (bonus.has(i) ? 1 : 0),
  }));
}
