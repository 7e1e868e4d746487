import type { TIsoDate } from '../domain/dates.ts';
import type { TPhase } from '../domain/enums.ts';
import { openSpellsOn, spellStartKind } from './spells.ts';
import type { TPathwayEvent } from './types.ts';

/** Phases `derivePhase` can return; `paused` has no event yet, so it is never derived. */
export type TDerivedPhase = Exclude<TPhase, 'paused'>;

/**
 * The phase of an enrolment on `onDate`, derived from its events, never typed by hand
 * (process.md "Phases while enrolled"): an open job → `employed`, else an open study →
 * `studying`, else an open placement → `in_placement`; otherwise `job_search` once
 * the profile is done, which we take to be the first employer contact or any earlier
 * job, study or placement start; before that `profile`.
 *
 * Voided events and events after `onDate` are ignored; starts and ends are paired by
 * `pairSpells`. An end dated `onDate` has already ended the spell on that day.
 */
export function derivePhase(events: readonly TPathwayEvent[], onDate: TIsoDate): TDerivedPhase {
  const open = openSpellsOn(events, onDate);
  if (open.some((s) => s.kind === 'job')) return 'employed';
  if (open.some((s) => s.kind === 'study')) return 'studying';
  if (open.some((s) => s.kind === 'placement')) return 'in_placement';
  const searching = events.some(
    (e) =>
      !e.voided &&
      e.date <= onDate &&
      (e.type === 'employer_contact' || spellStartKind(e.type) !== undefined),
  );
  return searching ? 'job_search' : 'profile';
}
