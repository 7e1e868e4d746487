import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { HOURLY_COST_FIELD, issueText } from './analysis-issues.ts';

// A stand-in for i18next's t over the Swedish resources, with {{x}} interpolation.
const t = ((key: string, vars: Record<string, string> = {}) => {
  const text = key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], sv);
  return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}) as unknown as TFunction;

const hourlyCost = {
  path: 'parameters.housingSupportHourlyCost',
  message: 'is required for housing support rows: set SE-2026 has no hourly cost',
};

describe('the issues of a stored analysis', () => {
  it('name the missing hourly cost as the page does and tell staff where to fill it in', () => {
    const out = issueText(t, hourlyCost, { set: 'SE-2026', staff: true });
    expect(out.text).toMatch(/^Kostnad per timme för boendestöd saknas/);
    expect(out.text).toContain('SE-2026');
    expect(out.text).toContain(
      '”Boendestöd, kostnad per timme” under ”Räkna om med andra parametrar”',
    );
    expect(out.text).not.toContain('housingSupportHourlyCost');
    expect(out.text).not.toContain('required');
    expect(out.fieldId).toBe(HOURLY_COST_FIELD);
  });

  it('tell a funder who can fix it, with no link to a form they do not have', () => {
    const out = issueText(t, hourlyCost, { set: 'SE-2026', staff: false });
    expect(out.text).toContain('Be en analytiker eller handledare');
    expect(out.fieldId).toBeNull();
  });

  it('put row problems on their row in Swedish', () => {
    const ctx = { set: 'SE-2026', staff: true };
    expect(
      issueText(
        t,
        { path: 'rows[3].before[0].tax', message: 'must be 0: social assistance is not taxed' },
        ctx,
      ).text,
    ).toBe('Rad 3: försörjningsstöd beskattas inte. Ändra skatten på raden till 0.');
    expect(
      issueText(
        t,
        { path: 'rows[2].before[1].tax', message: 'cannot exceed the monthly amount (100)' },
        ctx,
      ).text,
    ).toBe('Rad 2: skatten är större än beloppet. Rätta skatten eller beloppet på raden.');
  });

  it('keep the server text of an issue they do not know rather than hide it', () => {
    expect(
      issueText(
        t,
        { path: 'rows[1].id', message: 'repeats the id of rows[0]' },
        { set: 'x', staff: true },
      ).text,
    ).toBe('rows[1].id: repeats the id of rows[0]');
  });
});
