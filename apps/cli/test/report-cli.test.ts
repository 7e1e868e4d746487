import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDatasetInput, TParticipantInput } from '@lots/contracts';
import { buildApp } from '@lots/server';
import {
  createTestLots,
  createTestUser,
  dataset,
  enrolment,
  importOrThrow,
  programme,
  specialist,
} from '@lots/services/test-support';
import { runCli } from './run-cli.ts';

/*
 * `lots report` (interchange.md "Command line") on the worked example of
 * worked-example.md, imported as a dataset; and the same numbers through the API.
 */

const job = (
  date: string,
  competitive: boolean,
  subsidy: 'none' | 'wage_subsidy',
  hours: number,
) => ({
  type: 'job_start' as const,
  date,
  employer: 'emp-demo',
  hoursPerWeek: hours,
  extentPct: Math.round((hours / 40) * 100),
  contract: 'permanent' as const,
  salary: 20000,
  subsidy,
  competitive,
});

const person = (
  key: string,
  sex: 'female' | 'male',
  birthYear: number,
  enrolledAt: string,
  extra: Partial<TParticipantInput>,
): TParticipantInput =>
  enrolment(key, 'ips-demo', 's1', {
    sex,
    birthYear,
    enrolledAt,
    referral: { date: enrolledAt, source: 'psychiatry' },
    consent: { date: enrolledAt, participation: true, handBack: true, survey: false },
    ...extra,
  });

/** worked-example.md: five enrolments in ips-demo, period 2024. */
function workedExample(): TDatasetInput {
  return dataset({
    associations: [{ key: 'demo', name: 'Samordningsförbund Demo' }],
    programmes: [programme('ips-demo', 'demo', { caseNumberPrefix: 'DEMO' })],
    specialists: [specialist('s1', 'ips-demo')],
    employers: [{ key: 'emp-demo', name: 'Arbetsgivare Demo', association: 'demo' }],
    participants: [
      person('A', 'female', 1996, '2023-11-06', {
        events: [
          { type: 'employer_contact', date: '2023-11-20', employer: 'emp-demo', faceToFace: true },
          job('2024-02-05', true, 'none', 30),
        ],
        closure: {
          date: '2024-04-08',
          reason: 'employment',
          exitIncomeSources: [{ source: 'salary', monthly: 24000, tax: 7000 }],
        },
      }),
      person('B', 'male', 1970, '2024-02-12', {
        events: [
          { type: 'placement_start', date: '2024-03-01', kind: 'work_training' },
          job('2024-05-02', false, 'wage_subsidy', 20),
        ],
      }),
      person('C', 'female', 2001, '2024-03-04', {
        events: [{ type: 'study_start', date: '2024-04-15', kind: 'folk_high_school' }],
        closure: {
          date: '2024-09-30',
          reason: 'studies',
          exitIncomeSources: [{ source: 'study_allowance', monthly: 11000, tax: 0 }],
        },
      }),
      person('D', 'male', 1984, '2024-05-20', {
        events: [
          { type: 'employer_contact', date: '2024-06-03', employer: 'emp-demo', faceToFace: false },
        ],
        closure: {
          date: '2024-10-14',
          reason: 'ill_health',
          exitIncomeSources: [{ source: 'sickness_benefit', monthly: 12000, tax: 3000 }],
        },
      }),
      person('E', 'female', 1963, '2024-09-02', { events: [job('2025-01-13', true, 'none', 40)] }),
    ],
  });
}

type TRow = {
  outcome: string;
  count: number;
  denominator: number;
  rate: number | null;
  bySex: unknown;
};

