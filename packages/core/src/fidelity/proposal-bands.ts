/*
 * The band tables of fidelity.md "Exact rules for the proposals" and "Items and
 * identifiers", as pure functions of the already rounded value. Rounding is half up
 * in integer arithmetic so that 21.25 → 21 and 84.5 % → 85 % never depend on
 * floating-point error.
 */

/** numerator ÷ denominator rounded half up to a whole number (non-negative integers). */
export function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** numerator ÷ denominator as a percentage rounded half up (non-negative integers). */
export function percentHalfUp(numerator: number, denominator: number): number {
  return divideHalfUp(100 * numerator, denominator);
}

/** numerator ÷ denominator to one decimal, half up (non-negative integers). */
export function oneDecimalHalfUp(numerator: number, denominator: number): number {
  return divideHalfUp(10 * numerator, denominator) / 10;
}

/** Item 1, participants per full-time specialist: ≤20 → 5, 21–25 → 4, 26–30 → 3, 31–40 → 2, ≥41 → 1. */
export function caseloadSizeScore(perFte: number): number {
  if (perFte <= 20) return 5;
  if (perFte <= 25) return 4;
  if (perFte <= 30) return 3;
  if (perFte <= 40) return 2;
  return 1;
}

/** Item 15, mean days to the first face-to-face employer contact: ≤30 → 5, 31–60 → 4, 61–150 → 3, 151–270 → 2, ≥271 → 1. */
export function rapidJobSearchScore(meanDays: number): number {
  if (meanDays <= 30) return 5;
  if (meanDays <= 60) return 4;
  if (meanDays <= 150) return 3;
  if (meanDays <= 270) return 2;
  return 1;
}

/** Item 17, face-to-face employer contacts per specialist per week: ≥6 → 5, ≥5 → 4, ≥4 → 3, ≥2 → 2, else 1. */
export function employerContactFrequencyScore(perWeek: number): number {
  if (perWeek >= 6) return 5;
  if (perWeek >= 5) return 4;
  if (perWeek >= 4) return 3;
  if (perWeek >= 2) return 2;
  return 1;
}

/** Items 19 and 20, share of jobs that differ (percent): ≥85 → 5, ≥70 → 4, ≥60 → 3, ≥50 → 2, else 1. */
export function diversityScore(pct: number): number {
  if (pct >= 85) return 5;
  if (pct >= 70) return 4;
  if (pct >= 60) return 3;
  if (pct >= 50) return 2;
  return 1;
}

/**
 * Item 21, competitive jobs (percent): ≥95 → 5, ≥85 → 4, ≥75 → 3, ≥65 → 2, else 1.
 * The printed scale says "less than 64 %" for 1, leaving 64.x % unassigned; below
 * 65 % is 1 (fidelity.md "Edge rules", fidelity-items.md SV10).
 */
export function competitiveJobsScore(pct: number): number {
  if (pct >= 95) return 5;
  if (pct >= 85) return 4;
  if (pct >= 75) return 3;
  if (pct >= 65) return 2;
  return 1;
}

/**
 * Item 24, share of scheduled hours in the community (percent): ≥65 → 5, 50–64 → 4,
 * 40–49 → 3, 30–39 → 2, <30 → 1. The printed anchors overlap at exactly 30 %, which
 * is 2 (fidelity.md "Edge rules"). Fed by `proposeCommunityBasedServices`.
 */
export function communityBasedServicesScore(pct: number): number {
  if (pct >= 65) return 5;
  if (pct >= 50) return 4;
  if (pct >= 40) return 3;
  if (pct >= 30) return 2;
  return 1;
}
