import type { TCreateEventRequest } from '@lots/contracts';
import {
  date,
  first,
  maxLength,
  number,
  optionalText,
  parseNumber,
  required,
} from '../forms/checks.ts';
import type { TProblem } from '../forms/checks.ts';
import { sv } from '../i18n/sv.ts';
import type { TEnumGroup } from '../labels.ts';

/*
 * One compact form per event type (process.md "Events during enrolment"), described
 * as data: the generic event form renders, checks and converts these fields, so the
 * fourteen types share one tested path to the API.
 */

export type TEventType = TCreateEventRequest['type'];

type TFieldKind =
  'date' | 'employer' | 'bool' | 'select' | 'number' | 'text' | 'textarea' | 'lines';

export type TEventField = {
  name: keyof typeof sv.field;
  kind: TFieldKind;
  required?: boolean;
  /** Options of a select: an enum group of the labels, or SNI letters. */
  group?: TEnumGroup | 'sni';
  min?: number;
  max?: number;
  maxLength?: number;
  /** Only SSYK codes: four digits. */
  pattern?: RegExp;
};

const keys = (o: object): string[] => Object.keys(o);

export const sniLetters = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

export function optionsOf(group: TEnumGroup | 'sni'): string[] {
  if (group === 'sni') return sniLetters;
  return keys(sv[group]);
}

const dateField: TEventField = { name: 'date', kind: 'date', required: true };
const hours = (req: boolean): TEventField => ({
  name: 'hoursPerWeek',
  kind: 'number',
  required: req,
  min: 0,
  max: 168,
});
const extent = (req: boolean): TEventField => ({
  name: 'extentPct',
  kind: 'number',
  required: req,
  min: 1,
  max: 100,
});
const placement: TEventField[] = [
  dateField,
  { name: 'kind', kind: 'select', required: true, group: 'placementKind' },
  { name: 'employer', kind: 'employer' },
  { name: 'provider', kind: 'text', maxLength: 200 },
  hours(false),
];
const study: TEventField[] = [
  dateField,
  { name: 'kind', kind: 'select', required: true, group: 'studyKind' },
  extent(false),
];

export const eventSpecs: Record<TEventType, readonly TEventField[]> = {
  employer_contact: [
    dateField,
    { name: 'employer', kind: 'employer' },
    { name: 'faceToFace', kind: 'bool' },
    { name: 'purpose', kind: 'select', group: 'employerContactPurpose' },
    { name: 'location', kind: 'select', group: 'activityLocation' },
  ],
  job_start: [
    dateField,
    { name: 'employer', kind: 'employer', required: true },
    { name: 'title', kind: 'text', maxLength: 200 },
    hours(true),
    extent(true),
    { name: 'contract', kind: 'select', required: true, group: 'jobContract' },
    { name: 'salary', kind: 'number', required: true, min: 0 },
    { name: 'subsidy', kind: 'select', required: true, group: 'subsidy' },
    { name: 'subsidyMonthly', kind: 'number', min: 0 },
    { name: 'competitive', kind: 'bool' },
    { name: 'industry', kind: 'select', group: 'sni' },
    { name: 'occupation', kind: 'text', pattern: /^\d{4}$/ },
  ],
  job_end: [
    dateField,
    { name: 'employer', kind: 'employer' },
    { name: 'reason', kind: 'textarea', maxLength: 500 },
  ],
  study_start: study,
  study_end: study,
  placement_start: placement,
  placement_end: placement,
  benefits_counselling: [dateField],
  follow_along: [
    dateField,
    { name: 'with', kind: 'select', required: true, group: 'followAlongWith' },
    { name: 'location', kind: 'select', group: 'activityLocation' },
  ],
  meeting: [
    dateField,
    { name: 'kind', kind: 'select', required: true, group: 'meetingKind' },
    { name: 'parties', kind: 'lines' },
    { name: 'location', kind: 'select', group: 'activityLocation' },
  ],
  plan: [
    dateField,
    { name: 'goals', kind: 'textarea', maxLength: 4000 },
    { name: 'dueDate', kind: 'date' },
  ],
  income_change: [
    dateField,
    { name: 'source', kind: 'select', required: true, group: 'incomeSource' },
    { name: 'monthly', kind: 'number', required: true, min: 0 },
    { name: 'from', kind: 'date' },
  ],
  housing_support_change: [dateField, hours(true)],
  note: [dateField, { name: 'text', kind: 'textarea', required: true, maxLength: 10_000 }],
};

export const eventTypeValues = Object.keys(eventSpecs) as TEventType[];

export type TEventValues = Record<string, string | boolean>;

export function initialEventValues(type: TEventType, today: string): TEventValues {
  const values: TEventValues = {};
  for (const f of eventSpecs[type]) values[f.name] = f.kind === 'bool' ? false : '';
  values.date = today;
  if (type === 'job_start') values.subsidy = 'none';
  return values;
}

/** The problem of one field's value, or null. */
export function eventFieldProblem(
  f: TEventField,
  value: string | boolean,
  today: string,
): TProblem | null {
  if (typeof value === 'boolean') return null;
  const empty = value.trim() === '';
  if (f.required && empty)
    return f.kind === 'select' || f.kind === 'employer'
      ? { key: 'forms.chooseOne' }
      : required(value);
  if (empty) return null;
  switch (f.kind) {
    case 'date':
      // A plan's due date lies ahead; every other date has happened.
      return date(value, f.name === 'date' ? { notAfter: today } : {});
    case 'number':
      return number(value, { min: f.min, max: f.max });
    case 'text':
    case 'textarea':
    case 'lines':
      return first(
        f.pattern && !f.pattern.test(value.trim()) ? { key: 'forms.ssyk' } : null,
        maxLength(value, f.maxLength ?? 2000),
      );
    default:
      return null;
  }
}

/** The request body of an event from the form's values. */
export function eventBody(type: TEventType, values: TEventValues): TCreateEventRequest {
  const body: Record<string, unknown> = { type };
  for (const f of eventSpecs[type]) {
    const v = values[f.name];
    if (typeof v === 'boolean') {
      body[f.name] = v;
      continue;
    }
    if (v === undefined) continue;
    switch (f.kind) {
      case 'number': {
        const n = parseNumber(v);
        if (n !== null) body[f.name] = n;
        break;
      }
      case 'lines': {
        const lines = v
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '');
        if (lines.length > 0) body[f.name] = lines;
        break;
      }
      default: {
        const text = optionalText(v);
        if (text !== undefined) body[f.name] = text;
      }
    }
  }
  // The discriminated union is checked by the server; the specs mirror its fields.
  return body as TCreateEventRequest;
}
