import type { TFidelityInstrument } from '@lots/core';
import ips25V1Data from '@lots/core/instruments/ips-25-v1.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { parseFidelityInstrument, ZFidelityReview } from './fidelity.ts';
import { zodIssuesToIssues } from './zod-issues.ts';

const ips25V1 = ips25V1Data as unknown as TFidelityInstrument;

describe('ZFidelityInstrument', () => {
  it('loads the built-in IPS-25 definition file as it is', () => {
    const result = parseFidelityInstrument(JSON.parse(JSON.stringify(ips25V1Data)));
    expect(result).toEqual({ ok: true, instrument: ips25V1 });
  });

  it('refuses a definition with a missing item, four anchors or a band gap', () => {
    const doc = structuredClone(ips25V1) as unknown as {
      items: { anchors: unknown[] }[];
      bands: { min: number }[];
    };
    doc.items.pop();
    doc.items[0]!.anchors.pop();
    doc.bands[1]!.min = 101;
    const result = parseFidelityInstrument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({
      path: ['items', 0, 'anchors'],
      message: 'must have exactly 5 anchors, for scores 1 to 5',
    });
    const fixed = structuredClone(doc);
    fixed.items[0]!.anchors = [...ips25V1.items[0]!.anchors];
    const again = parseFidelityInstrument(fixed);
    expect(again.ok ? [] : again.issues).toEqual([
      { path: ['items'], message: 'missing item(s): assertive_outreach' },
      { path: ['bands'], message: 'totals 100–100 have no band' },
    ]);
  });
});

describe('ZFidelityReview', () => {
  it('takes item scores 1–5 and names unknown items and bad scores', () => {
    expect(ZFidelityReview.parse({ items: { caseload_size: 4 }, reviewer: 'x' })).toEqual({
      items: { caseload_size: 4 },
    });
    const bad = ZFidelityReview.safeParse({ items: { caseload_size: 0, teamwork: 3 } });
    expect(bad.success ? [] : zodIssuesToIssues(bad.error)).toEqual([
      { path: ['items', 'caseload_size'], message: 'must be a whole number from 1 to 5' },
      { path: ['items', 'teamwork'], message: 'is not a known property here (check the spelling)' },
    ]);
  });
});
