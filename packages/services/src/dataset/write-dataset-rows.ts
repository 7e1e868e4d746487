import { AppError } from '@lots/core';
import { personKeyOf, type TEvent, type TParticipant } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import type { TLots } from '../runtime.ts';
import { contentRefs } from './canonical.ts';

/*
 * The rows of a participant entry for the dataset writer (write-dataset.ts): made as
 * the entry is read, before the database has given the ids they hang on.
 */

export type TWriter = NonNullable<TRepositories['datasetWriter']>;

/** The database ids of the document's organisation keys. */
type TKeyIds = {
  programmeIds: Map<string, string>;
  specialistIds: Map<string, string>;
  employerIds: Map<string, string>;
};

/** Event fields kept in `event.data`: everything but what has its own column. */
export function eventData(e: TEvent): Record<string, unknown> {
  // Without `delete`, which would leave the object slow to read and to stringify.
  const {
    type: _t,
    date: _d,
    specialist: _s,
    voided: _v,
    employer: _e,
    ...rest
  } = e as TEvent & {
    employer?: unknown;
  };
  return rest;
}

/** What an event's content reference leaves out: who recorded it, and whether it was voided. */
const notFacts: ReadonlySet<string> = new Set(['specialist', 'voided']);

export function mustGet(map: Map<string, string>, key: string): string {
  const v = map.get(key);
  if (v === undefined) throw new AppError('INTERNAL', `unresolved key ${key} after validation`);
  return v;
}

export type TIdentityRow = Parameters<TWriter['upsertIdentities']>[0][number];
export type TIncomeRow = Parameters<TWriter['replaceIncomeSources']>[1][number];
export type TEventRow = Parameters<TWriter['upsertEvents']>[0][number];
export type TFollowUpRow = Parameters<TWriter['upsertFollowUps']>[0][number];

/** An entry's rows that hang on its enrolment, whose id (`enrolment_id`) is filled in later. */
type TEntryRows = {
  p: TParticipant;
  programmeId: string;
  person: string;
  incomes: TIncomeRow[];
  events: TEventRow[];
  followUps: TFollowUpRow[];
};

export type TPreparedChunk = {
  entries: TEntryRows[];
  people: Map<string, { programme_id: string; key: string }>;
  /** Per person: the last entry's identity that has one wins, as when written one by one. */
  identities: Map<string, Omit<TIdentityRow, 'participantId'>>;
};

export const emptyChunk = (): TPreparedChunk => ({
  entries: [],
  people: new Map(),
  identities: new Map(),
});

/** Adds an entry to the chunk: everything of it that needs no id from the database. */
export function prepareEntry(lots: TLots, ctx: TKeyIds, chunk: TPreparedChunk, p: TParticipant) {
  const { people, identities } = chunk;
  const programmeId = mustGet(ctx.programmeIds, p.programme);
  const person = `${programmeId}/${personKeyOf(p)}`;
  people.set(person, { programme_id: programmeId, key: personKeyOf(p) });
  const id = p.identity;
  if (id) {
    identities.set(person, {
      programmeId,
      nameEnc: id.name ? lots.cipher.encrypt(id.name) : null,
      personalNumberEnc: id.personalNumber ? lots.cipher.encrypt(id.personalNumber) : null,
      personalNumberHmac: id.personalNumber ? lots.cipher.lookupHash(id.personalNumber) : null,
      phoneEnc: id.phone ? lots.cipher.encrypt(id.phone) : null,
      emailEnc: id.email ? lots.cipher.encrypt(id.email) : null,
    });
  }
  const enrolmentId = '';
  const incomes: TIncomeRow[] = [];
  const income = (
    phase: 'baseline' | 'exit',
    list: TParticipant['followUps'][number]['incomeSources'],
  ) =>
    (list ?? []).forEach((s, position) =>
      incomes.push({
        programme_id: programmeId,
        enrolment_id: enrolmentId,
        phase,
        position,
        source: s.source,
        monthly: s.monthly ?? null,
        tax: s.tax ?? null,
      }),
    );
  income('baseline', p.baseline?.incomeSources);
  income('exit', p.closure?.exitIncomeSources);

  const specialistId = p.specialist ? mustGet(ctx.specialistIds, p.specialist) : null;
  const refs = contentRefs(p.events, notFacts);
  const events = p.events.map((e, i): TEventRow => ({
    programme_id: programmeId,
    enrolment_id: enrolmentId,
    type: e.type,
    date: e.date,
    specialist_id: e.specialist ? mustGet(ctx.specialistIds, e.specialist) : specialistId,
    employer_id: 'employer' in e && e.employer ? mustGet(ctx.employerIds, e.employer) : null,
    data: eventData(e),
    source_ref: refs[i] ?? '',
    voided_reason: e.voided?.reason ?? null,
  }));
  const followRefs = contentRefs(p.followUps);
  const followUps = p.followUps.map((f, i): TFollowUpRow => ({
    programme_id: programmeId,
    enrolment_id: enrolmentId,
    months: f.months ?? null,
    date: f.date,
    status: f.status,
    income_sources: f.incomeSources ?? null,
    note: f.note ?? null,
    source_ref: followRefs[i] ?? '',
  }));
  chunk.entries.push({ p, programmeId, person, incomes, events, followUps });
}
