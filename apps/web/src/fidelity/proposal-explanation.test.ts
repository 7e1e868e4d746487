import { ZFidelityProposal } from '@lots/contracts';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { sv } from '../i18n/sv.ts';
import { proposalExplanation } from './proposal-explanation.ts';

async function translator(lng: 'sv' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const note = 'Open enrolments on 2026-12-06 ÷ total FTE, rounded half up.';

// The message keys the API may send.
const fidelityNoteKeys = ZFidelityProposal.shape.explanation.element.shape.key.options;

describe('proposalExplanation', () => {
  it('words a caseload proposal in Swedish, with Swedish dates and numbers', async () => {
    const t = await translator('sv');
    const text = proposalExplanation(t, {
      note,
      explanation: [
        { key: 'caseloadComputed', params: { date: '2026-12-06' } },
        { key: 'caseloadUnassigned', params: { count: 1234 } },
      ],
    });
    expect(text).toContain('Öppna inskrivningar 2026-12-06 delat med antalet heltidstjänster');
    expect(text).toContain('antalet deltagare per IPS-coach');
    // Thousands grouped with a (non-breaking) space, plural form.
    expect(text).toMatch(/1\s234 öppna inskrivningar saknar IPS-coach\.$/u);
    expect(text).not.toMatch(/Open enrolments|FTE/);
  });

  it('picks the Swedish singular, and says why there is no proposal', async () => {
    const t = await translator('sv');
    expect(
      proposalExplanation(t, {
        note: 'unused',
        explanation: [{ key: 'caseloadUnassigned', params: { count: 1 } }],
      }),
    ).toBe('1 öppen inskrivning saknar IPS-coach.');
    expect(
      proposalExplanation(t, {
        note: 'unused',
        explanation: [{ key: 'teamAssignmentNoTeam' }],
      }),
    ).toBe(
      'Ingen IPS-coach med öppna inskrivningar är knuten till ett team i Lots: du som bedömare väljer mellan nivå 1 och 2.',
    );
  });

  it('words the same explanation in English in the English interface', async () => {
    const t = await translator('en');
    expect(
      proposalExplanation(t, {
        note: 'unused',
        explanation: [
          { key: 'rapidComputed', params: { count: 3 } },
          { key: 'rapidWithout', params: { count: 1 } },
        ],
      }),
    ).toBe(
      'Mean days from enrolment to the first face-to-face employer contact over 3 enrolments. 1 enrolment started in the window still has none and is not in the mean.',
    );
  });

  it('has a Swedish and an English text for every key the proposals use', async () => {
    expect(fidelityNoteKeys.length).toBeGreaterThan(30);
    for (const lng of ['sv', 'en'] as const) {
      const t = await translator(lng);
      for (const key of fidelityNoteKeys) {
        const text = proposalExplanation(t, {
          note: 'unused',
          explanation: [{ key, params: { count: 2, date: '2026-12-06' } }],
        });
        expect(text, `${lng} ${key}`).not.toContain('fidelity.explanation');
        expect(text, `${lng} ${key}`).not.toMatch(/\{\{/);
      }
    }
  });

  it('shows the server’s note for proposals stored without an explanation', async () => {
    const t = await translator('sv');
    expect(proposalExplanation(t, { note, explanation: [] })).toBe(note);
  });
});
