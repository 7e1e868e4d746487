import type { TIsoDate } from '../domain/dates.ts';
import { yearOf } from '../domain/dates.ts';
import type { TIncomeSource, TReferralSource } from '../domain/enums.ts';

/**
 * One queue priority rule of a programme, as stored in `programme.priority_rules`
 * (the dataset's `priorityRules`): rules are data, not code (process.md "Caseload
 * and queue"). Structural, so core need not know the contracts package.
 */
export type TQueuePriorityRule =
  | { kind: 'max_age'; value: number; priority: number }
  | { kind: 'referral_source'; value: TReferralSource; priority: number }
  | { kind: 'income_source'; value: TIncomeSource; priority: number };

export type TQueueFacts = {
  birthYear: number;
  referralSource: string;
  /** Income sources known at referral or baseline; often none before enrolment. */
  incomeSources: readonly string[];
  /** A priority set by the intake decision; it wins over every rule. */
  explicitPriority?: number | null;
};

export type TQueuePriority = {
  priority: number;
  source: 'decision' | 'rule' | 'default';
  /** Index of the best matching rule in the programme's list, when `source` is `rule`. */
  ruleIndex: number | null;
};

/**
 * Age as far as a birth year tells: the age the person reaches during the year of
 * `today`. Lots stores only the birth year (privacy.md), so "under 40" is written
 * `max_age: 39` and means "turns at most 39 this year".
 */
export function ageInYear(birthYear: number, today: TIsoDate): number {
  return yearOf(today) - birthYear;
}

/** True when the rule applies to the person (seed 000: Helsingborg gave people under 40 priority). */
export function matchesPriorityRule(
  rule: TQueuePriorityRule,
  facts: TQueueFacts,
  today: TIsoDate,
): boolean {
  switch (rule.kind) {
    case 'max_age':
      return ageInYear(facts.birthYear, today) <= rule.value;
    case 'referral_source':
      return facts.referralSource === rule.value;
    case 'income_source':
      return facts.incomeSources.includes(rule.value);
  }
}

/**
 * The effective queue priority (1 = first). An explicit priority from the intake
 * decision wins; otherwise the best (lowest) priority of the matching rules;
 * otherwise one after the worst rule priority, so people no rule favours come after
 * everyone a rule favours (and all share priority 1 when the programme has no rules).
 */
export function queuePriority(
  rules: readonly TQueuePriorityRule[],
  facts: TQueueFacts,
  today: TIsoDate,
): TQueuePriority {
  if (facts.explicitPriority != null) {
    return { priority: facts.explicitPriority, source: 'decision', ruleIndex: null };
  }
  let best: { priority: number; index: number } | null = null;
  rules.forEach((rule, index) => {
    if (matchesPriorityRule(rule, facts, today) && (!best || rule.priority < best.priority)) {
      best = { priority: rule.priority, index };
    }
  });
  const found = best as { priority: number; index: number } | null;
  if (found) return { priority: found.priority, source: 'rule', ruleIndex: found.index };
  const worst = rules.reduce((max, r) => Math.max(max, r.priority), 0);
  return { priority: worst + 1, source: 'default', ruleIndex: null };
}

/** Queue order (process.md): priority, then referral date, then case number so ties are stable. */
export function compareQueueEntries(
  a: { priority: number; referralDate: TIsoDate; caseNumber: string },
  b: { priority: number; referralDate: TIsoDate; caseNumber: string },
): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.referralDate !== b.referralDate) return a.referralDate < b.referralDate ? -1 : 1;
  return a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;
}
