import { ZOrganisationNumber, ZPersonalNumber } from '@lots/contracts';

/*
 * Field checks of the case-work forms, as pure functions: each returns the i18n key
 * of the problem (and its parameters) or null. The form hook adds the field's label,
 * so every message names the field (GOV.UK: "say what is wrong and how to fix it").
 */

export type TProblem = {
  key:
    | 'forms.required'
    | 'forms.chooseOne'
    | 'forms.chooseAtLeastOne'
    | 'forms.date'
    | 'forms.dateNotReal'
    | 'forms.dateFuture'
    | 'forms.dateBefore'
    | 'forms.number'
    | 'forms.wholeNumber'
    | 'forms.range'
    | 'forms.notNegative'
    | 'forms.tooLong'
    | 'forms.personalNumberFormat'
    | 'forms.personalNumberCheck'
    | 'forms.orgNumber'
    | 'forms.phone'
    | 'forms.email'
    | 'forms.municipality'
    | 'forms.ssyk'
    | 'enrol.participationRequired'
    | 'socio.scenarioRow.untaxed'
    | 'socio.scenarioRow.taxTooHigh'
    | 'socio.scenarioRow.sameSource'
    | 'socio.scenarioRow.housingNeeded'
    | 'settings.monthsProblem'
    | 'settings.ruleProblem';
  params?: Record<string, string | number>;
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Today in Sweden as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/Stockholm',
  }).format(now);
}

/** `12,5`, `12.5`, `1 200` → a number; blank or not a number → null. */
export function parseNumber(value: string): number | null {
  const cleaned = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function required(value: string): TProblem | null {
  return value.trim() === '' ? { key: 'forms.required' } : null;
}

export function chosen(value: string): TProblem | null {
  return value === '' ? { key: 'forms.chooseOne' } : null;
}

type TDateOptions = { notAfter?: string; notBefore?: string };

/** A blank value passes: combine with `required` when the field must be filled in. */
export function date(value: string, options: TDateOptions = {}): TProblem | null {
  if (value.trim() === '') return null;
  const v = value.trim();
  // Written right but not in the calendar (2026-02-30): say so rather than repeat the format.
  if (!isIsoDate(v))
    return { key: /^\d{4}-\d{2}-\d{2}$/.test(v) ? 'forms.dateNotReal' : 'forms.date' };
  if (options.notAfter && value > options.notAfter) return { key: 'forms.dateFuture' };
  if (options.notBefore && value < options.notBefore)
    return { key: 'forms.dateBefore', params: { date: options.notBefore } };
  return null;
}

type TNumberOptions = { min?: number; max?: number; integer?: boolean };

export function number(value: string, options: TNumberOptions = {}): TProblem | null {
  if (value.trim() === '') return null;
  const n = parseNumber(value);
  if (n === null) return { key: options.integer ? 'forms.wholeNumber' : 'forms.number' };
  if (options.integer && !Number.isInteger(n)) return { key: 'forms.wholeNumber' };
  const { min, max } = options;
  if (min !== undefined && max !== undefined && (n < min || n > max))
    return { key: 'forms.range', params: { min, max } };
  if (min === 0 && n < 0) return { key: 'forms.notNegative' };
  if (min !== undefined && n < min) return { key: 'forms.range', params: { min, max: '…' } };
  return null;
}

export function maxLength(value: string, max: number): TProblem | null {
  return value.length > max ? { key: 'forms.tooLong', params: { max } } : null;
}

const PERSONAL_NUMBER_SHAPE = /^(\d{8}-?|\d{6}[-+]?)\d{4}$/;

/** Shape first, then date and Luhn check digit (the contract's own rule). */
export function personalNumber(value: string): TProblem | null {
  const v = value.trim();
  if (v === '') return null;
  if (!PERSONAL_NUMBER_SHAPE.test(v)) return { key: 'forms.personalNumberFormat' };
  return ZPersonalNumber.safeParse(v).success ? null : { key: 'forms.personalNumberCheck' };
}

export function orgNumber(value: string): TProblem | null {
  const v = value.trim();
  if (v === '') return null;
  return ZOrganisationNumber.safeParse(v).success ? null : { key: 'forms.orgNumber' };
}

export function phone(value: string): TProblem | null {
  const v = value.trim();
  return v === '' || /^\+?[0-9 ()-]{5,20}$/.test(v) ? null : { key: 'forms.phone' };
}

export function email(value: string): TProblem | null {
  const v = value.trim();
  return v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? null : { key: 'forms.email' };
}

/** The first problem of several checks. */
export function first(...problems: (TProblem | null)[]): TProblem | null {
  return problems.find((p) => p !== null) ?? null;
}

/** A blank string → undefined; else the trimmed string (optional API fields). */
export function optionalText(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

export function optionalNumber(value: string): number | undefined {
  return parseNumber(value) ?? undefined;
}

/**
 * The form field that a server issue is about. Paths come as `body.closure.reason`,
 * `body.baseline.incomeSources[0].monthly` or `body/reason`: the request part is
 * dropped, then the longest known prefix wins, then the last segment alone.
 */
export function fieldOfPath(path: string, fields: readonly string[]): string | null {
  const segments = path
    .replace(/\[\d+\]/g, '')
    .split(/[./]/)
    .filter((s) => s !== '');
  if (['body', 'querystring', 'params'].includes(segments[0] ?? '')) segments.shift();
  for (let n = segments.length; n > 0; n--) {
    const candidate = segments.slice(0, n).join('.');
    if (fields.includes(candidate)) return candidate;
  }
  const last = segments.at(-1);
  return last !== undefined && fields.includes(last) ? last : null;
}

/** A checkbox's initial value, typed as boolean (not the literal `false`) for the form. */
export const unchecked = (): boolean => false;

/** "6, 12, 24" → [6, 12, 24]; null when it is not a list of whole months in ascending order. */
export function parseMonths(value: string): number[] | null {
  const parts = value.split(/[,\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return [];
  const months = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  const ok = months.every((m, i) => m >= 1 && m <= 120 && (i === 0 || m > (months[i - 1] ?? 0)));
  return ok ? months : null;
}
