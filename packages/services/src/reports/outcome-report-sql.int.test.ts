import {
  closuresBreakdown,
  denominatorIds,
  outcomeReport,
  participantsBreakdown,
  type TBreakdownDimensionName,
  type TPeriod,
} from '@lots/core';
import { ZDataset, type TDataset } from '@lots/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLots, importOrThrow } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';
import { buildDemoDataset } from '../demo/demo-dataset.ts';
import { arbitraryDataset } from '../dataset/test-support/arbitrary-dataset.ts';
import { getClosuresReport } from './get-closures-report.ts';
import { getOutcomeReport } from './get-outcome-report.ts';
import { getParticipantsReport } from './get-participants-report.ts';
import { datasetEnrolments, programmeFamily } from './test-support/dataset-enrolments.ts';

/*
 * The SQL reports equal the core engine on the same enrolments (outcomes.md is
 * implemented twice: core is the reference). Runs on PGlite and PostgreSQL.
 */

const system = { kind: 'system' } as const;
const periods: TPeriod[] = [
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2023-07-01', to: '2025-06-30' },
  { from: '2015-01-01', to: '2026-11-22' },
];

async function expectSqlEqualsCore(
  lots: TLots,
  doc: TDataset,
  programmeKey: string,
  period: TPeriod,
) {
  const family = programmeFamily(doc, programmeKey);
  const enrolments = datasetEnrolments(doc).filter((e) => family.includes(e.programme));
  const minHours =
    doc.programmes.find((p) => p.key === programmeKey)?.minHoursPerWeekForEmployment ?? 0;
  for (const denominator of denominatorIds) {
    const sql = await getOutcomeReport(lots, system, {
      programme: programmeKey,
      ...period,
      denominator,
    });
    const core = outcomeReport(enrolments, {
      period,
      denominator,
      minHoursPerWeekForEmployment: minHours,
    });
    const label = `${programmeKey} ${period.from}–${period.to} ${denominator}`;
    expect(
      sql.rows.map(({ outcome, count, denominator: n, rate, bySex }) => ({
        outcome,
        count,
        denominator: n,
        rate,
        bySex,
      })),
      label,
    ).toEqual(core.rows);
    expect(sql.unknown, label).toEqual(core.unknown);
  }
  for (const by of [
    ['sex'],
    ['sex', 'ageBand'],
    ['ageBand', 'sex'],
  ] as TBreakdownDimensionName[][]) {
    const sql = await getParticipantsReport(lots, system, {
      programme: programmeKey,
      ...period,
      by,
      ageBands: 'ten_year',
    });
    expect(sql.rows).toEqual(
      participantsBreakdown(enrolments, { period, by, ageBands: 'ten_year' }),
    );
  }
  for (const by of [['reason'], ['reason', 'sex']] as TBreakdownDimensionName[][]) {
    const sql = await getClosuresReport(lots, system, { programme: programmeKey, ...period, by });
    expect(sql.rows).toEqual(closuresBreakdown(enrolments, { period, by }));
  }
}

describe('SQL outcome reports equal the core engine', () => {
  let lots: TLots;
  let doc: TDataset;
  beforeAll(async () => {
    doc = ZDataset.parse(buildDemoDataset({ seed: 11, today: '2026-11-22' }));
    // A programme with Umeå's 17-hour minimum, so the SQL honours minimum hours too.
    const programme = doc.programmes[1];
    if (programme) programme.minHoursPerWeekForEmployment = 17;
    lots = await createTestLots();
    await importOrThrow(lots, doc);
  });
  afterAll(async () => lots.close());

  it('on the demo dataset, for every programme, period and denominator', async () => {
    for (const p of doc.programmes)
      for (const period of periods) await expectSqlEqualsCore(lots, doc, p.key, period);
    // Not vacuous: the demo has outcomes of every kind and a minimum-hours programme.
    const all = await getOutcomeReport(lots, system, {
      ...periods[2]!,
      denominator: 'enrolled_in_period',
    });
    for (const row of all.rows) expect(row.count, row.outcome).toBeGreaterThan(0);
    expect(doc.programmes[1]?.minHoursPerWeekForEmployment).toBe(17);
  });

  it('on generated datasets', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, async (generated) => {
        const parsed = ZDataset.parse(generated);
        const fresh = await createTestLots();
        try {
          await importOrThrow(fresh, parsed);
          for (const p of parsed.programmes.filter((x) => x.parent === null))
            await expectSqlEqualsCore(fresh, parsed, p.key, periods[2]!);
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: 6 },
    );
  });
});
