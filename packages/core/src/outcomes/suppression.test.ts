import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeReport } from './outcome-report.ts';
import { suppressBreakdown, suppressOutcomeReport } from './suppress-report.ts';
import { extendWithTotals, suppressTable, type TTableSuppression } from './suppression.ts';
import { enrolment, job, workedExample } from './test-support/factory.ts';

/**
 * Brute force: is the suppressed cell (k) the same in every non-negative integer
 * table that has the same visible cells and satisfies every row and column sum of
 * the extended table (cells + margins)? Searches for an alternative with cell k
 * changed; values are bounded by the grand total + 2, which only makes the check
 * stricter.
 */
function isDetermined(s: TTableSuppression, target: [number, number]): boolean {
  const rows = s.values.length;
  const cols = s.values[0]?.length ?? 0;
  const grid = s.values.map((r) => r.map((v): number | null => v));
  const hidden: [number, number][] = [];
  s.state.forEach((r, i) =>
    r.forEach((st, j) => {
      if (st !== 'visible') {
        hidden.push([i, j]);
        grid[i]![j] = null;
      }
    }),
  );
  const bound = (s.values[rows - 1]?.[cols - 1] ?? 0) + 2;
  const actual = s.values[target[0]]![target[1]]!;
  // Lines: inner cells of a line sum to its last cell.
  const lines: [number, number][][] = [];
  for (let i = 0; i < rows; i++)
    lines.push(Array.from({ length: cols }, (_, j): [number, number] => [i, j]));
  for (let j = 0; j < cols; j++)
    lines.push(Array.from({ length: rows }, (_, i): [number, number] => [i, j]));
  const consistent = (): boolean =>
    lines.every((line) => {
      const vals = line.map(([i, j]) => grid[i]![j]);
      if (vals.some((v) => v === null)) return true;
      const last = vals.pop() ?? 0;
      return vals.reduce<number>((a, b) => a + (b ?? 0), 0) === last;
    });
  const order = [target, ...hidden.filter(([i, j]) => i !== target[0] || j !== target[1])];
  const search = (n: number): boolean => {
    if (!consistent()) return false;
    if (n === order.length) return true;
    const [i, j] = order[n]!;
    const own = s.values[i]![j]!;
    const candidates = Array.from({ length: bound + 1 }, (_, v) => v)
      .filter((v) => n > 0 || v !== actual)
      .sort((a, b) => Math.abs(a - own) - Math.abs(b - own));
    for (const v of candidates) {
      grid[i]![j] = v;
      if (search(n + 1)) return true;
    }
    grid[i]![j] = null;
    return false;
  };
  return !search(0);
}

describe('suppressTable', () => {
  it('suppresses 1–4 and a partner in every line that would give it away', () => {
    const s = suppressTable([
      [3, 10],
      [12, 15],
    ]);
    // 3 is primary; its row and column need a second cell; the cycle closes on 15.
    expect(s.state).toEqual([
      ['primary', 'secondary', 'visible'],
      ['secondary', 'secondary', 'visible'],
      ['visible', 'visible', 'visible'],
    ]);
    expect(s.complete).toBe(true);
  });

  it('shows zeros and leaves a table without small counts alone', () => {
    const s = suppressTable([
      [0, 10],
      [12, 15],
    ]);
    expect(s.state.flat().every((st) => st === 'visible')).toBe(true);
  });

  it('protects a small total too (one row: cells, total and column totals)', () => {
    const s = suppressTable([[2, 1, 0]]);
    expect(extendWithTotals([[2, 1, 0]])).toEqual([
      [2, 1, 0, 3],
      [2, 1, 0, 3],
    ]);
    expect(s.state[0]?.[3]).toBe('primary');
    for (const [i, j] of [
      [0, 0],
      [0, 1],
      [0, 3],
    ] as const)
      expect(isDetermined(s, [i, j])).toBe(false);
  });

  it('the brute-force check does catch a cell recoverable from its total (control)', () => {
    const naive: TTableSuppression = {
      values: extendWithTotals([
        [3, 10],
        [12, 15],
      ]),
      state: [
        ['primary', 'visible', 'visible'],
        ['visible', 'visible', 'visible'],
        ['visible', 'visible', 'visible'],
      ],
      complete: true,
    };
    expect(isDetermined(naive, [0, 0])).toBe(true);
  });

  it('never leaves a suppressed cell determined by the visible cells and totals (brute force)', () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 15 }));
    const table = fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .chain(([r, c]) =>
        fc.array(fc.array(value, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
      );
    fc.assert(
      fc.property(table, (cells) => {
        const s = suppressTable(cells);
        if (!s.complete) return false;
        // Every primary candidate really is suppressed, and zeros never are.
        s.values.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v >= 1 && v <= 4) expect(s.state[i]?.[j]).toBe('primary');
            if (v === 0) expect(s.state[i]?.[j]).toBe('visible');
          }),
        );
        s.state.forEach((row, i) =>
          row.forEach((st, j) => {
            if (st !== 'visible')
              expect(isDetermined(s, [i, j]), `cell ${i},${j} of ${JSON.stringify(s.values)}`).toBe(
                false,
              );
          }),
        );
        return true;
      }),
      { numRuns: 200 },
    );
  });
});

