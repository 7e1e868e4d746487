import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate } from './dates.ts';

describe('dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2016-09-20')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2016-9-20')).toBe(false);
    expect(isIsoDate('2016-09-20T00:00:00Z')).toBe(false);
    expect(isIsoDate('2016-13-01')).toBe(false);
  });

  it('adds days and months', () => {
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addMonths('2017-01-31', 1)).toBe('2017-02-28');
    expect(addMonths('2017-03-10', 6)).toBe('2017-09-10');
    expect(addMonths('2017-03-10', -3)).toBe('2016-12-10');
    expect(daysBetween('2023-11-06', '2024-04-08')).toBe(154);
  });
});
