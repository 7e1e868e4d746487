import type { TIssue } from '../errors.ts';
import { fidelityItemIds } from './types.ts';

export const FIDELITY_MIN_TOTAL = 25;
export const FIDELITY_MAX_TOTAL = 125;

type TInstrumentShape = {
  items: readonly { id: string; number: number; anchors: readonly unknown[] }[];
  bands: readonly { id: string; min: number; max: number }[];
};

/**
 * The rules a loaded instrument definition must meet beyond its shape: exactly the
 * 25 item ids of fidelity.md, each once, numbered 1–25, five anchors each, and bands
 * that cover totals 25–125 without gaps or overlaps (fidelity-items.md §2.1).
 */
export function checkFidelityInstrument(instrument: TInstrumentShape): TIssue[] {
  const issues: TIssue[] = [];
  const known = new Set<string>(fidelityItemIds);
  const seen = new Map<string, number>();
  const numbers = new Set<number>();
  instrument.items.forEach((item, i) => {
    if (!known.has(item.id)) {
      issues.push({ path: ['items', i, 'id'], message: `${item.id} is not an IPS-25 item id` });
    } else if (seen.has(item.id)) {
      issues.push({
        path: ['items', i, 'id'],
        message: `${item.id} appears twice (also items[${seen.get(item.id)}])`,
      });
    }
    seen.set(item.id, seen.get(item.id) ?? i);
    if (numbers.has(item.number)) {
      issues.push({ path: ['items', i, 'number'], message: `number ${item.number} is used twice` });
    }
    numbers.add(item.number);
    if (item.anchors.length !== 5) {
      issues.push({
        path: ['items', i, 'anchors'],
        message: 'must have exactly 5 anchors, for scores 1 to 5',
      });
    }
  });
  const missing = fidelityItemIds.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    issues.push({ path: ['items'], message: `missing item(s): ${missing.join(', ')}` });
  }

  const bandIds = new Set<string>();
  instrument.bands.forEach((band, i) => {
    if (bandIds.has(band.id)) {
      issues.push({ path: ['bands', i, 'id'], message: `band ${band.id} appears twice` });
    }
    bandIds.add(band.id);
    if (band.min > band.max) {
      issues.push({ path: ['bands', i, 'min'], message: `must not be above max ${band.max}` });
    }
  });
  const sorted = [...instrument.bands].sort((a, b) => a.min - b.min);
  let next = FIDELITY_MIN_TOTAL;
  for (const band of sorted) {
    if (band.min > next) {
      issues.push({ path: ['bands'], message: `totals ${next}–${band.min - 1} have no band` });
    } else if (band.min < next) {
      issues.push({
        path: ['bands'],
        message:
          band.min < FIDELITY_MIN_TOTAL
            ? `band ${band.id} starts below ${FIDELITY_MIN_TOTAL}`
            : `band ${band.id} overlaps totals ${band.min}–${Math.min(band.max, next - 1)}`,
      });
    }
    next = Math.max(next, band.max + 1);
  }
  if (next <= FIDELITY_MAX_TOTAL) {
    issues.push({ path: ['bands'], message: `totals ${next}–${FIDELITY_MAX_TOTAL} have no band` });
  } else if (next > FIDELITY_MAX_TOTAL + 1) {
    issues.push({ path: ['bands'], message: `bands go above ${FIDELITY_MAX_TOTAL}` });
  }
  return issues;
}
