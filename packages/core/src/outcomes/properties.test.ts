import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates.ts';
import { denominatorIds, placementKinds, sexes, studyKinds, subsidies } from '../domain/enums.ts';
import { ageBand, ageBandOrder, ageBandPresetIds } from './age-bands.ts';
import { participantsBreakdown } from './breakdown.ts';
import { movementFromBaseline } from './movement.ts';
import { outcomeReport } from './outcome-report.ts';
import { suppressOutcomeReport } from './suppress-report.ts';
import type { TOutcomeEnrolment, TOutcomeEvent } from './types.ts';

const base = '2023-01-01';
const day = fc.integer({ min: 0, max: 1000 });

const event: fc.Arbitrary<(enrolledAt: string) => TOutcomeEvent> = fc.oneof(
  fc
    .record({
      offset: day,
      competitive: fc.boolean(),
      subsidy: fc.constantFrom(...subsidies),
      hours: fc.integer({ min: 1, max: 40 }),
      voided: fc.boolean(),
    })
    .map((r) => (at: string) => ({
      type: 'job_start' as const,
      date: addDays(at, r.offset),
      employer: 'x',
      competitive: r.competitive,
      subsidy: r.subsidy,
      hoursPerWeek: r.hours,
      voided: r.voided ? { reason: 'mistake' } : null,
    })),
  fc.record({ offset: day, kind: fc.constantFrom(...studyKinds) }).map((r) => (at: string) => ({
    type: 'study_start' as const,
    date: addDays(at, r.offset),
    kind: r.kind,
  })),
  fc.record({ offset: day, kind: fc.constantFrom(...placementKinds) }).map((r) => (at: string) => ({
    type: 'placement_start' as const,
    date: addDays(at, r.offset),
    kind: r.kind,
  })),
);

const enrolmentArb: fc.Arbitrary<TOutcomeEnrolment> = fc
  .record({
    sex: fc.constantFrom(...sexes),
    birthYear: fc.integer({ min: 1940, max: 2010 }),
    start: day,
    length: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
    exit: fc.subarray([
      'salary',
      'sickness_benefit',
      'study_allowance',
      'none',
      'social_assistance',
    ] as const),
    baseline: fc.subarray([
      'salary',
      'sickness_benefit',
      'study_allowance',
      'social_assistance',
    ] as const),
    events: fc.array(event, { maxLength: 4 }),
  })
  .map((r) => {
    const enrolledAt = addDays(base, r.start);
    return {
      id: `${r.start}-${r.birthYear}`,
      programme: 'p',
      sex: r.sex,
      birthYear: r.birthYear,
      enrolledAt,
      closedAt: r.length === null ? null : addDays(enrolledAt, r.length),
      closureReason: r.length === null ? null : 'other',
      exitIncomeSources: r.length === null ? [] : r.exit,
      baselineIncomeSources: r.baseline,
      events: r.events.map((make) => make(enrolledAt)),
    };
  });

const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 800 }))
  .map(([from, length]) => ({ from: addDays(base, from), to: addDays(base, from + length) }));

