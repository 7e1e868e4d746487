import { setImmediate as ioTurn } from 'node:timers/promises';
import { AppError, defaultCaseNumberPrefix, nextFreeCaseNumber } from '@lots/core';
import type { TDataset, TParticipant } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import {
  emptyChunk,
  mustGet,
  prepareEntry,
  type TEventRow,
  type TFollowUpRow,
  type TIncomeRow,
  type TPreparedChunk,
  type TWriter,
} from './write-dataset-rows.ts';

export { eventData } from './write-dataset-rows.ts';

/*
 * The writing half of `lots import`, after validation: the organisation part of the
 * document row by row (a few hundred rows at most), then the participant entries a
 * chunk at a time, each chunk in a handful of set-based statements (issue 7). All of
 * it runs inside the import's one transaction.
 */

/** Everything of the document but its participant entries. */
export type TDatasetHeader = Omit<TDataset, 'participants'>;

export type TImportSummary = {
  associations: number;
  programmes: number;
  specialists: number;
  employers: number;
  participants: number;
  events: number;
};

/** The database ids of the document's keys, and the case numbers in use. */
export type TWriteContext = {
  header: TDatasetHeader;
  programmeIds: Map<string, string>;
  specialistIds: Map<string, string>;
  employerIds: Map<string, string>;
  /** Case numbers taken per programme key: the document's own, then those made (once one is made). */
  usedCaseNumbers: Map<string, Set<string>> | undefined;
  /** The document's own case numbers, asked for when the first one must be made. */
  documentCaseNumbers: () => Promise<Map<string, Set<string>>>;
  /** `programmeId|PREFIX-YYYY-` whose numbers in the database are in usedCaseNumbers. */
  loadedPrefixes: Set<string>;
  summary: TImportSummary;
};

/** Participants per chunk, and events per chunk: a chunk is written in ~8 statements. */
const CHUNK_PARTICIPANTS = 1000;
const CHUNK_EVENTS = 20_000;
/** Entries prepared between two turns of the event loop (answers from the database). */
const YIELD_EVERY = 10;

/** The status an entry of the document stands for. */
export function statusOf(p: TParticipant): string {
  if (p.closure) return 'closed';
  if (p.enrolledAt) return 'enrolled';
  if (p.declined) return 'declined';
  if (p.withdrawn) return 'withdrawn';
  if (p.queue) return 'waiting';
  return 'referred';
}

/** Closed entries are written first, so a person's closed enrolment comes before their new open one. */
export function writtenFirst(p: Pick<TParticipant, 'closure' | 'declined' | 'withdrawn'>): boolean {
  return p.closure !== undefined || p.declined !== undefined || p.withdrawn !== undefined;
}

/**
 * Associations, programmes (parents first), their definitions, targets and teams,
 * specialists and employers. `caseNumbers` are the case numbers the document gives,
 * per programme key, so that generated ones never take them; asked for only when an
 * entry without one is written (`lots import FILE` knows them once the whole file is
 * checked, which goes on while the rows are written).
 */
