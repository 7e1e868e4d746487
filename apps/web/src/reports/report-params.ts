import type { TReportDimensionName, TReportParams } from '@lots/contracts';
import { reportDimensionNames } from '@lots/contracts';
import { isIsoDate } from '../forms/checks.ts';

/*
 * A report's filters live in the URL (`?programme=…&from=…&to=…&denominator=…`), so a
 * view can be shared; the names are the API's query parameters. `programme` is the
 * shell's programme; `association=KEY` widens the report to the whole association,
 * `scope=all` to every programme the user may see.
 */

export const denominators = [
  'enrolled_in_period',
  'closed_in_period',
  'closed_or_outcome',
  'started_in_period',
] as const;
export type TDenominator = (typeof denominators)[number];

export const ageBandPresets = ['sus', 'ten_year', 'youth'] as const;
export type TAgeBandPreset = (typeof ageBandPresets)[number];

export type TPeriod = { from: string; to: string };

/** The filters as read from the URL; absent = the API's default. */
export type TReportFilters = {
  programme: string | null;
  association: string | null;
  /** `scope=all`: every programme the user may see (neither programme nor association sent). */
  all: boolean;
  from: string | null;
  to: string | null;
  denominator: TDenominator | null;
  ageBands: TAgeBandPreset | null;
  by: TReportDimensionName[];
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((v) => v === value) ?? null;

const date = (value: string | null): string | null =>
  value !== null && isIsoDate(value) ? value : null;

/** Reads the filters; values the API would refuse are dropped (the default applies). */
export function readFilters(search: URLSearchParams): TReportFilters {
  const by = (search.get('by') ?? '')
    .split(',')
    .flatMap((d) => oneOf(reportDimensionNames, d) ?? []);
  return {
    programme: search.get('programme'),
    association: search.get('association'),
    all: search.get('scope') === 'all' && !search.get('association'),
    from: date(search.get('from')),
    to: date(search.get('to')),
    denominator: oneOf(denominators, search.get('denominator')),
    ageBands: oneOf(ageBandPresets, search.get('ageBands')),
    by: [...new Set(by)],
  };
}

/** Which of the filters a report takes (the rest are not sent). */
export type TFilterUse = {
  denominator?: boolean;
  ageBands?: boolean;
  /** The API's default preset of this report (fact box: `youth`, others: `sus`). */
  ageBandsDefault?: TAgeBandPreset;
  by?: boolean;
};

/** The API parameters of a report: the association when chosen, else the programme. */
export function apiParams(filters: TReportFilters, use: TFilterUse = {}): TReportParams {
  const params: TReportParams = {};
  if (filters.association) params.association = filters.association;
  else if (filters.all) {
    // every programme the user may see: neither key is sent
  } else if (filters.programme) params.programme = filters.programme;
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  if (use.denominator && filters.denominator) params.denominator = filters.denominator;
  if (use.ageBands && filters.ageBands) params.ageBands = filters.ageBands;
  if (use.by && filters.by.length > 0) params.by = filters.by;
  return params;
}

/** The search string with some parameters changed; `null` removes one. */
export function withParams(
  search: URLSearchParams,
  changes: Record<string, string | null>,
): string {
  const next = new URLSearchParams(search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  const s = next.toString();
  return s ? `?${s}` : '';
}

export const periodPresets = ['this_year', 'last_year', 'last_12_months'] as const;
export type TPeriodPreset = (typeof periodPresets)[number];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The period of a preset on `today`: "i år" = 1 January to today (the API's default),
 * "förra året" = the whole previous calendar year, "senaste 12 mån" = the twelve
 * months ending today (2026-11-22 → 2025-11-23 – 2026-11-22).
 */
export function presetPeriod(preset: TPeriodPreset, today: string): TPeriod {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'this_year':
      return { from: `${year}-01-01`, to: today };
    case 'last_year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'last_12_months': {
      // 29 February has no twin a year earlier: count from 1 March.
      const back = `${year - 1}${today.slice(4)}`;
      return { from: addDays(isIsoDate(back) ? back : `${year - 1}-02-28`, 1), to: today };
    }
  }
}

/** The period shown: the URL's, else the API's default (1 January – today). */
export function effectivePeriod(filters: TReportFilters, today: string): TPeriod {
  return {
    from: filters.from ?? `${today.slice(0, 4)}-01-01`,
    to: filters.to ?? today,
  };
}

/** The preset the period equals, if any (its button shows as pressed). */
export function matchingPreset(period: TPeriod, today: string): TPeriodPreset | null {
  return (
    periodPresets.find((p) => {
      const q = presetPeriod(p, today);
      return q.from === period.from && q.to === period.to;
    }) ?? null
  );
}
