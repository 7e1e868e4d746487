import { describe, expect, it } from 'vitest';
import type { TDenominatorId } from '../domain/enums.ts';
import { ageAtEnrolment, ageBand } from './age-bands.ts';
import { closuresBreakdown, participantsBreakdown } from './breakdown.ts';
import { outcomeReport, type TOutcomeReport } from './outcome-report.ts';
import { workedExample } from './test-support/factory.ts';
import { summariseFirstContact, timeInProgramme } from './time-measures.ts';

/* Every number of shared/domain/worked-example.md. */

const period = { from: '2024-01-01', to: '2024-12-31' };
const w = workedExample();
const all = Object.values(w);

function report(denominator: TDenominatorId, minHoursPerWeekForEmployment = 0): TOutcomeReport {
  return outcomeReport(all, { period, denominator, minHoursPerWeekForEmployment });
}

function fractions(r: TOutcomeReport): Record<string, string> {
  return Object.fromEntries(r.rows.map((row) => [row.outcome, `${row.count}/${row.denominator}`]));
}

describe('worked example: denominators', () => {
  it('enrolled_in_period = 5 (female 3, male 2)', () => {
    const row = report('enrolled_in_period').rows[0];
    expect(row?.denominator).toBe(5);
    expect(row?.bySex).toMatchObject({ female: { denominator: 3 }, male: { denominator: 2 } });
  });

  it('closed_in_period = 3 (female 2, male 1)', () => {
    const row = report('closed_in_period').rows[0];
    expect(row?.denominator).toBe(3);
    expect(row?.bySex).toMatchObject({ female: { denominator: 2 }, male: { denominator: 1 } });
  });

  it('started_in_period = 4 (B, C, D, E)', () => {
    expect(report('started_in_period').rows[0]?.denominator).toBe(4);
  });
});

describe('worked example: outcomes', () => {
  it('closed_in_period column', () => {
    expect(fractions(report('closed_in_period'))).toEqual({
      competitive_employment: '1/3',
      employment: '1/3',
      studies: '1/3',
      employment_or_studies: '2/3',
      occupation: '2/3',
      self_support: '2/3',
    });
  });

  it('enrolled_in_period column (E’s job is after the period end)', () => {
    expect(fractions(report('enrolled_in_period'))).toEqual({
      competitive_employment: '1/5',
      employment: '2/5',
      studies: '1/5',
      employment_or_studies: '3/5',
      occupation: '3/5',
      self_support: '2/5',
    });
  });

  it('rows are in the order of outcomes.md, with rates rounded to 4 decimals', () => {
    const r = report('enrolled_in_period');
    expect(r.rows.map((row) => row.outcome)).toEqual([
      'competitive_employment',
      'employment',
      'studies',
      'employment_or_studies',
      'occupation',
      'self_support',
    ]);
    expect(r.rows.find((row) => row.outcome === 'employment_or_studies')?.rate).toBe(0.6);
    expect(report('closed_in_period').rows[0]?.rate).toBe(0.3333);
  });

  it('closed_or_outcome for employment: A, C, D + open B = 4, so 2/4', () => {
    const row = report('closed_or_outcome').rows.find((r) => r.outcome === 'employment');
    expect(row).toMatchObject({ count: 2, denominator: 4, rate: 0.5 });
  });

  it('employment by sex over enrolled_in_period: female 1/3, male 1/2', () => {
    const row = report('enrolled_in_period').rows.find((r) => r.outcome === 'employment');
    expect(row?.bySex).toEqual({
      female: { count: 1, denominator: 3 },
      male: { count: 1, denominator: 2 },
    });
  });

  it('minimum 25 h/week: B’s 20-hour job is no longer employment (1/5) but still occupation', () => {
    const f = fractions(report('enrolled_in_period', 25));
    expect(f.employment).toBe('1/5');
    expect(f.occupation).toBe('3/5');
    expect(f.employment_or_studies).toBe('2/5');
  });

  it('self_support: no exit income on a closed enrolment is unknown, not reached', () => {
    const unknownExit = { ...w.D, exitIncomeSources: [] };
    const r = outcomeReport([w.A, w.C, unknownExit], { period, denominator: 'closed_in_period' });
    expect(r.rows.find((row) => row.outcome === 'self_support')?.count).toBe(2);
    expect(r.unknown).toEqual({ self_support: 1 });
  });
});

describe('worked example: time measures', () => {
  it('first face-to-face employer contact: A 14 days, D "1 without"', () => {
    const s = summariseFirstContact(all, period.to);
    expect(s.days).toEqual([{ id: 'A', days: 14 }]);
    expect(s.without).toBe(1);
    expect(s.within).toBe(1);
    expect(s.noContactRecorded).toBe(3);
  });

  it('time in programme, closed in period: 154, 210, 147 → mean 170.3, median 154', () => {
    const t = timeInProgramme(all, period);
    expect(t).toMatchObject({ closed: 3, meanDays: 170.3, medianDays: 154 });
    // A 5 months + 2 days → 4-6; C 6 months + 26 days → 7-9; D 4 months + 25 days → 4-6.
    expect(t.bands).toEqual([
      { band: '1-3', count: 0 },
      { band: '4-6', count: 2 },
      { band: '7-9', count: 1 },
      { band: '10-12', count: 0 },
      { band: '13+', count: 0 },
    ]);
  });
});

describe('worked example: age bands (ten_year)', () => {
  it('A 27 → 25-34, B 54 → 45-54, C 23 → <25, D 40 → 35-44, E 61 → 55+', () => {
    const bands = all.map((e) => [e.id, ageAtEnrolment(e.enrolledAt, e.birthYear)]);
    expect(bands).toEqual([
      ['A', 27],
      ['B', 54],
      ['C', 23],
      ['D', 40],
      ['E', 61],
    ]);
    expect(all.map((e) => ageBand(ageAtEnrolment(e.enrolledAt, e.birthYear), 'ten_year'))).toEqual([
      '25-34',
      '45-54',
      '<25',
      '35-44',
      '55+',
    ]);
  });

  it('participants report by sex × age band, one row per combination present', () => {
    expect(
      participantsBreakdown(all, { period, by: ['sex', 'ageBand'], ageBands: 'ten_year' }),
    ).toEqual([
      { sex: 'female', ageBand: '<25', count: 1 },
      { sex: 'female', ageBand: '25-34', count: 1 },
      { sex: 'female', ageBand: '55+', count: 1 },
      { sex: 'male', ageBand: '35-44', count: 1 },
      { sex: 'male', ageBand: '45-54', count: 1 },
    ]);
  });

  it('closures report by reason', () => {
    expect(closuresBreakdown(all, { period, by: ['reason'] })).toEqual([
      { reason: 'employment', count: 1 },
      { reason: 'studies', count: 1 },
      { reason: 'ill_health', count: 1 },
    ]);
  });
});