describe('outcome engine properties', () => {
  it('counts by sex sum to the total, counts ≤ denominators, rates lie in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(enrolmentArb, { maxLength: 25 }),
        periodArb,
        fc.constantFrom(...denominatorIds),
        fc.constantFrom(0, 17, 25),
        (enrolments, period, denominator, minHours) => {
          const report = outcomeReport(enrolments, {
            period,
            denominator,
            minHoursPerWeekForEmployment: minHours,
          });
          for (const row of report.rows) {
            const bySex = Object.values(row.bySex);
            expect(bySex.reduce((n, s) => n + s.count, 0)).toBe(row.count);
            expect(bySex.reduce((n, s) => n + s.denominator, 0)).toBe(row.denominator);
            expect(bySex.every((s) => s.denominator > 0 && s.count <= s.denominator)).toBe(true);
            expect(row.count).toBeLessThanOrEqual(row.denominator);
            if (row.rate === null) expect(row.denominator).toBe(0);
            else expect(row.rate >= 0 && row.rate <= 1).toBe(true);
          }
          return true;
        },
      ),
    );
  });

  it('the definitions nest: competitive ≤ employment ≤ employment or studies ≤ occupation', () => {
    fc.assert(
      fc.property(fc.array(enrolmentArb, { maxLength: 25 }), periodArb, (enrolments, period) => {
        const count = (id: string) =>
          outcomeReport(enrolments, { period, denominator: 'enrolled_in_period' }).rows.find(
            (r) => r.outcome === id,
          )?.count ?? 0;
        expect(count('competitive_employment')).toBeLessThanOrEqual(count('employment'));
        expect(count('employment')).toBeLessThanOrEqual(count('employment_or_studies'));
        expect(count('studies')).toBeLessThanOrEqual(count('employment_or_studies'));
        expect(count('employment_or_studies')).toBeLessThanOrEqual(count('occupation'));
      }),
    );
  });

  it('closed_or_outcome is closed_in_period plus only enrolments that reached the outcome', () => {
    fc.assert(
      fc.property(fc.array(enrolmentArb, { maxLength: 25 }), periodArb, (enrolments, period) => {
        const closed = outcomeReport(enrolments, { period, denominator: 'closed_in_period' }).rows;
        const either = outcomeReport(enrolments, { period, denominator: 'closed_or_outcome' }).rows;
        closed.forEach((row, i) => {
          const other = either[i];
          expect(other && other.denominator - row.denominator).toBe(
            other && other.count - row.count,
          );
        });
      }),
    );
  });

  it('movement shares add up to the closed population', () => {
    fc.assert(
      fc.property(fc.array(enrolmentArb, { maxLength: 25 }), periodArb, (enrolments, period) => {
        const m = movementFromBaseline(enrolments, { period });
        expect(m.movedUp.count + m.stayed.count + m.movedDown.count).toBe(m.closed);
        const inMatrix = Object.values(m.matrix).flatMap((r) => Object.values(r));
        expect(inMatrix.reduce((a, b) => a + b, 0)).toBe(m.closed);
      }),
    );
  });

  it('every age falls in exactly one band of a preset, or in `other`', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 120 }),
        fc.constantFrom(...ageBandPresetIds),
        (age, preset) => {
          expect(ageBandOrder(preset)).toContain(ageBand(age, preset));
        },
      ),
    );
    expect(ageBand(15, 'sus')).toBe('other');
    expect(ageBand(66, 'youth')).toBe('other');
    expect(ageBand(17, 'youth')).toBe('other');
  });

  it('participant breakdown by sex sums to the enrolled_in_period denominator', () => {
    fc.assert(
      fc.property(fc.array(enrolmentArb, { maxLength: 25 }), periodArb, (enrolments, period) => {
        const rows = participantsBreakdown(enrolments, { period, by: ['sex', 'ageBand'] });
        const denominator = outcomeReport(enrolments, { period, denominator: 'enrolled_in_period' })
          .rows[0]?.denominator;
        expect(rows.reduce((n, r) => n + r.count, 0)).toBe(denominator);
        expect(rows.every((r) => r.count > 0)).toBe(true);
      }),
    );
  });

  it('the suppressed view never shows a count of 1–4, nor a rate on fewer than 5', () => {
    fc.assert(
      fc.property(
        fc.array(enrolmentArb, { maxLength: 25 }),
        periodArb,
        fc.constantFrom(...denominatorIds),
        (enrolments, period, denominator) => {
          const exact = outcomeReport(enrolments, { period, denominator });
          const view = suppressOutcomeReport(exact);
          const small = (v: number | string) => typeof v === 'number' && v >= 1 && v <= 4;
          view.rows.forEach((row, i) => {
            const shown = [
              row.count,
              row.denominator,
              ...Object.values(row.bySex).flatMap((s) => [s.count, s.denominator]),
            ];
            expect(shown.some(small)).toBe(false);
            if ((exact.rows[i]?.denominator ?? 0) < 5) expect(row.rate).toBe('–');
          });
        },
      ),
    );
  });
});
