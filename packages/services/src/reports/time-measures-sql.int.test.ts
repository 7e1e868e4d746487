import { isEnrolledInPeriod, type TPeriod } from '@lots/core';
import { ZDataset, type TDataset } from '@lots/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLots, importOrThrow } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';
import { buildDemoDataset } from '../demo/demo-dataset.ts';
import { arbitraryDataset } from '../dataset/test-support/arbitrary-dataset.ts';
import { getTimeMeasures, timeMeasuresOf } from './get-time-measures.ts';
import { datasetEnrolments, programmeFamily } from './test-support/dataset-enrolments.ts';

/*
 * The time measures from the per-enrolment dates SQL finds equal core's functions on
 * every event of the same enrolments (outcomes.md "Time measures"). PGlite and
 * PostgreSQL.
 */

const system = { kind: 'system' } as const;
const periods: TPeriod[] = [
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2015-01-01', to: '2026-11-22' },
];

async function expectSqlEqualsCore(lots: TLots, doc: TDataset, key: string, period: TPeriod) {
  const family = programmeFamily(doc, key);
  const enrolments = datasetEnrolments(doc).filter(
    (e) => family.includes(e.programme) && isEnrolledInPeriod(e, period),
  );
  const core = timeMeasuresOf(enrolments, period);
  const sql = await getTimeMeasures(lots, system, { programme: key, ...period });
  const label = `${key} ${period.from}–${period.to}`;
  const c = core.firstContact;
  expect(sql.firstContact, label).toEqual({
    denominator: 'enrolled_in_period',
    enrolments: enrolments.length,
    withContact: c.days.length,
    meanDays: c.mean,
    medianDays: c.median,
    withinDays: 30,
    within: c.within,
    after: c.days.length - c.within,
    without: c.without,
    noContactRecorded: c.noContactRecorded,
  });
  expect(sql.firstJob, label).toEqual({
    denominator: 'enrolled_in_period',
    enrolments: enrolments.length,
    withJob: core.firstJob.days.length,
    meanDays: core.firstJob.mean,
    medianDays: core.firstJob.median,
    without: core.firstJob.without,
  });
  expect(sql.timeInProgramme, label).toEqual({
    denominator: 'closed_in_period',
    closed: core.timeInProgramme.closed,
    meanDays: core.timeInProgramme.meanDays,
    medianDays: core.timeInProgramme.medianDays,
    bands: core.timeInProgramme.bands,
  });
  expect(sql.jobTenure, label).toEqual({
    jobs: core.jobTenure.jobs,
    ended: core.jobTenure.jobs - core.jobTenure.ongoing,
    ongoing: core.jobTenure.ongoing,
    meanDays: core.jobTenure.meanDays,
    medianDays: core.jobTenure.medianDays,
  });
}

describe('SQL time measures equal the core engine', () => {
  let lots: TLots;
  let doc: TDataset;
  beforeAll(async () => {
    doc = ZDataset.parse(buildDemoDataset({ seed: 11, today: '2026-11-22' }));
    lots = await createTestLots();
    await importOrThrow(lots, doc);
  });
  afterAll(async () => lots.close());

  it('on the demo dataset, for every programme and period', async () => {
    for (const p of doc.programmes)
      for (const period of periods) await expectSqlEqualsCore(lots, doc, p.key, period);
    // Not vacuous: the demo has contacts, jobs, closures and tenures.
    const all = await getTimeMeasures(lots, system, periods[1]!);
    expect(all.firstContact.withContact).toBeGreaterThan(0);
    expect(all.firstJob.withJob).toBeGreaterThan(0);
    expect(all.timeInProgramme.closed).toBeGreaterThan(0);
    expect(all.jobTenure.jobs).toBeGreaterThan(0);
  });

  it('on generated datasets', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, async (generated) => {
        const parsed = ZDataset.parse(generated);
        const fresh = await createTestLots();
        try {
          await importOrThrow(fresh, parsed);
          for (const p of parsed.programmes.filter((x) => x.parent === null))
            for (const period of periods) await expectSqlEqualsCore(fresh, parsed, p.key, period);
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: 6 },
    );
  });
});
