import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { TLots } from '@lots/services';
import {
  dataset,
  enrolment,
  importOrThrow,
  programme,
  specialist,
} from '@lots/services/test-support';

/*
 * A small programme (prog-s, association A) where the rows of a socio-economic
 * analysis built from the records are obvious: three people started work or studies
 * in 2024, one did not, one started before the period.
 */

export const fixtures = new URL('../../../../shared/fixtures/', import.meta.url);
export const readFixture = (name: string) =>
  JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as Record<string, unknown>;

const job = (date: string, employer: string, salary: number, subsidyMonthly = 0) => ({
  type: 'job_start' as const,
  date,
  employer,
  hoursPerWeek: 40,
  extentPct: 100,
  contract: 'permanent' as const,
  salary,
  subsidy: subsidyMonthly > 0 ? ('wage_subsidy' as const) : ('none' as const),
  ...(subsidyMonthly > 0 ? { subsidyMonthly } : {}),
  competitive: subsidyMonthly === 0,
});

export async function addSocioProgramme(lots: TLots) {
  await importOrThrow(
    lots,
    dataset({
      associations: [{ key: 'assoc-a', name: 'Förbund A' }],
      programmes: [programme('prog-s', 'assoc-a', { caseNumberPrefix: 'PS' })],
      specialists: [specialist('ss1', 'prog-s')],
      employers: [
        {
          key: 'emp-m',
          name: 'Kommunen',
          association: 'assoc-a',
          industry: 'O',
          type: 'municipality',
        },
        { key: 'emp-p', name: 'Företaget', association: 'assoc-a', industry: 'G', type: 'private' },
      ],
      participants: [
        enrolment('s-1', 'prog-s', 'ss1', {
          baseline: {
            incomeSources: [
              { source: 'social_assistance', monthly: 4300, tax: 0 },
              { source: 'sickness_benefit', monthly: 7620, tax: 1753 },
            ],
            timeOnSupport: 'up_to_3_years',
            housingSupportHoursPerWeek: 5,
          },
          events: [
            job('2024-03-01', 'emp-m', 15646, 18000),
            { type: 'housing_support_change', date: '2024-04-01', hoursPerWeek: 2.5 },
          ],
        }),
        enrolment('s-2', 'prog-s', 'ss1', {
          baseline: {
            incomeSources: [{ source: 'social_assistance', monthly: 10000, tax: 0 }],
            timeOnSupport: 'up_to_1_year',
          },
          events: [job('2024-05-01', 'emp-p', 26500)],
        }),
        enrolment('s-3', 'prog-s', 'ss1', {
          baseline: {
            incomeSources: [{ source: 'activity_compensation', monthly: 11077, tax: 2769 }],
            timeOnSupport: 'up_to_3_years',
          },
          events: [{ type: 'study_start', date: '2024-06-01', kind: 'adult_education' }],
          closure: {
            date: '2024-08-01',
            reason: 'studies',
            exitIncomeSources: [{ source: 'study_allowance', monthly: 10172 }],
          },
        }),
        enrolment('s-4', 'prog-s', 'ss1'),
        enrolment('s-5', 'prog-s', 'ss1', {
          referral: { date: '2023-01-02', source: 'psychiatry' },
          enrolledAt: '2023-01-15',
          consent: { date: '2023-01-15', participation: true, handBack: true, survey: false },
          events: [job('2023-06-01', 'emp-p', 20000)],
        }),
      ],
    }),
  );
}

/** The same three people typed in as a scenario. */
export const expectedScenarioRows = [
  {
    before: [
      { source: 'social_assistance', monthly: 4300, tax: 0 },
      { source: 'sickness_benefit', monthly: 7620, tax: 1753 },
    ],
    after: {
      kind: 'employment',
      salary: 15646,
      extentPct: 100,
      employer: 'municipality',
      subsidyPct: 100,
      subsidyMonthly: 18000,
    },
    housing: { hoursBefore: 5, hoursAfter: 2.5 },
  },
  {
    before: [{ source: 'social_assistance', monthly: 10000, tax: 0 }],
    after: {
      kind: 'employment',
      salary: 26500,
      extentPct: 100,
      employer: 'private',
      subsidyPct: 0,
      subsidyMonthly: 0,
    },
    housing: null,
  },
  {
    before: [{ source: 'activity_compensation', monthly: 11077, tax: 2769 }],
    after: { kind: 'studies', studyAllowanceMonthly: 10172 },
    housing: null,
  },
];

export async function send(
  app: FastifyInstance,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  cookie: string | undefined,
  payload: unknown,
) {
  return app.inject({ method, url, headers: cookie ? { cookie } : {}, payload: payload as object });
}
