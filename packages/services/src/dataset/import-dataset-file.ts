import { createReadStream } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { AppError, type TIssue } from '@lots/core';
import { ZDataset, type TParticipant, type TParticipantInput } from '@lots/contracts';
import { systemScope } from '@lots/db';
import type { TLots } from '../runtime.ts';
import { readDocument, type TDocumentItem } from './document-reader.ts';
import {
  auditImport,
  municipalityCodes,
  refreshStatisticsAfter,
  type TImportResult,
} from './import-dataset.ts';
import {
  datasetHeader,
  digested,
  type TByteSource,
  validateDatasetStream,
  type TStreamChecked,
} from './validate-dataset-stream.ts';
import { validateInWorker } from './validate-in-worker.ts';
import {
  writeHeader,
  writeParticipants,
  writtenFirst,
  type TDatasetHeader,
} from './write-dataset.ts';

export { JsonSyntaxError } from './document-reader.ts';
export type { TByteSource } from './validate-dataset-stream.ts';

/** A dataset file read as `lots import FILE` reads it, in chunks of 1 MiB. */
export function openDatasetFile(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

/** An entry as written, with zod's defaults (the only change parsing makes). */
function validated(value: unknown): TParticipant {
  const p = value as TParticipantInput;
  return { ...p, events: p.events ?? [], followUps: p.followUps ?? [] };
}

/** Files smaller than this are checked in the import's own thread, before writing. */
const CHECK_IN_THREAD_BYTES = 4 << 20;

/** The checking pass found errors: the transaction rolls back and they are the answer. */
class Invalid extends Error {
  constructor(readonly issues: TIssue[]) {
    super('the dataset has errors');
  }
}

/** The organisation part does not come before the entries: checked first, then written. */
class CheckFirst extends Error {}

/** The outcome of the checking pass, now or later. */
type TChecking = {
  result: Promise<TStreamChecked>;
  /** The outcome if the pass has ended. */
  settled: () => TStreamChecked | undefined;
};

/**
 * `lots import FILE`: the document is never held whole, and nothing of it is committed
 * unless all of it is right. Two things run at once (issue 7): the checking pass, in a
 * worker thread, reads the whole file and finds every error with its JSON path; the
 * main thread writes the rows in one transaction, participants a chunk at a time,
 * closed entries first (a pass of their own), then the rest. The transaction commits
 * only once the checking pass has found no error, and is rolled back otherwise: the
 * answer is then the errors, exactly as if nothing had been written. The file must not
 * change meanwhile: every pass checks that it read the same bytes.
 */
export async function importDatasetFile(
  lots: TLots,
  open: TByteSource,
  options: {
    actor?: string | null;
    onProgress?: (step: TImportStep) => void;
    /** The file's size in bytes, when known: a small file is checked before writing, in this thread. */
    size?: number;
  } = {},
): Promise<TImportResult> {
  const done = stepTimer(options.onProgress);
  const actor = options.actor ?? null;
  const ref = { municipalityCodes: await municipalityCodes(lots) };
  if (options.size !== undefined && options.size < CHECK_IN_THREAD_BYTES) {
    // A worker thread takes longer to start (about 0.4 s) than such a file to check.
    const checked = await validateDatasetStream(open, ref);
    if (!checked.ok) return checked;
    done('validated', { entries: checked.first.length });
    const known = { result: Promise.resolve(checked), settled: () => checked };
    return await writeDocument(lots, open, known, checked.header, actor, done);
  }
  const validation = validateInWorker(open, ref);
  // Reported when it ends, while the rows are being written.
  validation.result.then(
    (checked) => checked.ok && done('validated', { entries: checked.first.length }),
    () => undefined,
  );
  try {
    return await writeDocument(lots, open, validation, undefined, actor, done);
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, issues: error.issues };
    // Whatever the writing met, a document with errors is answered with them
    // (and one that is not JSON with where it is not).
    const checked = await validation.result;
    if (!checked.ok) return checked;
    if (error instanceof CheckFirst) {
      return await writeDocument(lots, open, validation, checked.header, actor, done);
    }
    throw error;
  } finally {
    await validation.stop();
  }
}

/**
 * Reads the document's top-level members up to its participant entries; returns them
 * as the organisation part if they make one (else undefined).
 */
