import type { TIssue } from '../errors.ts';
import type { TIsoDate } from '../domain/dates.ts';
import { checkEventDates, checkEventValues, checkSpellOrder } from '../pathway/rules.ts';
import { pairSpells } from '../pathway/spells.ts';
import type { TPathwayEvent } from '../pathway/types.ts';

/** Why a new event is refused, so callers can word the message for their users. */
export type TEventIssue = TIssue & {
  rule:
    | 'before_enrolment'
    | 'after_closure'
    | 'end_before_start'
    | 'end_without_start'
    | 'orphans_later_end'
    | 'value';
};

/**
 * The rules of process.md ("Rules that must give a clear error") for one event added
 * to an enrolment that already has `existing` events: dated within [enrolledAt,
 * closedAt]; an end not before its start and not without an open start; extent
 * 1–100 %, no negative amounts or hours; and the new event may not take the start
 * that a later end of the same activity pairs with. Paths are relative to the new
 * event (`['date']`, `['extentPct']`).
 */
export function checkNewEvent(
  enrolment: { enrolledAt: TIsoDate; closedAt: TIsoDate | null },
  existing: readonly TPathwayEvent[],
  candidate: TPathwayEvent,
): TEventIssue[] {
  const issues: TEventIssue[] = [];
  for (const issue of checkEventDates({
    enrolledAt: enrolment.enrolledAt,
    closure: enrolment.closedAt ? { date: enrolment.closedAt } : null,
    events: [candidate],
  })) {
    issues.push({
      path: ['date'],
      message: issue.message,
      rule: candidate.date < enrolment.enrolledAt ? 'before_enrolment' : 'after_closure',
    });
  }
  for (const issue of checkEventValues(candidate)) issues.push({ ...issue, rule: 'value' });

  const all = [...existing, candidate];
  const newIndex = all.length - 1;
  const before = new Set(pairSpells(existing).unmatchedEnds);
  for (const issue of checkSpellOrder(all)) {
    const index = issue.path[1];
    if (index === newIndex) {
      issues.push({
        path: issue.path.length > 2 ? ['date'] : ['type'],
        message: issue.message,
        rule: issue.path.length > 2 ? 'end_before_start' : 'end_without_start',
      });
    } else if (typeof index === 'number' && !before.has(index)) {
      const orphan = all[index];
      issues.push({
        path: ['date'],
        message: `would leave the ${orphan?.type ?? 'end'} of ${orphan?.date ?? '?'} without a start`,
        rule: 'orphans_later_end',
      });
    }
  }
  return issues;
}

/**
 * Voiding the start of a job, study or placement whose end is recorded would leave
 * that end without a start: refuse, naming the end, so the user voids it first.
 * Returns the ends that would be orphaned.
 */
export function endsOrphanedByVoiding(
  events: readonly TPathwayEvent[],
  voidIndex: number,
): TPathwayEvent[] {
  const before = new Set(pairSpells(events).unmatchedEnds);
  const after = events.map((e, i) => (i === voidIndex ? { ...e, voided: { reason: 'x' } } : e));
  return pairSpells(after)
    .unmatchedEnds.filter((i) => !before.has(i))
    .map((i) => events[i])
    .filter((e): e is TPathwayEvent => e !== undefined);
}
