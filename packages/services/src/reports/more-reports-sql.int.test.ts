import {
  addMonths,
  ageAtEnrolment,
  ageBand,
  evaluateOutcome,
  isClosedInPeriod,
  isEnrolledInPeriod,
  movementFromBaseline,
  outcomeReport,
  standardOutcomeDefinitions,
  type TOutcomeDefinition,
  type TPeriod,
} from '@lots/core';
import { ZDataset, type TDataset } from '@lots/contracts';
import { systemScope } from '@lots/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLots, importOrThrow } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';
import { buildDemoDataset } from '../demo/demo-dataset.ts';
import { droppedOutReasons, getFactBox } from './get-fact-box.ts';
import { getLastingOutcomes } from './get-lasting-outcomes.ts';
import { getMovementReport } from './get-movement-report.ts';
import { getOutcomeReport } from './get-outcome-report.ts';
import { datasetEnrolments, programmeFamily } from './test-support/dataset-enrolments.ts';

/*
 * Movement, fact box, lasting outcomes and own definitions from SQL equal the core
 * engine (or, for lasting outcomes, the rule of get-lasting-outcomes.ts written out
 * over the dataset) on the demo dataset. PGlite and PostgreSQL.
 */

const system = { kind: 'system' } as const;
const today = '2026-11-22';
const periods: TPeriod[] = [
  { from: '2024-01-01', to: '2024-12-31' },
  { from: '2015-01-01', to: today },
];
const own: TOutcomeDefinition[] = [
  {
    id: 'job_17h_or_trial',
    label: 'Jobb 17 tim eller prövning',
    jobs: { minHours: 17 },
    placements: ['work_trial'],
  },
  {
    id: 'self_support_wide',
    label: 'Egenförsörjning inkl. ersättning',
    exitIncomeCountsAsSelfSupport: ['salary', 'sickness_compensation', 'activity_compensation'],
  },
  {
    id: 'folk_or_adult',
    label: 'Folkhögskola eller komvux',
    studies: ['folk_high_school', 'adult_education'],
  },
];

