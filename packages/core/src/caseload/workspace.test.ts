import { describe, expect, it } from 'vitest';
import type { TPathwayEvent } from '../pathway/types.ts';
import {
  isoWeekOf,
  isoWeeksBetween,
  lastContact,
  overdueFollowUps,
  planReviewDue,
} from './workspace.ts';

describe('lastContact', () => {
  it('takes the latest contact event, not notes or voided events', () => {
    const events: TPathwayEvent[] = [
      { type: 'meeting', date: '2024-02-01' },
      { type: 'note', date: '2024-03-01' },
      { type: 'follow_along', date: '2024-02-20', voided: { reason: 'typo' } },
      { type: 'employer_contact', date: '2024-02-10' },
    ];
    expect(lastContact(events, '2024-03-11')).toEqual({ date: '2024-02-10', days: 30 });
    expect(lastContact([{ type: 'note', date: '2024-03-01' }], '2024-03-11')).toBeNull();
  });
});

describe('planReviewDue', () => {
  it('is 3 months after the latest plan, or after enrolment when there is none', () => {
    expect(planReviewDue([], '2024-01-15', '2024-04-15')).toEqual({
      lastPlan: null,
      dueOn: '2024-04-15',
      overdue: false,
    });
    expect(planReviewDue([], '2024-01-15', '2024-04-16').overdue).toBe(true);
    expect(
      planReviewDue([{ type: 'plan', date: '2024-03-31' }], '2024-01-15', '2024-05-01'),
    ).toEqual({ lastPlan: '2024-03-31', dueOn: '2024-06-30', overdue: false });
  });
});

describe('overdueFollowUps', () => {
  it('lists due follow-ups not yet recorded (+6 and +12 months)', () => {
    expect(overdueFollowUps('2024-01-31', [6, 12], [], '2024-07-31')).toEqual([
      { months: 6, dueOn: '2024-07-31' },
    ]);
    expect(overdueFollowUps('2024-01-31', [6, 12], [], '2024-07-30')).toEqual([]);
    expect(
      overdueFollowUps('2024-01-31', [6, 12], [{ date: '2024-08-02', months: 6 }], '2025-02-01'),
    ).toEqual([{ months: 12, dueOn: '2025-01-31' }]);
  });

  it('lets a follow-up without months cover the nearest scheduled one', () => {
    expect(
      overdueFollowUps('2024-01-31', [6, 12], [{ date: '2025-02-03', months: null }], '2025-03-01'),
    ).toEqual([{ months: 6, dueOn: '2024-07-31' }]);
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-22', '2026-W47', '2026-11-16'],
    ['2021-01-03', '2020-W53', '2020-12-28'],
    ['2024-12-30', '2025-W01', '2024-12-30'],
    ['2018-01-01', '2018-W01', '2018-01-01'],
  ])('%s is in %s starting %s', (date, week, start) => {
    expect(isoWeekOf(date)).toEqual({ week, start });
  });

  it('lists the weeks of a range', () => {
    expect(isoWeeksBetween('2026-11-11', '2026-11-23').map((w) => w.week)).toEqual([
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
  });
});
