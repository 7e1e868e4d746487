import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fteWeightedCaseload, summariseCaseload } from './fte-caseload.ts';

describe('fteWeightedCaseload', () => {
  it('weights by FTE: 34 participants on 1.6 FTE is 21.25 (Hudiksvall)', () => {
    expect(fteWeightedCaseload(34, 1.6)).toBe(21.25);
    expect(fteWeightedCaseload(10, 0.5)).toBe(20);
    expect(fteWeightedCaseload(3, 0)).toBeNull();
  });

  it('never goes below the raw count for FTE ≤ 1 (property)', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer({ min: 1, max: 100 }), (active, pct) => {
        const weighted = fteWeightedCaseload(active, pct / 100);
        return weighted !== null && weighted >= active - 0.005;
      }),
    );
  });
});

describe('summariseCaseload', () => {
  it('flags specialists and the programme over the IPS target of 20', () => {
    const { rows, totals } = summariseCaseload([
      { id: 'a', fte: 1, active: 18 },
      { id: 'b', fte: 0.6, active: 16 },
    ]);
    expect(rows.map((r) => [r.weighted, r.overTarget])).toEqual([
      [18, false],
      [26.67, true],
    ]);
    expect(totals).toEqual({ active: 34, fte: 1.6, weighted: 21.25, overTarget: true });
  });

  it('exactly 20 is on target', () => {
    expect(summariseCaseload([{ id: 'a', fte: 0.5, active: 10 }]).totals.overTarget).toBe(false);
  });
});
