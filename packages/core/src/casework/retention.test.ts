import { describe, expect, it } from 'vitest';
import { identityRetentionEnds, identityRetentionExpired } from './retention.ts';

describe('identity retention (privacy.md)', () => {
  it('ends retentionYears after the latest closure', () => {
    const enrolments = [
      { status: 'closed', endedAt: '2023-05-01' },
      { status: 'closed', endedAt: '2024-02-29' },
    ];
    expect(identityRetentionEnds(enrolments, 2)).toBe('2026-02-28');
    expect(identityRetentionExpired(enrolments, 2, '2026-02-28')).toBe(false);
    expect(identityRetentionExpired(enrolments, 2, '2026-03-01')).toBe(true);
  });

  it('keeps anyone with an open enrolment, and counts declined and withdrawn as ended', () => {
    expect(
      identityRetentionEnds(
        [
          { status: 'closed', endedAt: '2020-01-01' },
          { status: 'waiting', endedAt: null },
        ],
        2,
      ),
    ).toBeNull();
    expect(identityRetentionEnds([{ status: 'declined', endedAt: '2020-01-01' }], 1)).toBe(
      '2021-01-01',
    );
    expect(identityRetentionEnds([], 1)).toBeNull();
  });
});