export async function writeHeader(
  w: TWriter,
  header: TDatasetHeader,
  caseNumbers: () => Promise<Map<string, Set<string>>>,
): Promise<TWriteContext> {
  const summary: TImportSummary = {
    associations: 0,
    programmes: 0,
    specialists: 0,
    employers: 0,
    participants: 0,
    events: 0,
  };
  const associationIds = new Map<string, string>();
  for (const a of header.associations) {
    const associationId = await w.upsertAssociation({ key: a.key, name: a.name });
    associationIds.set(a.key, associationId);
    for (const d of a.outcomeDefinitions ?? []) {
      await w.upsertOutcomeDefinition({
        associationId,
        programmeId: null,
        key: d.key,
        label: d.label,
        definition: JSON.stringify(d.definition),
      });
    }
    summary.associations++;
  }

  // Parents before children.
  const programmeIds = new Map<string, string>();
  const pending = [...header.programmes];
  while (pending.length > 0) {
    const index = pending.findIndex((p) => p.parent === null || programmeIds.has(p.parent));
    const p = pending.splice(index === -1 ? 0 : index, 1)[0];
    if (!p) break;
    const id = await w.upsertProgramme({
      key: p.key,
      name: p.name,
      associationId: mustGet(associationIds, p.association),
      parentId: p.parent === null ? null : mustGet(programmeIds, p.parent),
      municipalityCode: p.municipality,
      closureAfterDays: p.closureAfterDays,
      minHoursPerWeekForEmployment: p.minHoursPerWeekForEmployment,
      followUpMonths: p.followUpMonths,
      retentionYears: p.retentionYears,
      caseNumberPrefix: p.caseNumberPrefix ?? null,
      priorityRules: JSON.stringify(p.priorityRules ?? []),
    });
    programmeIds.set(p.key, id);
    for (const d of p.outcomeDefinitions ?? []) {
      await w.upsertOutcomeDefinition({
        associationId: mustGet(associationIds, p.association),
        programmeId: id,
        key: d.key,
        label: d.label,
        definition: JSON.stringify(d.definition),
      });
    }
    for (const t of p.targets ?? []) {
      await w.upsertTarget({
        programmeId: id,
        year: t.year,
        enrolments: t.enrolments ?? null,
        rates: JSON.stringify(t.rates ?? {}),
      });
    }
    summary.programmes++;
  }

  const teamIds = new Map<string, string>();
  for (const p of header.programmes) {
    for (const t of p.teams ?? []) {
      const programmeId = mustGet(programmeIds, p.key);
      teamIds.set(
        `${p.key}/${t.key}`,
        await w.upsertTeam({ programmeId, key: t.key, name: t.name }),
      );
    }
  }

  const specialistIds = new Map<string, string>();
  for (const s of header.specialists) {
    specialistIds.set(
      s.key,
      await w.upsertSpecialist({
        programmeId: mustGet(programmeIds, s.programme),
        key: s.key,
        name: s.name,
        fte: s.fte,
        teamId: s.team ? mustGet(teamIds, `${s.programme}/${s.team}`) : null,
      }),
    );
    summary.specialists++;
  }

  const onlyAssociation =
    header.associations.length === 1 ? header.associations[0]?.key : undefined;
  const employerIds = new Map<string, string>();
  for (const e of header.employers) {
    const association = e.association ?? onlyAssociation;
    if (!association) throw new AppError('INTERNAL', `employer ${e.key} has no association`);
    employerIds.set(
      e.key,
      await w.upsertEmployer({
        associationId: mustGet(associationIds, association),
        key: e.key,
        name: e.name,
        orgNumber: e.orgNumber ?? null,
        industry: e.industry ?? null,
        type: e.type ?? null,
      }),
    );
    summary.employers++;
  }
  return {
    header,
    programmeIds,
    specialistIds,
    employerIds,
    usedCaseNumbers: undefined,
    documentCaseNumbers: caseNumbers,
    loadedPrefixes: new Set(),
    summary,
  };
}

/**
 * Writes participant entries in the order given, a chunk at a time. While the
 * database writes one chunk, the next is read, parsed and turned into rows (encrypted
 * identities, content references, event data): only what needs the database's ids
 * waits for it. The statements of the transaction still run one after the other.
 */
export async function writeParticipants(
  lots: TLots,
  w: TWriter,
  ctx: TWriteContext,
  participants: Iterable<TParticipant> | AsyncIterable<TParticipant>,
): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  const write = async (chunk: TPreparedChunk) => {
    await writing;
    writing = writeChunk(w, ctx, chunk);
    // Awaited before the next chunk or at the end; never left unhandled meanwhile.
    writing.catch(() => undefined);
  };
  let chunk = emptyChunk();
  let events = 0;
  for await (const p of participants) {
    // Entry by entry, so that the database's answers for the chunk being written are
    // taken between entries instead of waiting for a whole chunk to be prepared.
    prepareEntry(lots, ctx, chunk, p);
    // A turn of the event loop now and then, even when the entries come from memory.
    if (chunk.entries.length % YIELD_EVERY === 0) await ioTurn();
    events += p.events.length;
    if (chunk.entries.length >= CHUNK_PARTICIPANTS || events >= CHUNK_EVENTS) {
      await write(chunk);
      chunk = emptyChunk();
      events = 0;
    }
  }
  if (chunk.entries.length > 0) await write(chunk);
  await writing;
}

