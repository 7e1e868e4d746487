import { standardOutcomeDefinitions, type TOutcomeDefinition } from '@lots/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeBreakdown } from './outcome-breakdown.ts';
import type { TCountGroup } from './outcome-groups.ts';

/* outcomes.md "Small numbers" on the outcome overview broken down by dimensions. */

const definitions: TOutcomeDefinition[] = standardOutcomeDefinitions.slice(0, 2);
const period = { from: '2024-01-01', to: '2024-12-31' };

const arbitraryGroups = fc
  .uniqueArray(
    fc.record({
      sex: fc.constantFrom('female', 'male'),
      ageBand: fc.constantFrom('16-29', '30-39', '40-49', '60+'),
      n: fc.nat({ max: 14 }),
      c1: fc.nat({ max: 14 }),
      c2: fc.nat({ max: 14 }),
    }),
    { selector: (g) => `${g.sex}|${g.ageBand}`, minLength: 1, maxLength: 8 },
  )
  .map((list) =>
    list.map((g): TCountGroup => ({
      values: { sex: g.sex, ageBand: g.ageBand },
      counts: [
        { denominator: g.n, count: Math.min(g.c1, g.n), unknown: 0 },
        { denominator: g.n, count: Math.min(g.c2, g.n), unknown: 0 },
      ],
    })),
  );

const run = (groups: TCountGroup[], suppressed: boolean) =>
  outcomeBreakdown({
    groups,
    definitions,
    dimensions: ['sex', 'ageBand'],
    ageBands: 'sus',
    period,
    denominator: 'enrolled_in_period',
    suppressed,
    threshold: 5,
  });

describe('outcome overview by dimensions', () => {
  it('exact: the groups sum to the row, in age-band order', () => {
    const { groups } = run(
      [
        {
          values: { sex: 'male', ageBand: '30-39' },
          counts: [
            { denominator: 3, count: 1, unknown: 0 },
            { denominator: 3, count: 2, unknown: 0 },
          ],
        },
        {
          values: { sex: 'female', ageBand: '16-29' },
          counts: [
            { denominator: 8, count: 2, unknown: 0 },
            { denominator: 8, count: 4, unknown: 0 },
          ],
        },
      ],
      false,
    );
    expect(groups[0]).toEqual([
      { values: { sex: 'female', ageBand: '16-29' }, count: 2, denominator: 8, rate: 0.25 },
      { values: { sex: 'male', ageBand: '30-39' }, count: 1, denominator: 3, rate: 0.3333 },
    ]);
  });

  it('suppressed: no visible count from 1 to 4 anywhere, and no by-sex figure beside a hidden group', () => {
    fc.assert(
      fc.property(arbitraryGroups, (groups) => {
        const { groups: cells, rows } = run(groups, true);
        for (const [k, row] of (rows ?? []).entries()) {
          const visible = [
            row.count,
            row.denominator,
            ...Object.values(row.bySex).flatMap((s) => [s.count, s.denominator]),
            ...(cells[k] ?? []).flatMap((c) => [c.count, c.denominator]),
          ].filter((v): v is number => typeof v === 'number');
          expect(visible.filter((v) => v >= 1 && v <= 4)).toEqual([]);
          for (const [sex, s] of Object.entries(row.bySex)) {
            const ofSex = (cells[k] ?? []).filter((c) => c.values.sex === sex);
            if (typeof s.count === 'number')
              expect(ofSex.every((c) => typeof c.count === 'number')).toBe(true);
          }
          // A rate never stands on a hidden count or a denominator under 5.
          for (const c of cells[k] ?? [])
            if (typeof c.rate === 'number') {
              expect(typeof c.count).toBe('number');
              expect(c.denominator as number).toBeGreaterThanOrEqual(5);
            }
        }
      }),
      { numRuns: 200 },
    );
  });
});
