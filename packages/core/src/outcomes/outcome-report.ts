import { sexes, type TDenominatorId, type TSex } from '../domain/enums.ts';
import { evaluateOutcome, outcomeDefinitions, type TEvaluationOptions } from './definitions.ts';
import { inDenominator } from './denominators.ts';
import type { TOutcomeDefinition, TOutcomeEnrolment, TPeriod } from './types.ts';

/** A count over a denominator. */
export type TCountOf = { count: number; denominator: number };

/**
 * One row of the outcomes report, exactly the `rows` shape of interchange.md
 * "Report JSON". `rate` is null when the denominator is 0 (nothing to divide).
 */
export type TOutcomeRow = {
  outcome: string;
  count: number;
  denominator: number;
  rate: number | null;
  bySex: Partial<Record<TSex, TCountOf>>;
};

/** The outcome overview with its period and the denominator it states (outcomes.md "Denominators"). */
export type TOutcomeReport = {
  period: TPeriod;
  denominator: TDenominatorId;
  rows: TOutcomeRow[];
  /**
   * Per outcome id, enrolments in the denominator whose result is unknown (closed
   * with no exit income recorded; outcomes.md `self_support`). They count in the
   * denominator and not in the count; kept outside `rows` so the rows stay exactly
   * the interchange shape. Only definitions with an exit-income rule appear.
   */
  unknown: Record<string, number>;
};

/** Period, denominator, programme minimum hours and own definitions. */
export type TOutcomeReportOptions = TEvaluationOptions & {
  denominator: TDenominatorId;
  ownDefinitions?: readonly TOutcomeDefinition[];
};

/** Fractions rounded to 4 decimals (interchange.md "Report JSON"); null on 0. */
export function rateOf(count: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((count / denominator) * 10_000) / 10_000;
}

/** Sexes in the order of domain/enums.ts, limited to those present. */
function sexesPresent(enrolments: readonly TOutcomeEnrolment[]): TSex[] {
  const present = new Set(enrolments.map((e) => e.sex));
  return sexes.filter((s) => present.has(s));
}

/** One definition's row over the given denominator. */
export function outcomeRow(
  enrolments: readonly TOutcomeEnrolment[],
  definition: TOutcomeDefinition,
  options: TOutcomeReportOptions,
): { row: TOutcomeRow; unknown: number } {
  const population = enrolments.filter((e) =>
    inDenominator(e, options.denominator, definition, options),
  );
  const results = population.map((e) => ({
    sex: e.sex,
    result: evaluateOutcome(e, definition, options),
  }));
  const bySex: Partial<Record<TSex, TCountOf>> = {};
  for (const sex of sexesPresent(population)) {
    const ofSex = results.filter((r) => r.sex === sex);
    bySex[sex] = {
      count: ofSex.filter((r) => r.result === 'reached').length,
      denominator: ofSex.length,
    };
  }
  const count = results.filter((r) => r.result === 'reached').length;
  return {
    row: {
      outcome: definition.id,
      count,
      denominator: population.length,
      rate: rateOf(count, population.length),
      bySex,
    },
    unknown: results.filter((r) => r.result === 'unknown').length,
  };
}

/**
 * The outcome overview (outcomes.md "Standard reports" 1; interchange.md "Report
 * JSON"): one row per standard definition in the order of outcomes.md, then the own
 * definitions; `bySex` has an entry for every sex present in the denominator.
 */
export function outcomeReport(
  enrolments: readonly TOutcomeEnrolment[],
  options: TOutcomeReportOptions,
): TOutcomeReport {
  const rows: TOutcomeRow[] = [];
  const unknown: Record<string, number> = {};
  for (const definition of outcomeDefinitions(options.ownDefinitions)) {
    const result = outcomeRow(enrolments, definition, options);
    rows.push(result.row);
    if (definition.exitIncomeCountsAsSelfSupport) unknown[definition.id] = result.unknown;
  }
  return { period: options.period, denominator: options.denominator, rows, unknown };
}
