import { formatIssue } from '@lots/core';
import type { TDatasetInput, TParticipantInput } from '@lots/contracts';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  createTestLots,
  dataset,
  enrolment,
  programme,
  specialist,
  testEngine,
  twoProgrammeWorld,
} from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';
import { exportDataset } from './export-dataset.ts';
import { importDatasetFile, type TByteSource } from './import-dataset-file.ts';

/*
 * `lots import FILE` on a server (ADR 0007): into a database without participant data
 * it drops the indexes and foreign keys of events, follow-ups and income sources and
 * creates them again at the end, in the same transaction; their rows go by COPY straight
 * into the tables (row-level security off on them meanwhile). PGlite writes the same rows with every index in place. Either way
 * the rows, and the schema afterwards, are the same.
 */

const file =
  (doc: unknown): TByteSource =>
  () =>
    (async function* () {
      const bytes = Buffer.from(JSON.stringify(doc), 'utf8');
      for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
    })();

/** More than one chunk (1 000 entries), with text COPY must escape. */
function loadDocument(): TDatasetInput {
  const participants: TParticipantInput[] = Array.from({ length: 1500 }, (_, i) =>
    enrolment(`p${i}`, 'load', 's1', {
      identity: { name: `Person ${i}` },
      baseline: {
        incomeSources: [{ source: 'sickness_benefit', monthly: 15000.5, tax: 4000 }],
        networkAgencies: ['Försäkringskassan', 'Psykiatri "Norr"', 'a\\b'],
      },
      events: [
        { type: 'note', date: '2024-02-01', text: 'rad 1\nrad 2 \\ "citat"' },
        { type: 'note', date: '2024-02-01', text: 'rad 1\nrad 2 \\ "citat"' },
        { type: 'plan', date: '2024-02-03' },
        { type: 'plan', date: '2024-02-04', voided: { reason: 'fel deltagare' } },
      ],
      ...(i % 3 === 0
        ? {
            closure: {
              date: '2024-06-30',
              reason: 'employment',
              exitIncomeSources: [{ source: 'salary', monthly: 21000 }],
            },
            followUps: [{ date: '2024-12-30', status: 'employed', note: 'ok\tfint' }],
          }
        : {}),
    }),
  );
  return dataset({
    programmes: [programme('load', 'assoc-a')],
    specialists: [specialist('s1', 'load')],
    participants,
  });
}

/**
 * The definitions of every index and constraint on the tables an initial load rebuilds,
 * and whether row-level security is on (and forced) for each.
 */
async function schemaOf(lots: TLots) {
  const result = await sql<{ def: string }>`
    select indexdef as def from pg_indexes
    where tablename in ('event', 'follow_up', 'income_source')
    union all
    select relname || ' rls ' || relrowsecurity || ' forced ' || relforcerowsecurity
    from pg_class where relname in ('event', 'follow_up', 'income_source')
    union all
    select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    from pg_constraint where conrelid in ('event'::regclass, 'follow_up'::regclass, 'income_source'::regclass)
    order by 1`.execute(lots.raw.db);
  return result.rows.map((r) => r.def);
}

/** An index's object id: a new one when the index was dropped and created again. */
async function indexOid(lots: TLots) {
  const result = await sql<{ oid: number }>`
    select 'event_enrolment_idx'::regclass::oid::int as oid`.execute(lots.raw.db);
  return result.rows[0]?.oid;
}

/** Imports the document; returns the steps reported (`lots import --progress`). */
async function importOk(lots: TLots, doc: unknown): Promise<string[]> {
  const steps: string[] = [];
  const result = await importDatasetFile(lots, file(doc), {
    onProgress: (s) => steps.push(s.step),
  });
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  return steps;
}

/** The document's programme as exported, without what the database chose (case numbers). */
async function loaded(lots: TLots) {
  const all = await exportDataset(lots);
  return all.participants.filter((p) => p.programme === 'load');
}

describe('initial load (ADR 0007)', () => {
  it('into an empty database gives the same rows as into one with data, and the same schema', async () => {
    const empty = await createTestLots();
    const used = await createTestLots();
    try {
      const schema = await schemaOf(empty);
      const oid = await indexOid(empty);
      const steps = await importOk(empty, loadDocument());
      expect(steps).toEqual(
        testEngine() === 'postgres'
          ? ['validated', 'written', 'indexed', 'committed', 'statistics']
          : ['validated', 'written', 'committed', 'statistics'],
      );
      // The server rebuilt the indexes (new objects), with the same definitions.
      expect((await indexOid(empty)) !== oid).toBe(testEngine() === 'postgres');
      expect(await schemaOf(empty)).toEqual(schema);

      await importOk(used, twoProgrammeWorld());
      const usedOid = await indexOid(used);
      // Into a database with data: no initial load, no rebuild.
      expect(await importOk(used, loadDocument())).not.toContain('indexed');
      expect(await indexOid(used)).toBe(usedOid);

      const first = await loaded(empty);
      expect(first).toHaveLength(1500);
      expect(first[0]?.events[0]).toEqual({
        type: 'note',
        date: '2024-02-01',
        text: 'rad 1\nrad 2 \\ "citat"',
      });
      expect(first[0]?.baseline?.networkAgencies).toEqual([
        'Försäkringskassan',
        'Psykiatri "Norr"',
        'a\\b',
      ]);
      expect(first[0]?.followUps[0]?.note).toBe('ok\tfint');
      expect(first[0]?.events[3]?.voided).toEqual({ reason: 'fel deltagare' });
      expect(await loaded(used)).toEqual(first);

      // Importing the same file again into the loaded database changes nothing.
      await importOk(empty, loadDocument());
      expect(await loaded(empty)).toEqual(first);
    } finally {
      await empty.close();
      await used.close();
    }
  }, 300_000);

  it('a failure after rows were written leaves nothing, and every index and constraint in place', async () => {
    const lots = await createTestLots();
    try {
      const schema = await schemaOf(lots);
      let reads = 0;
      // The second pass reads other bytes than the first: detected after writing all of them.
      const changing: TByteSource = () => {
        reads++;
        const doc = loadDocument();
        if (reads > 1) doc.participants?.pop();
        return file(doc)();
      };
      await expect(importDatasetFile(lots, changing)).rejects.toThrow(/file changed/);
      const after = await exportDataset(lots);
      expect(after.programmes).toEqual([]);
      expect(after.participants).toEqual([]);
      expect(await schemaOf(lots)).toEqual(schema);
      // And the next import is an initial load that succeeds.
      await importOk(lots, loadDocument());
      expect(await loaded(lots)).toHaveLength(1500);
    } finally {
      await lots.close();
    }
  }, 300_000);
});
