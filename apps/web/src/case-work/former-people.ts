import type { TParticipantListItem } from '@lots/contracts';

/**
 * One row per person among the closed enrolments the user can see, the latest
 * enrolment first (a person may have been enrolled more than once).
 */
export function formerPeople(items: readonly TParticipantListItem[]): TParticipantListItem[] {
  const latest = new Map<string, TParticipantListItem>();
  for (const item of items) {
    const seen = latest.get(item.participantId);
    if (!seen || (item.closedAt ?? '') > (seen.closedAt ?? ''))
      latest.set(item.participantId, item);
  }
  return [...latest.values()].sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? ''));
}

/** Whether a former participant matches the search: case number, name or birth year. */
export function matchesSearch(item: TParticipantListItem, search: string): boolean {
  const words = search.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  const text = [item.caseNumber, item.name ?? '', String(item.birthYear)]
    .join(' ')
    .toLocaleLowerCase('sv');
  return words.every((w) => text.includes(w));
}
