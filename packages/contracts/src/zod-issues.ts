import type { TIssue, TPathSegment } from '@lots/core';
import type { z } from 'zod';

/*
 * Turns zod issues into Lots issues `{ path, message }` with messages that say how to
 * fix the value. Schemas set their own messages for ranges, formats and refinements;
 * the generic cases (missing, wrong type, unknown property, unknown option) are
 * worded here. Values are echoed only when they are numbers, booleans or short
 * option strings, never free text, so a message cannot leak personal data into a log.
 */

type TZodIssue = z.core.$ZodIssue;

function segment(key: PropertyKey): TPathSegment {
  return typeof key === 'number' ? key : String(key);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && value.length <= 40 && !/\s{2}|\n/.test(value))
    return JSON.stringify(value);
  return jsonType(value);
}

function expectedType(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}

function listOptions(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function convert(issue: TZodIssue): TIssue[] {
  const path = issue.path.map(segment);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: 'is required' }];
      return [
        {
          path,
          message: `must be ${expectedType(issue.expected)}, got ${typeof issue.input === 'number' ? issue.input : jsonType(issue.input)}`,
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: 'is not a known property here (check the spelling)',
      }));
    case 'invalid_value':
      // zod's own wording starts with "Invalid"; a schema's custom message is kept as is.
      if (issue.values.length === 1) {
        return [
          {
            path,
            message: issue.message.startsWith('Invalid')
              ? `must be ${JSON.stringify(issue.values[0])}`
              : issue.message,
          },
        ];
      }
      if (!issue.message.startsWith('Invalid')) return [{ path, message: issue.message }];
      return [
        { path, message: `must be one of ${listOptions(issue.values)}, got ${show(issue.input)}` },
      ];
    case 'invalid_union':
      // zod already points a failed discriminator at the discriminator property itself.
      return [{ path, message: issue.message }];
    case 'invalid_key':
      return [
        { path, message: `has an unknown key: ${issue.issues.map((i) => i.message).join('; ')}` },
      ];
    default:
      return [{ path, message: issue.message }];
  }
}

/** All issues of a failed parse, in document order. */
export function zodIssuesToIssues(error: z.ZodError): TIssue[] {
  return error.issues.flatMap(convert);
}
