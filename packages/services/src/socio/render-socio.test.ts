import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TSocioRowInputs } from '@lots/contracts';
import { pdfFlatText, pdfTextOf } from '../../test-support/pdf-text.ts';
import ExcelJS from 'exceljs';
import { renderSocioPdf, renderSocioXlsx } from './render-socio.ts';
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
function hudiksvallAnalysis(
  change: (row: {
    position: number;
    excluded: boolean;
    excludedReason: string | null;
    adjustments: unknown;
  }) => void = () => undefined,
) {
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
    adjustments: [] as unknown,
  }));
  stored.forEach(change);
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
    expect(pdfFlatText(await renderSocioPdf(a))).toContain('skattesats × lön - skatt');
    // Nothing PDFKit's WinAnsi fonts would have written as stray bytes.
    const stray = Array.from(lines.join('')).filter(
      (c) => c < ' ' || (c >= '\u0080' && c < '\u00a0') || c === '\u2212' || c === '\u202f',
    );
    expect(stray).toEqual([]);
  });

  it('prints each year of the benefit period, their sum and the sickness-benefit year-2 rule', async () => {
    const text = pdfFlatText(await renderSocioPdf(hudiksvallAnalysis()));
    expect(text).toContain('År 1 (faktor 1): utbetalningar 1 772 604 kr (varav FK 1 403 004 kr)');
    expect(text).toContain('År 2 (faktor 1): utbetalningar 1 693 224 kr (varav FK 1 323 624 kr)');
    expect(text).toContain('skatt 579 780 kr, boendestöd 587 634 kr');
    expect(text).toContain('Nyttoperiodens siffra (årsvärdet år 3)');
    expect(text).toContain('Sjukpenning från år 2: sjunker med 79 380 kr per år (av 1 270 080 kr)');
  });

  it('prints every parameter with its source, the counterfactual range, the perspectives and the rows', async () => {
    const a = hudiksvallAnalysis((r) => {
      if (r.position === 2) {
        r.excluded = true;
        r.excludedReason = 'Anställningen upphörde efter en vecka';
      }
      if (r.position === 3)
        r.adjustments = [{ field: 'after.salary', value: 19000, note: 'Lön enligt avtal' }];
    });
    const text = pdfFlatText(await renderSocioPdf(a));
    expect(text).toContain(
      'Skattesats (kommun + region): 33 % – källa: ”kommunal- och landstingsskatt',
    );
    expect(text).toContain(
      'Boendestöd, kostnad per timme: 470,86 kr – källa: 470,86 kr, kommunens ekonom',
    );
    expect(text).toContain(
      'IPS 2 gånger effektivare: dödvikt 14 %, andel som tillskrivs programmet 50 %',
    );
    expect(text).toContain('IPS 4 gånger effektivare: dödvikt 7 %');
    expect(text).toContain('Individen: Värderas inte i pengar');
    expect(text).toContain('Regionen:');
    expect(text).toContain('Rad 2, borttagen: före: försörjningsstöd 10 000 kr');
    expect(text).toContain('skäl: Anställningen upphörde efter en vecka');
    expect(text).toContain('justering: after.salary: 18700 -> 19000 (Lön enligt avtal)');

    const book = new ExcelJS.Workbook();
    const file = await renderSocioXlsx(a);
    await book.xlsx.load(
      file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
    );
    const rows = book.getWorksheet('Rader')!;
    expect(rows.getRow(1).values).toContain('skäl att ta bort');
    expect(rows.getRow(3).getCell(10).value).toBe('Anställningen upphörde efter en vecka');
    expect(rows.getRow(4).getCell(11).value).toBe('after.salary: Lön enligt avtal');
    const summary = book.getWorksheet('Sammanfattning')!;
    const cells: string[] = [];
    summary.eachRow((row) => cells.push(row.getCell(1).text));
    expect(cells).toContain('Kontrafaktisk analys (lågt och högt antagande)');
    expect(cells).toContain('Individen');
  });
});
