import type { TParticipantListItem } from '@lots/contracts';
import { describe, expect, it } from 'vitest';
import { formerPeople, matchesSearch } from './former-people.ts';

const item = (over: Partial<TParticipantListItem>): TParticipantListItem => ({
  id: '00000000-0000-4000-8000-000000000001',
  participantId: '00000000-0000-4000-8000-0000000000a1',
  programmeKey: 'ips-hud',
  caseNumber: 'HUD-2024-001',
  name: null,
  status: 'closed',
  phase: 'closed',
  sex: 'female',
  birthYear: 1988,
  referralDate: '2024-01-10',
  enrolledAt: '2024-02-01',
  closedAt: '2024-09-01',
  specialist: null,
  ...over,
});

describe('formerPeople', () => {
  it('keeps one row per person, the latest closed enrolment, newest first', () => {
    const people = formerPeople([
      item({ caseNumber: 'HUD-2023-004', closedAt: '2023-05-01' }),
      item({ caseNumber: 'HUD-2024-001', closedAt: '2024-09-01' }),
      item({
        participantId: '00000000-0000-4000-8000-0000000000b2',
        caseNumber: 'HUD-2025-002',
        closedAt: '2025-03-01',
      }),
    ]);
    expect(people.map((p) => p.caseNumber)).toEqual(['HUD-2025-002', 'HUD-2024-001']);
  });
});

describe('matchesSearch', () => {
  const p = item({ name: 'Åsa Öberg', caseNumber: 'HUD-2024-001', birthYear: 1988 });
  it('matches every word against case number, name and birth year, ignoring case', () => {
    expect(matchesSearch(p, '')).toBe(true);
    expect(matchesSearch(p, 'åsa 1988')).toBe(true);
    expect(matchesSearch(p, 'hud-2024')).toBe(true);
    expect(matchesSearch(p, 'öberg 1990')).toBe(false);
  });
});
