import type { FastifyInstance } from 'fastify';
import { dataset, importOrThrow, programme, specialist } from '@lots/services/test-support';
import { get, loginAs, type TWorld } from './helpers.ts';

export const EMAILS = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'spec-unlinked@test.se',
  'analyst-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
] as const;

export async function loginAll(app: FastifyInstance): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  for (const email of EMAILS) cookies[email] = await loginAs(app, email);
  return cookies;
}

/**
 * Adds prog-h under prog-a (so sup-a supervises it) with Helsingborg's rule: people
 * under 40 first (seed 000).
 */
export async function addHelsingborg(w: TWorld) {
  await importOrThrow(
    w.lots,
    dataset({
      associations: [{ key: 'assoc-a', name: 'Förbund A' }],
      programmes: [
        programme('prog-a', 'assoc-a', { caseNumberPrefix: 'PA' }),
        programme('prog-h', 'assoc-a', {
          parent: 'prog-a',
          caseNumberPrefix: 'PH',
          priorityRules: [{ kind: 'max_age', value: 39, priority: 1 }],
        }),
      ],
      specialists: [specialist('sh1', 'prog-h')],
    }),
  );
}

export function send(
  app: FastifyInstance,
  method: 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload: unknown,
  cookie?: string,
) {
  return app.inject({
    method,
    url: `/api/v1${url}`,
    payload: payload as Record<string, unknown>,
    headers: cookie ? { cookie } : {},
  });
}

/** Specialist ids by name, from a supervisor's participant list. */
export async function specialistIds(app: FastifyInstance, cookie: string, programmeKey: string) {
  const page = (
    await get(app, `/api/v1/participants?programme=${programmeKey}&status=all`, cookie)
  ).json<{ items: { specialist: { id: string; name: string } | null }[] }>();
  const out: Record<string, string> = {};
  for (const i of page.items) if (i.specialist) out[i.specialist.name] = i.specialist.id;
  return out;
}

export const newPerson = (extra: Record<string, unknown> = {}) => ({
  sex: 'female',
  birthYear: 1990,
  municipality: '2184',
  education: 'upper_secondary',
  ...extra,
});

export const referralBody = (programmeKey: string, person: unknown, date = '2025-01-10') => ({
  programme: programmeKey,
  person,
  referral: { date, source: 'psychiatry', officer: 'Handläggare H', organisation: 'Psykiatrin' },
});

export const enrolBody = (specialistId: string, extra: Record<string, unknown> = {}) => ({
  date: '2025-02-01',
  specialist: specialistId,
  consent: { date: '2025-02-01', participation: true, handBack: true, survey: true },
  baseline: {
    incomeSources: [{ source: 'sickness_benefit', monthly: 12000 }],
    timeOnSupport: 'up_to_3_years',
    goal: 'work',
  },
  ...extra,
});
