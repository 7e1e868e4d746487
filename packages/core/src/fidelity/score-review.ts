import { AppError, type TIssue } from '../errors.ts';
import { addMonths, type TIsoDate } from '../domain/dates.ts';
import { FIDELITY_MAX_TOTAL } from './check-instrument.ts';
import type {
  TFidelityBand,
  TFidelityBandId,
  TFidelityInstrument,
  TFidelityItemId,
} from './types.ts';

/** One reviewer's (or the agreed) scores: item id → 1..5; unscored items are absent. */
export type TFidelityScores = { items: Partial<Record<TFidelityItemId, number>> };

/** Which band label `bandLabel` carries: interchange.md prints the short Swedish one. */
export type TFidelityLabelStyle = 'svShort' | 'sv' | 'en';

export type TFidelityScoreResult = {
  /** Sum of the scored items; the full total only when `missing` is empty. */
  total: number;
  max: typeof FIDELITY_MAX_TOTAL;
  band: TFidelityBandId | null;
  bandLabel: string | null;
  /** Unscored items in the instrument's order. */
  missing: TFidelityItemId[];
};

/** Unknown item ids and scores that are not a whole number 1–5, each with its path. */
export function checkFidelityScores(
  instrument: TFidelityInstrument,
  scores: TFidelityScores,
): TIssue[] {
  const ids = new Set<string>(instrument.items.map((i) => i.id));
  const issues: TIssue[] = [];
  for (const [id, score] of Object.entries(scores.items)) {
    if (!ids.has(id)) {
      issues.push({ path: ['items', id], message: `${id} is not an item of ${instrument.id}` });
    } else if (!Number.isInteger(score) || score < 1 || score > 5) {
      issues.push({ path: ['items', id], message: `must be a whole number from 1 to 5` });
    }
  }
  return issues;
}

export function bandForTotal(
  instrument: TFidelityInstrument,
  total: number,
): TFidelityBand | undefined {
  return instrument.bands.find((b) => total >= b.min && total <= b.max);
}

/**
 * Total and band of a review (fidelity.md "Total and bands"): each item 1–5, total
 * 25–125; a review with any item unscored has no band and names the missing items.
 * Throws VALIDATION_FAILED for unknown items or scores outside 1–5.
 */
export function scoreReview(
  instrument: TFidelityInstrument,
  scores: TFidelityScores,
  options: { labelStyle?: TFidelityLabelStyle } = {},
): TFidelityScoreResult {
  const issues = checkFidelityScores(instrument, scores);
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Fidelity scores are not valid', {
      issues,
      userMessage: 'Varje punkt ska ha en poäng från 1 till 5.',
    });
  }
  let total = 0;
  const missing: TFidelityItemId[] = [];
  for (const item of instrument.items) {
    const score = scores.items[item.id];
    if (score === undefined) missing.push(item.id);
    else total += score;
  }
  const band = missing.length === 0 ? bandForTotal(instrument, total) : undefined;
  const style = options.labelStyle ?? 'svShort';
  return {
    total,
    max: FIDELITY_MAX_TOTAL,
    band: band?.id ?? null,
    bandLabel: band ? band.label[style] : null,
    missing,
  };
}

export type TReviewIntervalRule = {
  /** Totals under this are reviewed again after `shortMonths`. */
  threshold: number;
  shortMonths: number;
  longMonths: number;
};

/** Every 6 months until good fidelity (100), then yearly (fidelity.md "The review"; Wisconsin DHS). */
export const defaultReviewInterval: TReviewIntervalRule = {
  threshold: 100,
  shortMonths: 6,
  longMonths: 12,
};

/**
 * When the next review is due. An incomplete review (total null) gets the short
 * interval: it has not shown good fidelity.
 */
export function nextReviewDue(
  reviewDate: TIsoDate,
  total: number | null,
  rule: TReviewIntervalRule = defaultReviewInterval,
): TIsoDate {
  const good = total !== null && total >= rule.threshold;
  return addMonths(reviewDate, good ? rule.longMonths : rule.shortMonths);
}

export type TReviewerDifference = {
  id: TFidelityItemId;
  first: number | null;
  second: number | null;
  /** |first − second|; null when only one reviewer scored the item. */
  difference: number | null;
};

/**
 * For the consensus step of an external review: the items where two reviewers'
 * scores differ (or only one has scored), in the instrument's order.
 */
export function compareReviewers(
  instrument: TFidelityInstrument,
  first: TFidelityScores,
  second: TFidelityScores,
): TReviewerDifference[] {
  const out: TReviewerDifference[] = [];
  for (const item of instrument.items) {
    const a = first.items[item.id] ?? null;
    const b = second.items[item.id] ?? null;
    if (a === b) continue;
    out.push({
      id: item.id,
      first: a,
      second: b,
      difference: a !== null && b !== null ? Math.abs(a - b) : null,
    });
  }
  return out;
}
