import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

/*
 * Outcome reports over the API (outcomes.md "Standard reports", "Small numbers";
 * privacy.md "Roles"): exact for supervisors and specialists of the programme,
 * suppressed for analysts and funders, 404 outside the user's access.
 */

let w: TWorld;
const cookies: Record<string, string> = {};
const everyone = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'spec-unlinked@test.se',
  'analyst-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
];
const period = 'from=2024-01-01&to=2024-12-31';
const routes = [
  'outcomes',
  'participants',
  'closures',
  'movement',
  'caseload',
  'fact-box',
  'lasting',
  'time-measures',
] as const;

beforeAll(async () => {
  w = await buildWorld();
  for (const email of everyone) cookies[email] = await loginAs(w.app, email);
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const report = (path: string, who: string) => get(w.app, `/api/v1/reports/${path}`, cookies[who]);

/** Every count-like number in a report body, wherever it sits. */
function counts(value: unknown, key = ''): number[] {
  const notCounts = [
    'rate',
    'target',
    'year',
    'fte',
    'weighted',
    'months',
    'meanDays',
    'medianDays',
    'maxDays',
    'enrolments',
  ];
  if (typeof value === 'number') return notCounts.includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => counts(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => counts(v, k === 'planned' ? 'target' : k));
  return [];
}

describe('GET /api/v1/reports/outcomes', () => {
  it('a supervisor gets exact figures in the interchange.md shape, definitions labelled', async () => {
    const res = await report(
      `outcomes?programme=prog-a&${period}&denominator=enrolled_in_period`,
      'sup-a@test.se',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      report: 'outcomes',
      programme: 'prog-a',
      period: { from: '2024-01-01', to: '2024-12-31' },
      denominator: 'enrolled_in_period',
      suppressed: false,
    });
    expect(body.rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'competitive_employment',
      'employment',
      'studies',
      'employment_or_studies',
      'occupation',
      'self_support',
    ]);
    // prog-a with sub-programme prog-a1: a-1, a-2 (male), a-3 (competitive job), a1-1.
    expect(body.rows[0]).toMatchObject({
      label: 'Konkurrensutsatt anställning (IPS)',
      count: 1,
      denominator: 4,
      rate: 0.25,
      bySex: { female: { count: 1, denominator: 3 }, male: { count: 0, denominator: 1 } },
    });
  });

  it('a specialist of the programme also gets exact figures', async () => {
    for (const who of ['spec-a1@test.se', 'spec-unlinked@test.se']) {
      const res = await report(
        `outcomes?programme=prog-a&${period}&denominator=enrolled_in_period`,
        who,
      );
      expect(res.statusCode, who).toBe(200);
      expect(res.json().suppressed).toBe(false);
      expect(res.json().rows[0]).toMatchObject({ count: 1, denominator: 4 });
    }
  });

  it('suppress=true suppresses even for a supervisor (exports leaving the organisation)', async () => {
    const res = await report(
      `outcomes?programme=prog-a&${period}&denominator=enrolled_in_period&suppress=true`,
      'sup-a@test.se',
    );
    const body = res.json();
    expect(body.suppressed).toBe(true);
    expect(body.rows[0]).toMatchObject({ count: '<5', denominator: '<5', rate: '–' });
  });

  it('cross-programme: keys outside the access answer 404, not 403', async () => {
    for (const [who, query] of [
      ['sup-a@test.se', 'programme=prog-b'],
      ['sup-a@test.se', 'association=assoc-b'],
      ['sup-b@test.se', 'programme=prog-a'],
      ['funder-a@test.se', 'programme=prog-b'],
      ['analyst-a@test.se', 'association=assoc-b'],
      ['sup-a@test.se', 'programme=no-such'],
    ] as const) {
      const res = await report(`outcomes?${query}&${period}`, who);
      expect(res.statusCode, `${who} ${query}`).toBe(404);
    }
  });

  it('refuses without a session, for an admin without grants, and on a bad period', async () => {
    expect((await get(w.app, `/api/v1/reports/outcomes?programme=prog-a`)).statusCode).toBe(401);
    expect((await report(`outcomes?${period}`, 'admin@test.se')).statusCode).toBe(403);
    const bad = await report(
      'outcomes?programme=prog-a&from=2024-12-31&to=2024-01-01',
      'sup-a@test.se',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('querystring.to');
  });
});

describe('GET /api/v1/reports/outcomes?by=', () => {
  it('breaks each outcome row down by sex and the dimensions asked for; the groups sum to the row', async () => {
    const body = (
      await report(
        `outcomes?programme=prog-a&${period}&denominator=enrolled_in_period&by=programme,municipality`,
        'sup-a@test.se',
      )
    ).json();
    expect(body.by).toEqual(['sex', 'programme', 'municipality']);
    for (const row of body.rows) {
      const groups = row.groups as {
        values: Record<string, string>;
        count: number;
        denominator: number;
      }[];
      expect(
        groups.reduce((a, g) => a + g.count, 0),
        row.outcome,
      ).toBe(row.count);
      expect(
        groups.reduce((a, g) => a + g.denominator, 0),
        row.outcome,
      ).toBe(row.denominator);
    }
    // a-3's competitive job: female, prog-a, municipality 2184 (prog-a has 2 women there, prog-a1 1).
    expect(body.rows[0].groups).toContainEqual({
      values: { sex: 'female', programme: 'prog-a', municipality: '2184' },
      count: 1,
      denominator: 2,
      rate: 0.5,
    });
  });

  it('a funder gets every group cell suppressed as well, and no row figure that a group gives away', async () => {
    const body = (
      await report(
        `outcomes?association=assoc-a&${period}&denominator=enrolled_in_period&by=ageBand`,
        'funder-a@test.se',
      )
    ).json();
    expect(body.suppressed).toBe(true);
    expect(counts(body).filter((n) => n >= 1 && n <= 4)).toEqual([]);
    expect(body.rows[0].groups.length).toBeGreaterThan(0);
    expect(
      (await report(`outcomes?programme=prog-a&${period}&by=specialist`, 'funder-a@test.se'))
        .statusCode,
    ).toBe(403);
  });
});

describe('GET /api/v1/reports/time-measures', () => {
  it('a supervisor gets the four time measures exactly, with their denominators', async () => {
    const res = await report(`time-measures?programme=prog-a&${period}`, 'sup-a@test.se');
    expect(res.statusCode).toBe(200);
    // a-3: face-to-face contact 5 days after enrolment, job after 46 days, still open on 2024-12-31.
    expect(res.json()).toMatchObject({
      report: 'time-measures',
      programme: 'prog-a',
      suppressed: false,
      asOf: '2024-12-31',
      firstContact: {
        denominator: 'enrolled_in_period',
        enrolments: 4,
        withContact: 1,
        meanDays: 5,
        medianDays: 5,
        withinDays: 30,
        within: 1,
        after: 0,
        without: 0,
        noContactRecorded: 3,
      },
      firstJob: { enrolments: 4, withJob: 1, meanDays: 46, medianDays: 46, without: 3 },
      timeInProgramme: { denominator: 'closed_in_period', closed: 0, meanDays: null },
      jobTenure: { jobs: 1, ended: 0, ongoing: 1, meanDays: 305, medianDays: 305 },
    });
  });

  it('a funder sees small counts as "<5" and no mean or median over fewer than 5', async () => {
    const body = (
      await report(`time-measures?programme=prog-a&${period}`, 'funder-a@test.se')
    ).json();
    expect(body.suppressed).toBe(true);
    expect(body.firstContact).toMatchObject({
      enrolments: '<5',
      within: '<5',
      noContactRecorded: '<5',
      meanDays: '–',
      medianDays: '–',
    });
    expect(body.jobTenure).toMatchObject({ jobs: '<5', meanDays: '–' });
  });

  it('cross-programme: another programme or association answers 404', async () => {
    for (const [who, query] of [
      ['sup-a@test.se', 'programme=prog-b'],
      ['sup-b@test.se', 'programme=prog-a'],
      ['funder-a@test.se', 'association=assoc-b'],
    ] as const) {
      const res = await report(`time-measures?${query}&${period}`, who);
      expect(res.statusCode, `${who} ${query}`).toBe(404);
    }
  });
});

describe('role matrix over every report route', () => {
  it('supervisor and specialist exact, analyst and funder suppressed, other programme 404, admin 403', async () => {
    for (const route of routes) {
      const q = `${route}?programme=prog-a&${period}`;
      for (const who of ['sup-a@test.se', 'spec-a1@test.se']) {
        const res = await report(q, who);
        expect(res.statusCode, `${who} ${route}`).toBe(200);
        expect(res.json().suppressed, `${who} ${route}`).toBe(false);
      }
      for (const who of ['analyst-a@test.se', 'funder-a@test.se']) {
        const res = await report(q, who);
        expect(res.statusCode, `${who} ${route}`).toBe(200);
        expect(res.json().suppressed, `${who} ${route}`).toBe(true);
      }
      expect((await report(q, 'sup-b@test.se')).statusCode, `sup-b ${route}`).toBe(404);
      expect(
        (await report(`${route}?programme=prog-b&${period}`, 'funder-a@test.se')).statusCode,
      ).toBe(404);
      expect((await report(q, 'admin@test.se')).statusCode, `admin ${route}`).toBe(404);
    }
  });

  it('a funder never sees a count from 1 to 4, in any report, by any breakdown', async () => {
    const queries = [
      ...routes.map((r) => `${r}?association=assoc-a&${period}`),
      ...routes.map((r) => `${r}?programme=prog-a&from=2020-01-01&to=2026-12-31`),
      `participants?programme=prog-a&${period}&by=sex,ageBand`,
      `participants?programme=prog-a&${period}&by=incomeSource,timeOnSupport`,
      `closures?programme=prog-a&${period}&by=reason,sex`,
      ...['enrolled_in_period', 'closed_or_outcome', 'started_in_period'].map(
        (d) => `outcomes?programme=prog-a&${period}&denominator=${d}`,
      ),
    ];
    for (const q of queries) {
      const res = await report(q, 'funder-a@test.se');
      expect(res.statusCode, q).toBe(200);
      const small = counts(res.json()).filter((n) => n >= 1 && n <= 4);
      expect(small, q).toEqual([]);
    }
  });

  it('per-specialist breakdowns are for personal-data roles only', async () => {
    expect(
      (await report(`participants?programme=prog-a&${period}&by=specialist`, 'sup-a@test.se'))
        .statusCode,
    ).toBe(200);
    expect(
      (await report(`participants?programme=prog-a&${period}&by=specialist`, 'analyst-a@test.se'))
        .statusCode,
    ).toBe(403);
  });
});

describe('report files', () => {
  it('CSV with Swedish headers and the definition and denominator written in', async () => {
    const res = await report(`outcomes?programme=prog-a&${period}&format=csv`, 'sup-a@test.se');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="lots-outcomes-prog-a-.*\.csv"$/,
    );
    expect(res.body).toContain('Nämnare,closed_in_period – Avslutade under perioden');
    expect(res.body).toContain('Utfall (id),Definition,Nämnare (id),Antal,Nämnare,Andel,Mål');
    expect(res.body).toContain('Konkurrensutsatt anställning (IPS)');
  });

  it('XLSX for every report and a PDF of the overview', async () => {
    for (const route of routes) {
      const res = await report(
        `${route}?programme=prog-a&${period}&format=xlsx`,
        'funder-a@test.se',
      );
      expect(res.statusCode, route).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/\.xlsx"$/);
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    const pdf = await report(`outcomes.pdf?programme=prog-a&${period}`, 'sup-a@test.se');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await report(`outcomes.pdf?programme=prog-b&${period}`, 'sup-a@test.se')).statusCode,
    ).toBe(404);
  });
});

