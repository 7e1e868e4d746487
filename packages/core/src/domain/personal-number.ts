import { daysInMonth } from './dates.ts';

/**
 * Luhn (mod 10) check over a string of digits, the check digit last. Swedish
 * personnummer, samordningsnummer and organisationsnummer all use it over their
 * last ten digits (Skatteverket SKV 704).
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return luhnSum(digits) % 10 === 0;
}

/** The digit to append to `digits` so that the result passes the Luhn check. */
export function luhnCheckDigit(digits: string): number {
  return (10 - (luhnSum(`${digits}0`) % 10)) % 10;
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 2,1,2,1… counted from the right, the check digit having weight 1.
    const fromRight = digits.length - 1 - i;
    let d = Number(digits[i]) * (fromRight % 2 === 1 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum;
}

const longForm = /^(\d{4})(\d{2})(\d{2})-?(\d{4})$/;
const shortForm = /^(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/;

/**
 * A personnummer or samordningsnummer (day + 60) in one of the usual spellings:
 * `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDDNNNN` (and `YYMMDD+NNNN`,
 * the spelling for people aged 100 or more). The date part must be a real date and
 * the last digit must satisfy the Luhn check (privacy.md "Pseudonyms and identity").
 */
export function isValidPersonalNumber(value: string): boolean {
  const long = longForm.exec(value);
  if (long) {
    const [, yyyy, mm, dd, rest] = long as unknown as [string, string, string, string, string];
    const year = Number(yyyy);
    if (!validBirthDate([year], Number(mm), Number(dd))) return false;
    return luhnValid(`${yyyy.slice(2)}${mm}${dd}${rest}`);
  }
  const short = shortForm.exec(value);
  if (short) {
    const [, yy, mm, dd, rest] = short as unknown as [string, string, string, string, string];
    // The century is not written, so the date must exist in at least one of them (29 Feb).
    const y = Number(yy);
    if (!validBirthDate([1900 + y, 2000 + y], Number(mm), Number(dd))) return false;
    return luhnValid(`${yy}${mm}${dd}${rest}`);
  }
  return false;
}

/** True when the number is a samordningsnummer (day + 60) rather than a personnummer. */
export function isCoordinationNumber(value: string): boolean {
  if (!isValidPersonalNumber(value)) return false;
  const digits = value.replace(/[-+]/g, '');
  const day = Number(digits.slice(digits.length - 6, digits.length - 4));
  return day > 60;
}

function validBirthDate(years: readonly number[], month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  const realDay = day > 60 ? day - 60 : day;
  return realDay >= 1 && years.some((year) => realDay <= daysInMonth(year, month));
}

const orgNumberForm = /^(\d{6})-(\d{4})$/;

/**
 * A Swedish organisationsnummer written `NNNNNN-NNNN`, Luhn-checked. The "third digit
 * at least 2" rule is not applied: a sole trader's organisation number is their
 * personnummer.
 */
export function isValidOrganisationNumber(value: string): boolean {
  const match = orgNumberForm.exec(value);
  if (!match) return false;
  return luhnValid(`${match[1]}${match[2]}`);
}
