/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Lots deals in days, never in times or
 * time zones, and ISO strings compare correctly with `<`, so they are the domain
 * type. Core has no clock: callers pass `today` in.
 */

/** An ISO calendar date `YYYY-MM-DD`; a plain string so that JSON round-trips. */
export type TIsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a strict `YYYY-MM-DD` that is a real date (no 2017-02-29). */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01; throws on a malformed date because that is a programming error here. */
export function toDayNumber(date: TIsoDate): number {
  const match = isoDatePattern.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / msPerDay;
}

export function fromDayNumber(day: number): TIsoDate {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

export function addDays(date: TIsoDate, days: number): TIsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes its
 * last day (2017-01-31 + 1 month = 2017-02-28), as people count "one month later".
 */
export function addMonths(date: TIsoDate, months: number): TIsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: TIsoDate, to: TIsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function yearOf(date: TIsoDate): number {
  return Number(date.slice(0, 4));
}

export function minDate(a: TIsoDate, b: TIsoDate): TIsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: TIsoDate, b: TIsoDate): TIsoDate {
  return a >= b ? a : b;
}
