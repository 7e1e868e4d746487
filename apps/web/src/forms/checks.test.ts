import { describe, expect, it } from 'vitest';
import {
  date,
  fieldOfPath,
  isIsoDate,
  parseMonths,
  number,
  orgNumber,
  parseNumber,
  personalNumber,
  required,
} from './checks.ts';
import { incomeProblem, toIncome } from './income.ts';

/** A personnummer with a correct Luhn check digit, built as the core tests do. */
function validPnr(): string {
  const base = '900517123';
  let sum = 0;
  for (let i = 0; i < base.length; i++) {
    let d = Number(base[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `19${base.slice(0, 6)}-${base.slice(6)}${(10 - (sum % 10)) % 10}`;
}

describe('field checks', () => {
  it('accepts only real calendar dates, and knows today and earlier limits', () => {
    expect(isIsoDate('2026-11-22')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(date('22/11/2026')).toEqual({ key: 'forms.date' });
    expect(date('2026-02-30')).toEqual({ key: 'forms.dateNotReal' });
    expect(date('2026-11-23', { notAfter: '2026-11-22' })).toEqual({ key: 'forms.dateFuture' });
    expect(date('2026-01-01', { notBefore: '2026-02-01' })?.key).toBe('forms.dateBefore');
    expect(date('')).toBeNull();
  });

  it('reads Swedish numbers and checks ranges', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('tolv')).toBeNull();
    expect(number('101', { min: 1, max: 100 })).toEqual({
      key: 'forms.range',
      params: { min: 1, max: 100 },
    });
    expect(number('-5', { min: 0 })).toEqual({ key: 'forms.notNegative' });
    expect(number('2,5', { integer: true })).toEqual({ key: 'forms.wholeNumber' });
    expect(required('  ')).toEqual({ key: 'forms.required' });
  });

  it('checks the personnummer shape first, then its Luhn digit', () => {
    const good = validPnr();
    expect(personalNumber(good)).toBeNull();
    const last = Number(good.at(-1));
    expect(personalNumber(`${good.slice(0, -1)}${(last + 1) % 10}`)).toEqual({
      key: 'forms.personalNumberCheck',
    });
    expect(personalNumber('1990-05-17')).toEqual({ key: 'forms.personalNumberFormat' });
    expect(orgNumber('556000-0000')).toEqual({ key: 'forms.orgNumber' });
  });

  it('maps server issue paths to form fields', () => {
    const fields = ['reason', 'baseline.incomeSources', 'date'];
    expect(fieldOfPath('body.reason', fields)).toBe('reason');
    expect(fieldOfPath('body.baseline.incomeSources[0].monthly', fields)).toBe(
      'baseline.incomeSources',
    );
    expect(fieldOfPath('body/date', fields)).toBe('date');
    expect(fieldOfPath('body.closure.date', fields)).toBe('date');
    expect(fieldOfPath('params.id', fields)).toBeNull();
  });
});

describe('income sources', () => {
  it('needs one source when required and turns amounts into numbers', () => {
    expect(incomeProblem({}, true)).toEqual({ key: 'forms.chooseAtLeastOne' });
    expect(incomeProblem({ salary: 'x' }, false)).toEqual({ key: 'forms.number' });
    expect(toIncome({ social_assistance: '9 800', none: '' })).toEqual([
      { source: 'social_assistance', monthly: 9800 },
      { source: 'none' },
    ]);
  });
});

describe('parseMonths (programme settings: follow-up months)', () => {
  it('reads whole months in ascending order, separated by commas or spaces', () => {
    expect(parseMonths('6, 12')).toEqual([6, 12]);
    expect(parseMonths('6 12 24')).toEqual([6, 12, 24]);
    expect(parseMonths('')).toEqual([]);
  });
  it('refuses what the server would refuse', () => {
    for (const bad of ['12, 6', '6, 6', '0', '6,5', 'sex', '121'])
      expect(parseMonths(bad)).toBeNull();
  });
});
