/**
 * The `lots-dataset` document, version 1 (shared/domain/interchange.md): how
 * programmes move between systems, and how tests and benchmarks load data. The
 * schema checks shape only; the rules that relate values to each other (references,
 * date order, consent) live in `validateDataset` in services, which runs this first.
 *
 * Decisions beyond interchange.md (to be copied into an ADR):
 *
 * - Every object is strict: an unknown property is an error, so a typo such as
 *   `speciallist` is reported instead of silently dropped.
 * - Dates are strict `YYYY-MM-DD` and must be real calendar dates.
 * - Keys are 1–100 characters of letters, digits and `_ . : -`, so they are safe on a
 *   command line (`--programme KEY`). Association, programme, specialist and employer
 *   keys are unique in the document; a participant key is unique within its programme.
 * - A participant entry is one enrolment (or one referral). `person` links entries
 *   that are the same person (re-enrolment) and defaults to the entry's key; person
 *   keys are document-wide, so entries in two programmes that share a key and omit
 *   `person` are taken to be one person.
 * - `caseNumber` is optional on import (the importer generates `PREFIX-YYYY-NNN`
 *   from `caseNumberPrefix`); it is unique within its programme.
 * - Programmes: `parent` defaults to null; `closureAfterDays` (default 60, the
 *   Hudiksvall two-month rule), `minHoursPerWeekForEmployment` (default 0),
 *   `followUpMonths` (default [6, 12], ascending), `retentionYears` of identity data
 *   after closure (default 2), yearly `targets` with rates per standard outcome id,
 *   `teams`, queue `priorityRules` (data, not code: a referral matching a rule gets
 *   its `priority`, 1 = first) and `caseNumberPrefix` (1–10 capitals/digits).
 * - Specialists: 0 < `fte` ≤ 1; `team` must be one of the programme's teams.
 * - Employers: `association` may be left out when the document has exactly one
 *   association (validateDataset fills it in); `orgNumber` is `NNNNNN-NNNN` with a
 *   Luhn check digit; `industry` is an SNI 2007 section letter.
 * - Consent `{ date, participation: true, handBack, survey, withdrawnAt? }` and a
 *   non-empty `baseline.incomeSources` are required for an enrolment (semantic rules,
 *   so a referral can omit them). `specialist` is likewise required once enrolled.
 *   Consent is dated on or before `enrolledAt`; the referral too.
 * - `queue`, `declined` and `withdrawn` belong to referrals (no `enrolledAt`);
 *   `declined` excludes `queue` and `withdrawn`; their dates are not before the
 *   referral, and `withdrawn.date` not before `queue.acceptedAt`.
 * - `events` and `followUps` default to empty arrays. Events outside
 *   [enrolledAt, closure.date] are errors; voided events are exempt from date and
 *   pairing rules but must still be well-formed and reference existing keys. An end
 *   event pairs with the most recent open start of its type with the same employer
 *   (jobs) or kind (study, placement), else the most recent open start of its type;
 *   an end that finds no start is an error. A follow-up is dated after the closure.
 * - An event's employer must belong to the association of the participant's
 *   programme (employers are held per association; anything else crosses tenants).
 * - One person's enrolments in one programme never overlap and at most one is open;
 *   a new enrolment may start on the day the previous one closed.
 * - Validation reports every semantic issue at once, but only after the shape is
 *   valid: a document with shape errors reports just those.
 * - Amounts are SEK per month and never negative; job extent is 1–100 % of full time;
 *   hours per week are 0–168.
 * - Closing needs a reason from process.md's list; `summary` and `handBackTo` are
 *   free text (the closing summary and the referrer it is handed back to).
 */
import {
  closureReasons,
  diagnosisGroups,
  educationLevels,
  employerTypes,
  followUpStatuses,
  goals,
  incomeSources,
  outcomeIds,
  referralSources,
  sexes,
  sniSections,
  timeOnSupportBands,
} from '@lots/core';
import { z } from 'zod';
import { ZOwnDefinitionBody } from './api/reports.ts';
import { ZEvent } from './dataset-events.ts';
import {
  ZHoursPerWeek,
  ZIncome,
  ZCalendarDate,
  ZKey,
  ZMunicipalityCode,
  ZOrganisationNumber,
  ZPersonalNumber,
  positiveInt,
  text,
} from './dataset-primitives.ts';

export const datasetFormat = 'lots-dataset';
export const datasetVersion = 1;