describe('SQL reports equal the core engine: movement, fact box, lasting outcomes, own definitions', () => {
  let lots: TLots;
  let doc: TDataset;
  const enrolmentsOf = (key: string) => {
    const family = programmeFamily(doc, key);
    return datasetEnrolments(doc).filter((e) => family.includes(e.programme));
  };
  const minHoursOf = (key: string) =>
    doc.programmes.find((p) => p.key === key)?.minHoursPerWeekForEmployment ?? 0;
  const roots = () => doc.programmes.filter((p) => p.parent === null);

  beforeAll(async () => {
    doc = ZDataset.parse(buildDemoDataset({ seed: 11, today }));
    lots = await createTestLots({ now: () => new Date(`${today}T12:00:00Z`) });
    await importOrThrow(lots, doc);
    // The own definitions belong to every root programme.
    await lots.db.inScope(systemScope(), async (r) => {
      for (const p of roots()) {
        const programme = await r.organisation.findProgrammeByKey(p.key);
        if (!programme) throw new Error(p.key);
        for (const d of own)
          await r.reports.createOwnDefinition({
            associationId: programme.associationId,
            programmeId: programme.id,
            key: d.id,
            label: d.label,
            definition: { ...d, id: undefined, label: undefined },
            createdBy: null,
          });
      }
    });
  });
  afterAll(async () => lots.close());

  it('own definitions, beside the six standard ones, for every denominator', async () => {
    for (const p of roots())
      for (const period of periods)
        for (const denominator of [
          'enrolled_in_period',
          'closed_in_period',
          'closed_or_outcome',
        ] as const) {
          const sql = await getOutcomeReport(lots, system, {
            programme: p.key,
            ...period,
            denominator,
          });
          const core = outcomeReport(enrolmentsOf(p.key), {
            period,
            denominator,
            minHoursPerWeekForEmployment: minHoursOf(p.key),
            // in the order the programme lists them (by key)
            ownDefinitions: [...own].sort((a, b) => (a.id < b.id ? -1 : 1)),
          });
          expect(
            sql.rows.map(({ outcome, count, denominator: n, rate, bySex }) => ({
              outcome,
              count,
              denominator: n,
              rate,
              bySex,
            })),
            `${p.key} ${period.from} ${denominator}`,
          ).toEqual(core.rows);
          expect(sql.unknown).toEqual(core.unknown);
        }
    const all = await getOutcomeReport(lots, system, {
      ...periods[1]!,
      denominator: 'enrolled_in_period',
    });
    for (const row of all.rows.filter((r) => r.own))
      expect(row.count, row.outcome).toBeGreaterThan(0);
  });

  it('movement from baseline', async () => {
    for (const p of roots())
      for (const period of periods) {
        const sql = await getMovementReport(lots, system, { programme: p.key, ...period });
        const core = movementFromBaseline(enrolmentsOf(p.key), {
          period,
          minHoursPerWeekForEmployment: minHoursOf(p.key),
        });
        const label = `${p.key} ${period.from}`;
        expect(sql.closed, label).toBe(core.closed);
        expect([sql.movedUp, sql.stayed, sql.movedDown], label).toEqual([
          core.movedUp,
          core.stayed,
          core.movedDown,
        ]);
        expect(Object.fromEntries(sql.matrix.map((m) => [m.baseline, m.exit])), label).toEqual(
          core.matrix,
        );
        expect(sql.selfSupportFromDependence, label).toEqual(core.selfSupportFromDependence);
      }
    const all = await getMovementReport(lots, system, periods[1]!);
    expect(all.closed).toBeGreaterThan(0);
    expect(all.movedUp.count).toBeGreaterThan(0);
  });

  it('fact box: participants, in work, in studies and dropped out by age band × sex', async () => {
    const [employment, studies] = ['employment', 'studies'].map((id) =>
      standardOutcomeDefinitions.find((d) => d.id === id)!,
    );
    for (const p of roots())
      for (const period of periods) {
        const sql = await getFactBox(lots, system, { programme: p.key, ...period });
        const options = { period, minHoursPerWeekForEmployment: minHoursOf(p.key) };
        const cells = new Map<
          string,
          { participants: number; inWork: number; inStudies: number; droppedOut: number }
        >();
        for (const e of enrolmentsOf(p.key)) {
          const key = `${ageBand(ageAtEnrolment(e.enrolledAt, e.birthYear), 'youth')}|${e.sex}`;
          const c = cells.get(key) ?? { participants: 0, inWork: 0, inStudies: 0, droppedOut: 0 };
          if (isEnrolledInPeriod(e, period)) {
            c.participants += 1;
            if (evaluateOutcome(e, employment!, options) === 'reached') c.inWork += 1;
            if (evaluateOutcome(e, studies!, options) === 'reached') c.inStudies += 1;
          }
          if (isClosedInPeriod(e, period) && droppedOutReasons.some((r) => r === e.closureReason))
            c.droppedOut += 1;
          cells.set(key, c);
        }
        const expected = Object.fromEntries(
          [...cells.entries()].filter(([, c]) => c.participants > 0 || c.droppedOut > 0),
        );
        const actual = Object.fromEntries(
          sql.rows.map((r) => [
            `${r.ageBand}|${r.sex}`,
            {
              participants: r.participants,
              inWork: r.inWork,
              inStudies: r.inStudies,
              droppedOut: r.droppedOut,
            },
          ]),
        );
        expect(actual, `${p.key} ${period.from}`).toEqual(expected);
      }
  });

  it('lasting outcomes at +6 and +12 months', async () => {
    for (const p of roots())
      for (const period of periods) {
        const family = programmeFamily(doc, p.key);
        const expected = new Map<string, number>();
        for (const x of doc.participants) {
          const closedAt = x.closure?.date;
          if (!family.includes(x.programme) || !x.enrolledAt || !closedAt) continue;
          if (closedAt < period.from || closedAt > period.to) continue;
          for (const months of [6, 12]) {
            const days = (d: string) => (Date.parse(d) - Date.parse(closedAt)) / 86_400_000;
            const at = x.followUps
              .filter((f) => (f.months ?? (days(f.date) <= 273 ? 6 : 12)) === months)
              .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
            const status =
              at?.status ?? (addMonths(closedAt, months) <= today ? 'missing' : 'not_due');
            const key = `${months}|${status}`;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
        }
        const sql = await getLastingOutcomes(lots, system, { programme: p.key, ...period });
        const actual = Object.fromEntries(
          sql.rows.filter((r) => r.count !== 0).map((r) => [`${r.months}|${r.status}`, r.count]),
        );
        expect(actual, `${p.key} ${period.from}`).toEqual(Object.fromEntries(expected));
      }
    const all = await getLastingOutcomes(lots, system, periods[1]!);
    expect(all.rows.some((r) => r.status === 'employed' && r.count !== 0)).toBe(true);
  });
});

describe('the suppression threshold (LOTS_SUPPRESSION_THRESHOLD)', () => {
  it('suppresses counts from 1 to threshold − 1 with the label "<threshold"', async () => {
    const doc = ZDataset.parse(buildDemoDataset({ seed: 11, today }));
    const lots = await createTestLots({ suppressionThreshold: 10 });
    try {
      await importOrThrow(lots, doc);
      const exact = await getOutcomeReport(lots, system, periods[0]!);
      const shown = await getOutcomeReport(lots, system, { ...periods[0]!, suppress: true });
      const small = exact.rows.filter(
        (r) => typeof r.count === 'number' && r.count >= 5 && r.count < 10,
      );
      expect(small.length).toBeGreaterThan(0);
      for (const r of small)
        expect(shown.rows.find((x) => x.outcome === r.outcome)?.count).toBe('<10');
      const numbers = shown.rows
        .flatMap((r) => [r.count, r.denominator])
        .filter((n) => typeof n === 'number');
      expect(numbers.filter((n) => n >= 1 && n < 10)).toEqual([]);
    } finally {
      await lots.close();
    }
  });
});
