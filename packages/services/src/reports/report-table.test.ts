import type { TFactBox, TMovementReport, TOutcomeReportResponse } from '@lots/contracts';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderPdf } from './render-report.ts';
import { reportTable } from './report-table.ts';

/* The files carry what the web page and the API show (outcomes.md "Standard reports"). */

const header = {
  programme: 'ips-demo',
  period: { from: '2024-01-01', to: '2024-12-31' },
  suppressed: false,
};

describe('report files', () => {
  it('movement: the self-support at exit among those not self-supporting at start, and the directions', () => {
    const movement: TMovementReport = {
      report: 'movement',
      ...header,
      denominator: 'closed_in_period',
      closed: 60,
      movedUp: { count: 30, rate: 0.5 },
      stayed: { count: 20, rate: 0.3333 },
      movedDown: { count: 10, rate: 0.1667 },
      levels: ['none', 'employment'],
      matrix: [
        { baseline: 'none', exit: { none: 20, employment: 30 } },
        { baseline: 'employment', exit: { none: 10, employment: 0 } },
      ],
      selfSupportFromDependence: { count: 17, denominator: 29, rate: 0.5862, unknown: 2 },
    };
    const csv = renderCsv(reportTable(movement));
    expect(csv).toContain('Egen försörjning vid avslut,17,29,0.5862,2');
    expect(csv).toContain('Uppåt,30,0.5');
  });

  it('fact box: totals and the planned in work and in studies', () => {
    const box: TFactBox = {
      report: 'fact-box',
      ...header,
      ageBands: 'youth',
      rows: [
        {
          ageBand: '18-30',
          sex: 'female',
          participants: 12,
          inWork: 5,
          inStudies: 2,
          droppedOut: 1,
        },
      ],
      totals: { participants: 12, inWork: 5, inStudies: 2, droppedOut: 1 },
      planned: { year: 2024, participants: 20, inWork: 4, inStudies: 4 },
    };
    const csv = renderCsv(reportTable(box));
    expect(csv).toContain('Totalt,,12,5,2,1');
    expect(csv).toContain('Planerat 2024,,20,4,4,');
    expect(csv).toContain('Planerat i arbete,4');
  });

  it('outcome overview: every definition with its rule and denominator, own ones included; the PDF renders every column', async () => {
    const report: TOutcomeReportResponse = {
      report: 'outcomes',
      ...header,
      denominator: 'closed_in_period',
      denominatorLabel: 'Avslutade under perioden',
      rows: [
        {
          outcome: 'job_or_trial',
          label: 'Jobb eller arbetsprövning',
          rule: 'jobb, även med lönestöd (oavsett timmar) eller praktik/träning: arbetsprövning påbörjat från inskrivningen till avslutet eller periodens slut',
          own: true,
          count: 11,
          denominator: 39,
          rate: 0.2821,
          bySex: { female: { count: 6, denominator: 22 }, male: { count: 5, denominator: 17 } },
          target: 0.2,
        },
      ],
      unknown: {},
      targets: null,
    };
    const table = reportTable(report);
    expect(table.about).toContainEqual([
      'Definition job_or_trial (egen)',
      expect.stringMatching(
        /^Jobb eller arbetsprövning: jobb, även med lönestöd .*Nämnare: avslutade under perioden$/,
      ),
    ]);
    expect(table.headers).toHaveLength(11);
    expect(table.rows[0]).toEqual([
      'job_or_trial',
      'Jobb eller arbetsprövning',
      'closed_in_period',
      11,
      39,
      0.2821,
      0.2,
      6,
      22,
      5,
      17,
    ]);
    const pdf = await renderPdf(table);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