/**
 * An own outcome definition (outcomes.md: shown beside the six standard ones, never
 * replacing them), as data in the core engine's shape.
 */
export const ZDatasetOutcomeDefinition = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, {
    error: 'must be lower-case letters, digits and _, e.g. job_or_trial',
  }),
  label: text(200),
  definition: ZOwnDefinitionBody.strict(),
});
export type TDatasetOutcomeDefinition = z.infer<typeof ZDatasetOutcomeDefinition>;

export const ZAssociation = z.strictObject({
  key: ZKey,
  name: text(200),
  /** Own outcome definitions for every programme of the association. */
  outcomeDefinitions: z.array(ZDatasetOutcomeDefinition).optional(),
});
export type TAssociation = z.infer<typeof ZAssociation>;

export const ZTarget = z.strictObject({
  year: z.int().min(2000).max(2100),
  enrolments: z.int().min(0).optional(),
  rates: z
    .partialRecord(
      z.enum(outcomeIds),
      z.number().min(0).max(1, { error: 'must be a fraction in [0, 1]' }),
    )
    .optional()
    .meta({ description: 'Target share per outcome id, as a fraction (0.2 = 20 %).' }),
});
export type TTarget = z.infer<typeof ZTarget>;

export const ZTeam = z.strictObject({ key: ZKey, name: text(200) });
export type TTeam = z.infer<typeof ZTeam>;

export const ZPriorityRule = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('max_age'),
        value: z.int().min(0).max(120),
        priority: positiveInt(),
      }),
      z.strictObject({
        kind: z.literal('referral_source'),
        value: z.enum(referralSources),
        priority: positiveInt(),
      }),
      z.strictObject({
        kind: z.literal('income_source'),
        value: z.enum(incomeSources),
        priority: positiveInt(),
      }),
    ],
    { error: 'must be one of max_age, referral_source, income_source' },
  )
  .meta({ description: 'A referral that matches gets this queue priority (1 = first).' });
export type TPriorityRule = z.infer<typeof ZPriorityRule>;

const ascending = (months: readonly number[]) =>
  months.every((m, i) => i === 0 || m > (months[i - 1] ?? 0));

export const ZProgramme = z.strictObject({
  key: ZKey,
  name: text(200),
  association: ZKey,
  parent: ZKey.nullable().default(null),
  municipality: ZMunicipalityCode,
  closureAfterDays: positiveInt().default(60),
  minHoursPerWeekForEmployment: ZHoursPerWeek.default(0),
  followUpMonths: z
    .array(positiveInt())
    .refine(ascending, { error: 'must be in ascending order without repeats' })
    .default([6, 12]),
  retentionYears: positiveInt().default(2),
  targets: z.array(ZTarget).optional(),
  /** Own outcome definitions of this programme only. */
  outcomeDefinitions: z.array(ZDatasetOutcomeDefinition).optional(),
  teams: z.array(ZTeam).optional(),
  priorityRules: z.array(ZPriorityRule).optional(),
  caseNumberPrefix: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{0,9}$/, { error: 'must be 1–10 capital letters or digits, e.g. HUD' })
    .optional(),
});
export type TProgramme = z.infer<typeof ZProgramme>;

export const ZSpecialist = z.strictObject({
  key: ZKey,
  programme: ZKey,
  fte: z
    .number()
    .gt(0, {
      error: (iss) => `must be more than 0 and at most 1 (full time), got ${String(iss.input)}`,
    })
    .lte(1, {
      error: (iss) => `must be more than 0 and at most 1 (full time), got ${String(iss.input)}`,
    }),
  name: text(200),
  team: ZKey.optional(),
});
export type TSpecialist = z.infer<typeof ZSpecialist>;

export const ZEmployer = z.strictObject({
  key: ZKey,
  name: text(200),
  association: ZKey.optional(),
  orgNumber: ZOrganisationNumber.optional(),
  industry: z.enum(sniSections).optional(),
  type: z.enum(employerTypes).optional(),
});
export type TEmployer = z.infer<typeof ZEmployer>;

export const ZReferral = z.strictObject({
  date: ZCalendarDate,
  source: z.enum(referralSources),
  /** The referring case officer (handläggare), to hand the case back to. */
  officer: text(200).optional(),
  organisation: text(200).optional(),
});

