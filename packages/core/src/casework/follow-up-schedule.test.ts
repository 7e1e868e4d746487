import { describe, expect, it } from 'vitest';
import { followUpSchedule } from './follow-up-schedule.ts';

const base = {
  closedAt: '2026-01-31',
  months: [12, 6],
  recorded: [] as { months: number | null; date: string }[],
  surveyConsent: true,
  consentWithdrawnAt: null,
};

describe('followUpSchedule', () => {
  it('is due on closure + N months, in month order, upcoming → due → overdue', () => {
    const s = followUpSchedule({ ...base, today: '2026-03-01' });
    expect(s.map((f) => [f.months, f.dueDate, f.status])).toEqual([
      [6, '2026-07-31', 'upcoming'],
      [12, '2027-01-31', 'upcoming'],
    ]);
    expect(followUpSchedule({ ...base, today: '2026-07-01' })[0]?.status).toBe('due');
    expect(followUpSchedule({ ...base, today: '2026-08-31' })[0]?.status).toBe('due');
    expect(followUpSchedule({ ...base, today: '2026-09-01' })[0]?.status).toBe('overdue');
  });

  it('a recorded follow-up of that month is done', () => {
    const s = followUpSchedule({
      ...base,
      recorded: [{ months: 6, date: '2026-08-02' }],
      today: '2026-09-01',
    });
    expect(s[0]).toEqual({
      months: 6,
      dueDate: '2026-07-31',
      status: 'done',
      doneOn: '2026-08-02',
    });
  });

  it('without survey consent, or after withdrawal, shows no_consent instead of dropping it', () => {
    expect(
      followUpSchedule({ ...base, surveyConsent: false, today: '2026-09-01' }).map((f) => f.status),
    ).toEqual(['no_consent', 'no_consent']);
    expect(
      followUpSchedule({ ...base, consentWithdrawnAt: '2026-02-01', today: '2026-09-01' })[0]
        ?.status,
    ).toBe('no_consent');
  });
});
