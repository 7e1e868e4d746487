import { closureReasons, sexes } from '../domain/enums.ts';
import {
  ageAtEnrolment,
  ageBand,
  ageBandOrder,
  type TAgeBand,
  type TAgeBandPreset,
} from './age-bands.ts';
import { isClosedInPeriod, isEnrolledInPeriod } from './denominators.ts';
import type { TOutcomeEnrolment, TPeriod } from './types.ts';

/**
 * A dimension to count by: its name in the output rows, how to read the value, and
 * optionally the order of values (values not in it sort after, alphabetically).
 * A null value leaves the item out.
 */
export type TDimension<T> = {
  name: string;
  value: (item: T) => string | null;
  order?: readonly string[];
};

/** `{ <dimension>: value, …, count }` (interchange.md "Report JSON", participants/closures). */
export type TBreakdownRow = Record<string, string | number> & { count: number };

function rank(order: readonly string[] | undefined, value: string): [number, string] {
  const index = order ? order.indexOf(value) : -1;
  return [index === -1 ? Number.MAX_SAFE_INTEGER : index, value];
}

/**
 * Counts by any combination of dimensions: one row per combination present (no
 * zero rows), in dimension order (outcomes.md "Breakdowns"; interchange.md: "one row
 * per combination present").
 */
export function countBy<T>(
  items: readonly T[],
  dimensions: readonly TDimension<T>[],
): TBreakdownRow[] {
  const counts = new Map<string, { values: string[]; count: number }>();
  for (const item of items) {
    const values = dimensions.map((d) => d.value(item));
    if (values.some((v) => v === null)) continue;
    const key = JSON.stringify(values);
    const entry = counts.get(key) ?? { values: values as string[], count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const entries = [...counts.values()].sort((a, b) => {
    for (const [i, d] of dimensions.entries()) {
      const [ra, va] = rank(d.order, a.values[i] ?? '');
      const [rb, vb] = rank(d.order, b.values[i] ?? '');
      if (ra !== rb) return ra - rb;
      if (va !== vb) return va < vb ? -1 : 1;
    }
    return 0;
  });
  return entries.map(({ values, count }) => {
    const row: Record<string, string | number> = {};
    dimensions.forEach((d, i) => (row[d.name] = values[i] ?? ''));
    return { ...row, count };
  });
}

/** The dimension names of the `participants` and `closures` reports (interchange.md). */
export const breakdownDimensionNames = ['sex', 'ageBand', 'reason', 'programme'] as const;
export type TBreakdownDimensionName = (typeof breakdownDimensionNames)[number];

/** The standard dimensions of an enrolment, with the age-band set to use. */
export function enrolmentDimension(
  name: TBreakdownDimensionName,
  ageBands: TAgeBandPreset | readonly TAgeBand[] = 'sus',
): TDimension<TOutcomeEnrolment> {
  switch (name) {
    case 'sex':
      return { name, value: (e) => e.sex, order: sexes };
    case 'ageBand':
      return {
        name,
        value: (e) => ageBand(ageAtEnrolment(e.enrolledAt, e.birthYear), ageBands),
        order: ageBandOrder(ageBands),
      };
    case 'reason':
      return { name, value: (e) => e.closureReason ?? null, order: closureReasons };
    case 'programme':
      return { name, value: (e) => e.programme };
  }
}

/** Period, dimensions and age-band set of a `participants` / `closures` report (interchange.md). */
export type TBreakdownOptions = {
  period: TPeriod;
  by: readonly TBreakdownDimensionName[];
  ageBands?: TAgeBandPreset | readonly TAgeBand[];
};

/**
 * The `participants` report: enrolments active in the period (`enrolled_in_period`)
 * counted by the given dimensions (interchange.md `lots report participants`).
 */
export function participantsBreakdown(
  enrolments: readonly TOutcomeEnrolment[],
  options: TBreakdownOptions,
): TBreakdownRow[] {
  return countBy(
    enrolments.filter((e) => isEnrolledInPeriod(e, options.period)),
    options.by.map((d) => enrolmentDimension(d, options.ageBands)),
  );
}

/**
 * The `closures` report: enrolments closed in the period counted by the given
 * dimensions, typically `reason` (interchange.md `lots report closures`). A closed
 * enrolment without a reason (invalid data) is left out rather than guessed.
 */
export function closuresBreakdown(
  enrolments: readonly TOutcomeEnrolment[],
  options: TBreakdownOptions,
): TBreakdownRow[] {
  return countBy(
    enrolments.filter((e) => isClosedInPeriod(e, options.period)),
    options.by.map((d) => enrolmentDimension(d, options.ageBands)),
  );
}
