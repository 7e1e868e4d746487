/**
 * IPS caseload size (process.md "Caseload and queue"; fidelity item 1): at most 20
 * participants per full-time specialist, weighted by FTE (tjänstgöringsgrad).
 */
export const IPS_CASELOAD_TARGET = 20;

/**
 * Active caseload divided by FTE, to two decimals: 34 participants on 1.6 FTE is
 * 21.25 (Hudiksvall, seed 001). A 0.5 FTE specialist with 10 participants counts as
 * 20 (fidelity.md "Edge rules"). Zero FTE has no weighted caseload (null).
 */
export function fteWeightedCaseload(active: number, fte: number): number | null {
  if (!(fte > 0)) return null;
  return Math.round((active / fte) * 100) / 100;
}

export type TCaseloadInput = { id: string; fte: number; active: number };
export type TCaseloadRow<T extends TCaseloadInput> = T & {
  weighted: number | null;
  overTarget: boolean;
};

/**
 * Per-specialist weighted caseloads and the programme's total (total active ÷ total
 * FTE, as the fidelity proposal counts it), each flagged when over `target`.
 */
export function summariseCaseload<T extends TCaseloadInput>(
  rows: readonly T[],
  target = IPS_CASELOAD_TARGET,
): {
  rows: TCaseloadRow<T>[];
  totals: { active: number; fte: number; weighted: number | null; overTarget: boolean };
} {
  const out = rows.map((r) => {
    const weighted = fteWeightedCaseload(r.active, r.fte);
    return { ...r, weighted, overTarget: weighted !== null && weighted > target };
  });
  const active = rows.reduce((n, r) => n + r.active, 0);
  // Sum in hundredths: FTEs are stored with two decimals and 0.1 + 0.2 must stay 0.3.
  const fte = rows.reduce((n, r) => n + Math.round(r.fte * 100), 0) / 100;
  const weighted = fteWeightedCaseload(active, fte);
  return {
    rows: out,
    totals: { active, fte, weighted, overTarget: weighted !== null && weighted > target },
  };
}
