import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';
import { addSocioProgramme, expectedScenarioRows, readFixture, send } from './socio-helpers.ts';

let w: TWorld;
const cookies: Record<string, string> = {};
const who = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'analyst-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
] as const;

type TAnalysis = {
  id: string;
  rows: {
    row: number;
    enrolmentId?: string | null;
    caseNumber?: string | null;
    excluded: boolean;
    excludedReason?: string | null;
    inputs: unknown;
    adjustments: { field: string; value: number; original: number | null; note?: string }[];
  }[];
  result: {
    rows: { id: number; monthly: Record<string, number> }[];
    yearly: Record<string, number>;
    housingSupport: unknown;
    summary: Record<string, number>;
    perspectives: Record<string, unknown>;
    differences: { row: number | null; field: string; published: number; computed: number }[];
  } | null;
  savingsPerPayer: { payer: string; yearly: number | null }[];
  years: { year: number; factor: number; taxIncrease: number; housingSupport: number }[];
  parameters: Record<string, unknown>;
  assumptions: string[];
  outcomeRate: number | null;
};

const create = (cookie: string | undefined, body: unknown) =>
  send(w.app, 'POST', '/api/v1/socio/analyses', cookie, body);

let records: TAnalysis;

beforeAll(async () => {
  w = await buildWorld();
  await addSocioProgramme(w.lots);
  for (const email of who) cookies[email] = await loginAs(w.app, email);
  const res = await create(cookies['analyst-a@test.se'], {
    programme: 'prog-s',
    name: 'Från journalen 2024',
    mode: 'records',
    period: { from: '2024-01-01', to: '2024-12-31' },
    parameters: { set: 'SE-2017-hudiksvall' },
  });
  expect(res.statusCode, res.body).toBe(201);
  records = res.json();
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const sortRows = (rows: { monthly: Record<string, number> }[]) =>
  rows.map((r) => JSON.stringify(r.monthly)).sort();

describe('socio-economic analysis built from records', () => {
  it('builds one row per enrolment that started work or studies in the period', () => {
    expect(records.rows).toHaveLength(3);
    expect(records.rows.every((r) => !r.excluded && r.caseNumber?.startsWith('PS'))).toBe(true);
    const inputs = records.rows.map((r) => JSON.stringify(r.inputs)).sort();
    expect(inputs).toEqual(expectedScenarioRows.map((r) => JSON.stringify(r)).sort());
  });

  it('equals the same rows typed in as a scenario', async () => {
    const res = await create(cookies['analyst-a@test.se'], {
      programme: 'prog-s',
      name: 'Scenario',
      mode: 'scenario',
      parameters: { set: 'SE-2017-hudiksvall' },
      outcomeRate: records.outcomeRate,
      rows: expectedScenarioRows,
    });
    expect(res.statusCode, res.body).toBe(201);
    const scenario: TAnalysis = res.json();
    const a = records.result;
    const b = scenario.result;
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    expect(sortRows(a.rows)).toEqual(sortRows(b.rows));
    for (const key of ['yearly', 'housingSupport', 'summary', 'perspectives'] as const)
      expect(a[key]).toEqual(b[key]);
    expect(scenario.savingsPerPayer).toEqual(records.savingsPerPayer);
    expect(scenario.years).toEqual(records.years);
    // Row 1 by hand: 15 646 × 0.33 − 1 753 = 3 410; 16 × 52 … housing 2.5 h × 52 × 470.86.
    expect(a.yearly.reducedSocialServices).toBe((4300 + 10000) * 12);
    expect(a.summary.housingSupport).toBe(61212);
  });

  it('lists every parameter and assumption, savings per payer and the years', () => {
    expect(records.parameters.id).toBe('SE-2017-hudiksvall');
    expect(records.assumptions.some((t) => t.includes('”Anställning påbörjad”'))).toBe(true);
    expect(records.savingsPerPayer.map((p) => p.payer)).toContain('FK');
    expect(records.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(records.years[2]?.taxIncrease).toBe(
      Math.round((records.result?.yearly.taxIncrease ?? 0) * 1.5),
    );
  });

  it('audits the read of each enrolment’s income', async () => {
    const rows = await w.lots.db.inScope(
      { kind: 'system', userId: null, programmeIds: [], associationIds: [], personalData: [] },
      async (r) => {
        const p = await r.organisation.findProgrammeByKey('prog-s');
        return r.audit.list({ programmeIds: [p?.id ?? ''], limit: 100 });
      },
    );
    const reads = rows.filter((x) => x.entity === 'income' && x.entityId === records.id);
    expect(reads).toHaveLength(3);
    expect(new Set(reads.map((x) => x.enrolmentId))).toEqual(
      new Set(records.rows.map((r) => r.enrolmentId)),
    );
  });

  it('excludes a row with a reason and adjusts a value with a note', async () => {
    const url = `/api/v1/socio/analyses/${records.id}/rows/2`;
    const noReason = await send(w.app, 'PATCH', url, cookies['analyst-a@test.se'], {
      excluded: true,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues[0].path).toBe('body.reason');
    const excluded = await send(w.app, 'PATCH', url, cookies['analyst-a@test.se'], {
      excluded: true,
      reason: 'Flyttade från kommunen',
    });
    expect(excluded.statusCode, excluded.body).toBe(200);
    const after: TAnalysis = excluded.json();
    expect(after.rows[1]?.excluded).toBe(true);
    expect(after.result?.rows).toHaveLength(2);

    const row1 = records.rows[0];
    const salaryRow = records.rows.find(
      (r) => (r.inputs as { after: { kind: string } }).after.kind === 'employment',
    );
    const adjust = await send(
      w.app,
      'PATCH',
      `/api/v1/socio/analyses/${records.id}/rows/${salaryRow?.row ?? row1?.row}`,
      cookies['analyst-a@test.se'],
      {
        excluded: false,
        adjustments: [
          { field: 'after.salary', value: 20000, note: 'Lön enligt anställningsbevis' },
        ],
      },
    );
    expect(adjust.statusCode, adjust.body).toBe(200);
    const adjusted: TAnalysis = adjust.json();
    const changed = adjusted.rows.find((r) => r.row === salaryRow?.row);
    expect(changed?.adjustments[0]).toMatchObject({ field: 'after.salary', value: 20000 });
    expect(changed?.adjustments[0]?.original).not.toBe(20000);

    const bad = await send(w.app, 'PATCH', url, cookies['analyst-a@test.se'], {
      excluded: false,
      adjustments: [{ field: 'after.studyAllowanceMonthly', value: 1, note: 'x' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.adjustments[0].field');
  });

  it('refuses records mode without a period, and an unknown parameter set', async () => {
    const noPeriod = await create(cookies['analyst-a@test.se'], {
      programme: 'prog-s',
      name: 'x',
      mode: 'records',
    });
    expect(noPeriod.statusCode).toBe(400);
    expect(noPeriod.json().issues[0].path).toBe('body.period');
    const badSet = await create(cookies['analyst-a@test.se'], {
      programme: 'prog-s',
      name: 'x',
      mode: 'scenario',
      parameters: { set: 'SE-1999' },
      rows: expectedScenarioRows,
    });
    expect(badSet.statusCode).toBe(400);
    expect(badSet.json().issues[0].path).toBe('body.parameters.set');
  });
});

describe('PATCH /socio/analyses/:id', () => {
  it('marks final and recomputes with another parameter set; others 403/404', async () => {
    const url = `/api/v1/socio/analyses/${records.id}`;
    const res = await send(w.app, 'PATCH', url, cookies['analyst-a@test.se'], {
      status: 'final',
      parameters: { set: 'SE-2026', housingSupportHourlyCost: 500 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'final', parameterSet: 'SE-2026+overrides' });
    expect(res.json().parameters.benefitPeriodRule).toBe('geometric');
    // Only the changed value loses its set's source.
    expect(res.json().overriddenParameters).toEqual(['housingSupportHourlyCost']);
    const funder = await send(w.app, 'PATCH', url, cookies['funder-a@test.se'], { name: 'x' });
    expect(funder.statusCode).toBe(403);
    const other = await send(w.app, 'PATCH', url, cookies['sup-b@test.se'], { name: 'x' });
    expect(other.statusCode).toBe(404);
    const back = await send(w.app, 'PATCH', url, cookies['analyst-a@test.se'], {
      parameters: { set: 'SE-2017-hudiksvall' },
    });
    expect(back.json().parameterSet).toBe('SE-2017-hudiksvall');
  });
});

describe('published vs computed', () => {
  it('imports the Hudiksvall table and flags row 1’s production value and the salary total', async () => {
    const res = await send(
      w.app,
      'POST',
      '/api/v1/socio/analyses/import',
      cookies['analyst-a@test.se'],
      {
        programme: 'prog-a',
        name: 'Hudiksvall 2017',
        document: readFixture('hudiksvall-2017-socioeconomic.json'),
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    const a: TAnalysis = res.json();
    const diffs = a.result?.differences ?? [];
    expect(diffs).toContainEqual({
      row: 1,
      field: 'productionValue',
      published: 15646,
      computed: 21904,
    });
    expect(diffs).toContainEqual({
      row: null,
      field: 'monthly.salary',
      published: 202700,
      computed: 200346,
    });
    // The calculator's figures (issue part 6): as `lots socio` on the fixture.
    expect(a.result?.perspectives.municipality).toBe(563356);
    expect(a.result?.summary.housingSupport).toBe(391756);
    expect(a.result?.yearly.productionValue).toBe(3365808);
    expect(a.rows).toHaveLength(16);
  });
});

describe('socio routes — roles and tenancy', () => {
  const url = () => `/api/v1/socio/analyses/${records.id}`;

  it('is 401 without a session', async () => {
    expect((await get(w.app, url())).statusCode).toBe(401);
  });

  it('a funder reads the figures with row numbers only', async () => {
    const res = await get(w.app, url(), cookies['funder-a@test.se']);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/PS-|enrolmentId|caseNumber|Flyttade|anställningsbevis/);
    expect(res.json().rows[0].row).toBe(1);
  });

  it('a funder may not create or change analyses', async () => {
    const res = await create(cookies['funder-a@test.se'], {
      programme: 'prog-s',
      name: 'x',
      mode: 'scenario',
      rows: expectedScenarioRows,
    });
    expect(res.statusCode).toBe(403);
    const patch = await send(w.app, 'PATCH', `${url()}/rows/1`, cookies['funder-a@test.se'], {
      excluded: false,
    });
    expect(patch.statusCode).toBe(403);
  });

  it('a supervisor creates and reads in their programme, and gets 404 elsewhere', async () => {
    const mine = await create(cookies['sup-a@test.se'], {
      programme: 'prog-a',
      name: 'A 2024',
      mode: 'records',
      period: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json().rows).toHaveLength(1);
    const list = await get(
      w.app,
      '/api/v1/socio/analyses?programme=prog-a',
      cookies['sup-a@test.se'],
    );
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThanOrEqual(1);
    // prog-s belongs to association A, but the supervisor's grant is on prog-a only.
    expect((await get(w.app, url(), cookies['sup-a@test.se'])).statusCode).toBe(404);
    const other = await create(cookies['sup-a@test.se'], {
      programme: 'prog-b',
      name: 'x',
      mode: 'scenario',
      rows: expectedScenarioRows,
    });
    expect(other.statusCode).toBe(404);
  });

  it('a supervisor of B gets 404 for A’s analyses, rows and files', async () => {
    const c = cookies['sup-b@test.se'];
    expect((await get(w.app, url(), c)).statusCode).toBe(404);
    expect((await get(w.app, `${url()}.xlsx`, c)).statusCode).toBe(404);
    expect((await get(w.app, `${url()}.pdf`, c)).statusCode).toBe(404);
    expect((await send(w.app, 'PATCH', `${url()}/rows/1`, c, { excluded: false })).statusCode).toBe(
      404,
    );
    expect((await get(w.app, '/api/v1/socio/analyses?programme=prog-s', c)).statusCode).toBe(404);
    expect((await get(w.app, '/api/v1/socio/analyses/not-a-uuid', c)).statusCode).toBe(404);
  });

  it('a specialist gets 403, an admin without a programme 404', async () => {
    const list = await get(
      w.app,
      '/api/v1/socio/analyses?programme=prog-a',
      cookies['spec-a1@test.se'],
    );
    expect(list.statusCode).toBe(403);
    const mine = (
      await get(w.app, '/api/v1/socio/analyses?programme=prog-a', cookies['sup-a@test.se'])
    ).json().items[0].id as string;
    expect(
      (await get(w.app, `/api/v1/socio/analyses/${mine}`, cookies['spec-a1@test.se'])).statusCode,
    ).toBe(403);
    expect((await get(w.app, url(), cookies['admin@test.se'])).statusCode).toBe(404);
  });

  it('exports XLSX and PDF for the steering group', async () => {
    const xlsx = await get(w.app, `${url()}.xlsx`, cookies['analyst-a@test.se']);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await get(w.app, `${url()}.pdf`, cookies['funder-a@test.se']);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect((await get(w.app, `${url()}.pdf`, cookies['spec-a1@test.se'])).statusCode).toBe(404);
  });
});