async function writeChunk(w: TWriter, ctx: TWriteContext, chunk: TPreparedChunk): Promise<void> {
  // People, one row each however many entries they have here.
  const participantIds = new Map(
    (await w.upsertParticipants([...chunk.people.values()])).map((r) => [
      `${r.programmeId}/${r.key}`,
      r.id,
    ]),
  );
  await w.upsertIdentities(
    [...chunk.identities].map(([person, i]) => ({
      ...i,
      participantId: mustGet(participantIds, person),
    })),
  );

  // An entry without a case number keeps the one it has, or gets the next free one.
  const existing = new Map(
    (
      await w.existingCaseNumbers(
        chunk.entries
          .filter(({ p }) => p.caseNumber === undefined)
          .map(({ p, programmeId }) => ({ programme_id: programmeId, key: p.key })),
      )
    ).map((r) => [`${r.programmeId}/${r.key}`, r.caseNumber]),
  );
  const enrolments: Parameters<TWriter['upsertEnrolments']>[0][number][] = [];
  for (const { p, programmeId, person } of chunk.entries) {
    const caseNumber =
      p.caseNumber ??
      existing.get(`${programmeId}/${p.key}`) ??
      (await nextCaseNumber(w, ctx, p, programmeId));
    enrolments.push(enrolmentRow(ctx, p, programmeId, mustGet(participantIds, person), caseNumber));
  }
  const written = await w.upsertEnrolments(enrolments);
  const enrolmentIds = new Map(written.map((r) => [`${r.programmeId}/${r.key}`, r.id]));
  // Nothing can hang on an enrolment created just now: its rows need no matching.
  const fresh = written.every((r) => r.inserted);

  const incomes: TIncomeRow[] = [];
  const events: TEventRow[] = [];
  const followUps: TFollowUpRow[] = [];
  for (const entry of chunk.entries) {
    const enrolmentId = mustGet(enrolmentIds, `${entry.programmeId}/${entry.p.key}`);
    for (const row of entry.incomes) incomes.push({ ...row, enrolment_id: enrolmentId });
    for (const row of entry.events) {
      row.enrolment_id = enrolmentId;
      events.push(row);
    }
    for (const row of entry.followUps) followUps.push({ ...row, enrolment_id: enrolmentId });
    ctx.summary.events += entry.p.events.length;
    ctx.summary.participants++;
  }
  await w.replaceIncomeSources(fresh ? [] : [...enrolmentIds.values()], incomes);
  await w.upsertEvents(events, fresh);
  await w.upsertFollowUps(followUps, fresh);
}

function enrolmentRow(
  ctx: TWriteContext,
  p: TParticipant,
  programmeId: string,
  participantId: string,
  caseNumber: string,
): Parameters<TWriter['upsertEnrolments']>[0][number] {
  const b = p.baseline;
  return {
    programme_id: programmeId,
    participant_id: participantId,
    key: p.key,
    case_number: caseNumber,
    status: statusOf(p),
    sex: p.sex,
    birth_year: p.birthYear,
    municipality_code: p.municipality,
    education: p.education,
    referral_date: p.referral.date,
    referral_source: p.referral.source,
    referral_officer: p.referral.officer ?? null,
    referral_organisation: p.referral.organisation ?? null,
    queue_priority: p.queue?.priority ?? null,
    queue_accepted_at: p.queue?.acceptedAt ?? null,
    declined_at: p.declined?.date ?? null,
    declined_reason: p.declined?.reason ?? null,
    withdrawn_at: p.withdrawn?.date ?? null,
    withdrawn_reason: p.withdrawn?.reason ?? null,
    enrolled_at: p.enrolledAt ?? null,
    specialist_id: p.specialist ? mustGet(ctx.specialistIds, p.specialist) : null,
    consent_date: p.consent?.date ?? null,
    consent_participation: p.consent ? p.consent.participation : null,
    consent_hand_back: p.consent?.handBack ?? null,
    consent_survey: p.consent?.survey ?? null,
    consent_withdrawn_at: p.consent?.withdrawnAt ?? null,
    time_on_support: b?.timeOnSupport ?? null,
    housing_support_hours: b?.housingSupportHoursPerWeek ?? null,
    diagnosis_group: b?.diagnosisGroup ?? null,
    goal: b?.goal ?? null,
    network_agencies: b?.networkAgencies ?? null,
    preferences: b?.preferences ?? null,
    closed_at: p.closure?.date ?? null,
    closure_reason: p.closure?.reason ?? null,
    closure_summary: p.closure?.summary ?? null,
    hand_back_to: p.closure?.handBackTo ?? null,
  };
}

/** The lowest free `PREFIX-YYYY-NNN` of the programme, counting the database's numbers once. */
async function nextCaseNumber(
  w: TWriter,
  ctx: TWriteContext,
  p: TParticipant,
  programmeId: string,
): Promise<string> {
  const programme = ctx.header.programmes.find((x) => x.key === p.programme);
  const prefix = programme?.caseNumberPrefix ?? defaultCaseNumberPrefix(programme?.key ?? 'LOTS');
  const year = Number((p.enrolledAt ?? p.referral.date).slice(0, 4));
  ctx.usedCaseNumbers ??= await ctx.documentCaseNumbers();
  const taken = ctx.usedCaseNumbers.get(p.programme) ?? new Set<string>();
  ctx.usedCaseNumbers.set(p.programme, taken);
  const loaded = `${programmeId}|${prefix}-${year}-`;
  if (!ctx.loadedPrefixes.has(loaded)) {
    for (const c of await w.caseNumbersWithPrefix(programmeId, `${prefix}-${year}-`)) taken.add(c);
    ctx.loadedPrefixes.add(loaded);
  }
  const made = nextFreeCaseNumber(prefix, year, taken);
  taken.add(made);
  return made;
}
