import { describe, expect, it } from 'vitest';
import {
  groupBySection,
  itemNames,
  scoreProblem,
  scoreRequest,
  sectionOf,
} from './fidelity-model.ts';

describe('sectionOf', () => {
  it('follows the IPS-25 sections: 1–3 staffing, 4–11 organisation, 12–25 services', () => {
    expect([1, 3, 4, 11, 12, 25].map(sectionOf)).toEqual([
      'staffing',
      'staffing',
      'organisation',
      'organisation',
      'services',
      'services',
    ]);
  });

  it('groups items in scale order', () => {
    const groups = groupBySection([{ number: 12 }, { number: 1 }, { number: 5 }, { number: 2 }]);
    expect(groups.map((g) => [g.section, g.items.map((i) => i.number)])).toEqual([
      ['staffing', [1, 2]],
      ['organisation', [5]],
      ['services', [12]],
    ]);
  });
});

describe('scoreProblem', () => {
  const draft = { score: 3, note: '', evidence: '' };
  it('requires a score', () => {
    expect(scoreProblem({ ...draft, score: null }, 4)?.field).toBe('score');
  });
  it('accepts the proposal without a note, or any score when there is no proposal', () => {
    expect(scoreProblem({ ...draft, score: 4 }, 4)).toBeNull();
    expect(scoreProblem(draft, null)).toBeNull();
  });
  it('requires a note for an override', () => {
    expect(scoreProblem(draft, 4)).toEqual({ field: 'note', key: 'noteRequired', proposal: 4 });
    expect(scoreProblem({ ...draft, note: '  ' }, 4)?.field).toBe('note');
    expect(scoreProblem({ ...draft, note: 'Intervjuer visar annat' }, 4)).toBeNull();
  });
});

describe('scoreRequest', () => {
  it('leaves out empty texts and sends acceptProposal instead of a score', () => {
    expect(scoreRequest({ score: 3, note: ' ', evidence: 'Loggar' })).toEqual({
      score: 3,
      evidence: 'Loggar',
    });
    expect(scoreRequest({ score: 4, note: '', evidence: '' }, true)).toEqual({
      acceptProposal: true,
    });
  });
});

describe('itemNames', () => {
  it('names items by number and title, falling back to the id', () => {
    const items = [{ id: 'caseload_size', number: 1, title: 'Caseload' }];
    expect(itemNames(['caseload_size', 'disclosure'], items)).toBe('1. Caseload, disclosure');
  });
});