export const ZConsent = z.strictObject({
  date: ZCalendarDate,
  participation: z.literal(true, {
    error: 'must be true: consent to participate is what allows enrolment',
  }),
  /** Sharing the closing summary with the referrer. */
  handBack: z.boolean(),
  survey: z.boolean(),
  withdrawnAt: ZCalendarDate.optional(),
});
export type TConsent = z.infer<typeof ZConsent>;

export const ZBaseline = z.strictObject({
  incomeSources: z.array(ZIncome).optional(),
  timeOnSupport: z.enum(timeOnSupportBands).optional(),
  housingSupportHoursPerWeek: ZHoursPerWeek.optional(),
  /** Health data (GDPR art. 9): shown only aggregated in reports. */
  diagnosisGroup: z.enum(diagnosisGroups).optional(),
  goal: z.enum(goals).optional(),
  networkAgencies: z.array(text(200)).optional(),
  preferences: text(4000).optional(),
});
export type TBaseline = z.infer<typeof ZBaseline>;

export const ZIdentity = z.strictObject({
  name: text(200).optional(),
  personalNumber: ZPersonalNumber.optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{5,20}$/, {
      error: 'must be a phone number of 5–20 digits, spaces, ( ) or -',
    })
    .optional(),
  email: z.email({ error: 'must be an e-mail address' }).optional(),
});
export type TIdentity = z.infer<typeof ZIdentity>;

export const ZClosure = z.strictObject({
  date: ZCalendarDate,
  reason: z.enum(closureReasons, {
    error: (iss) =>
      iss.input === undefined
        ? `closing needs a reason: one of ${closureReasons.join(', ')}`
        : `must be one of ${closureReasons.join(', ')}`,
  }),
  exitIncomeSources: z.array(ZIncome).optional(),
  summary: text(10_000).optional(),
  handBackTo: text(200).optional(),
});
export type TClosure = z.infer<typeof ZClosure>;

export const ZFollowUp = z.strictObject({
  date: ZCalendarDate,
  status: z.enum(followUpStatuses),
  months: positiveInt().optional(),
  incomeSources: z.array(ZIncome).optional(),
  note: text(4000).optional(),
});
export type TFollowUp = z.infer<typeof ZFollowUp>;

export const ZParticipant = z.strictObject({
  key: ZKey,
  person: ZKey.optional(),
  programme: ZKey,
  caseNumber: text(40).optional(),
  sex: z.enum(sexes),
  birthYear: z.int().min(1900).max(2100),
  municipality: ZMunicipalityCode,
  education: z.enum(educationLevels),
  referral: ZReferral,
  enrolledAt: ZCalendarDate.optional(),
  specialist: ZKey.optional(),
  consent: ZConsent.optional(),
  baseline: ZBaseline.optional(),
  queue: z
    .strictObject({ priority: positiveInt(), acceptedAt: ZCalendarDate.optional() })
    .optional(),
  declined: z.strictObject({ date: ZCalendarDate, reason: text(1000) }).optional(),
  withdrawn: z.strictObject({ date: ZCalendarDate, reason: text(1000).optional() }).optional(),
  identity: ZIdentity.optional(),
  events: z.array(ZEvent).default([]),
  closure: ZClosure.optional(),
  followUps: z.array(ZFollowUp).default([]),
});
export type TParticipant = z.infer<typeof ZParticipant>;
/** What a document may contain before defaults are applied. */
export type TParticipantInput = z.input<typeof ZParticipant>;

export const ZDataset = z
  .strictObject({
    format: z.literal(datasetFormat, { error: `must be "${datasetFormat}"` }),
    version: z.literal(datasetVersion, {
      error: `must be ${datasetVersion} (the only version so far)`,
    }),
    associations: z.array(ZAssociation).min(1, { error: 'must list at least one association' }),
    programmes: z.array(ZProgramme),
    specialists: z.array(ZSpecialist).default([]),
    employers: z.array(ZEmployer).default([]),
    participants: z.array(ZParticipant).default([]),
  })
  .meta({
    title: 'lots-dataset v1',
    description: 'A Lots dataset: associations, programmes, specialists, employers and enrolments.',
  });
export type TDataset = z.infer<typeof ZDataset>;
export type TDatasetInput = z.input<typeof ZDataset>;

/** JSON Schema (draft 2020-12) of the document as written, i.e. before defaults. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ZDataset, { target: 'draft-2020-12', io: 'input' });
}

/** The person an entry belongs to: `person`, or the entry's own key. */
export function personKeyOf(participant: Pick<TParticipant, 'key' | 'person'>): string {
  return participant.person ?? participant.key;
}
