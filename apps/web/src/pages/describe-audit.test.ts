import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { describeAudit } from './describe-audit.ts';

const t = ((key: string) =>
  String(
    key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], sv),
  )) as unknown as TFunction;

describe('describeAudit', () => {
  it('says what was done in Swedish', () => {
    expect(describeAudit(t, { action: 'create', entity: 'enrolment' })).toBe(
      'Registrerade remissen',
    );
    expect(describeAudit(t, { action: 'erase', entity: 'participant_identity' })).toBe(
      'Raderade identiteten',
    );
  });
  it('shows an action it does not know as recorded', () => {
    expect(describeAudit(t, { action: 'import', entity: 'programme' })).toBe('import programme');
  });
});
