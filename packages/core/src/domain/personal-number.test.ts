import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCoordinationNumber,
  isValidOrganisationNumber,
  isValidPersonalNumber,
  luhnCheckDigit,
  luhnValid,
} from './personal-number.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Builds a valid number by computing the check digit over YYMMDDNNN. */
function make(
  year: number,
  month: number,
  day: number,
  serial: number,
): { long: string; short: string } {
  const yymmdd = `${pad(year % 100)}${pad(month)}${pad(day)}`;
  const nnn = pad(serial, 3);
  const check = luhnCheckDigit(`${yymmdd}${nnn}`);
  return {
    long: `${year}${pad(month)}${pad(day)}-${nnn}${check}`,
    short: `${yymmdd}-${nnn}${check}`,
  };
}

describe('luhn', () => {
  it('accepts the textbook example 811218-9876', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnCheckDigit('811218987')).toBe(6);
  });
  it('rejects a changed digit', () => {
    expect(luhnValid('8112189875')).toBe(false);
  });
});

describe('isValidPersonalNumber', () => {
  const { long, short } = make(1990, 5, 17, 123);

  it('accepts all four spellings', () => {
    expect(isValidPersonalNumber(long)).toBe(true);
    expect(isValidPersonalNumber(long.replace('-', ''))).toBe(true);
    expect(isValidPersonalNumber(short)).toBe(true);
    expect(isValidPersonalNumber(short.replace('-', ''))).toBe(true);
    expect(isValidPersonalNumber(short.replace('-', '+'))).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    const last = Number(long.at(-1));
    expect(isValidPersonalNumber(`${long.slice(0, -1)}${(last + 1) % 10}`)).toBe(false);
  });

  it('rejects impossible dates even with a valid check digit', () => {
    expect(isValidPersonalNumber(make(1990, 13, 1, 1).long)).toBe(false);
    expect(isValidPersonalNumber(make(1990, 2, 30, 1).long)).toBe(false);
    expect(isValidPersonalNumber(make(1990, 2, 0, 1).long)).toBe(false);
    expect(isValidPersonalNumber(make(1991, 2, 29, 1).long)).toBe(false);
    expect(isValidPersonalNumber(make(1992, 2, 29, 1).long)).toBe(true);
  });

  it('accepts samordningsnummer (day + 60) and tells them apart', () => {
    const coordination = make(1985, 4, 30 + 60, 456).long;
    expect(isValidPersonalNumber(coordination)).toBe(true);
    expect(isCoordinationNumber(coordination)).toBe(true);
    expect(isCoordinationNumber(long)).toBe(false);
    expect(isValidPersonalNumber(make(1985, 4, 31 + 60, 456).long)).toBe(false);
  });

  it('rejects other shapes', () => {
    for (const bad of [
      '',
      '19900517-12',
      '1990-05-17-1234',
      'abcdefgh-ijkl',
      '19900517+1234',
      ' 900517-1234',
    ]) {
      expect(isValidPersonalNumber(bad)).toBe(false);
    }
  });

  it('accepts every generated valid number (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        (date, serial, coordination) => {
          const day = date.getUTCDate() + (coordination ? 60 : 0);
          const { long, short } = make(date.getUTCFullYear(), date.getUTCMonth() + 1, day, serial);
          return isValidPersonalNumber(long) && isValidPersonalNumber(short);
        },
      ),
    );
  });
});

describe('isValidOrganisationNumber', () => {
  it('checks format and Luhn', () => {
    const body = '556677123';
    const valid = `556677-123${luhnCheckDigit(body)}`;
    expect(isValidOrganisationNumber(valid)).toBe(true);
    expect(isValidOrganisationNumber(valid.replace('-', ''))).toBe(false);
    expect(isValidOrganisationNumber(`556677-123${(luhnCheckDigit(body) + 1) % 10}`)).toBe(false);
  });
});
