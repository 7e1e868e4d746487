import { describe, expect, it } from 'vitest';
import { parseReportingLines, parseSemicolonLines } from './funding-year.ts';

describe('funding text fields', () => {
  it('reads reporting lines: a date then the report name', () => {
    expect(parseReportingLines('2026-06-30 Delrapport\n\n2027-01-31  Slutrapport ')).toEqual([
      { due: '2026-06-30', label: 'Delrapport', sentAt: null },
      { due: '2027-01-31', label: 'Slutrapport', sentAt: null },
    ]);
    expect(parseReportingLines('Delrapport 2026-06-30')).toBeNull();
    expect(parseReportingLines('')).toEqual([]);
  });

  it('splits semicolon lines into trimmed cells, skipping blank lines', () => {
    expect(parseSemicolonLines('Hudiksvall; 60; ips-hud\n\n Nordanstig;40 ')).toEqual([
      ['Hudiksvall', '60', 'ips-hud'],
      ['Nordanstig', '40'],
    ]);
  });
});
