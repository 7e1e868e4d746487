import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TSocioRowInputs } from '@lots/contracts';
import { pdfTextOf } from '../../test-support/pdf-text.ts';
import { renderSocioPdf } from './render-socio.ts';
import { analysisOut } from './socio-result.ts';

type TFixture = {
  parameters: Record<string, number>;
  rows: { before: TSocioRowInputs['before']; after: TSocioRowInputs['after'] }[];
  housingSupport: { rows: { hoursBefore: number; hoursAfter: number }[] };
};

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../../../shared/fixtures/hudiksvall-2017-socioeconomic.json', import.meta.url),
    'utf8',
  ),
) as TFixture;

/** The Hudiksvall table as a stored scenario analysis, as the routes hand it to the renderer. */
function hudiksvallAnalysis() {
  const people = fixture.rows.map((r) => ({
    before: r.before,
    after: r.after,
    housing: null,
  }));
  const housingOnly = fixture.housingSupport.rows.map((h) => ({
    before: [],
    after: null,
    housing: h,
  }));
  const stored = [...people, ...housingOnly].map((inputs, i) => ({
    id: `r${i + 1}`,
    position: i + 1,
    enrolmentId: null,
    caseNumber: null,
    inputs,
    excluded: false,
    excludedReason: null,
    adjustments: [],
  }));
  return analysisOut(
    {
      id: 'a1',
      programmeKey: 'ips-hud',
      name: 'Hudiksvall 2017',
      mode: 'scenario',
      periodFrom: null,
      periodTo: null,
      parameterSet: 'SE-2017-hudiksvall',
      parameterOverrides: {},
      outcomeRate: 0.28,
      publishedTotals: null,
      status: 'draft',
      createdAt: new Date('2026-12-01T10:00:00Z'),
    },
    stored,
    'staff',
  );
}

describe('the steering group PDF', () => {
  it('prints a negative figure with a minus sign and Swedish digit grouping a reader sees', async () => {
    const a = hudiksvallAnalysis();
    expect(a.savingsPerPayer.find((p) => p.payer === 'AF')?.yearly).toBe(198000 - 1090440);
    const lines = pdfTextOf(await renderSocioPdf(a));
    expect(lines.join('\n')).toContain('Arbetsförmedlingen (minus lönesubventioner): -892 440 kr');
    expect(lines.join('\n')).toContain('Kommunens perspektiv: 563 356 kr');
    // The assumption texts use the typographic minus; the PDF shows a plain one.
    expect(lines.join('\n')).toContain('skattesats × lön - skatt');
    // Nothing PDFKit's WinAnsi fonts would have written as stray bytes.
    const stray = Array.from(lines.join('')).filter(
      (c) => c < ' ' || c === '\u2212' || c === '\u202f',
    );
    expect(stray).toEqual([]);
  });

  it('prints each year of the benefit period, their sum and the sickness-benefit year-2 rule', async () => {
    const text = pdfTextOf(await renderSocioPdf(hudiksvallAnalysis())).join('\n');
    expect(text).toContain('År 1 (faktor 1): utbetalningar 1 772 604 kr (varav FK 1 403 004 kr)');
    expect(text).toContain('År 2 (faktor 1): utbetalningar 1 693 224 kr (varav FK 1 323 624 kr)');
    expect(text).toContain('skatt 579 780 kr, boendestöd 587 634 kr');
    expect(text).toContain('Nyttoperiodens siffra (årsvärdet år 3)');
    expect(text).toContain('Sjukpenning från år 2: sjunker med 79 380 kr per år (av 1 270 080 kr)');
  });
});
