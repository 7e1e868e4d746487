import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '@lots/services/test-support';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

let w: TWorld;
const cookies: Record<string, string> = {};

const everyone = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'analyst-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
  'admin-b@test.se',
];

function patch(key: string, who: string | undefined, payload: object) {
  return w.app.inject({
    method: 'PATCH',
    url: `/api/v1/programmes/${key}/settings`,
    payload,
    headers: who ? { cookie: cookies[who] ?? '' } : {},
  });
}

beforeAll(async () => {
  w = await buildWorld();
  await createTestUser(w.lots, { email: 'admin-b@test.se', role: 'admin', association: 'assoc-b' });
  for (const email of everyone) cookies[email] = await loginAs(w.app, email);
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

describe('GET /api/v1/programmes/:key/settings', () => {
  it('shows the settings to every role of the programme, and whether they may change them', async () => {
    const mayEdit: Record<string, boolean> = {
      'sup-a@test.se': true,
      'spec-a1@test.se': false,
      'analyst-a@test.se': false,
      'funder-a@test.se': false,
      'admin@test.se': true,
    };
    for (const [who, may] of Object.entries(mayEdit)) {
      const res = await get(w.app, '/api/v1/programmes/prog-a/settings', cookies[who]);
      expect(res.statusCode, who).toBe(200);
      expect(res.json(), who).toMatchObject({
        key: 'prog-a',
        closureAfterDays: 60,
        followUpMonths: [6, 12],
        retentionYears: 2,
        priorityRules: [],
        mayEdit: may,
      });
    }
  });

  it('answers 404 across programmes and 401 without a session', async () => {
    for (const who of ['sup-b@test.se', 'admin-b@test.se']) {
      const res = await get(w.app, '/api/v1/programmes/prog-a/settings', cookies[who]);
      expect(res.statusCode, who).toBe(404);
    }
    expect((await get(w.app, '/api/v1/programmes/prog-a/settings')).statusCode).toBe(401);
    expect(
      (await get(w.app, '/api/v1/programmes/no-such/settings', cookies['admin@test.se']))
        .statusCode,
    ).toBe(404);
  });
});

describe('PATCH /api/v1/programmes/:key/settings', () => {
  it('a supervisor changes the settings of their programme; audited with before and after', async () => {
    const res = await patch('prog-a', 'sup-a@test.se', {
      closureAfterDays: 90,
      followUpMonths: [6, 12, 24],
      priorityRules: [{ kind: 'max_age', value: 39, priority: 1 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      closureAfterDays: 90,
      followUpMonths: [6, 12, 24],
      retentionYears: 2,
      priorityRules: [{ kind: 'max_age', value: 39, priority: 1 }],
    });
    const again = await get(
      w.app,
      '/api/v1/programmes/prog-a/settings',
      cookies['spec-a1@test.se'],
    );
    expect(again.json().closureAfterDays).toBe(90);
    const log = (
      await get(w.app, '/api/v1/audit?programme=prog-a', cookies['sup-a@test.se'])
    ).json().items as { action: string; entity: string; userEmail: string }[];
    expect(log.find((a) => a.entity === 'programme_settings')).toMatchObject({
      action: 'update',
      userEmail: 'sup-a@test.se',
    });
    const system = {
      kind: 'system',
      userId: null,
      programmeIds: [],
      associationIds: [],
      personalData: [],
    } as const;
    const rows = await w.lots.db.inScope(system, async (r) => {
      const ids = (await r.organisation.listProgrammes()).map((p) => p.id);
      return r.audit.list({ programmeIds: ids, limit: 100 });
    });
    expect(rows.find((a) => a.entity === 'programme_settings')?.details).toEqual({
      fields: ['closureAfterDays', 'followUpMonths', 'priorityRules'],
      before: { closureAfterDays: 60, followUpMonths: [6, 12], priorityRules: [] },
      after: {
        closureAfterDays: 90,
        followUpMonths: [6, 12, 24],
        priorityRules: [{ kind: 'max_age', value: 39, priority: 1 }],
      },
    });
  });

  it('an admin whose grant covers the programme changes it; an admin of another association gets 404', async () => {
    const ok = await patch('prog-b', 'admin-b@test.se', {
      retentionYears: 5,
      minHoursPerWeekForEmployment: 10,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ retentionYears: 5, minHoursPerWeekForEmployment: 10 });
    expect((await patch('prog-a', 'admin-b@test.se', { retentionYears: 5 })).statusCode).toBe(404);
    const global = await patch('prog-a1', 'admin@test.se', { retentionYears: 3 });
    expect(global.statusCode, global.body).toBe(200);
  });

  it('specialists, analysts and funders get 403; other programmes 404; no session 401', async () => {
    for (const who of ['spec-a1@test.se', 'analyst-a@test.se', 'funder-a@test.se']) {
      const res = await patch('prog-a', who, { retentionYears: 9 });
      expect(res.statusCode, who).toBe(403);
    }
    expect((await patch('prog-a', 'sup-b@test.se', { retentionYears: 9 })).statusCode).toBe(404);
    expect((await patch('prog-b', 'sup-a@test.se', { retentionYears: 9 })).statusCode).toBe(404);
    expect((await patch('prog-a', undefined, { retentionYears: 9 })).statusCode).toBe(401);
    const settings = await get(
      w.app,
      '/api/v1/programmes/prog-a/settings',
      cookies['sup-a@test.se'],
    );
    expect(settings.json().retentionYears).toBe(2);
  });

  it('refuses bad values with an error naming the field', async () => {
    const cases: [object, string][] = [
      [{ closureAfterDays: 0 }, 'body.closureAfterDays'],
      [{ followUpMonths: [12, 6] }, 'body.followUpMonths'],
      [{ retentionYears: 1.5 }, 'body.retentionYears'],
      [{ minHoursPerWeekForEmployment: 200 }, 'body.minHoursPerWeekForEmployment'],
      [{ priorityRules: [{ kind: 'max_age', value: 39 }] }, 'body.priorityRules["0"].priority'],
      [{ caseNumberPrefix: 'X' }, 'body'],
    ];
    for (const [payload, path] of cases) {
      const res = await patch('prog-a', 'sup-a@test.se', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(
        res.json().issues.map((i: { path: string }) => i.path),
        JSON.stringify(payload),
      ).toContain(path);
    }
  });
});
