import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemScope } from '@lots/db';
import { createTestLots, importOrThrow, twoProgrammeWorld } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';
import { exportDataset, exportDatasetText } from './export-dataset.ts';
import { importDataset } from './import-dataset.ts';
import { importDatasetFile } from './import-dataset-file.ts';

let lots: TLots;
beforeAll(async () => {
  lots = await createTestLots();
});
afterAll(async () => lots.close());

/** The audit rows of one action, as (programme key, case number) pairs. */
async function audited(action: string) {
  return lots.db.inScope(systemScope(), async (r) => {
    const programmes = await r.organisation.listProgrammes();
    const rows = await r.audit.list({ programmeIds: programmes.map((p) => p.id), limit: 1000 });
    const enrolments = await r.datasetReader!.enrolments(programmes.map((p) => p.id));
    const keyOf = new Map(programmes.map((p) => [p.id, p.key]));
    const enrolmentOf = new Map(enrolments.map((e) => [e.id, e]));
    return rows
      .filter((row) => row.action === action)
      .map((row) => {
        const e = enrolmentOf.get(row.enrolmentId ?? '');
        expect(row.entity).toBe('participant');
        expect(row.entityId).toBe(e?.participantId);
        return `${keyOf.get(row.programmeId ?? '')}/${e?.key}`;
      })
      .sort();
  });
}

describe('lots import and lots export write the audit log (privacy.md "Audit log")', () => {
  it('an import appends one row per participant written, in the same transaction', async () => {
    await importOrThrow(lots, twoProgrammeWorld());
    expect(await audited('import')).toEqual([
      'prog-a/a-1',
      'prog-a/a-2',
      'prog-a/a-3',
      'prog-a1/a1-1',
      'prog-b/b-1',
      'prog-b/b-2',
    ]);
  });

  it('an import that fails validation writes no audit row', async () => {
    const before = (await audited('import')).length;
    const bad = twoProgrammeWorld() as unknown as { participants: { programme: string }[] };
    bad.participants[0]!.programme = 'no-such-programme';
    const result = await importDataset(lots, bad);
    expect(result.ok).toBe(false);
    expect(await audited('import')).toHaveLength(before);
  });

  it('an export appends one row per participant exported, only for the programmes exported', async () => {
    await exportDataset(lots, { programme: 'prog-a' });
    expect(await audited('export')).toEqual([
      'prog-a/a-1',
      'prog-a/a-2',
      'prog-a/a-3',
      'prog-a1/a1-1',
    ]);
    await exportDataset(lots);
    expect((await audited('export')).filter((k) => k.startsWith('prog-b/'))).toEqual([
      'prog-b/b-1',
      'prog-b/b-2',
    ]);
  });

  it('lots import FILE (streamed) and lots export (streamed) audit the same way', async () => {
    const fresh = await createTestLots();
    const swap = lots;
    lots = fresh;
    try {
      const bytes = Buffer.from(JSON.stringify(twoProgrammeWorld()), 'utf8');
      const result = await importDatasetFile(lots, () =>
        (async function* () {
          for (let i = 0; i < bytes.length; i += 256) yield bytes.subarray(i, i + 256);
        })(),
      );
      expect(result.ok).toBe(true);
      expect(await audited('import')).toHaveLength(6);
      await exportDatasetText(lots, () => Promise.resolve(), { programme: 'prog-b' });
      expect(await audited('export')).toEqual(['prog-b/b-1', 'prog-b/b-2']);
    } finally {
      lots = swap;
      await fresh.close();
    }
  });
});
