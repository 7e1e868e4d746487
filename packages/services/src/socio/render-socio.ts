import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { TSocioAnalysisOut } from '@lots/contracts';
import { pdfKronor, pdfText } from '../pdf/pdf-text.ts';
import {
  socioParamKeys,
  socioParamLabels,
  socioParamSource,
  socioParamValue,
  socioRowText,
} from './socio-file-labels.ts';

/*
 * The steering group's files of an analysis (socioeconomics.md: "a tool for the
 * steering group deciding whether to keep the programme"): the figures per year,
 * savings per payer, the benefit period year by year, the rows, and every parameter
 * and assumption, so no figure travels without what it was computed with.
 */

type TLine = [string, string | number | null];

const kr = pdfKronor;
const pct = (share: number) =>
  `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(share * 100)} %`;

const sumYears = (
  a: TSocioAnalysisOut,
  k: 'reducedPayments' | 'taxIncrease' | 'housingSupport' | 'municipality',
) => a.years.reduce((s, y) => s + y[k], 0);

function sections(a: TSocioAnalysisOut): { title: string; lines: TLine[]; kronor?: true }[] {
  const res = a.result;
  const y = res?.yearly;
  return [
    {
      title: 'Analys',
      lines: [
        ['Program', a.programme],
        ['Namn', a.name],
        ['Typ', a.mode === 'records' ? 'från journalen' : 'scenario'],
        ['Period', a.period ? `${a.period.from} – ${a.period.to}` : '–'],
        ['Parametrar', a.parameterSet],
        ['Rader med i analysen', a.rows.filter((r) => !r.excluded).length],
        ['Rader borttagna', a.rows.filter((r) => r.excluded).length],
      ],
    },
    {
      title: 'Per år',
      kronor: true,
      lines: [
        ['Utbetalt före', y?.before ?? null],
        ['Minskat försörjningsstöd (kommunen)', y?.reducedSocialServices ?? null],
        ['Minskade utbetalningar från FK', y?.reducedFK ?? null],
        ['Minskade utbetalningar från AF', y?.reducedAF ?? null],
        ['Ökade skatteintäkter', y?.taxIncrease ?? null],
        ['Ökat produktionsvärde', y?.productionValue ?? null],
        ['Lönesubventioner', y?.subsidies ?? null],
        ['Minskat boendestöd', res?.summary.housingSupport ?? null],
        ['Bruttobesparing (utbetalningar + boendestöd)', res?.summary.grossSavings ?? null],
        ['Bruttobesparing + skatt', res?.summary.grossSavingsPlusTax ?? null],
        ['Kommunens perspektiv', res?.perspectives.municipality ?? null],
        ['Samhällets perspektiv (netto)', res?.perspectives.society ?? null],
      ],
    },
    {
      title: 'Besparing per betalare och år',
      kronor: true,
      lines: a.savingsPerPayer.map((p) => [p.label, p.yearly]),
    },
    {
      title: `Nyttoperiod (${a.parameters.benefitPeriodRule}), år för år`,
      lines: [
        ...a.years.map((t): TLine => [
          `År ${t.year} (faktor ${String(t.factor).replace('.', ',')})`,
          `utbetalningar ${kr(t.reducedPayments)} (varav FK ${kr(t.reducedFK)}), skatt ${kr(t.taxIncrease)}, boendestöd ${kr(t.housingSupport)}, kommunen ${kr(t.municipality)}`,
        ]),
        ...(a.years.length > 0
          ? [
              [
                `Summa av åren (${a.years.length} år)`,
                `utbetalningar ${kr(sumYears(a, 'reducedPayments'))}, skatt ${kr(sumYears(a, 'taxIncrease'))}, boendestöd ${kr(sumYears(a, 'housingSupport'))}, kommunen ${kr(sumYears(a, 'municipality'))}`,
              ] as TLine,
            ]
          : []),
        ...(res
          ? [
              [
                res.benefitPeriod.meaning === 'yearly_value_in_final_year'
                  ? `Nyttoperiodens siffra (årsvärdet år ${res.benefitPeriod.horizonYears})`
                  : `Nyttoperiodens siffra (summa över ${res.benefitPeriod.horizonYears} år)`,
                `utbetalningar ${kr(res.benefitPeriod.figures.reducedPayments)}, skatt ${kr(res.benefitPeriod.figures.taxIncrease)}, boendestöd ${kr(res.benefitPeriod.figures.housingSupport)}`,
              ] as TLine,
              [
                'Sjukpenning från år 2',
                `sjunker med ${kr(res.sicknessBenefitYear2.reduction)} per år (av ${kr(res.sicknessBenefitYear2.sicknessBenefitYearly)}); dras av från FK:s besparing från år 2`,
              ] as TLine,
            ]
          : []),
      ],
    },
    {
      title: 'Publicerat skiljer sig från beräknat',
      lines: (res?.differences ?? []).map((d) => [
        `${d.row === null ? 'summa' : `rad ${d.row}`}: ${d.field}`,
        `publicerat ${kr(d.published)}, beräknat ${kr(d.computed)}`,
      ]),
    },
    {
      title: 'Perspektiv, per år',
      kronor: true,
      lines: res
        ? [
            [
              'Samhället (utbetalningar, skatt, produktion, minus subventioner och programkostnad)',
              res.perspectives.society,
            ],
            ['Kommunen (försörjningsstöd + boendestöd)', res.perspectives.municipality],
            ['Kommunen inklusive ökad kommunalskatt', res.perspectives.municipalityIncludingTax],
            ['Regionen', res.perspectives.region],
            ['Försäkringskassan', res.perspectives.FK],
            ['Arbetsförmedlingen (minus lönesubventioner)', res.perspectives.AF],
            [
              'Individen',
              'Värderas inte i pengar: visa deltagarnas egna skattningar (hälsa, livskvalitet) bredvid siffrorna.',
            ],
          ]
        : [],
    },
    {
      title: 'Kontrafaktisk analys (lågt och högt antagande)',
      lines: res
        ? [
            [
              'Andel som nått arbete eller studier',
              res.counterfactual.outcomeRate === null
                ? 'saknas, så dödvikten kan inte räknas'
                : pct(res.counterfactual.outcomeRate),
            ] as TLine,
            ...res.counterfactual.scenarios.map((c): TLine => [
              `IPS ${String(c.effectVsUsual).replace('.', ',')} gånger effektivare`,
              `dödvikt ${c.deadweightRate === null ? '–' : pct(c.deadweightRate)}, andel som tillskrivs programmet ${pct(c.attributableShare)}: bruttobesparing + skatt ${kr(c.figures.grossSavingsPlusTax ?? null)}, kommunen ${kr(c.figures.municipality ?? null)}`,
            ]),
          ]
        : [],
    },
    {
      title: `Parametrar (${a.parameters.id})`,
      lines: socioParamKeys.map((k) => [
        socioParamLabels[k],
        `${socioParamValue(a.parameters, k)} – källa: ${socioParamSource(a, k)}`,
      ]),
    },
    {
      title: 'Rader (belopp per månad)',
      lines: a.rows.flatMap((r): TLine[] => [
        [
          `Rad ${r.row}${r.caseNumber ? ` (${r.caseNumber})` : ''}${r.excluded ? ', borttagen' : ''}`,
          socioRowText(r, (n) => kr(n)),
        ],
        ...(r.excluded && r.excludedReason ? [['  skäl', r.excludedReason] as TLine] : []),
        ...r.adjustments.map((x): TLine => [
          '  justering',
          `${x.field}: ${x.original ?? '–'} → ${x.value}${x.note ? ` (${x.note})` : ''}`,
        ]),
      ]),
    },
    { title: 'Antaganden', lines: a.assumptions.map((text, i) => [`${i + 1}`, text]) },
  ];
}

