/**
 * A small seeded pseudo-random generator (mulberry32) for the demo data: the same
 * seed gives the same dataset on every machine, and nothing reads Math.random or
 * the clock. Not for anything secret.
 */
export type TRandom = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A sum of money rounded to tens of kronor, in [min, max]. */
  amount(min: number, max: number): number;
};

export function createRandom(seed: number): TRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = entries.at(-1);
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted,
    amount: (min, max) => Math.round(int(min, max) / 10) * 10,
  };
}
