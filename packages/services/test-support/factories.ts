import type { TRole } from '@lots/core';
import type { TDatasetInput, TParticipantInput } from '@lots/contracts';
import { importDataset } from '../src/dataset/import-dataset.ts';
import type { TLots } from '../src/runtime.ts';
import { createUser } from '../src/users/create-user.ts';

type TProgrammeInput = TDatasetInput['programmes'][number];
type TSpecialistInput = NonNullable<TDatasetInput['specialists']>[number];

export const TEST_PASSWORD = 'test-password-123';

export function programme(
  key: string,
  association: string,
  extra: Partial<TProgrammeInput> = {},
): TProgrammeInput {
  return {
    key,
    name: `Programme ${key}`,
    association,
    parent: null,
    municipality: '2184',
    ...extra,
  };
}

export function specialist(key: string, programmeKey: string, fte = 1): TSpecialistInput {
  return { key, programme: programmeKey, fte, name: `Specialist ${key}` };
}

/** An enrolled participant with consent and a baseline, ready to be closed or given events. */
export function enrolment(
  key: string,
  programmeKey: string,
  specialistKey: string,
  extra: Partial<TParticipantInput> = {},
): TParticipantInput {
  return {
    key,
    programme: programmeKey,
    sex: 'female',
    birthYear: 1990,
    municipality: '2184',
    education: 'upper_secondary',
    referral: { date: '2024-01-02', source: 'psychiatry' },
    enrolledAt: '2024-01-15',
    specialist: specialistKey,
    consent: { date: '2024-01-15', participation: true, handBack: true, survey: false },
    baseline: {
      incomeSources: [{ source: 'sickness_benefit', monthly: 15000, tax: 4000 }],
      timeOnSupport: 'up_to_3_years',
    },
    ...extra,
  };
}

export function dataset(
  parts: Partial<TDatasetInput> & Pick<TDatasetInput, 'programmes'>,
): TDatasetInput {
  return {
    format: 'lots-dataset',
    version: 1,
    associations: parts.associations ?? [{ key: 'assoc-a', name: 'Förbund A' }],
    programmes: parts.programmes,
    specialists: parts.specialists ?? [],
    employers: parts.employers ?? [],
    participants: parts.participants ?? [],
  };
}

/**
 * Two associations, three programmes (A with sub-programme A1, and B), a specialist
 * each, and a few participants: the standard world of the cross-programme tests.
 */
export function twoProgrammeWorld(): TDatasetInput {
  return dataset({
    associations: [
      { key: 'assoc-a', name: 'Förbund A' },
      { key: 'assoc-b', name: 'Förbund B' },
    ],
    programmes: [
      programme('prog-a', 'assoc-a', { caseNumberPrefix: 'PA' }),
      programme('prog-a1', 'assoc-a', { parent: 'prog-a', caseNumberPrefix: 'PAS' }),
      programme('prog-b', 'assoc-b', { caseNumberPrefix: 'PB' }),
    ],
    specialists: [
      specialist('sa1', 'prog-a'),
      specialist('sa2', 'prog-a', 0.5),
      specialist('sa1s', 'prog-a1'),
      specialist('sb1', 'prog-b'),
    ],
    employers: [
      {
        key: 'emp-a',
        name: 'Arbetsgivare A',
        association: 'assoc-a',
        industry: 'G',
        type: 'private',
      },
      {
        key: 'emp-b',
        name: 'Arbetsgivare B',
        association: 'assoc-b',
        industry: 'Q',
        type: 'municipality',
      },
    ],
    participants: [
      enrolment('a-1', 'prog-a', 'sa1', { identity: { name: 'Alice Andersson' } }),
      enrolment('a-2', 'prog-a', 'sa2', { sex: 'male', identity: { name: 'Bo Berg' } }),
      enrolment('a-3', 'prog-a', 'sa1', {
        events: [
          { type: 'employer_contact', date: '2024-01-20', employer: 'emp-a', faceToFace: true },
          {
            type: 'job_start',
            date: '2024-03-01',
            employer: 'emp-a',
            hoursPerWeek: 30,
            extentPct: 75,
            contract: 'permanent',
            salary: 22000,
            subsidy: 'none',
            competitive: true,
          },
        ],
      }),
      enrolment('a1-1', 'prog-a1', 'sa1s', { identity: { name: 'Cecilia Sub' } }),
      enrolment('b-1', 'prog-b', 'sb1', {
        identity: { name: 'Britt Bsson' },
        municipality: '0180',
      }),
      enrolment('b-2', 'prog-b', 'sb1', { sex: 'male', municipality: '0180' }),
    ],
  });
}

export async function importOrThrow(lots: TLots, doc: unknown) {
  const result = await importDataset(lots, doc);
  if (!result.ok)
    throw new Error(
      `fixture dataset invalid:\n${result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  return result.summary;
}

export async function createTestUser(
  lots: TLots,
  u: { email: string; role: TRole; programme?: string; association?: string; specialist?: string },
): Promise<{ email: string; password: string }> {
  await createUser(lots, { ...u, password: TEST_PASSWORD });
  return { email: u.email, password: TEST_PASSWORD };
}