async function headerBeforeEntries(
  items: AsyncIterator<TDocumentItem>,
): Promise<TDatasetHeader | undefined> {
  const skeleton: Record<string, unknown> = {};
  for (;;) {
    const next = await items.next();
    if (next.done || next.value.kind === 'root' || next.value.kind === 'participant') {
      return undefined;
    }
    const item = next.value;
    if (item.kind === 'member') {
      skeleton[item.key] = item.value;
      continue;
    }
    const parsed = ZDataset.safeParse({ ...skeleton, participants: [] });
    return parsed.success ? datasetHeader(parsed.data) : undefined;
  }
}

/**
 * Writes the document in the import's one transaction. `header`: the organisation part
 * as checked; when not given, read from the document before its entries (CheckFirst
 * when it is not there). Commits only when the checking pass found no error.
 */
async function writeDocument(
  lots: TLots,
  open: TByteSource,
  checking: TChecking,
  header: TDatasetHeader | undefined,
  actor: string | null,
  done: ReturnType<typeof stepTimer>,
): Promise<TImportResult> {
  /** The checking pass's outcome when it found no error. */
  const checked = async () => {
    const c = await checking.result;
    if (!c.ok) throw new Invalid(c.issues);
    return c;
  };

  // On a server: one connection of its own, so that rows can go by COPY (ADR 0007).
  const bulk = { bulk: true };
  const summary = await lots.db.inScope(
    systemScope(actor),
    async (r) => {
      const w = r.datasetWriter;
      if (!w) throw new AppError('INTERNAL', 'import needs the system scope');
      // The programmes' data versions move once, at the end (ADR 0008).
      await r.dataVersions.defer();

      // The first pass: the organisation part, then the entries written first (closed,
      // declined, withdrawn); it notes which entries the second pass writes.
      const first = digested(open);
      const later: boolean[] = [];
      // Once the checking pass has told which entries are written first, the others
      // are only scanned past here, not parsed.
      const skipParticipant = (index: number) => {
        const c = checking.settled();
        const skip = c?.ok === true && c.first[index] !== true;
        if (skip) later[index] = true;
        return skip;
      };
      const items = readDocument(first.bytes, { skipParticipant })[Symbol.asyncIterator]();
      const found = await headerBeforeEntries(items);
      const organisation = header ?? found;
      if (!organisation) throw new CheckFirst();
      /** Written from the document's own organisation part, which the checked one is not. */
      const misread = async () =>
        header === undefined && !isDeepStrictEqual((await checked()).header, organisation);
      const ctx = await writeHeader(w, organisation, async () => (await checked()).caseNumbers);
      // Into a database without participant data: indexes and foreign keys afterwards.
      const initialLoad = await w.beginInitialLoad();
      const written: { programme: string; key: string }[] = [];
      try {
        const rest = { [Symbol.asyncIterator]: () => items };
        await writeParticipants(lots, w, ctx, firstEntries(rest, later, written));
        const passes = [first];
        if (later.includes(true)) {
          const second = digested(open);
          passes.push(second);
          await writeParticipants(
            lots,
            w,
            ctx,
            entriesOf(second.bytes, (i) => later[i] !== true, written),
          );
        }
        const { digest } = await checked();
        if (passes.some((pass) => pass.digest() !== digest)) {
          throw new AppError(
            'VALIDATION_FAILED',
            'The file changed while it was being imported; nothing was written.',
          );
        }
      } catch (error) {
        // E.g. members of the organisation part after the entries: written again as checked.
        if (!(error instanceof Invalid) && (await misread().catch(() => false))) {
          throw new CheckFirst();
        }
        throw error;
      }
      if (await misread()) throw new CheckFirst();
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
 * The first pass's entries: those written first, in the order of the document; every
 * other entry is parsed only to be noted in `later` (written by the second pass).
 */
async function* firstEntries(
  items: AsyncIterable<TDocumentItem>,
  later: boolean[],
  seen: { programme: string; key: string }[],
): AsyncGenerator<TParticipant> {
  // Read to the end (members after the entries too): the pass's digest covers every byte.
  for await (const item of items) {
    if (item.kind !== 'participant') continue;
    const p = validated(item.value);
    if (!writtenFirst(p)) {
      later[item.index] = true;
      continue;
    }
    seen.push({ programme: p.programme, key: p.key });
    yield p;
  }
}

/**
 * A step of `lots import FILE` done, with how long it took (ms since the step before)
 * and what it counted: `validated` (the whole file checked, no error found; the rows
 * are written meanwhile, so this comes while writing goes on), `written` (every entry,
 * in the transaction), `indexed` (an initial load on a server: indexes and foreign keys
 * created again, every row checked), `committed`, `statistics` (the planner's
 * statistics refreshed after a bulk write).
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
