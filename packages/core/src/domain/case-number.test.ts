import { describe, expect, it } from 'vitest';
import { defaultCaseNumberPrefix, formatCaseNumber, nextFreeCaseNumber } from './case-number.ts';

describe('case numbers (privacy.md "Pseudonyms")', () => {
  it('formats PREFIX-YEAR-NNN', () => {
    expect(formatCaseNumber('HUD', 2018, 34)).toBe('HUD-2018-034');
  });

  it('takes the lowest free number of the year', () => {
    expect(nextFreeCaseNumber('HUD', 2026, new Set())).toBe('HUD-2026-001');
    expect(nextFreeCaseNumber('HUD', 2026, new Set(['HUD-2026-001', 'HUD-2026-003']))).toBe(
      'HUD-2026-002',
    );
  });

  it('derives a prefix from the programme key when none is configured', () => {
    expect(defaultCaseNumberPrefix('ips-hudiksvall')).toBe('IPSHUD');
  });
});
