import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';
import { send } from './socio-helpers.ts';

/* Target-group inputs stored per association, municipality and year (funding.md). */

let w: TWorld;
const cookies: Record<string, string> = {};
const emails = [
  'analyst-a@test.se',
  'funder-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
] as const;

beforeAll(async () => {
  w = await buildWorld();
  for (const email of emails) cookies[email] = await loginAs(w.app, email);
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const hudiksvall = {
  municipality: 'Hudiksvall',
  uvas: 300,
  socialAssistance: 500,
  jobSeekers: 1200,
  youngActivityCompensation: 100,
  partialSicknessCompensation: 200,
  sickLeave: 600,
  workingAgePopulation: 22000,
};
const nordanstig = { ...hudiksvall, municipality: 'Nordanstig', workingAgePopulation: 5000 };
const url = '/api/v1/funding/target-group/inputs';
const put = (who: (typeof emails)[number], body: unknown) =>
  send(w.app, 'PUT', url, cookies[who], body);

describe('stored target-group inputs', () => {
  it('an analyst stores a year; the estimate uses them when none are sent', async () => {
    const res = await put('analyst-a@test.se', {
      association: 'assoc-a',
      year: 2024,
      municipalities: [hudiksvall, nordanstig],
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = await get(
      w.app,
      `${url}?association=assoc-a&year=2024`,
      cookies['analyst-a@test.se'],
    );
    expect(read.statusCode).toBe(200);
    expect(read.json().municipalities).toEqual([hudiksvall, nordanstig]);
    const estimate = await send(
      w.app,
      'POST',
      '/api/v1/funding/target-group',
      cookies['analyst-a@test.se'],
      { association: 'assoc-a', year: 2024 },
    );
    expect(estimate.statusCode, estimate.body).toBe(200);
    // 1 270 for each municipality (300 + 400 + 300 + 50 + 100 + 120).
    expect(estimate.json()).toMatchObject({ targetGroup: 2540 });
    expect(estimate.json().municipalities).toHaveLength(2);
  });

  it("storing again replaces the year's inputs; other years stay", async () => {
    await put('analyst-a@test.se', {
      association: 'assoc-a',
      year: 2023,
      municipalities: [hudiksvall],
    });
    await put('analyst-a@test.se', {
      association: 'assoc-a',
      year: 2024,
      municipalities: [nordanstig],
    });
    const y2024 = await get(
      w.app,
      `${url}?association=assoc-a&year=2024`,
      cookies['analyst-a@test.se'],
    );
    expect(y2024.json().municipalities).toEqual([nordanstig]);
    const y2023 = await get(
      w.app,
      `${url}?association=assoc-a&year=2023`,
      cookies['analyst-a@test.se'],
    );
    expect(y2023.json().municipalities).toEqual([hudiksvall]);
  });

  it('names the field: a repeated municipality, a negative count, no inputs for the year', async () => {
    const twice = await put('analyst-a@test.se', {
      association: 'assoc-a',
      year: 2024,
      municipalities: [hudiksvall, hudiksvall],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().issues[0].path).toBe('body.municipalities[1].municipality');
    const negative = await put('analyst-a@test.se', {
      association: 'assoc-a',
      year: 2024,
      municipalities: [{ ...hudiksvall, uvas: -1 }],
    });
    expect(negative.statusCode).toBe(400);
    // The framework's schema errors quote the index of a nested array ("0").
    expect(negative.json().issues[0].path).toMatch(/^body\.municipalities\["?0"?\]\.uvas$/);
    const none = await send(
      w.app,
      'POST',
      '/api/v1/funding/target-group',
      cookies['analyst-a@test.se'],
      {
        association: 'assoc-a',
        year: 2019,
      },
    );
    expect(none.statusCode).toBe(400);
    expect(none.json().issues[0].path).toBe('body.municipalities');
  });
});

describe('stored target-group inputs — roles and tenancy', () => {
  it('a funder reads but may not store (403)', async () => {
    const c = cookies['funder-a@test.se'];
    expect((await get(w.app, `${url}?association=assoc-a&year=2024`, c)).statusCode).toBe(200);
    const res = await put('funder-a@test.se', {
      association: 'assoc-a',
      year: 2024,
      municipalities: [],
    });
    expect(res.statusCode).toBe(403);
  });

  it('another association gets 404, a specialist 403, no session 401', async () => {
    expect(
      (await get(w.app, `${url}?association=assoc-a&year=2024`, cookies['sup-b@test.se']))
        .statusCode,
    ).toBe(404);
    expect(
      (await put('sup-b@test.se', { association: 'assoc-a', year: 2024, municipalities: [] }))
        .statusCode,
    ).toBe(404);
    expect(
      (await get(w.app, `${url}?association=assoc-a&year=2024`, cookies['spec-a1@test.se']))
        .statusCode,
    ).toBe(403);
    expect((await get(w.app, `${url}?association=assoc-a&year=2024`)).statusCode).toBe(401);
  });
});
