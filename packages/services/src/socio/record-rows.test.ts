import { describe, expect, it } from 'vitest';
import type { TSocioRecordSource } from '@lots/db';
import { rowFromRecords } from './record-rows.ts';
import { analysisOut } from './socio-result.ts';

const source = (over: Partial<TSocioRecordSource> = {}): TSocioRecordSource => ({
  enrolmentId: 'e1',
  programmeId: 'p1',
  caseNumber: 'PS-1',
  housingSupportHours: null,
  start: {
    type: 'job_start',
    date: '2024-04-01',
    data: { salary: 24000, extentPct: 100, subsidy: 'none' },
    employerType: 'private',
  },
  income: [{ phase: 'baseline', source: 'sickness_benefit', monthly: 18960, tax: 5309 }],
  housingAfter: null,
  ...over,
});

describe('a row from records', () => {
  it('has no notes when everything is known', () => {
    const { inputs, problems } = rowFromRecords(source());
    expect(problems).toEqual([]);
    expect(inputs.notes).toBeUndefined();
    expect(inputs.before).toEqual([{ source: 'sickness_benefit', monthly: 18960, tax: 5309 }]);
  });

  it('says which income sources it does not count instead of dropping them silently', () => {
    const { inputs } = rowFromRecords(
      source({
        income: [
          { phase: 'baseline', source: 'sickness_benefit', monthly: 18960, tax: 5309 },
          { phase: 'baseline', source: 'unemployment_insurance', monthly: 8000, tax: 2000 },
        ],
      }),
    );
    expect(inputs.before).toHaveLength(1);
    expect(inputs.notes).toEqual([
      'Källan a-kassa, 8\u00a0000 kr/mån vid inskrivning, räknas inte: kalkylatorn har ingen betalare för källan.',
    ]);
  });

  it('flags a missing employer type instead of silently calling it private', () => {
    const { inputs, problems } = rowFromRecords(
      source({
        start: {
          type: 'job_start',
          date: '2024-04-01',
          data: { salary: 24000, extentPct: 100, subsidy: 'none' },
          employerType: null,
        },
      }),
    );
    expect(problems).toEqual([]);
    expect(inputs.after).toMatchObject({ kind: 'employment', employer: 'private' });
    expect(inputs.notes?.[0]).toMatch(/^Arbetsgivartyp saknas i arbetsgivarregistret/);
  });

  it("puts the notes in the analysis' assumptions with the row number", () => {
    const { inputs } = rowFromRecords(
      source({
        income: [{ phase: 'baseline', source: 'unemployment_insurance', monthly: 8000, tax: 2000 }],
      }),
    );
    const a = analysisOut(
      {
        id: 'a1',
        programmeKey: 'prog',
        name: 'Från journalen',
        mode: 'records',
        periodFrom: '2024-01-01',
        periodTo: '2024-12-31',
        parameterSet: 'SE-2017-hudiksvall',
        parameterOverrides: {},
        outcomeRate: null,
        publishedTotals: null,
        status: 'draft',
        createdAt: new Date('2024-12-31T12:00:00Z'),
      },
      [
        {
          id: 'r1',
          position: 1,
          enrolmentId: 'e1',
          caseNumber: 'PS-1',
          inputs,
          excluded: false,
          excludedReason: null,
          adjustments: [],
        },
      ],
      'funder',
    );
    expect(a.assumptions).toContain(
      'Rad 1: Källan a-kassa, 8\u00a0000 kr/mån vid inskrivning, räknas inte: kalkylatorn har ingen betalare för källan.',
    );
    // Every assumption in Swedish: no codes of rules, events or income sources.
    const codes =
      /geometric|seed_simple|job_start|study_start|housing_support_change|unemployment_insurance|baseline/;
    expect(a.assumptions.filter((text) => codes.test(text))).toEqual([]);
    expect(a.assumptions).toContainEqual(expect.stringContaining('”Anställning påbörjad”'));
    expect(a.assumptions).toContainEqual(
      expect.stringMatching(/^Nyttoperiod enligt Hudiksvallsregeln .* × 0,5 /),
    );
  });
});
