import { addDays, addMonths, type TIsoDate } from '../domain/dates.ts';
import type { TFidelityWindow } from './suggest-types.ts';

export const DEFAULT_FIDELITY_WINDOW_MONTHS = 12;

/**
 * The review window: `months` calendar months up to and including `date`
 * (2018-05-31, 12 months → 2017-06-01 … 2018-05-31; fidelity.md "Exact rules").
 */
export function fidelityWindow(
  date: TIsoDate,
  months = DEFAULT_FIDELITY_WINDOW_MONTHS,
): TFidelityWindow {
  return { from: addDays(addMonths(date, -months), 1), to: date };
}

/** The 12 weeks (84 days) up to and including `date`, for employer-contact frequency. */
export function contactWeeksWindow(date: TIsoDate): TFidelityWindow {
  return { from: addDays(date, -83), to: date };
}

export function inWindow(date: TIsoDate, w: TFidelityWindow): boolean {
  return date >= w.from && date <= w.to;
}

/** Distinct values, sorted, for stable evidence lists. */
export function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
