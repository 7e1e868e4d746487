import { daysBetween, maxDate, type TIsoDate } from '../domain/dates.ts';
import { openSpellsOn } from '../pathway/spells.ts';
import type { TPathwayEvent } from '../pathway/types.ts';

/** A job or study that has lasted long enough for Lots to propose closing the enrolment. */
export type TClosureProposal = {
  /** True once the activity has lasted `closureAfterDays`; false while it is still counting. */
  proposed: boolean;
  reason: 'employment' | 'studies';
  /** Start of the job or study: the outcome counts from this date, not from the closure. */
  since: TIsoDate;
  /** Days the activity has lasted on `today`. */
  days: number;
};

/**
 * The two-month rule (Hudiksvall, seed 001; process.md "Closure"): a participant who
 * starts a job or studies is closed about two months later. Lots proposes the closure
 * when an open job or study has lasted `closureAfterDays` (per programme, default 60)
 * and never closes by itself.
 *
 * Returns the open job or study that is (or will first be) due, or null when nothing
 * is open on `today`. A job wins over a study when both are due, because employment
 * is the stronger outcome; among several, the longest-running one counts. A start
 * dated before `enrolledAt` (cannot happen in valid data) counts from `enrolledAt`.
 */
export function proposeClosure(
  events: readonly TPathwayEvent[],
  enrolledAt: TIsoDate,
  closureAfterDays: number,
  today: TIsoDate,
): TClosureProposal | null {
  const candidates = openSpellsOn(events, today)
    .filter((s) => s.kind === 'job' || s.kind === 'study')
    .map((s): TClosureProposal => {
      const since = maxDate(s.start, enrolledAt);
      const days = daysBetween(since, today);
      return {
        proposed: days >= closureAfterDays,
        reason: s.kind === 'job' ? 'employment' : 'studies',
        since,
        days,
      };
    })
    .sort(
      (a, b) =>
        Number(b.proposed) - Number(a.proposed) ||
        (a.reason === b.reason ? 0 : a.reason === 'employment' ? -1 : 1) ||
        b.days - a.days,
    );
  return candidates[0] ?? null;
}
