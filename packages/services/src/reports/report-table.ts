import type {
  TBreakdownReport,
  TCaseloadReport,
  TFactBox,
  TLastingReport,
  TMovementReport,
  TOutcomeReportResponse,
  TTimeMeasuresReport,
} from '@lots/contracts';
import { denominatorLabels } from './outcome-groups.ts';

/**
 * A report as a flat table for CSV, XLSX and PDF: Swedish title and column headers,
 * and the lines that say what was counted (period, denominator, definitions,
 * suppression) written into the file itself, so a figure never travels without
 * its definition (outcomes.md "Denominators": "the report header says which").
 */
export type TReportTable = {
  title: string;
  /** Label/value lines written above the table. */
  about: [string, string][];
  headers: string[];
  rows: (string | number | null)[][];
  fileName: string;
};

type TAnyReport =
  | TOutcomeReportResponse
  | TBreakdownReport
  | TMovementReport
  | TCaseloadReport
  | TFactBox
  | TLastingReport
  | TTimeMeasuresReport;

const sexLabels: Record<string, string> = {
  female: 'kvinnor',
  male: 'män',
  other: 'annat',
  unknown: 'okänt',
};

const dimensionLabels: Record<string, string> = {
  sex: 'Kön',
  ageBand: 'Åldersgrupp',
  reason: 'Avslutsorsak',
  programme: 'Program',
  association: 'Förbund',
  municipality: 'Kommun',
  referralSource: 'Remittent',
  incomeSource: 'Försörjning vid start',
  timeOnSupport: 'Tid i offentlig försörjning',
  education: 'Utbildning',
  diagnosisGroup: 'Diagnosgrupp',
  specialist: 'Specialist',
  month: 'Månad',
  quarter: 'Kvartal',
  year: 'År',
};

function common(report: TAnyReport): [string, string][] {
  return [
    [
      'Omfattning',
      report.programme
        ? `program ${report.programme}`
        : report.association
          ? `förbund ${report.association}`
          : 'alla program med behörighet',
    ],
    ['Period', `${report.period.from} – ${report.period.to}`],
    [
      'Små tal',
      report.suppressed
        ? 'antal 1–4 visas som "<5", celler som skulle röja dem som "..", andelar på färre än 5 som "–"'
        : 'exakta antal (inte för spridning utanför organisationen)',
    ],
  ];
}

function fileName(report: TAnyReport): string {
  const who = report.programme ?? report.association ?? 'alla';
  return `lots-${report.report}-${who}-${report.period.from}-${report.period.to}`;
}

function outcomeTable(r: TOutcomeReportResponse): TReportTable {
  const sexes = [...new Set(r.rows.flatMap((row) => Object.keys(row.bySex)))];
  const groupBy = r.by ?? [];
  return {
    title: 'Utfall per definition',
    about: [
      ...common(r),
      ['Nämnare', `${r.denominator} – ${denominatorLabels[r.denominator]}`],
      ...(groupBy.length > 0
        ? [
            [
              'Fördelning',
              `${groupBy.map((d) => dimensionLabels[d] ?? d).join(', ')}${r.ageBands ? ` (åldersgrupper ${r.ageBands})` : ''}`,
            ] as [string, string],
          ]
        : []),
      ...r.rows.map((row): [string, string] => [
        `Definition ${row.outcome}${row.own ? ' (egen)' : ''}`,
        `${row.label}: ${row.rule ?? ''}. Nämnare: ${denominatorLabels[r.denominator].toLowerCase()}`,
      ]),
    ],
    headers: [
      'Utfall (id)',
      'Definition',
      'Nämnare (id)',
      'Antal',
      'Nämnare',
      'Andel',
      'Mål',
      ...sexes.flatMap((s) => [`Antal ${sexLabels[s] ?? s}`, `Nämnare ${sexLabels[s] ?? s}`]),
      ...(groupBy.length > 0 ? ['Grupp'] : []),
    ],
    rows: r.rows.flatMap((row) => [
      [
        row.outcome,
        row.label,
        r.denominator,
        row.count,
        row.denominator,
        row.rate,
        row.target,
        ...sexes.flatMap((s) => [row.bySex[s]?.count ?? 0, row.bySex[s]?.denominator ?? 0]),
        ...(groupBy.length > 0 ? ['alla'] : []),
      ],
      ...(row.groups ?? []).map((g) => [
        row.outcome,
        row.label,
        r.denominator,
        g.count,
        g.denominator,
        g.rate,
        null,
        ...sexes.flatMap(() => [null, null]),
        groupBy
          .map(
            (d) =>
              `${dimensionLabels[d] ?? d}: ${d === 'sex' ? (sexLabels[g.values[d] ?? ''] ?? g.values[d]) : g.values[d]}`,
          )
          .join('; '),
      ]),
    ]),
    fileName: fileName(r),
  };
}

