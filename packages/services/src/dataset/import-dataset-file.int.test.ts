import { formatIssue } from '@lots/core';
import type { TParticipantInput } from '@lots/contracts';
import { describe, expect, it } from 'vitest';
import {
  createTestLots,
  dataset,
  enrolment,
  programme,
  specialist,
  twoProgrammeWorld,
} from '../../test-support/index.ts';
import { exportDataset, exportDatasetText } from './export-dataset.ts';
import { importDatasetFile, type TByteSource } from './import-dataset-file.ts';
import { importDataset } from './import-dataset.ts';

/*
 * `lots import FILE`: the streamed import (two passes over the file, participants
 * written a chunk at a time) keeps every rule of the import of a document in memory.
 */

/** The document as a file read in chunks of `size` bytes. */
const file =
  (doc: unknown, size = 4096): TByteSource =>
  () =>
    (async function* () {
      const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })();

/** More entries than one chunk holds (1 000), with a re-enrolment whose open entry comes first. */
function bigDocument() {
  const participants: TParticipantInput[] = Array.from({ length: 2300 }, (_, i) =>
    enrolment(`p${i}`, 'big', 's1', {
      identity: { name: `Person ${i}` },
      events: [
        { type: 'note', date: '2024-02-01', text: 'samtal' },
        { type: 'note', date: '2024-02-01', text: 'samtal' },
        { type: 'plan', date: '2024-02-03' },
      ],
    }),
  );
  participants.push(
    enrolment('x-2', 'big', 's1', {
      person: 'x',
      referral: { date: '2024-05-01', source: 'AF' },
      enrolledAt: '2024-05-02',
      consent: { date: '2024-05-02', participation: true, handBack: false, survey: false },
    }),
    enrolment('x-1', 'big', 's1', {
      person: 'x',
      closure: { date: '2024-04-30', reason: 'employment' },
      followUps: [{ date: '2024-10-30', status: 'employed' }],
    }),
  );
  return dataset({
    programmes: [programme('big', 'assoc-a')],
    specialists: [specialist('s1', 'big')],
    participants,
  });
}

/**
 * `file`: checked in a worker thread while written; `small file`: a file whose size
 * says it is small, checked first in the import's own thread; `memory`: a document.
 */
async function exported(doc: unknown, how: 'file' | 'small file' | 'memory') {
  const lots = await createTestLots();
  try {
    const result =
      how === 'memory'
        ? await importDataset(lots, doc)
        : await importDatasetFile(lots, file(doc), how === 'small file' ? { size: 1000 } : {});
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    const whole = await exportDataset(lots);
    // `lots export` writes the same text a page (500 entries) at a time.
    let text = '';
    await exportDatasetText(lots, (piece) => Promise.resolve(void (text += piece)));
    expect(text).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    return whole;
  } finally {
    await lots.close();
  }
}

describe('importDatasetFile (interchange.md "Import rules", streamed)', () => {
  it('a dataset split over many chunks imports exactly as the same document in memory', async () => {
    const doc = bigDocument();
    const streamed = await exported(doc, 'file');
    expect(streamed.participants).toHaveLength(2302);
    expect(streamed.participants.find((p) => p.key === 'p7')?.events).toHaveLength(3);
    expect(streamed).toEqual(await exported(doc, 'memory'));
    expect(await exported(doc, 'small file')).toEqual(streamed);
  }, 300_000);

  it('imports twice as one copy, and an export imports back to the same export', async () => {
    const lots = await createTestLots();
    try {
      expect((await importDatasetFile(lots, file(twoProgrammeWorld(), 64))).ok).toBe(true);
      const once = await exportDataset(lots);
      expect((await importDatasetFile(lots, file(twoProgrammeWorld(), 64))).ok).toBe(true);
      expect(await exportDataset(lots)).toEqual(once);
      expect(await exported(once, 'file')).toEqual(once);
    } finally {
      await lots.close();
    }
  });

  it('errors deep inside a large file write nothing, and each is named by its path', async () => {
    const doc = bigDocument() as unknown as {
      participants: { municipality: string; events: { date: string }[] }[];
    };
    doc.participants[1800]!.events[1]!.date = '2023-01-01';
    doc.participants[2299]!.municipality = '9999';
    const lots = await createTestLots();
    try {
      const result = await importDatasetFile(lots, file(doc));
      expect(result.ok).toBe(false);
      const messages = result.ok ? [] : result.issues.map(formatIssue);
      expect(messages).toHaveLength(2);
      expect(messages[0]).toMatch(/^participants\[2299\]\.municipality: unknown municipality/);
      expect(messages[1]).toMatch(/^participants\[1800\]\.events\[1\]\.date: /);
      const after = await exportDataset(lots);
      expect(after.programmes).toEqual([]);
      expect(after.participants).toEqual([]);
      // Checked first in the import's own thread (a small file): the same answer.
      const small = await importDatasetFile(lots, file(doc), { size: 1000 });
      expect(small.ok ? [] : small.issues.map(formatIssue)).toEqual(messages);
      expect((await exportDataset(lots)).participants).toEqual([]);
    } finally {
      await lots.close();
    }
  }, 300_000);

  it('an empty database exports the same text page by page as whole', async () => {
    const lots = await createTestLots();
    try {
      let text = '';
      await exportDatasetText(lots, (piece) => Promise.resolve(void (text += piece)));
      expect(text).toBe(`${JSON.stringify(await exportDataset(lots), null, 2)}\n`);
    } finally {
      await lots.close();
    }
  });

  it('a file that changes between the passes writes nothing', async () => {
    const lots = await createTestLots();
    try {
      let reads = 0;
      const changing: TByteSource = () => {
        reads++;
        const doc = twoProgrammeWorld();
        if (reads > 1) doc.participants?.pop();
        return file(doc)();
      };
      await expect(importDatasetFile(lots, changing)).rejects.toThrow(/file changed/);
      expect((await exportDataset(lots)).programmes).toEqual([]);
    } finally {
      await lots.close();
    }
  });

  it('members of the organisation part after the entries import as when they come first', async () => {
    // The rows are written while the file is checked, from the organisation part read
    // before the entries; when that is not the whole of it, they are written again.
    const doc = twoProgrammeWorld();
    const { participants, employers, programmes, ...rest } = doc;
    const employersLast = { ...rest, programmes, participants, employers };
    const programmesLast = { ...rest, employers, participants, programmes };
    const expected = await exported(doc, 'memory');
    expect(expected.employers.length).toBeGreaterThan(0);
    expect(await exported(employersLast, 'file')).toEqual(expected);
    expect(await exported(programmesLast, 'file')).toEqual(expected);
  }, 300_000);
});
