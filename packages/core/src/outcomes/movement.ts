import type { TIncomeSource } from '../domain/enums.ts';
import { pairSpells } from '../pathway/spells.ts';
import { qualifies, selfSupportIncomeSources, selfSupportingAt } from './definitions.ts';
import { isClosedInPeriod } from './denominators.ts';
import { rateOf } from './outcome-report.ts';
import {
  activityLevels,
  type TActivityLevel,
  type TOutcomeEnrolment,
  type TPeriod,
} from './types.ts';

const levelRank = (level: TActivityLevel): number => activityLevels.indexOf(level);

function higher(a: TActivityLevel, b: TActivityLevel): TActivityLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/**
 * Activity at baseline: the recorded `baselineActivity`, else derived from the
 * baseline income: salary → `employment` (whether it was competitive is not
 * recorded at baseline), study allowance → `studies`, otherwise `none`. An
 * approximation where the baseline profile has no activity field (process.md
 * "Baseline profile").
 */
export function baselineActivity(enrolment: TOutcomeEnrolment): TActivityLevel {
  if (enrolment.baselineActivity) return enrolment.baselineActivity;
  const sources = enrolment.baselineIncomeSources ?? [];
  if (sources.includes('salary')) return 'employment';
  if (sources.includes('study_allowance')) return 'studies';
  return 'none';
}

/**
 * Activity at exit (process.md "Closure": status at exit = the open job / study /
 * placement on the closure date), on the scale of outcomes.md "Movement from
 * baseline". A spell that ends on the closure date was still held that day and
 * counts. A job under the programme's minimum hours counts as `occupation`, like in
 * the outcome definitions. Null for an open enrolment.
 */
export function exitActivity(
  enrolment: TOutcomeEnrolment,
  minHoursPerWeekForEmployment = 0,
): TActivityLevel | null {
  const closedAt = enrolment.closedAt;
  if (!closedAt) return null;
  const { spells } = pairSpells(enrolment.events, closedAt);
  let level: TActivityLevel = 'none';
  for (const spell of spells) {
    if (spell.end !== null && spell.end < closedAt) continue;
    const start = enrolment.events[spell.startIndex];
    if (!start) continue;
    if (spell.kind === 'placement') level = higher(level, 'occupation');
    else if (spell.kind === 'study') level = higher(level, 'studies');
    else {
      const competitive = qualifies(
        { id: 'c', label: '', jobs: { competitiveOnly: true, subsidyAllowed: false } },
        start,
        minHoursPerWeekForEmployment,
      );
      const employed = qualifies(
        { id: 'e', label: '', jobs: {} },
        start,
        minHoursPerWeekForEmployment,
      );
      level = higher(
        level,
        competitive ? 'competitive_employment' : employed ? 'employment' : 'occupation',
      );
    }
  }
  return level;
}

/** The movement report (outcomes.md "Movement from baseline"; Standard report 3). */
export type TMovementSummary = {
  /** Enrolments closed in the period: those that have an exit. */
  closed: number;
  movedUp: TMovementCount;
  stayed: TMovementCount;
  movedDown: TMovementCount;
  /** Baseline × exit matrix: `matrix[baseline][exit]` = count (Standard report 3). */
  matrix: Record<TActivityLevel, Record<TActivityLevel, number>>;
  /**
   * "Self-support at exit among those who were not self-supporting at baseline"
   * (Helsingborg's 35/60 was distorted by the 31 who already had salary or long-term
   * compensation at enrolment). Enrolments with unknown baseline or exit income are
   * left out of `denominator` and counted in `unknown`.
   */
  selfSupportFromDependence: {
    count: number;
    denominator: number;
    rate: number | null;
    unknown: number;
  };
};

/** A count and its share of the closed enrolments. */
export type TMovementCount = { count: number; rate: number | null };

/** Period, programme minimum hours, and the income that counts as self-support. */
export type TMovementOptions = {
  period: TPeriod;
  minHoursPerWeekForEmployment?: number;
  /** Income that counts as self-support; default the standard `self_support` list. */
  selfSupportIncome?: readonly TIncomeSource[];
};

function emptyMatrix(): Record<TActivityLevel, Record<TActivityLevel, number>> {
  const row = (): Record<TActivityLevel, number> =>
    Object.fromEntries(activityLevels.map((l) => [l, 0])) as Record<TActivityLevel, number>;
  return Object.fromEntries(activityLevels.map((l) => [l, row()])) as Record<
    TActivityLevel,
    Record<TActivityLevel, number>
  >;
}

/**
 * Movement from baseline (förflyttning, outcomes.md "Movement from baseline") for
 * the enrolments closed in the period: shares that moved up, stayed, moved down on
 * the ordered scale, and self-support at exit among those dependent at baseline.
 */
export function movementFromBaseline(
  enrolments: readonly TOutcomeEnrolment[],
  options: TMovementOptions,
): TMovementSummary {
  const closed = enrolments.filter((e) => isClosedInPeriod(e, options.period));
  const matrix = emptyMatrix();
  let up = 0;
  let down = 0;
  let same = 0;
  const allowed = options.selfSupportIncome ?? selfSupportIncomeSources;
  let dependent = 0;
  let becameSelfSupporting = 0;
  let unknown = 0;
  for (const e of closed) {
    const from = baselineActivity(e);
    const to = exitActivity(e, options.minHoursPerWeekForEmployment ?? 0) ?? 'none';
    matrix[from][to] += 1;
    const diff = levelRank(to) - levelRank(from);
    if (diff > 0) up += 1;
    else if (diff < 0) down += 1;
    else same += 1;

    const atStart = selfSupportingAt(e.baselineIncomeSources, allowed);
    if (atStart === true) continue;
    const atExit = selfSupportingAt(e.exitIncomeSources, allowed);
    if (atStart === null || atExit === null) {
      unknown += 1;
      continue;
    }
    dependent += 1;
    if (atExit) becameSelfSupporting += 1;
  }
  const n = closed.length;
  return {
    closed: n,
    movedUp: { count: up, rate: rateOf(up, n) },
    stayed: { count: same, rate: rateOf(same, n) },
    movedDown: { count: down, rate: rateOf(down, n) },
    matrix,
    selfSupportFromDependence: {
      count: becameSelfSupporting,
      denominator: dependent,
      rate: rateOf(becameSelfSupporting, dependent),
      unknown,
    },
  };
}
