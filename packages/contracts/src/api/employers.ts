import { employerContactPurposes, employerTypes, sniSections } from '@lots/core';
import { z } from 'zod';
import { ZOrganisationNumber, text } from '../dataset-primitives.ts';
import { ZIsoDate, ZUuid } from './common.ts';

/*
 * The employer register of an association (employers are shared by the
 * association's programmes). The register itself is not personal data; an
 * employer's contact history and jobs are tied to case numbers and therefore are.
 */

export const ZEmployerListQuery = z.object({
  programme: z.string().min(1, 'is required').max(100),
  q: z.string().max(100).optional().describe('part of the name or organisation number'),
});
export type TEmployerListQuery = z.infer<typeof ZEmployerListQuery>;

export const ZCreateEmployerQuery = z.object({
  programme: z.string().min(1, 'is required').max(100),
});

export const ZCreateEmployerRequest = z
  .strictObject({
    name: text(200),
    orgNumber: ZOrganisationNumber.optional(),
    industry: z.enum(sniSections).optional().describe('SNI 2007 section letter'),
    type: z.enum(employerTypes).optional(),
  })
  .meta({ id: 'CreateEmployerRequest' });
export type TCreateEmployerRequest = z.infer<typeof ZCreateEmployerRequest>;

export const ZUpdateEmployerRequest = z
  .strictObject({
    name: text(200).optional(),
    orgNumber: ZOrganisationNumber.nullable().optional(),
    industry: z.enum(sniSections).nullable().optional(),
    type: z.enum(employerTypes).nullable().optional(),
  })
  .meta({ id: 'UpdateEmployerRequest', description: 'null clears a field; the key never changes' });
export type TUpdateEmployerRequest = z.infer<typeof ZUpdateEmployerRequest>;

export const ZEmployerOut = z
  .object({
    id: ZUuid,
    key: z.string().describe('stable key used in dataset exports'),
    name: z.string(),
    orgNumber: z.string().nullable(),
    industry: z.enum(sniSections).nullable(),
    type: z.enum(employerTypes).nullable(),
    association: z.object({ key: z.string(), name: z.string() }),
  })
  .meta({ id: 'Employer' });
export type TEmployerOut = z.infer<typeof ZEmployerOut>;

export const ZEmployerList = z
  .object({ items: z.array(ZEmployerOut) })
  .meta({ id: 'EmployerList' });
export type TEmployerList = z.infer<typeof ZEmployerList>;

export const ZEmployerContactOut = z
  .object({
    eventId: ZUuid,
    date: ZIsoDate,
    faceToFace: z.boolean(),
    purpose: z.enum(employerContactPurposes).nullable(),
    specialist: z.object({ id: ZUuid, name: z.string() }).nullable(),
    enrolmentId: ZUuid,
    caseNumber: z.string(),
  })
  .meta({ id: 'EmployerContact' });

export const ZEmployerJobOut = z
  .object({
    enrolmentId: ZUuid,
    caseNumber: z.string(),
    start: ZIsoDate,
    end: ZIsoDate.nullable(),
    title: z.string().nullable(),
    extentPct: z.number().nullable(),
    contract: z.string().nullable(),
    competitive: z.boolean().nullable(),
  })
  .meta({ id: 'EmployerJob' });

export const ZEmployerDetail = ZEmployerOut.extend({
  contacts: z
    .array(ZEmployerContactOut)
    .describe('newest first; only enrolments the user may see; voided contacts left out'),
  jobs: z.array(ZEmployerJobOut).describe('job_start/job_end pairs at this employer, newest first'),
}).meta({ id: 'EmployerDetail' });
export type TEmployerDetail = z.infer<typeof ZEmployerDetail>;