const shown = (v: string | number | null, kronor: boolean) =>
  v === null ? '–' : kronor && typeof v === 'number' ? kr(v) : String(v);

/** Sheets: Sammanfattning (all sections) and Rader (one line per row, row number first). */
export async function renderSocioXlsx(a: TSocioAnalysisOut): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lots';
  const sheet = book.addWorksheet('Sammanfattning');
  sheet.addRow([`Socioekonomisk analys: ${a.name}`]).font = { bold: true, size: 14 };
  for (const s of sections(a)) {
    sheet.addRow([]);
    sheet.addRow([s.title]).font = { bold: true };
    for (const line of s.lines) sheet.addRow(line);
  }
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 90;
  const rows = book.addWorksheet('Rader');
  rows.addRow([
    'rad',
    'med',
    'före (kr/mån)',
    'efter',
    'lön',
    'subvention',
    'boendestöd före',
    'boendestöd efter',
    'justeringar',
    'skäl att ta bort',
    'anteckningar',
  ]).font = { bold: true };
  for (const r of a.rows) {
    const after = r.inputs.after;
    rows.addRow([
      r.row,
      r.excluded ? 'nej' : 'ja',
      r.inputs.before.reduce((s, b) => s + b.monthly, 0),
      after?.kind ?? '–',
      after?.kind === 'employment' ? after.salary : null,
      after?.kind === 'employment' ? after.subsidyMonthly : null,
      r.inputs.housing?.hoursBefore ?? null,
      r.inputs.housing?.hoursAfter ?? null,
      r.adjustments.map((x) => `${x.field}: ${x.original ?? '–'} → ${x.value}`).join('; '),
      r.excludedReason ?? null,
      r.adjustments.flatMap((x) => (x.note ? [`${x.field}: ${x.note}`] : [])).join('; ') || null,
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A4 for the steering group: the same sections as the workbook, amounts in kronor. */
export async function renderSocioPdf(a: TSocioAnalysisOut): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: `Socioekonomisk analys: ${a.name}`, Creator: 'Lots' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(pdfText(`Socioekonomisk analys: ${a.name}`));
  for (const s of sections(a)) {
    if (s.lines.length === 0) continue;
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(pdfText(s.title));
    doc.font('Helvetica').fontSize(9);
    for (const [label, value] of s.lines)
      doc.text(pdfText(`${label}: ${shown(value, s.kronor === true)}`));
  }
  doc.end();
  return done;
}