let dir: string;
let dataDir: string;
const lotsArgs = () => ['--data-dir', dataDir];
const period = ['--from', '2024-01-01', '--to', '2024-12-31'];
const cliJson = (args: string[]) => {
  const res = runCli([...args, ...lotsArgs()]);
  expect(res.code, res.stderr).toBe(0);
  return JSON.parse(res.stdout) as { rows: TRow[] } & Record<string, unknown>;
};
const pick = (rows: TRow[]) =>
  Object.fromEntries(rows.map((r) => [r.outcome, `${r.count}/${r.denominator}`]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lots-report-'));
  dataDir = join(dir, 'data');
  const file = join(dir, 'worked-example.json');
  writeFileSync(file, JSON.stringify(workedExample()));
  const res = runCli(['import', file, ...lotsArgs()]);
  expect(res.code, res.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lots report on the worked example (worked-example.md)', () => {
  it('outcomes over closed_in_period (the default) and enrolled_in_period', () => {
    const closed = cliJson([
      'report',
      'outcomes',
      '--programme',
      'ips-demo',
      ...period,
      '--format',
      'json',
    ]);
    expect(closed).toMatchObject({
      report: 'outcomes',
      programme: 'ips-demo',
      period: { from: '2024-01-01', to: '2024-12-31' },
      denominator: 'closed_in_period',
      suppressed: false,
    });
    expect(pick(closed.rows)).toEqual({
      competitive_employment: '1/3',
      employment: '1/3',
      studies: '1/3',
      employment_or_studies: '2/3',
      occupation: '2/3',
      self_support: '2/3',
    });
    const enrolled = cliJson([
      'report',
      'outcomes',
      '--programme',
      'ips-demo',
      ...period,
      '--denominator',
      'enrolled_in_period',
      '--by',
      'sex',
      '--format',
      'json',
    ]);
    expect(pick(enrolled.rows)).toEqual({
      competitive_employment: '1/5',
      employment: '2/5',
      studies: '1/5',
      employment_or_studies: '3/5',
      occupation: '3/5',
      self_support: '2/5',
    });
    expect(enrolled.rows[1]).toMatchObject({
      rate: 0.4,
      bySex: { female: { count: 1, denominator: 3 }, male: { count: 1, denominator: 2 } },
    });
  });

  it('outcomes --by ageBand: each row with its groups by sex and age band', () => {
    const r = cliJson([
      'report',
      'outcomes',
      '--programme',
      'ips-demo',
      ...period,
      '--denominator',
      'enrolled_in_period',
      '--by',
      'ageBand',
      '--age-bands',
      'ten_year',
      '--format',
      'json',
    ]) as unknown as {
      by: string[];
      rows: { outcome: string; groups: { values: Record<string, string>; count: number }[] }[];
    };
    expect(r.by).toEqual(['sex', 'ageBand']);
    // employment: A (female, 25-34) and B (male, 45-54).
    const employment = r.rows.find((x) => x.outcome === 'employment');
    expect(employment?.groups.filter((g) => g.count > 0).map((g) => g.values)).toEqual([
      { sex: 'female', ageBand: '25-34' },
      { sex: 'male', ageBand: '45-54' },
    ]);
  });

  it('closed_or_outcome for employment: 2 / 4 = 50 %', () => {
    const r = cliJson([
      'report',
      'outcomes',
      '--association',
      'demo',
      ...period,
      '--denominator',
      'closed_or_outcome',
      '--format',
      'json',
    ]);
    expect(r.rows[1]).toMatchObject({ outcome: 'employment', count: 2, denominator: 4, rate: 0.5 });
  });

  it('participants by age band (ten_year) and closures by reason', () => {
    const p = cliJson([
      'report',
      'participants',
      '--programme',
      'ips-demo',
      ...period,
      '--by',
      'ageBand',
      '--age-bands',
      'ten_year',
      '--format',
      'json',
    ]);
    expect(p.rows).toEqual([
      { ageBand: '<25', count: 1 },
      { ageBand: '25-34', count: 1 },
      { ageBand: '35-44', count: 1 },
      { ageBand: '45-54', count: 1 },
      { ageBand: '55+', count: 1 },
    ]);
    const c = cliJson([
      'report',
      'closures',
      '--programme',
      'ips-demo',
      ...period,
      '--by',
      'reason,sex',
      '--format',
      'json',
    ]);
    expect(c.rows).toEqual([
      { reason: 'employment', sex: 'female', count: 1 },
      { reason: 'studies', sex: 'female', count: 1 },
      { reason: 'ill_health', sex: 'male', count: 1 },
    ]);
  });

  it('time-measures: worked-example.md "Time measures" (A 14 days, D 1 without; mean 170.3, median 154)', () => {
    const r = cliJson([
      'report',
      'time-measures',
      '--programme',
      'ips-demo',
      ...period,
      '--format',
      'json',
    ]);
    expect(r).toMatchObject({
      report: 'time-measures',
      asOf: '2024-12-31',
      firstContact: {
        enrolments: 5,
        withContact: 1,
        meanDays: 14,
        medianDays: 14,
        within: 1,
        without: 1,
        noContactRecorded: 3,
      },
      timeInProgramme: {
        closed: 3,
        meanDays: 170.3,
        medianDays: 154,
        bands: [
          { band: '1-3', count: 0 },
          { band: '4-6', count: 2 },
          { band: '7-9', count: 1 },
          { band: '10-12', count: 0 },
          { band: '13+', count: 0 },
        ],
      },
    });
  });

  it('--suppress applies the small-number rules; csv carries the definitions', () => {
    const s = cliJson([
      'report',
      'outcomes',
      '--programme',
      'ips-demo',
      ...period,
      '--suppress',
      '--format',
      'json',
    ]);
    expect(s.suppressed).toBe(true);
    expect(s.rows[0]).toMatchObject({ count: '<5', denominator: '<5', rate: '–' });
    const csv = runCli([
      'report',
      'outcomes',
      '--programme',
      'ips-demo',
      ...period,
      '--format',
      'csv',
      ...lotsArgs(),
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toContain(
      'competitive_employment,Konkurrensutsatt anställning (IPS),closed_in_period,1,3,0.3333',
    );
  });

  it('bad options are named, exit 1', () => {
    const res = runCli([
      'report',
      'outcomes',
      '--programme',
      'ips-demo',
      '--from',
      '2024-13-01',
      ...lotsArgs(),
    ]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('from');
    const unknown = runCli(['report', 'outcomes', '--programme', 'nope', ...lotsArgs()]);
    expect(unknown.code).toBe(1);
  });

  it('the API gives the same numbers as the CLI for the same dataset', async () => {
    const lots = await createTestLots();
    const app = await buildApp({ lots, webDist: null, loginRateLimit: 1000 });
    try {
      await importOrThrow(lots, workedExample());
      await createTestUser(lots, {
        email: 'sup@demo.se',
        role: 'supervisor',
        programme: 'ips-demo',
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'sup@demo.se', password: 'test-password-123' },
      });
      const cookie = login.cookies.find((c) => c.name === 'lots_session');
      for (const denominator of ['closed_in_period', 'closed_or_outcome']) {
        const api = await app.inject({
          method: 'GET',
          url: `/api/v1/reports/outcomes?programme=ips-demo&from=2024-01-01&to=2024-12-31&denominator=${denominator}`,
          headers: { cookie: `lots_session=${cookie?.value ?? ''}` },
        });
        expect(api.statusCode).toBe(200);
        const viaCli = cliJson([
          'report',
          'outcomes',
          '--programme',
          'ips-demo',
          ...period,
          '--denominator',
          denominator,
          '--format',
          'json',
        ]);
        expect(api.json()).toEqual(viaCli);
      }
    } finally {
      await app.close();
      await lots.close();
    }
  }, 120_000);
});
