import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';
import { readFixture, send } from './socio-helpers.ts';

let w: TWorld;
const cookies: Record<string, string> = {};
const emails = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'analyst-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
] as const;
const c = (who: (typeof emails)[number]) => cookies[who];
const post = (url: string, who: (typeof emails)[number] | undefined, body: unknown) =>
  send(w.app, 'POST', `/api/v1${url}`, who ? c(who) : undefined, body);
const read = (url: string, who: (typeof emails)[number]) => get(w.app, `/api/v1${url}`, c(who));

let funderId = '';
let decisionId = '';

beforeAll(async () => {
  w = await buildWorld();
  for (const email of emails) cookies[email] = await loginAs(w.app, email);
  const funder = await post('/funding/funders', 'analyst-a@test.se', {
    association: 'assoc-a',
    name: 'Samordningsförbundet',
    kind: 'other',
  });
  expect(funder.statusCode, funder.body).toBe(201);
  funderId = funder.json().id;
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

describe('funders and funding decisions', () => {
  it('keeps one funder per name and refuses other roles and associations', async () => {
    const again = await post('/funding/funders', 'sup-a@test.se', {
      association: 'assoc-a',
      name: 'Samordningsförbundet',
      kind: 'other',
    });
    expect(again.statusCode).toBe(409);
    const body = { association: 'assoc-a', name: 'Kommunen', kind: 'municipality' };
    expect((await post('/funding/funders', 'funder-a@test.se', body)).statusCode).toBe(403);
    expect((await post('/funding/funders', 'spec-a1@test.se', body)).statusCode).toBe(403);
    expect((await post('/funding/funders', 'sup-b@test.se', body)).statusCode).toBe(404);
    expect((await post('/funding/funders', 'admin@test.se', body)).statusCode).toBe(404);
    expect((await post('/funding/funders', undefined, body)).statusCode).toBe(401);
    const list = await read('/funding/funders?association=assoc-a', 'funder-a@test.se');
    expect(list.json().items.map((f: { name: string }) => f.name)).toEqual([
      'Samordningsförbundet',
    ]);
    expect((await read('/funding/funders?association=assoc-a', 'sup-b@test.se')).statusCode).toBe(
      404,
    );
  });

  it('records a decision with reporting dates; funders read it, others get 404/403', async () => {
    const res = await post('/funding/decisions', 'analyst-a@test.se', {
      programme: 'prog-a',
      funder: funderId,
      year: 2024,
      amount: 1522000,
      useFrom: '2024-01-01',
      useTo: '2024-12-31',
      conditions: 'Verksamhetsberättelse',
      reporting: [
        { due: '2030-03-31', label: 'Slutrapport' },
        { due: '2020-01-31', label: 'Delrapport' },
      ],
      reference: 'Dnr 2024/12',
    });
    expect(res.statusCode, res.body).toBe(201);
    decisionId = res.json().id;
    const list = await read('/funding/decisions?programme=prog-a&year=2024', 'funder-a@test.se');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(1522000);
    expect((await read('/funding/decisions?programme=prog-a', 'sup-b@test.se')).statusCode).toBe(
      404,
    );
    expect((await read('/funding/decisions?programme=prog-a', 'spec-a1@test.se')).statusCode).toBe(
      403,
    );
    const bad = await post('/funding/decisions', 'funder-a@test.se', {
      programme: 'prog-a',
      funder: funderId,
      year: 2024,
      amount: 1,
    });
    expect(bad.statusCode).toBe(403);
  });

  it('refuses a funder of another association (404) and a period that ends first (400)', async () => {
    const other = await post('/funding/funders', 'sup-b@test.se', {
      association: 'assoc-b',
      name: 'Region B',
      kind: 'region',
    });
    expect(other.statusCode).toBe(201);
    const res = await post('/funding/decisions', 'analyst-a@test.se', {
      programme: 'prog-a',
      funder: other.json().id,
      year: 2024,
      amount: 1,
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Region B');
    const period = await post('/funding/decisions', 'analyst-a@test.se', {
      programme: 'prog-a',
      funder: funderId,
      year: 2025,
      amount: 1,
      useFrom: '2025-06-01',
      useTo: '2025-01-01',
    });
    expect(period.statusCode).toBe(400);
    expect(period.json().issues[0].path).toBe('body.useTo');
  });

  it('shows a reporting calendar with overdue reports, and marks one sent', async () => {
    const cal = await read(
      '/funding/calendar?programme=prog-a&from=2025-01-01',
      'funder-a@test.se',
    );
    expect(cal.statusCode, cal.body).toBe(200);
    expect(
      cal.json().items.map((i: { label: string; overdue: boolean }) => [i.label, i.overdue]),
    ).toEqual([
      ['Delrapport', true],
      ['Slutrapport', false],
    ]);
    const sent = await post(`/funding/decisions/${decisionId}/reports/sent`, 'sup-a@test.se', {
      index: 1,
      sentAt: '2020-01-30',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const after = await read(
      '/funding/calendar?association=assoc-a&from=2025-01-01',
      'analyst-a@test.se',
    );
    expect(after.json().items.map((i: { label: string }) => i.label)).toEqual(['Slutrapport']);
    const other = await post(`/funding/decisions/${decisionId}/reports/sent`, 'sup-b@test.se', {
      index: 0,
      sentAt: '2020-01-30',
    });
    expect(other.statusCode).toBe(404);
    expect((await read('/funding/calendar?programme=prog-a', 'sup-b@test.se')).statusCode).toBe(
      404,
    );
  });
});

describe('spend and cost metrics', () => {
  it('computes cost per enrolment and per outcome, exact for supervisors, suppressed for funders', async () => {
    const put = await send(w.app, 'PUT', '/api/v1/funding/spend', c('analyst-a@test.se'), {
      programme: 'prog-a',
      year: 2024,
      amount: 1400000,
    });
    expect(put.statusCode, put.body).toBe(200);
    const denied = await send(w.app, 'PUT', '/api/v1/funding/spend', c('funder-a@test.se'), {
      programme: 'prog-a',
      year: 2024,
      amount: 1,
    });
    expect(denied.statusCode).toBe(403);
    expect(
      (await read('/funding/spend?programme=prog-a', 'funder-a@test.se')).json().items,
    ).toEqual([{ programme: 'prog-a', year: 2024, amount: 1400000 }]);
    // prog-a with prog-a1: four enrolments in 2024, one of them (a-3) got a job.
    const exact = await read('/funding/costs?programme=prog-a&year=2024', 'sup-a@test.se');
    expect(exact.statusCode, exact.body).toBe(200);
    expect(exact.json()).toMatchObject({
      cost: 1400000,
      costSource: 'spend',
      enrolments: 4,
      outcomes: 1,
      perEnrolment: 350000,
      perOutcome: 1400000,
      suppressed: false,
    });
    const funder = (
      await read('/funding/costs?programme=prog-a&year=2024', 'funder-a@test.se')
    ).json();
    expect(funder).toMatchObject({
      enrolments: '<5',
      outcomes: '<5',
      perOutcome: null,
      suppressed: true,
    });
    expect(
      (await read('/funding/costs?programme=prog-b&year=2024', 'sup-a@test.se')).statusCode,
    ).toBe(404);
    expect(
      (await read('/funding/costs?programme=prog-a&year=2024', 'spec-a1@test.se')).statusCode,
    ).toBe(403);
    const b = (await read('/funding/costs?programme=prog-b&year=2024', 'sup-b@test.se')).json();
    expect(b).toMatchObject({ cost: null, costSource: 'none', enrolments: 2 });
  });
});

describe('cost sharing and budget allocation', () => {
  it("stores a Finsam key with each member's share (analysts only)", async () => {
    const body = {
      association: 'assoc-a',
      name: 'Medlemmar 2024',
      year: 2024,
      municipalKey: 'population',
      members: [
        { name: 'Hudiksvall', population: 37000 },
        { name: 'Nordanstig', population: 9500 },
      ],
      total: 4000000,
    };
    const res = await post('/funding/cost-sharing-keys', 'analyst-a@test.se', body);
    expect(res.statusCode, res.body).toBe(201);
    const shares = res.json().shares;
    expect([shares.state, shares.region, shares.municipalities.total]).toEqual([
      2000000, 1000000, 1000000,
    ]);
    expect(
      shares.municipalities.members.reduce((s: number, m: { amount: number }) => s + m.amount, 0),
    ).toBe(1000000);
    expect((await post('/funding/cost-sharing-keys', 'sup-a@test.se', body)).statusCode).toBe(403);
    expect((await post('/funding/cost-sharing-keys', 'sup-b@test.se', body)).statusCode).toBe(404);
    const noPop = await post('/funding/cost-sharing-keys', 'analyst-a@test.se', {
      ...body,
      name: 'x',
      members: [{ name: 'Hudiksvall' }],
    });
    expect(noPop.statusCode).toBe(400);
    expect(noPop.json().issues[0].path).toBe('body.members[0].population');
    const list = await read('/funding/cost-sharing-keys?association=assoc-a', 'funder-a@test.se');
    expect(list.json().items).toHaveLength(1);
  });

  it('divides the MIA budget by participant targets and stores the result', async () => {
    const mia = readFixture('mia-2017-subprojects.json') as {
      budgetTotal: number;
      subprojects: { name: string; targetParticipants: number }[];
      expected: { budgetShareByTarget: Record<string, number> };
    };
    const res = await post('/funding/allocations', 'analyst-a@test.se', {
      programme: 'prog-a',
      year: 2017,
      total: mia.budgetTotal,
      keyKind: 'participant_target',
      key: mia.subprojects.map((s, i) => ({
        name: s.name,
        weight: s.targetParticipants,
        ...(i === 0 ? { programme: 'prog-a1' } : {}),
      })),
    });
    expect(res.statusCode, res.body).toBe(201);
    const amounts = Object.fromEntries(
      res.json().allocations.map((a: { name: string; amount: number }) => [a.name, a.amount]),
    );
    expect(amounts).toEqual(mia.expected.budgetShareByTarget);
    const list = await read('/funding/allocations?programme=prog-a', 'funder-a@test.se');
    expect(list.json().items[0].allocations[0].programme).toBe('prog-a1');
    expect((await read('/funding/allocations?programme=prog-a', 'sup-b@test.se')).statusCode).toBe(
      404,
    );
    const foreign = await post('/funding/allocations', 'analyst-a@test.se', {
      programme: 'prog-a',
      year: 2017,
      total: 10,
      keyKind: 'equal',
      key: [{ name: 'B', programme: 'prog-b' }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues[0].path).toBe('body.key[0].programme');
  });
});

describe('state grant import and target group', () => {
  it('imports a grant table for the association’s programmes, all or nothing', async () => {
    const csv = 'municipality,y2011,y2012,y2013,total\nHudiksvall,1000000,0,500000,1500000\n';
    const res = await post('/funding/grants/import', 'analyst-a@test.se', {
      association: 'assoc-a',
      csv,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      funder: 'Socialstyrelsen',
      rows: 1,
      decisions: 2,
      total: 1500000,
    });
    const again = await post('/funding/grants/import', 'analyst-a@test.se', {
      association: 'assoc-a',
      csv,
    });
    expect(again.json().decisions).toBe(2);
    const list = (
      await read('/funding/decisions?programme=prog-a&year=2011', 'sup-a@test.se')
    ).json();
    expect(list.items).toHaveLength(1);
    expect(list.total).toBe(1000000);
    const bad = await post('/funding/grants/import', 'analyst-a@test.se', {
      association: 'assoc-a',
      csv: 'municipality,y2011,y2012,y2013,total\nHudiksvall,1,2,3,7\nMalmö,1,0,0,1\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { path: string }) => i.path)).toEqual([
      'csv[2].total',
      'csv[3].municipality',
    ]);
    expect(
      (await post('/funding/grants/import', 'sup-a@test.se', { association: 'assoc-a', csv }))
        .statusCode,
    ).toBe(403);
    expect(
      (await post('/funding/grants/import', 'sup-b@test.se', { association: 'assoc-a', csv }))
        .statusCode,
    ).toBe(404);
  });

  it('estimates the target group and the reach, suppressing small counts for funders', async () => {
    const body = {
      association: 'assoc-a',
      year: 2024,
      municipalities: [
        {
          municipality: 'Hudiksvall',
          uvas: 300,
          socialAssistance: 500,
          jobSeekers: 1200,
          youngActivityCompensation: 100,
          partialSicknessCompensation: 200,
          sickLeave: 600,
          workingAgePopulation: 22000,
        },
      ],
    };
    // 300 + 400 + 300 + 50 + 100 + 120 = 1 270
    const funder = await post('/funding/target-group', 'funder-a@test.se', body);
    expect(funder.statusCode, funder.body).toBe(200);
    expect(funder.json()).toMatchObject({ targetGroup: 1270, participants: '<5', reach: null });
    const sup = await post('/funding/target-group', 'analyst-a@test.se', body);
    expect(sup.json().shareOfWorkingAge).toBeCloseTo(0.0577, 4);
    expect((await post('/funding/target-group', 'sup-b@test.se', body)).statusCode).toBe(404);
    expect((await post('/funding/target-group', 'spec-a1@test.se', body)).statusCode).toBe(403);
  });
});
