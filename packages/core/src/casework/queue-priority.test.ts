import { describe, expect, it } from 'vitest';
import {
  ageInYear,
  compareQueueEntries,
  queuePriority,
  type TQueuePriorityRule,
} from './queue-priority.ts';

const helsingborg: TQueuePriorityRule[] = [{ kind: 'max_age', value: 39, priority: 1 }];
const facts = (birthYear: number, extra: Partial<Parameters<typeof queuePriority>[1]> = {}) => ({
  birthYear,
  referralSource: 'psychiatry',
  incomeSources: [] as string[],
  ...extra,
});

describe('queuePriority (rules are data, process.md)', () => {
  it('Helsingborg: people under 40 first, everyone else after', () => {
    expect(queuePriority(helsingborg, facts(1990), '2026-11-22')).toEqual({
      priority: 1,
      source: 'rule',
      ruleIndex: 0,
    });
    expect(queuePriority(helsingborg, facts(1987), '2026-11-22').priority).toBe(1); // turns 39
    expect(queuePriority(helsingborg, facts(1986), '2026-11-22')).toEqual({
      priority: 2,
      source: 'default',
      ruleIndex: null,
    });
  });

  it('an explicit priority from the intake decision wins over every rule', () => {
    expect(queuePriority(helsingborg, facts(1990, { explicitPriority: 3 }), '2026-11-22')).toEqual({
      priority: 3,
      source: 'decision',
      ruleIndex: null,
    });
  });

  it('the best matching rule wins; referral source and income source rules match too', () => {
    const rules: TQueuePriorityRule[] = [
      { kind: 'referral_source', value: 'social_services', priority: 2 },
      { kind: 'income_source', value: 'social_assistance', priority: 1 },
      { kind: 'max_age', value: 29, priority: 3 },
    ];
    const both = facts(2000, {
      referralSource: 'social_services',
      incomeSources: ['social_assistance'],
    });
    expect(queuePriority(rules, both, '2026-01-01')).toMatchObject({ priority: 1, ruleIndex: 1 });
    expect(
      queuePriority(rules, facts(1960, { referralSource: 'social_services' }), '2026-01-01'),
    ).toMatchObject({ priority: 2, ruleIndex: 0 });
    expect(queuePriority(rules, facts(1960), '2026-01-01')).toMatchObject({
      priority: 4,
      source: 'default',
    });
  });

  it('without rules everyone shares priority 1, so the referral date decides', () => {
    expect(queuePriority([], facts(1960), '2026-01-01').priority).toBe(1);
  });

  it('age is the age reached during the year of today', () => {
    expect(ageInYear(1990, '2026-01-01')).toBe(36);
  });

  it('orders by priority, then referral date, then case number', () => {
    const entries = [
      { priority: 2, referralDate: '2026-01-01', caseNumber: 'A-3' },
      { priority: 1, referralDate: '2026-03-01', caseNumber: 'A-2' },
      { priority: 1, referralDate: '2026-02-01', caseNumber: 'A-4' },
      { priority: 1, referralDate: '2026-02-01', caseNumber: 'A-1' },
    ];
    expect([...entries].sort(compareQueueEntries).map((e) => e.caseNumber)).toEqual([
      'A-1',
      'A-4',
      'A-2',
      'A-3',
    ]);
  });
});
