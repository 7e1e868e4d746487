/**
 * Swedish formats for the whole UI (STYLE.md "The user interface"): ISO dates
 * `2026-11-22`, `1 772 604`, `1 772 604 kr`, `28,2 %`. They stay Swedish in the
 * English locale too, so that figures read the same in every report and export.
 * Intl puts a no-break space (U+00A0) between digit groups and before `kr` and `%`,
 * and U+2212 as the minus sign.
 */

const LOCALE = 'sv-SE';

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const moneyFormat = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'SEK',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});
const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Stockholm',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What an absent value shows as. */
export const MISSING = '–';

/**
 * `2026-11-22`. An ISO date string is returned as it is (no time-zone shift);
 * a `Date` or a timestamp string is shown as the date in Sweden.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value == null || value === '') return MISSING;
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return value;
    value = new Date(value);
  }
  if (Number.isNaN(value.getTime())) return MISSING;
  return dateFormat.format(value);
}

/** `1 772 604`; `fractionDigits` decimals at most (none by default). */
export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  if (fractionDigits === 0) return integerFormat.format(value);
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: fractionDigits }).format(value);
}

/** `1 772 604 kr`, rounded to whole kronor. */
export function formatMoney(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return moneyFormat.format(value);
}

/** `28,2 %` from the ratio 0.282; `fractionDigits` decimals exactly (one by default). */
export function formatPercent(ratio: number | null | undefined, fractionDigits = 1): string {
  if (ratio == null || !Number.isFinite(ratio)) return MISSING;
  return new Intl.NumberFormat(LOCALE, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}
