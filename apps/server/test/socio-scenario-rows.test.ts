import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, loginAs, type TWorld } from './helpers.ts';
import { addSocioProgramme, expectedScenarioRows, send } from './socio-helpers.ts';

/* Typed rows of a scenario analysis: add and delete one row (socioeconomics.md "scenario"). */

let w: TWorld;
const cookies: Record<string, string> = {};
const who = ['analyst-a@test.se', 'sup-b@test.se', 'spec-a1@test.se', 'funder-a@test.se'] as const;
let scenarioId: string;
let recordsId: string;

const row = {
  before: [{ source: 'activity_support', monthly: 16500, tax: 4620 }],
  after: {
    kind: 'employment',
    salary: 18700,
    extentPct: 100,
    employer: 'non_profit',
    subsidyPct: 100,
    subsidyMonthly: 25620,
  },
  housing: null,
};

beforeAll(async () => {
  w = await buildWorld();
  await addSocioProgramme(w.lots);
  for (const email of who) cookies[email] = await loginAs(w.app, email);
  const analyst = cookies['analyst-a@test.se'];
  const scenario = await send(w.app, 'POST', '/api/v1/socio/analyses', analyst, {
    programme: 'prog-s',
    name: 'Scenario med rader',
    mode: 'scenario',
    parameters: { set: 'SE-2017-hudiksvall' },
    rows: [expectedScenarioRows[0]],
  });
  expect(scenario.statusCode, scenario.body).toBe(201);
  scenarioId = scenario.json().id;
  const records = await send(w.app, 'POST', '/api/v1/socio/analyses', analyst, {
    programme: 'prog-s',
    name: 'Från journalen',
    mode: 'records',
    period: { from: '2024-01-01', to: '2024-12-31' },
  });
  expect(records.statusCode, records.body).toBe(201);
  recordsId = records.json().id;
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const rowsUrl = (id: string) => `/api/v1/socio/analyses/${id}/rows`;

describe('typed rows of a scenario analysis', () => {
  it('an analyst adds a row; it gets the next number and counts in the figures', async () => {
    const res = await send(w.app, 'POST', rowsUrl(scenarioId), cookies['analyst-a@test.se'], row);
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a.rows.map((r: { row: number }) => r.row)).toEqual([1, 2]);
    // Row 3 of the Hudiksvall table: AF's 16 500 a month now saved.
    expect(a.result.yearly.reducedAF).toBe(16500 * 12);
  });

  it('names the field of an invalid row', async () => {
    const c = cookies['analyst-a@test.se'];
    const taxed = await send(w.app, 'POST', rowsUrl(scenarioId), c, {
      ...row,
      before: [{ source: 'social_assistance', monthly: 4000, tax: 100 }],
    });
    expect(taxed.statusCode).toBe(400);
    expect(taxed.json().issues[0]).toMatchObject({
      path: 'body.before[0].tax',
      message: 'must be 0: social assistance is not taxed',
    });
    const noSalary = await send(w.app, 'POST', rowsUrl(scenarioId), c, {
      ...row,
      after: { ...row.after, salary: 'mycket' },
    });
    expect(noSalary.statusCode).toBe(400);
    expect(noSalary.json().issues[0].path).toBe('body.after.salary');
  });

  it('deletes a row; the others keep their numbers; an unknown row is 404', async () => {
    const c = cookies['analyst-a@test.se'];
    const res = await send(w.app, 'DELETE', `${rowsUrl(scenarioId)}/1`, c, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rows.map((r: { row: number }) => r.row)).toEqual([2]);
    expect(res.json().result.yearly.reducedSocialServices).toBe(0);
    expect((await send(w.app, 'DELETE', `${rowsUrl(scenarioId)}/1`, c, {})).statusCode).toBe(404);
  });

  it('an analysis built from records takes no typed rows (409)', async () => {
    const c = cookies['analyst-a@test.se'];
    const add = await send(w.app, 'POST', rowsUrl(recordsId), c, row);
    expect(add.statusCode).toBe(409);
    expect((await send(w.app, 'DELETE', `${rowsUrl(recordsId)}/1`, c, {})).statusCode).toBe(409);
  });
});

describe('typed rows — roles and tenancy', () => {
  it('a funder of the programme may not add or delete rows (403)', async () => {
    const c = cookies['funder-a@test.se'];
    expect((await send(w.app, 'POST', rowsUrl(scenarioId), c, row)).statusCode).toBe(403);
    expect((await send(w.app, 'DELETE', `${rowsUrl(scenarioId)}/2`, c, {})).statusCode).toBe(403);
  });

  it('a specialist of another programme gets 404', async () => {
    const c = cookies['spec-a1@test.se'];
    expect((await send(w.app, 'POST', rowsUrl(scenarioId), c, row)).statusCode).toBe(404);
    expect((await send(w.app, 'DELETE', `${rowsUrl(scenarioId)}/2`, c, {})).statusCode).toBe(404);
  });

  it("a supervisor of another programme gets 404 for A's rows", async () => {
    const c = cookies['sup-b@test.se'];
    expect((await send(w.app, 'POST', rowsUrl(scenarioId), c, row)).statusCode).toBe(404);
    expect((await send(w.app, 'DELETE', `${rowsUrl(scenarioId)}/2`, c, {})).statusCode).toBe(404);
  });

  it('is 401 without a session', async () => {
    expect((await send(w.app, 'POST', rowsUrl(scenarioId), undefined, row)).statusCode).toBe(401);
  });
});