function timeMeasuresTable(r: TTimeMeasuresReport): TReportTable {
  const c = r.firstContact;
  const j = r.firstJob;
  const t = r.timeInProgramme;
  const k = r.jobTenure;
  const enrolled = `enrolled_in_period – ${denominatorLabels.enrolled_in_period}`;
  const closed = `closed_in_period – ${denominatorLabels.closed_in_period}`;
  return {
    title: 'Tidsmått',
    about: [
      ...common(r),
      ['Till och med', r.asOf],
      ['Nämnare, kontakt och anställning', `${enrolled} (${String(c.enrolments)})`],
      ['Nämnare, tid i programmet', `${closed} (${String(t.closed)})`],
      [
        'Regler',
        'dagar från inskrivning till första arbetsgivarkontakt i person och till första anställning, till och med avslut eller periodens slut; tid i programmet från inskrivning till avslut, i påbörjade tremånadersintervall; anställningstid från start till slut eller periodens slut (outcomes.md "Time measures")',
      ],
    ],
    headers: ['Mått', 'Nämnare', 'Antal', 'Medel (dagar)', 'Median (dagar)'],
    rows: [
      [
        'Första arbetsgivarkontakt i person',
        'enrolled_in_period',
        c.withContact,
        c.meanDays,
        c.medianDays,
      ],
      [`  inom ${c.withinDays} dagar`, 'enrolled_in_period', c.within, null, null],
      [`  efter ${c.withinDays} dagar`, 'enrolled_in_period', c.after, null, null],
      ['  bara kontakter utan personligt möte', 'enrolled_in_period', c.without, null, null],
      [
        '  ingen arbetsgivarkontakt registrerad',
        'enrolled_in_period',
        c.noContactRecorded,
        null,
        null,
      ],
      ['Första anställning', 'enrolled_in_period', j.withJob, j.meanDays, j.medianDays],
      ['  ingen anställning', 'enrolled_in_period', j.without, null, null],
      ['Tid i programmet', 'closed_in_period', t.closed, t.meanDays, t.medianDays],
      ...t.bands.map((b): (string | number | null)[] => [
        `  ${b.band} månader`,
        'closed_in_period',
        b.count,
        null,
        null,
      ]),
      ['Anställningstid', 'anställningar', k.jobs, k.meanDays, k.medianDays],
      ['  avslutade anställningar', 'anställningar', k.ended, null, null],
      ['  pågående anställningar', 'anställningar', k.ongoing, null, null],
    ],
    fileName: fileName(r),
  };
}

