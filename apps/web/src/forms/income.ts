import type { TIncome } from '@lots/contracts';
import { sv } from '../i18n/sv.ts';
import { parseNumber } from './checks.ts';
import type { TProblem } from './checks.ts';

/** The income sources, in the order of the labels (glossary order). */
export const incomeSourceValues = Object.keys(sv.incomeSource) as TIncome['source'][];

export type TIncomeValue = Readonly<Record<string, string>>;

/** Problems of an income-source group: at least one when required, amounts ≥ 0. */
export function incomeProblem(value: TIncomeValue, required: boolean): TProblem | null {
  const chosen = Object.keys(value);
  if (required && chosen.length === 0) return { key: 'forms.chooseAtLeastOne' };
  for (const source of chosen) {
    const amount = (value[source] ?? '').trim();
    if (amount === '') continue;
    const n = parseNumber(amount);
    if (n === null) return { key: 'forms.number' };
    if (n < 0) return { key: 'forms.notNegative' };
  }
  return null;
}

function isSource(value: string): value is TIncome['source'] {
  return incomeSourceValues.some((s) => s === value);
}

/** The API's income list; a blank amount is "not known" (left out). */
export function toIncome(value: TIncomeValue): TIncome[] {
  return Object.entries(value).flatMap(([source, amount]) => {
    if (!isSource(source)) return [];
    const monthly = parseNumber(amount);
    return [monthly === null ? { source } : { source, monthly }];
  });
}
