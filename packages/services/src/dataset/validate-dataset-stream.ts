import { createHash } from 'node:crypto';
import { checkEnrolmentOverlaps, prefixIssues, type TEnrolmentSpan, type TIssue } from '@lots/core';
import { ZDataset, ZParticipant, zodIssuesToIssues, type TDataset } from '@lots/contracts';
import { checkParticipant, enrolmentSpan } from './dataset-participant-rules.ts';
import {
  checkHeaderStructure,
  participantReferenceCheck,
  type TReferenceData,
} from './dataset-structure-rules.ts';
import { readDocument } from './document-reader.ts';
import { writtenFirst, type TDatasetHeader } from './write-dataset.ts';

/*
 * The checking pass of `lots import FILE` (issue 7): every rule of `validateDataset`,
 * reading the document one participant entry at a time. It needs no database (the
 * reference data is given), so it runs in a worker thread of its own while the rows
 * are written (validate-dataset-worker.ts).
 */

/** Opens the document anew for each pass (a file; standard input is spooled to one first). */
export type TByteSource = () => AsyncIterable<Uint8Array>;

const headerKeys = ['associations', 'programmes', 'specialists', 'employers'];

export type TStreamChecked =
  | {
      ok: true;
      header: TDatasetHeader;
      caseNumbers: Map<string, Set<string>>;
      /** Per entry: written in the first group (closed, declined, withdrawn). */
      first: boolean[];
      digest: string;
    }
  | { ok: false; issues: TIssue[] };

/**
 * The document's organisation part as the import writes it: employers without an
 * association belong to the only association, when there is one.
 */
export function datasetHeader(parsed: TDataset): TDatasetHeader {
  const { participants: _none, ...header } = parsed;
  const only = header.associations.length === 1 ? header.associations[0]?.key : undefined;
  return {
    ...header,
    employers: header.employers.map((e) =>
      e.association === undefined && only !== undefined ? { ...e, association: only } : e,
    ),
  };
}

/** The bytes of one pass, with a digest of them once read to the end. */
export function digested(open: TByteSource) {
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

  const header = datasetHeader(top.data);
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
