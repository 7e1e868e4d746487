/**
 * Exact rational arithmetic for money. Amounts and rates arrive as decimal numbers
 * (470.86 kr, 0.33, 1.4); in binary floating point 15 646 × 1.4 is 21 904.399999…
 * and 832 × 470.86 is 391 755.51999…, which a half-up rounding can tip either way.
 * Every value is therefore kept as a fraction of two bigints until the one rounding
 * that the method prescribes (socioeconomics.md, "Formulas"). Fractions stay small:
 * the inputs have few decimals, and discounting over a handful of years is the
 * largest denominator we build.
 */

/** A fraction n/d with d > 0, always reduced. */
export type TExact = { readonly n: bigint; readonly d: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): TExact {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO: TExact = { n: 0n, d: 1n };
export const ONE: TExact = { n: 1n, d: 1n };

/**
 * The exact value of the decimal that a JS number prints as: `exact(470.86)` is
 * 47086/100, not the nearest binary fraction. Non-finite numbers are refused.
 */
export function exact(value: number): TExact {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign, int, frac = '', expText = '0'] = match;
  const exp = Number(expText) - frac.length;
  let n = BigInt(`${int}${frac}`);
  let d = 1n;
  if (exp >= 0) n *= 10n ** BigInt(exp);
  else d = 10n ** BigInt(-exp);
  return make(sign === '-' ? -n : n, d);
}

/** A whole number of kronor (or of anything) as an exact value. */
export function int(value: bigint | number): TExact {
  return typeof value === 'bigint' ? { n: value, d: 1n } : exact(value);
}

export function ratio(numerator: number, denominator: number): TExact {
  return div(exact(numerator), exact(denominator));
}

export function add(...values: TExact[]): TExact {
  return values.reduce((a, b) => make(a.n * b.d + b.n * a.d, a.d * b.d), ZERO);
}

export function sub(a: TExact, b: TExact): TExact {
  return make(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(...values: TExact[]): TExact {
  return values.reduce((a, b) => make(a.n * b.n, a.d * b.d), ONE);
}

export function div(a: TExact, b: TExact): TExact {
  if (b.n === 0n) throw new RangeError('division by zero');
  return make(a.n * b.d, a.d * b.n);
}

export function pow(base: TExact, exponent: number): TExact {
  let result = ONE;
  for (let i = 0; i < exponent; i++) result = mul(result, base);
  return result;
}

export function isZero(value: TExact): boolean {
  return value.n === 0n;
}

export function compare(a: TExact, b: TExact): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/** Whole part towards zero and the remainder, for largest-remainder allocation. */
export function floorParts(value: TExact): { whole: bigint; rest: TExact } {
  let whole = value.n / value.d;
  if (value.n < 0n && whole * value.d !== value.n) whole -= 1n;
  return { whole, rest: sub(value, int(whole)) };
}

/**
 * Rounds to a whole number, half away from zero: the commercial rounding of the
 * seed's tables (832 h × 470.86 = 391 755.52 → 391 756; 15 646 × 1.4 = 21 904.4 →
 * 21 904). A negative half (a tax decrease of −0.5) rounds to −1, symmetrically.
 */
export function roundWhole(value: TExact): number {
  const negative = value.n < 0n;
  const absN = negative ? -value.n : value.n;
  const rounded = (2n * absN + value.d) / (2n * value.d);
  return Number(negative ? -rounded : rounded);
}

/** Rounds to a number of decimals (for displaying rates and multipliers). */
export function toDecimal(value: TExact, decimals: number): number {
  const scale = 10n ** BigInt(decimals);
  return roundWhole(mul(value, int(scale))) / Number(scale);
}