describe('targets and own definitions', () => {
  const put = (url: string, who: string, payload: Record<string, unknown>) =>
    w.app.inject({ method: 'PUT', url, payload, headers: { cookie: cookies[who] ?? '' } });
  const post = (url: string, who: string, payload: Record<string, unknown>) =>
    w.app.inject({ method: 'POST', url, payload, headers: { cookie: cookies[who] ?? '' } });

  it('analysts and supervisors set targets; the overview shows them', async () => {
    const ok = await put('/api/v1/programmes/prog-a/targets/2024', 'analyst-a@test.se', {
      enrolments: 20,
      rates: { employment: 0.2, studies: 0.2 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      programme: 'prog-a',
      year: 2024,
      enrolments: 20,
      rates: { employment: 0.2, studies: 0.2 },
    });
    const body = (await report(`outcomes?programme=prog-a&${period}`, 'sup-a@test.se')).json();
    expect(body.rows[1]).toMatchObject({ outcome: 'employment', target: 0.2 });
    expect(body.targets).toMatchObject({ year: 2024, enrolments: 20, started: 4 });
    expect(
      (await put('/api/v1/programmes/prog-a/targets/2024', 'funder-a@test.se', { enrolments: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await put('/api/v1/programmes/prog-a/targets/2024', 'spec-a1@test.se', { enrolments: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await put('/api/v1/programmes/prog-a/targets/2024', 'sup-b@test.se', { enrolments: 1 }))
        .statusCode,
    ).toBe(404);
    const bad = await put('/api/v1/programmes/prog-a/targets/2024', 'sup-a@test.se', {
      rates: { emplyment: 0.2 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.rates.emplyment');
  });

  it('an own definition is listed after the six standard ones', async () => {
    const created = await post('/api/v1/outcome-definitions', 'analyst-a@test.se', {
      association: 'assoc-a',
      key: 'job_or_training',
      label: 'Arbete eller arbetsträning',
      definition: { jobs: { minHours: 0 }, placements: ['work_training'] },
    });
    expect(created.statusCode).toBe(201);
    const rows = (
      await report(
        `outcomes?programme=prog-a&${period}&denominator=enrolled_in_period`,
        'sup-a@test.se',
      )
    ).json().rows;
    expect(rows).toHaveLength(7);
    expect(rows[6]).toMatchObject({
      outcome: 'job_or_training',
      label: 'Arbete eller arbetsträning',
      own: true,
      count: 1,
    });
    const list = await get(
      w.app,
      '/api/v1/outcome-definitions?programme=prog-a',
      cookies['funder-a@test.se'],
    );
    expect(list.json().items.map((d: { key: string }) => d.key)).toEqual(['job_or_training']);
    expect(
      (
        await post('/api/v1/outcome-definitions', 'funder-a@test.se', {
          association: 'assoc-a',
          key: 'x',
          label: 'X',
          definition: { studies: true },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await post('/api/v1/outcome-definitions', 'sup-a@test.se', {
          programme: 'prog-b',
          key: 'x',
          label: 'X',
          definition: { studies: true },
        })
      ).statusCode,
    ).toBe(404);
    const clash = await post('/api/v1/outcome-definitions', 'sup-a@test.se', {
      programme: 'prog-a',
      key: 'studies',
      label: 'X',
      definition: { studies: true },
    });
    expect(clash.statusCode).toBe(400);
    // prog-b's reports do not see assoc-a's definition.
    const b = (await report(`outcomes?programme=prog-b&${period}`, 'sup-b@test.se')).json();
    expect(b.rows).toHaveLength(6);
  });
});
