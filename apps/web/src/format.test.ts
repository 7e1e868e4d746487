import { describe, expect, it } from 'vitest';
import { MISSING, formatDate, formatMoney, formatNumber, formatPercent } from './format.ts';

/** Intl's spaces (no-break, narrow no-break) as plain spaces, so expectations read naturally. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDate', () => {
  it('keeps an ISO date as it is', () => {
    expect(formatDate('2026-11-22')).toBe('2026-11-22');
  });

  it('shows a Date as the date in Sweden', () => {
    // 23:30 UTC on 21 November is 00:30 on 22 November in Stockholm.
    expect(formatDate(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(formatDate('2026-06-30T22:15:00Z')).toBe('2026-07-01');
  });

  it('shows a dash for missing or invalid values', () => {
    expect(formatDate(null)).toBe(MISSING);
    expect(formatDate(undefined)).toBe(MISSING);
    expect(formatDate('')).toBe(MISSING);
    expect(formatDate('not a date')).toBe(MISSING);
  });
});

describe('formatNumber', () => {
  it('groups thousands with a space', () => {
    expect(plain(formatNumber(1772604))).toBe('1 772 604');
    expect(plain(formatNumber(999))).toBe('999');
    expect(plain(formatNumber(0))).toBe('0');
  });

  it('uses a non-breaking space, so a number never wraps', () => {
    expect(formatNumber(1772604)).not.toContain(' ');
  });

  it('rounds to whole numbers unless told otherwise', () => {
    expect(plain(formatNumber(1234.56))).toBe('1 235');
    expect(plain(formatNumber(1234.56, 1))).toBe('1 234,6');
    expect(formatNumber(21.25, 2)).toBe('21,25');
  });

  it('writes negative numbers with a minus sign', () => {
    expect(plain(formatNumber(-1500))).toMatch(/^[−-]1 500$/);
  });

  it('shows a dash for missing values', () => {
    expect(formatNumber(null)).toBe(MISSING);
    expect(formatNumber(Number.NaN)).toBe(MISSING);
  });
});

describe('formatMoney', () => {
  it('writes whole kronor', () => {
    expect(plain(formatMoney(1772604))).toBe('1 772 604 kr');
    expect(plain(formatMoney(12500.4))).toBe('12 500 kr');
    expect(plain(formatMoney(0))).toBe('0 kr');
  });

  it('shows a dash for missing values', () => {
    expect(formatMoney(undefined)).toBe(MISSING);
  });
});

describe('formatPercent', () => {
  it('writes a ratio as a percentage with a decimal comma', () => {
    expect(plain(formatPercent(0.282))).toBe('28,2 %');
    expect(plain(formatPercent(1))).toBe('100,0 %');
    expect(plain(formatPercent(0))).toBe('0,0 %');
  });

  it('takes the number of decimals', () => {
    expect(plain(formatPercent(0.28249, 0))).toBe('28 %');
    expect(plain(formatPercent(0.28249, 2))).toBe('28,25 %');
  });

  it('shows a dash for missing values', () => {
    expect(formatPercent(null)).toBe(MISSING);
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe(MISSING);
  });
});
