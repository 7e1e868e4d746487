import { incomeSources, isValidOrganisationNumber, isValidPersonalNumber } from '@lots/core';
import { z } from 'zod';

/*
 * Building blocks of the lots-dataset schema. Messages say how to fix the value;
 * paths are added by the caller, so a message never repeats the field name.
 */

/** A document-local reference: letters, digits and `_ . : -`, so it is safe on a command line. */
export const ZKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, {
    error: 'must be a key of 1–100 letters, digits or _ . : - (starting with a letter or digit)',
  })
  .meta({ description: 'Key local to the document; the database assigns its own ids.' });

/** Strict `YYYY-MM-DD` that is a real calendar date (no 2017-02-29). */
export const ZCalendarDate = z.iso
  .date({ error: 'must be a real calendar date written YYYY-MM-DD' })
  .meta({ description: 'ISO calendar date YYYY-MM-DD.' });

export const ZMunicipalityCode = z
  .string()
  .regex(/^\d{4}$/, { error: 'must be a four-digit SCB municipality code, e.g. 2184' })
  .meta({ description: 'SCB municipality code (kommunkod), e.g. 2184 for Hudiksvall.' });

/** Non-empty text with a length limit, so a pasted file cannot end up in one field. */
export function text(max = 2000) {
  return z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });
}

/** Amount or count that may not be negative; the message names the value given. */
export function nonNegative() {
  return z.number().min(0, { error: (iss) => `must not be negative, got ${String(iss.input)}` });
}

export function positiveInt() {
  return z
    .int()
    .min(1, { error: (iss) => `must be a whole number of at least 1, got ${String(iss.input)}` });
}

/** SEK per month (interchange.md: "Amounts are SEK per month"). */
export const ZMonthlyAmount = nonNegative().meta({ description: 'SEK per month.' });

/** Percent of full time; 0 % is no job at all, so the range is 1–100 (process.md rules). */
export const ZExtentPct = z
  .number()
  .min(1, {
    error: (iss) => `must be between 1 and 100 (% of full time), got ${String(iss.input)}`,
  })
  .max(100, {
    error: (iss) => `must be between 1 and 100 (% of full time), got ${String(iss.input)}`,
  });

export const ZHoursPerWeek = nonNegative().max(168, {
  error: (iss) => `must be at most 168 (hours in a week), got ${String(iss.input)}`,
});

export const ZIncome = z.strictObject({
  source: z.enum(incomeSources),
  monthly: ZMonthlyAmount.optional(),
  tax: ZMonthlyAmount.optional().meta({ description: 'Tax paid on the amount, SEK per month.' }),
});
export type TIncome = z.infer<typeof ZIncome>;

const personalNumberMessage =
  'must be a valid personnummer or samordningsnummer (YYYYMMDD-NNNN or YYMMDD-NNNN, correct check digit)';

/** The pattern is for the JSON Schema; the refinement checks the date and the Luhn digit. */
export const ZPersonalNumber = z
  .string()
  .regex(/^(\d{8}-?|\d{6}[-+]?)\d{4}$/, { error: personalNumberMessage, abort: true })
  .refine(isValidPersonalNumber, { error: personalNumberMessage });

const orgNumberMessage =
  'must be a valid organisationsnummer written NNNNNN-NNNN with a correct check digit';

export const ZOrganisationNumber = z
  .string()
  .regex(/^\d{6}-\d{4}$/, { error: orgNumberMessage, abort: true })
  .refine(isValidOrganisationNumber, { error: orgNumberMessage });
