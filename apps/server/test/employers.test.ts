import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

let w: TWorld;
const cookies: Record<string, string> = {};
const employers: Record<string, string> = {};

const everyone = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'spec-unlinked@test.se',
  'analyst-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
];

async function send(method: 'POST' | 'PATCH', url: string, who: string, payload: object) {
  return w.app.inject({ method, url, payload, headers: { cookie: cookies[who] ?? '' } });
}

beforeAll(async () => {
  w = await buildWorld();
  for (const email of everyone) cookies[email] = await loginAs(w.app, email);
  for (const [who, programme] of [
    ['sup-a@test.se', 'prog-a'],
    ['sup-b@test.se', 'prog-b'],
  ] as const) {
    const list = (
      await get(w.app, `/api/v1/employers?programme=${programme}`, cookies[who])
    ).json();
    for (const e of list.items as { id: string; key: string }[]) employers[e.key] = e.id;
  }
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

describe('GET /api/v1/employers — the register of the programme’s association', () => {
  it('lists the association’s employers for every role of the programme, not other associations’', async () => {
    for (const who of [
      'sup-a@test.se',
      'spec-a1@test.se',
      'analyst-a@test.se',
      'funder-a@test.se',
    ]) {
      const res = await get(w.app, '/api/v1/employers?programme=prog-a', cookies[who]);
      expect(res.statusCode, who).toBe(200);
      expect(
        res.json().items.map((e: { key: string }) => e.key),
        who,
      ).toEqual(['emp-a']);
    }
    expect(
      (await get(w.app, '/api/v1/employers?programme=prog-b', cookies['sup-a@test.se'])).statusCode,
    ).toBe(404);
    expect(
      (await get(w.app, '/api/v1/employers?programme=prog-a', cookies['admin@test.se'])).statusCode,
    ).toBe(404);
    expect((await get(w.app, '/api/v1/employers?programme=prog-a')).statusCode).toBe(401);
  });
});

describe('POST and PATCH /api/v1/employers', () => {
  it('registers with a Luhn-checked organisation number and a generated stable key', async () => {
    const bad = await send('POST', '/api/v1/employers?programme=prog-a', 'spec-a1@test.se', {
      name: 'Fel AB',
      orgNumber: '556036-0794',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.orgNumber');
    const badIndustry = await send(
      'POST',
      '/api/v1/employers?programme=prog-a',
      'spec-a1@test.se',
      {
        name: 'Fel AB',
        industry: 'Z',
      },
    );
    expect(badIndustry.json().issues[0].path).toBe('body.industry');

    const res = await send('POST', '/api/v1/employers?programme=prog-a', 'spec-a1@test.se', {
      name: 'Café Ölands Bröd',
      orgNumber: '556036-0793',
      industry: 'I',
      type: 'private',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      key: expect.stringMatching(/^cafe-olands-brod-[0-9a-f]{6}$/),
      association: { key: 'assoc-a' },
      industry: 'I',
    });
    employers.cafe = res.json().id;

    const dup = await send('POST', '/api/v1/employers?programme=prog-a', 'sup-a@test.se', {
      name: 'Samma AB',
      orgNumber: '556036-0793',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().issues[0].path).toBe('body.orgNumber');
  });

  it('refuses analysts, funders and admins, and other programmes', async () => {
    for (const [who, code] of [
      ['analyst-a@test.se', 403],
      ['funder-a@test.se', 403],
      ['admin@test.se', 404],
      ['sup-b@test.se', 404],
    ] as const) {
      const res = await send('POST', '/api/v1/employers?programme=prog-a', who, { name: 'X AB' });
      expect(res.statusCode, who).toBe(code);
    }
  });

  it('changes fields, clears with null and keeps the key', async () => {
    const before = (
      await get(w.app, `/api/v1/employers/${employers.cafe}`, cookies['sup-a@test.se'])
    ).json();
    const res = await send('PATCH', `/api/v1/employers/${employers.cafe}`, 'sup-a@test.se', {
      name: 'Café Ölands Bröd HB',
      orgNumber: null,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Café Ölands Bröd HB',
      orgNumber: null,
      key: before.key,
    });
    expect(
      (
        await send('PATCH', `/api/v1/employers/${employers.cafe}`, 'analyst-a@test.se', {
          name: 'X',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await send('PATCH', `/api/v1/employers/${employers.cafe}`, 'sup-b@test.se', { name: 'X' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await send('PATCH', `/api/v1/employers/${employers['emp-b']}`, 'sup-a@test.se', {
          name: 'X',
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('GET /api/v1/employers/:id — contact history and jobs by case number', () => {
  it('shows contacts and jobs of the enrolments the user may see, never names', async () => {
    const res = await get(
      w.app,
      `/api/v1/employers/${employers['emp-a']}`,
      cookies['sup-a@test.se'],
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.contacts).toEqual([
      expect.objectContaining({
        date: '2024-01-20',
        faceToFace: true,
        caseNumber: expect.stringMatching(/^PA-/),
      }),
    ]);
    expect(body.jobs).toEqual([
      expect.objectContaining({ start: '2024-03-01', end: null, extentPct: 75, competitive: true }),
    ]);
    expect(res.body).not.toMatch(/Alice|Bo Berg/);
    const spec = await get(
      w.app,
      `/api/v1/employers/${employers['emp-a']}`,
      cookies['spec-a1@test.se'],
    );
    expect(spec.json().contacts).toHaveLength(1);
    const unlinked = await get(
      w.app,
      `/api/v1/employers/${employers['emp-a']}`,
      cookies['spec-unlinked@test.se'],
    );
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().contacts).toEqual([]);
  });

  it('analysts and funders get 403; other associations and admins 404', async () => {
    for (const who of ['analyst-a@test.se', 'funder-a@test.se']) {
      const res = await get(w.app, `/api/v1/employers/${employers['emp-a']}`, cookies[who]);
      expect(res.statusCode, who).toBe(403);
      expect(res.body).not.toMatch(/PA-/);
    }
    for (const who of ['admin@test.se', 'sup-b@test.se']) {
      expect(
        (await get(w.app, `/api/v1/employers/${employers['emp-a']}`, cookies[who])).statusCode,
        who,
      ).toBe(404);
    }
    expect(
      (await get(w.app, `/api/v1/employers/${employers['emp-b']}`, cookies['sup-a@test.se']))
        .statusCode,
    ).toBe(404);
    expect((await get(w.app, '/api/v1/employers/nope', cookies['sup-a@test.se'])).statusCode).toBe(
      404,
    );
  });
});
