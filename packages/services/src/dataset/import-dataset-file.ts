import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  AppError,
  checkEnrolmentOverlaps,
  prefixIssues,
  type TEnrolmentSpan,
  type TIssue,
} from '@lots/core';
import {
  ZDataset,
  ZParticipant,
  zodIssuesToIssues,
  type TParticipant,
  type TParticipantInput,
} from '@lots/contracts';
import { systemScope } from '@lots/db';
import type { TLots } from '../runtime.ts';
import { checkParticipant, enrolmentSpan } from './dataset-participant-rules.ts';
import {
  checkHeaderStructure,
  participantReferenceCheck,
  type TReferenceData,
} from './dataset-structure-rules.ts';
import { readDocument } from './document-reader.ts';
import {
  auditImport,
  municipalityCodes,
  refreshStatisticsAfter,
  type TImportResult,
} from './import-dataset.ts';
import {
  writeHeader,
  writeParticipants,
  writtenFirst,
  type TDatasetHeader,
} from './write-dataset.ts';

export { JsonSyntaxError } from './document-reader.ts';

/** Opens the document anew for each pass (a file; standard input is spooled to one first). */
export type TByteSource = () => AsyncIterable<Uint8Array>;

/** A dataset file read as `lots import FILE` reads it, in chunks of 1 MiB. */
export function openDatasetFile(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

const headerKeys = ['associations', 'programmes', 'specialists', 'employers'];

type TStreamChecked =
  | {
      ok: true;
      header: TDatasetHeader;
      caseNumbers: Map<string, Set<string>>;
      /** Per entry: written in the first group (closed, declined, withdrawn). */
      first: boolean[];
      digest: string;
    }
  | { ok: false; issues: TIssue[] };

/** The bytes of one pass, with a digest of them once read to the end. */
function digested(open: TByteSource) {
  const hash = createHash('sha1');
  return {
    bytes: (async function* () {
      for await (const chunk of open()) {
        hash.update(chunk);
        yield chunk;
      }
    })(),
    digest: () => hash.digest('hex'),
  };
}

/**
 * The first pass of a streamed import: the same checks as `validateDataset`, with
 * the same issues in the same order, reading one participant entry at a time.
 * Shape first (zod, every entry), then, when the shape is right, every semantic rule.
 * A document that lists participants before the organisation is read twice.
 */
export async function validateDatasetStream(
  open: TByteSource,
  ref: TReferenceData,
  known?: TDatasetHeader,
): Promise<TStreamChecked> {
  const skeleton: Record<string, unknown> = {};
  const duplicates: TIssue[] = [];
  const shape: TIssue[] = [];
  const references: TIssue[] = [];
  const entries: TIssue[] = [];
  const spans: TEnrolmentSpan[] = [];
  const caseNumbers = new Map<string, Set<string>>();
  const first: boolean[] = [];
  let participantsSeen = false;
  let headerLate = false;
  let check = known ? participantReferenceCheck(known, ref) : undefined;
  const source = digested(open);

  for await (const item of readDocument(source.bytes)) {
    if (item.kind === 'root') {
      const parsed = ZDataset.safeParse(item.value, { reportInput: true });
      return { ok: false, issues: parsed.success ? [] : zodIssuesToIssues(parsed.error) };
    }
    if (item.kind === 'member' || item.kind === 'participants') {
      const key = item.kind === 'member' ? item.key : 'participants';
      if (key in skeleton)
        duplicates.push({ path: [key], message: 'appears more than once in the document' });
      skeleton[key] = item.kind === 'member' ? item.value : [];
      if (participantsSeen && headerKeys.includes(key)) headerLate = true;
      if (item.kind === 'participants') {
        participantsSeen = true;
        if (!check) {
          const header = ZDataset.safeParse(skeleton);
          if (header.success) check = participantReferenceCheck(header.data, ref);
        }
      }
      continue;
    }
    const parsed = ZParticipant.safeParse(item.value, { reportInput: true });
    if (!parsed.success) {
      shape.push(...prefixIssues(['participants', item.index], zodIssuesToIssues(parsed.error)));
      continue;
    }
    const p = parsed.data;
    first[item.index] = writtenFirst(p);
    if (p.caseNumber !== undefined) {
      caseNumbers.set(p.programme, (caseNumbers.get(p.programme) ?? new Set()).add(p.caseNumber));
    }
    // Semantic issues count only when the shape is right everywhere.
    if (shape.length > 0 || !check) continue;
    check(p, item.index, references);
    entries.push(...prefixIssues(['participants', item.index], checkParticipant(p)));
    const span = enrolmentSpan(p, item.index);
    if (span) spans.push(span);
  }

  const top = ZDataset.safeParse(skeleton, { reportInput: true });
  const shapeIssues = top.success ? [] : zodIssuesToIssues(top.error);
  // zod lists the members' issues in the schema's order (participants last), then unknown members.
  const at = shapeIssues.findIndex((i) => i.path.length === 0);
  shapeIssues.splice(at === -1 ? shapeIssues.length : at, 0, ...shape);
  shapeIssues.push(...duplicates);
  if (!top.success || shapeIssues.length > 0) return { ok: false, issues: shapeIssues };

  const { participants: _none, ...parsedHeader } = top.data;
  const only =
    parsedHeader.associations.length === 1 ? parsedHeader.associations[0]?.key : undefined;
  const header: TDatasetHeader = {
    ...parsedHeader,
    employers: parsedHeader.employers.map((e) =>
      e.association === undefined && only !== undefined ? { ...e, association: only } : e,
    ),
  };
  if (headerLate && !known) return validateDatasetStream(open, ref, header);
  const issues = [
    ...checkHeaderStructure(header, ref),
    ...references,
    ...entries,
    ...checkEnrolmentOverlaps(spans),
  ];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, header, caseNumbers, first, digest: source.digest() };
}