describe('suppressed views of reports', () => {
  it('worked example: counts under 5 become "<5", rates on fewer than 5 become "–"', () => {
    const w = workedExample();
    const report = outcomeReport(Object.values(w), {
      period: { from: '2024-01-01', to: '2024-12-31' },
      denominator: 'enrolled_in_period',
    });
    const view = suppressOutcomeReport(report);
    expect(view.rows[1]).toEqual({
      outcome: 'employment',
      count: '<5',
      denominator: 5,
      rate: '–',
      bySex: {
        female: { count: '<5', denominator: '<5' },
        male: { count: '<5', denominator: '<5' },
      },
    });
    // 5 is shown; the by-sex denominators 3 and 2 are hidden in every row alike.
    expect(
      view.rows.every((r) => r.denominator === 5 && r.bySex.female?.denominator === '<5'),
    ).toBe(true);
  });

  it('keeps large counts exact, hides a rate whose count is hidden', () => {
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const data = [
      ...Array.from({ length: 30 }, (_, i) =>
        enrolment({ sex: 'female', events: i < 12 ? [job('2024-03-01')] : [] }),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        enrolment({ sex: 'male', events: i < 3 ? [job('2024-03-01')] : [] }),
      ),
    ];
    const view = suppressOutcomeReport(
      outcomeReport(data, { period, denominator: 'enrolled_in_period' }),
    );
    const employment = view.rows[1];
    // Male 3 is primary; female 12 goes with it (row), and the not-employed cells of
    // the same columns close the cycle, so the by-sex counts hide but totals stay.
    expect(employment?.bySex.male?.count).toBe('<5');
    expect(employment?.bySex.female?.count).toBe('..');
    expect(employment?.count).toBe(15);
    expect(employment?.denominator).toBe(50);
    expect(employment?.rate).toBe(0.3);
    // Studies: nobody, so zeros are shown and nothing is hidden.
    expect(view.rows[2]).toMatchObject({ count: 0, denominator: 50, rate: 0 });
  });

  it('suppresses breakdown rows as a table with published margins', () => {
    const rows = [
      { sex: 'female', ageBand: '16-29', count: 2 },
      { sex: 'female', ageBand: '30-39', count: 11 },
      { sex: 'male', ageBand: '16-29', count: 9 },
      { sex: 'male', ageBand: '30-39', count: 14 },
    ];
    expect(suppressBreakdown(rows, ['sex', 'ageBand']).map((r) => r.count)).toEqual([
      '<5',
      '..',
      '..',
      '..',
    ]);
    expect(
      suppressBreakdown(
        [
          { reason: 'employment', count: 7 },
          { reason: 'moved', count: 1 },
          { reason: 'other', count: 9 },
        ],
        ['reason'],
      ).map((r) => r.count),
    ).toEqual(['..', '<5', 9]);
  });
});
