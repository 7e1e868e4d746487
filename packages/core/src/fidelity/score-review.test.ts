import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { checkFidelityInstrument } from './check-instrument.ts';
import ips25V1Data from './instruments/ips-25-v1.json' with { type: 'json' };
import {
  compareReviewers,
  nextReviewDue,
  scoreReview,
  type TFidelityScores,
} from './score-review.ts';
import { fidelityItemIds, type TFidelityInstrument, type TFidelityItemId } from './types.ts';

// The built-in definition is data; services reads it through the contracts parser.
// Here it is taken as it is, and checkFidelityInstrument below checks it.
const ips25V1 = ips25V1Data as unknown as TFidelityInstrument;

/** A complete review whose scores add up to `total` (25 ≤ total ≤ 125). */
function reviewWithTotal(total: number): TFidelityScores {
  let rest = total - 25;
  const items: Partial<Record<TFidelityItemId, number>> = {};
  for (const id of fidelityItemIds) {
    const extra = Math.min(4, rest);
    items[id] = 1 + extra;
    rest -= extra;
  }
  return { items };
}

describe('the IPS-25 v1 instrument', () => {
  it('has the 25 items in order, five anchors each, and gap-free bands', () => {
    expect(ips25V1.items.map((i) => i.id)).toEqual([...fidelityItemIds]);
    expect(ips25V1.items.map((i) => i.number)).toEqual(fidelityItemIds.map((_, i) => i + 1));
    expect(ips25V1.items.filter((i) => i.section === 'staffing')).toHaveLength(3);
    expect(ips25V1.items.filter((i) => i.section === 'organisation')).toHaveLength(8);
    expect(ips25V1.items.filter((i) => i.section === 'services')).toHaveLength(14);
    for (const item of ips25V1.items) {
      expect(item.anchors).toHaveLength(5);
      for (const a of item.anchors) expect(a.sv && a.en).toBeTruthy();
    }
    expect(checkFidelityInstrument(ips25V1)).toEqual([]);
  });

  it('names what is wrong with a broken definition', () => {
    const broken = {
      items: ips25V1.items
        .slice(1)
        .map((i, n) => (n === 0 ? { ...i, anchors: i.anchors.slice(0, 4) } : i)),
      bands: [
        { id: 'good', min: 100, max: 125 },
        { id: 'fair', min: 74, max: 98 },
        { id: 'fair', min: 30, max: 73 },
      ],
    };
    const messages = checkFidelityInstrument(broken).map(
      (i) => `${i.path.join('.')}: ${i.message}`,
    );
    expect(messages).toContain('items: missing item(s): caseload_size');
    expect(messages).toContain('items.0.anchors: must have exactly 5 anchors, for scores 1 to 5');
    expect(messages).toContain('bands.2.id: band fair appears twice');
    expect(messages).toContain('bands: totals 25–29 have no band');
    expect(messages).toContain('bands: totals 99–99 have no band');
  });
});

describe('scoreReview', () => {
  it.each([
    [25, 'not_ips', 'Stämmer inte'],
    [73, 'not_ips', 'Stämmer inte'],
    [74, 'fair', 'Stämmer delvis'],
    [81, 'fair', 'Stämmer delvis'], // Hudiksvall, May 2018 (seed 001)
    [99, 'fair', 'Stämmer delvis'],
    [100, 'good', 'Stämmer bra'],
    [114, 'good', 'Stämmer bra'],
    [115, 'exemplary', 'Stämmer mycket bra'],
    [125, 'exemplary', 'Stämmer mycket bra'],
  ])('a total of %i is %s', (total, band, label) => {
    expect(scoreReview(ips25V1, reviewWithTotal(total))).toEqual({
      total,
      max: 125,
      band,
      bandLabel: label,
      missing: [],
    });
  });

  it('gives the seed label or the English one on request', () => {
    expect(scoreReview(ips25V1, reviewWithTotal(103), { labelStyle: 'sv' }).bandLabel).toBe(
      'Stämmer bra överens med IPS',
    );
    expect(scoreReview(ips25V1, reviewWithTotal(103), { labelStyle: 'en' }).bandLabel).toBe(
      'Good fidelity',
    );
  });

  it('has no band while items are missing, and names them in scale order', () => {
    const review = reviewWithTotal(125);
    delete review.items.assertive_outreach;
    delete review.items.caseload_size;
    expect(scoreReview(ips25V1, review)).toEqual({
      total: 115,
      max: 125,
      band: null,
      bandLabel: null,
      missing: ['caseload_size', 'assertive_outreach'],
    });
    expect(scoreReview(ips25V1, { items: {} }).missing).toHaveLength(25);
  });

  it('refuses scores outside 1–5 and unknown items, naming each', () => {
    const bad = {
      items: { caseload_size: 6, disclosure: 2.5, team_work: 3 },
    } as unknown as TFidelityScores;
    try {
      scoreReview(ips25V1, bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).issues).toEqual([
        { path: ['items', 'caseload_size'], message: 'must be a whole number from 1 to 5' },
        { path: ['items', 'disclosure'], message: 'must be a whole number from 1 to 5' },
        { path: ['items', 'team_work'], message: 'team_work is not an item of ips-25' },
      ]);
    }
  });
});

describe('nextReviewDue', () => {
  it('is six months on under 100, twelve from 100, and configurable', () => {
    expect(nextReviewDue('2018-05-31', 81)).toBe('2018-11-30');
    expect(nextReviewDue('2018-05-31', 99)).toBe('2018-11-30');
    expect(nextReviewDue('2018-05-31', 100)).toBe('2019-05-31');
    expect(nextReviewDue('2018-05-31', null)).toBe('2018-11-30');
    expect(
      nextReviewDue('2018-05-31', 100, { threshold: 115, shortMonths: 3, longMonths: 24 }),
    ).toBe('2018-08-31');
  });
});

describe('compareReviewers', () => {
  it('lists the items where two reviewers differ, and by how much', () => {
    const first = reviewWithTotal(100);
    const second = structuredClone(first);
    second.items.caseload_size = 2;
    second.items.disclosure = 1;
    delete second.items.assertive_outreach;
    expect(compareReviewers(ips25V1, first, second)).toEqual([
      { id: 'caseload_size', first: 5, second: 2, difference: 3 },
      { id: 'disclosure', first: 5, second: 1, difference: 4 },
      { id: 'assertive_outreach', first: 1, second: null, difference: null },
    ]);
    expect(compareReviewers(ips25V1, first, structuredClone(first))).toEqual([]);
  });
});