/** The report as a table with Swedish headers and its definitions written in. */
export function reportTable(report: TAnyReport): TReportTable {
  switch (report.report) {
    case 'outcomes':
      return outcomeTable(report);
    case 'participants':
    case 'closures':
      return {
        title:
          report.report === 'participants'
            ? 'Deltagare under perioden'
            : 'Avslutade under perioden',
        about: [
          ...common(report),
          ['Nämnare', `${report.denominator} – ${denominatorLabels[report.denominator]}`],
          ['Åldersgrupper', report.ageBands],
        ],
        headers: [...report.by.map((d) => dimensionLabels[d] ?? d), 'Antal'],
        rows: report.rows.map((row) => [...report.by.map((d) => row[d] ?? ''), row.count ?? 0]),
        fileName: fileName(report),
      };
    case 'movement':
      return {
        title: 'Förflyttning från start till avslut',
        about: [
          ...common(report),
          ['Nämnare', `closed_in_period – ${denominatorLabels.closed_in_period}`],
          ['Uppåt', `${report.movedUp.count} (${report.movedUp.rate ?? '–'})`],
          ['Oförändrat', `${report.stayed.count} (${report.stayed.rate ?? '–'})`],
          ['Nedåt', `${report.movedDown.count} (${report.movedDown.rate ?? '–'})`],
          [
            'Egen försörjning vid avslut bland dem som inte var självförsörjande vid start',
            `${report.selfSupportFromDependence.count} av ${report.selfSupportFromDependence.denominator} (${report.selfSupportFromDependence.rate ?? '–'})`,
          ],
          [
            'Försörjning: saknar registrerad försörjning vid start eller avslut',
            String(report.selfSupportFromDependence.unknown),
          ],
        ],
        headers: ['Vid start \\ vid avslut', ...report.levels],
        rows: [
          ...report.matrix.map((m) => [m.baseline, ...report.levels.map((l) => m.exit[l] ?? 0)]),
          [],
          ['Förflyttning', 'Antal', 'Andel'],
          ['Uppåt', report.movedUp.count, report.movedUp.rate],
          ['Oförändrat', report.stayed.count, report.stayed.rate],
          ['Nedåt', report.movedDown.count, report.movedDown.rate],
          [],
          ['Försörjning (ej självförsörjande vid start)', 'Antal', 'Nämnare', 'Andel', 'Okända'],
          [
            'Egen försörjning vid avslut',
            report.selfSupportFromDependence.count,
            report.selfSupportFromDependence.denominator,
            report.selfSupportFromDependence.rate,
            report.selfSupportFromDependence.unknown,
          ],
        ],
        fileName: fileName(report),
      };
    case 'caseload':
      return {
        title: 'Arbetsbelastning och kö',
        about: [
          ...common(report),
          ['Datum', report.date],
          ['Mål per heltid', String(report.target)],
          ['Utan specialist', String(report.unassigned)],
          ['I kö', String(report.queue.waiting)],
          ['Väntetid medel (dagar)', String(report.queue.meanDays ?? '–')],
          ['Väntetid median (dagar)', String(report.queue.medianDays ?? '–')],
        ],
        headers: ['Specialist', 'Program', 'Tjänstgöringsgrad', 'Aktiva', 'Per heltid'],
        rows: report.rows.map((r) => [r.specialist, r.programme, r.fte, r.active, r.weighted]),
        fileName: fileName(report),
      };
    case 'fact-box':
      return {
        title: 'Faktaruta',
        about: [
          ...common(report),
          ['Åldersgrupper', report.ageBands],
          ['I arbete', 'employment – Anställning inkl. lönestöd, nämnare enrolled_in_period'],
          ['I studier', 'studies – Studier, nämnare enrolled_in_period'],
          ['Planerat år', String(report.planned.year)],
          ['Planerat deltagare', String(report.planned.participants ?? '–')],
          ['Planerat i arbete', String(report.planned.inWork ?? '–')],
          ['Planerat i studier', String(report.planned.inStudies ?? '–')],
        ],
        headers: ['Åldersgrupp', 'Kön', 'Deltagare', 'I arbete', 'I studier', 'Avbrott'],
        rows: report.rows
          .map((r): (string | number | null)[] => [
            r.ageBand,
            sexLabels[r.sex] ?? r.sex,
            r.participants,
            r.inWork,
            r.inStudies,
            r.droppedOut,
          ])
          .concat([
            [
              'Totalt',
              '',
              report.totals.participants,
              report.totals.inWork,
              report.totals.inStudies,
              report.totals.droppedOut,
            ],
            [
              `Planerat ${report.planned.year}`,
              '',
              report.planned.participants,
              report.planned.inWork,
              report.planned.inStudies,
              null,
            ],
          ]),
        fileName: fileName(report),
      };
    case 'time-measures':
      return timeMeasuresTable(report);
    case 'lasting':
      return {
        title: 'Varaktiga resultat efter avslut',
        about: [
          ...common(report),
          ['Nämnare', `closed_in_period – ${denominatorLabels.closed_in_period}`],
          ['Per datum', report.asOf],
        ],
        headers: ['Månader efter avslut', 'Status', 'Antal'],
        rows: report.rows.map((r) => [r.months, r.status, r.count]),
        fileName: fileName(report),
      };
  }
}
