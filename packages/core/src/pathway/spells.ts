import type { TIsoDate } from '../domain/dates.ts';
import type { TEventType, TSpellKind } from '../domain/enums.ts';
import type { TPathwayEvent } from './types.ts';

/** A job, study or placement from its start event to its end event (or still open). */
export type TSpell = {
  kind: TSpellKind;
  /** Employer key for jobs, study or placement kind otherwise. */
  match: string | null;
  startIndex: number;
  endIndex: number | null;
  start: TIsoDate;
  end: TIsoDate | null;
};

export type TSpellPairing = {
  spells: TSpell[];
  /** Indexes of end events that found no open start. */
  unmatchedEnds: number[];
};

const startTypes: Partial<Record<TEventType, TSpellKind>> = {
  job_start: 'job',
  study_start: 'study',
  placement_start: 'placement',
};
const endTypes: Partial<Record<TEventType, TSpellKind>> = {
  job_end: 'job',
  study_end: 'study',
  placement_end: 'placement',
};

export function spellStartKind(type: TEventType): TSpellKind | undefined {
  return startTypes[type];
}

export function spellEndKind(type: TEventType): TSpellKind | undefined {
  return endTypes[type];
}

function matchKey(kind: TSpellKind, event: TPathwayEvent): string | null {
  const key = kind === 'job' ? event.employer : event.kind;
  return key ?? null;
}

/**
 * Pairs start and end events into spells (process.md "Phases while enrolled").
 * Events are taken in date order, ties in the order given; voided events are
 * ignored, and so are events after `until` when it is given.
 *
 * Pairing rule: an end closes the most recent open start of its type with the same
 * employer (jobs) or kind (study, placement); if there is none, or the end names no
 * employer, the most recent open start of its type. This lets a person hold two
 * jobs at once and still end the right one.
 */
export function pairSpells(events: readonly TPathwayEvent[], until?: TIsoDate): TSpellPairing {
  const order = events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => !event.voided && (until === undefined || event.date <= until))
    .sort((a, b) =>
      a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index,
    );

  const spells: TSpell[] = [];
  const unmatchedEnds: number[] = [];
  for (const { event, index } of order) {
    const startKind = spellStartKind(event.type);
    if (startKind) {
      spells.push({
        kind: startKind,
        match: matchKey(startKind, event),
        startIndex: index,
        endIndex: null,
        start: event.date,
        end: null,
      });
      continue;
    }
    const endKind = spellEndKind(event.type);
    if (!endKind) continue;
    const open = spells.filter((s) => s.kind === endKind && s.endIndex === null);
    const key = matchKey(endKind, event);
    const sameKey = key === null ? [] : open.filter((s) => s.match === key);
    const spell = (sameKey.length > 0 ? sameKey : open).at(-1);
    if (spell) {
      spell.endIndex = index;
      spell.end = event.date;
    } else {
      unmatchedEnds.push(index);
    }
  }
  return { spells, unmatchedEnds };
}

/** Spells still open on `onDate` (started on or before it, not ended on or before it). */
export function openSpellsOn(events: readonly TPathwayEvent[], onDate: TIsoDate): TSpell[] {
  return pairSpells(events, onDate).spells.filter((s) => s.endIndex === null);
}
