import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestLots, importOrThrow, twoProgrammeWorld } from '../../test-support/index.ts';
import { buildDemoDataset } from '../demo/demo-dataset.ts';
import { exportDataset } from './export-dataset.ts';
import { importDataset } from './import-dataset.ts';
import { arbitraryDataset } from './test-support/arbitrary-dataset.ts';
import { interchangeExample } from './test-support/interchange-example.ts';

/** Imports into a fresh database and exports everything. */
async function importThenExport(doc: unknown) {
  const lots = await createTestLots();
  try {
    await importOrThrow(lots, doc);
    return await exportDataset(lots);
  } finally {
    await lots.close();
  }
}

describe('dataset import and export (interchange.md "Import rules")', () => {
  it('export → import → export is the identity, for the demo dataset', async () => {
    const first = await importThenExport(buildDemoDataset({ seed: 7, today: '2026-11-22' }));
    expect(first.participants.length).toBeGreaterThan(80);
    const second = await importThenExport(first);
    expect(second).toEqual(first);
  });

  it('the interchange.md example imports and keeps every value', async () => {
    const doc = interchangeExample();
    const exported = await importThenExport(doc);
    const p = exported.participants[0]!;
    expect(p.caseNumber).toBe('HUD-2016-001');
    expect(p.baseline?.incomeSources).toEqual([
      { source: 'sickness_benefit', monthly: 18960, tax: 5309 },
    ]);
    expect(p.events.map((e) => e.type).sort()).toEqual([
      'employer_contact',
      'job_start',
      'placement_end',
      'placement_start',
    ]);
    expect(p.closure).toMatchObject({ date: '2017-03-10', reason: 'employment' });
    expect(p.followUps).toEqual([{ date: '2017-09-10', status: 'employed' }]);
  });

  it('own outcome definitions of an association and a programme round-trip', async () => {
    const doc = twoProgrammeWorld() as unknown as {
      associations: { outcomeDefinitions?: unknown[] }[];
      programmes: { outcomeDefinitions?: unknown[] }[];
    };
    doc.associations[0]!.outcomeDefinitions = [
      {
        key: 'self_support_incl_compensation',
        label: 'Egenförsörjning inkl. sjuk- och aktivitetsersättning',
        definition: {
          exitIncomeCountsAsSelfSupport: [
            'salary',
            'sickness_compensation',
            'activity_compensation',
          ],
        },
      },
    ];
    doc.programmes[0]!.outcomeDefinitions = [
      {
        key: 'job_17h',
        label: 'Arbete minst 17 timmar',
        definition: { jobs: { subsidyAllowed: true, minHours: 17 } },
      },
    ];
    const first = await importThenExport(doc);
    expect(first.associations[0]?.outcomeDefinitions?.map((d) => d.key)).toEqual([
      'self_support_incl_compensation',
    ]);
    expect(
      first.programmes.find((p) => p.key === 'prog-a')?.outcomeDefinitions?.map((d) => d.key),
    ).toEqual(['job_17h']);
    expect(await importThenExport(first)).toEqual(first);
    const standard = structuredClone(doc);
    standard.programmes[0]!.outcomeDefinitions = [
      { key: 'employment', label: 'x', definition: {} },
    ];
    const lots = await createTestLots();
    try {
      const result = await importDataset(lots, standard);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.message).toMatch(/standard outcome/);
    } finally {
      await lots.close();
    }
  });

  it('importing the same document twice leaves one copy', async () => {
    const lots = await createTestLots();
    try {
      await importOrThrow(lots, twoProgrammeWorld());
      const once = await exportDataset(lots);
      const again = await importDataset(lots, twoProgrammeWorld());
      expect(again.ok).toBe(true);
      expect(await exportDataset(lots)).toEqual(once);
    } finally {
      await lots.close();
    }
  });

  it('a document with an error writes nothing at all', async () => {
    const lots = await createTestLots();
    try {
      const doc = twoProgrammeWorld() as unknown as { participants: { closure?: unknown }[] };
      doc.participants[5]!.closure = { date: '2023-01-01', reason: 'employment' }; // before enrolment
      const result = await importDataset(lots, doc);
      expect(result.ok).toBe(false);
      const exported = await exportDataset(lots);
      expect(exported.programmes).toEqual([]);
      expect(exported.participants).toEqual([]);
    } finally {
      await lots.close();
    }
  });

  it('property: export → import → export is the identity for generated datasets', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, async (doc) => {
        const first = await importThenExport(doc);
        const second = await importThenExport(first);
        expect(second).toEqual(first);
        expect(first.participants).toHaveLength(doc.participants.length);
      }),
      { numRuns: 4, seed: 20261122 },
    );
  });
});
