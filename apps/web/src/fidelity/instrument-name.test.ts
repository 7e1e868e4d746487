import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { instrumentName } from './instrument-name.ts';

describe('the scale of a review', () => {
  it('is named as users know it, not by its identifier', () => {
    expect(instrumentName('ips-25')).toBe('IPS-25');
    const text = sv.fidelity.review.instrumentValue
      .replace('{{name}}', instrumentName('ips-25'))
      .replace('{{version}}', '1');
    expect(text).toBe('IPS-25, version 1');
  });

  it('keeps the identifier of a scale it does not know', () => {
    expect(instrumentName('ips-25-local')).toBe('ips-25-local');
  });
});