/** An entry that passed validation, with zod's defaults (the only change parsing makes). */
function validated(value: unknown): TParticipant {
  const p = value as TParticipantInput;
  return { ...p, events: p.events ?? [], followUps: p.followUps ?? [] };
}

/**
 * `lots import FILE`: the document is never held whole. The first pass validates
 * everything (every error with its JSON path; nothing written on any), the second
 * writes in one transaction, participants a chunk at a time; closed entries first,
 * in a pass of their own when the file does not already list them first. The file
 * must not change in between: each pass checks that it read the same bytes.
 */
export async function importDatasetFile(
  lots: TLots,
  open: TByteSource,
  options: { actor?: string | null; onProgress?: (step: TImportStep) => void } = {},
): Promise<TImportResult> {
  const done = stepTimer(options.onProgress);
  const checked = await validateDatasetStream(open, {
    municipalityCodes: await municipalityCodes(lots),
  });
  if (!checked.ok) return checked;
  done('validated', { entries: checked.first.length });
  const { first } = checked;
  const lastFirst = first.lastIndexOf(true);
  const firstLater = first.indexOf(false);
  const inOrder = lastFirst === -1 || firstLater === -1 || lastFirst < firstLater;
  const passes: ((index: number) => boolean)[] = inOrder
    ? [() => false]
    : [(i) => first[i] !== true, (i) => first[i] === true];

  // On a server: one connection of its own, so that rows can go by COPY (ADR 0007).
  const bulk = { bulk: true };
  const summary = await lots.db.inScope(
    systemScope(options.actor ?? null),
    async (r) => {
      const w = r.datasetWriter;
      if (!w) throw new AppError('INTERNAL', 'import needs the system scope');
      // The programmes' data versions move once, at the end (ADR 0008).
      await r.dataVersions.defer();
      const ctx = await writeHeader(w, checked.header, checked.caseNumbers);
      // Into a database without participant data: indexes and foreign keys afterwards.
      const initialLoad = await w.beginInitialLoad();
      const written: { programme: string; key: string }[] = [];
      for (const skip of passes) {
        const source = digested(open);
        await writeParticipants(lots, w, ctx, entriesOf(source.bytes, skip, written));
        if (source.digest() !== checked.digest) {
          throw new AppError(
            'VALIDATION_FAILED',
            'The file changed while it was being imported; nothing was written.',
          );
        }
      }
      done('written', { entries: written.length, events: ctx.summary.events });
      if (initialLoad) {
        await w.finishInitialLoad();
        done('indexed');
      }
      await r.dataVersions.bump([...ctx.programmeIds.values()]);
      await auditImport(r, written);
      return ctx.summary;
    },
    bulk,
  );
  done('committed');
  if (await refreshStatisticsAfter(lots, summary)) done('statistics');
  return { ok: true, summary };
}

/**
 * A step of `lots import FILE` done, with how long it took (ms since the step before)
 * and what it counted: `validated` (the whole file checked: nothing written yet),
 * `written` (every entry, in the transaction), `indexed` (an initial load on a server:
 * indexes and foreign keys created again, every row checked), `committed`,
 * `statistics` (the planner's statistics refreshed after a bulk write).
 */
export type TImportStep = {
  step: 'validated' | 'written' | 'indexed' | 'committed' | 'statistics';
  ms: number;
  entries?: number;
  events?: number;
};

function stepTimer(onProgress: ((step: TImportStep) => void) | undefined) {
  let since = performance.now();
  return (step: TImportStep['step'], counts: { entries?: number; events?: number } = {}) => {
    const now = performance.now();
    onProgress?.({ step, ms: now - since, ...counts });
    since = now;
  };
}

async function* entriesOf(
  bytes: AsyncIterable<Uint8Array>,
  skip: (index: number) => boolean,
  /** Gets the programme and key of each entry handed on (for the audit log). */
  seen: { programme: string; key: string }[],
): AsyncGenerator<TParticipant> {
  for await (const item of readDocument(bytes, { skipParticipant: skip })) {
    if (item.kind !== 'participant') continue;
    const p = validated(item.value);
    seen.push({ programme: p.programme, key: p.key });
    yield p;
  }
}
