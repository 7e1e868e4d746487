import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dataset,
  enrolment,
  importOrThrow,
  programme,
  specialist,
} from '@lots/services/test-support';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

let w: TWorld;
const cookies: Record<string, string> = {};
const staff: Record<string, string> = {};
const ids: Record<string, string> = {};

const everyone = [
  'sup-a@test.se',
  'sup-b@test.se',
  'spec-a1@test.se',
  'spec-unlinked@test.se',
  'analyst-a@test.se',
  'funder-a@test.se',
  'admin@test.se',
];

beforeAll(async () => {
  w = await buildWorld();
  // Two closed enrolments in programme A: one followed up at +6 months, one never.
  await importOrThrow(
    w.lots,
    dataset({
      programmes: [programme('prog-a', 'assoc-a', { caseNumberPrefix: 'PA' })],
      specialists: [specialist('sa1', 'prog-a'), specialist('sa2', 'prog-a', 0.5)],
      participants: [
        enrolment('a-9', 'prog-a', 'sa1', {
          identity: { name: 'Dora Stängd' },
          closure: { date: '2024-03-31', reason: 'employment' },
          followUps: [{ date: '2024-10-01', status: 'employed', months: 6 }],
        }),
        enrolment('a-8', 'prog-a', 'sa2', { closure: { date: '2024-03-31', reason: 'moved' } }),
      ],
    }),
  );
  for (const email of everyone) cookies[email] = await loginAs(w.app, email);
  for (const [who, key] of [
    ['sup-a@test.se', 'prog-a'],
    ['sup-b@test.se', 'prog-b'],
  ] as const) {
    const list = (await get(w.app, `/api/v1/programmes/${key}/specialists`, cookies[who])).json();
    for (const s of list.items as { id: string; key: string }[]) staff[s.key] = s.id;
    const page = (
      await get(w.app, `/api/v1/participants?programme=${key}&status=all`, cookies[who])
    ).json();
    for (const p of page.items as { id: string; name: string | null; caseNumber: string }[])
      ids[p.name ?? p.caseNumber] = p.id;
  }
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

type TItem = {
  caseNumber: string;
  name: string | null;
  planReview: { overdue: boolean };
  closureProposal: { proposed: boolean } | null;
  lastContact: { date: string } | null;
};

describe('GET /api/v1/my-participants', () => {
  it('a specialist sees their own open participants with what needs doing, and overdue follow-ups', async () => {
    const res = await get(w.app, '/api/v1/my-participants', cookies['spec-a1@test.se']);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(2);
    const employed = (body.items as TItem[]).find((i) => i.closureProposal !== null)!;
    expect(employed.closureProposal).toMatchObject({
      proposed: true,
      reason: 'employment',
      since: '2024-03-01',
    });
    expect(employed.lastContact?.date).toBe('2024-03-01');
    expect((body.items as TItem[]).every((i) => i.planReview.overdue)).toBe(true);
    expect((body.items as TItem[]).map((i) => i.name)).toContain('Alice Andersson');
    expect(body.followUpsDue).toEqual([
      expect.objectContaining({ name: 'Dora Stängd', months: 12, dueOn: '2025-03-31' }),
    ]);
    expect(body.overdueFollowUps).toBe(1);
  });

  it('a supervisor sees everyone, or one specialist', async () => {
    const all = (await get(w.app, '/api/v1/my-participants', cookies['sup-a@test.se'])).json();
    expect(all.items).toHaveLength(4);
    expect(all.overdueFollowUps).toBe(3);
    const one = (
      await get(w.app, `/api/v1/my-participants?specialist=${staff.sa2}`, cookies['sup-a@test.se'])
    ).json();
    expect(one.items.map((i: TItem) => i.name)).toEqual(['Bo Berg']);
    const sub = (
      await get(w.app, '/api/v1/my-participants?programme=prog-a1', cookies['sup-a@test.se'])
    ).json();
    expect(sub.items.map((i: TItem) => i.name)).toEqual(['Cecilia Sub']);
  });

  it('refuses other roles, colleagues’ lists and other programmes', async () => {
    for (const who of ['analyst-a@test.se', 'funder-a@test.se', 'admin@test.se'])
      expect((await get(w.app, '/api/v1/my-participants', cookies[who])).statusCode, who).toBe(403);
    expect(
      (
        await get(
          w.app,
          `/api/v1/my-participants?specialist=${staff.sa2}`,
          cookies['spec-a1@test.se'],
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await get(
          w.app,
          `/api/v1/my-participants?specialist=${staff.sb1}`,
          cookies['sup-a@test.se'],
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await get(w.app, '/api/v1/my-participants?programme=prog-b', cookies['sup-a@test.se']))
        .statusCode,
    ).toBe(404);
    const unlinked = await get(w.app, '/api/v1/my-participants', cookies['spec-unlinked@test.se']);
    expect(unlinked.json().items).toEqual([]);
    expect((await get(w.app, '/api/v1/my-participants')).statusCode).toBe(401);
  });

  it('is audited', async () => {
    const log = (
      await get(w.app, '/api/v1/audit?programme=prog-a', cookies['sup-a@test.se'])
    ).json().items as { action: string; userEmail: string }[];
    expect(log.some((a) => a.action === 'list' && a.userEmail === 'spec-a1@test.se')).toBe(true);
  });
});

describe('GET /api/v1/caseload', () => {
  it('weights each specialist’s active caseload by FTE (supervisors)', async () => {
    const res = await get(w.app, '/api/v1/caseload?programme=prog-a', cookies['sup-a@test.se']);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const row = (key: string) =>
      body.rows.find((r: { specialist: { key: string } }) => r.specialist.key === key);
    expect(row('sa1')).toMatchObject({ fte: 1, active: 2, weighted: 2, overTarget: false });
    expect(row('sa2')).toMatchObject({ fte: 0.5, active: 1, weighted: 2 });
    expect(row('sa1s')).toMatchObject({ programmeKey: 'prog-a1', active: 1 });
    expect(body.totals).toMatchObject({
      specialists: 3,
      fte: 2.5,
      active: 4,
      weighted: 1.6,
    });
    expect(body.target).toBe(20);
    const early = (
      await get(
        w.app,
        '/api/v1/caseload?programme=prog-a&date=2024-03-01',
        cookies['sup-a@test.se'],
      )
    ).json();
    expect(early.totals.active).toBe(6);
  });

  it('refuses specialists, analysts and funders (403) and other programmes (404)', async () => {
    for (const who of ['spec-a1@test.se', 'analyst-a@test.se', 'funder-a@test.se'])
      expect(
        (await get(w.app, '/api/v1/caseload?programme=prog-a', cookies[who])).statusCode,
        who,
      ).toBe(403);
    for (const who of ['sup-b@test.se', 'admin@test.se'])
      expect(
        (await get(w.app, '/api/v1/caseload?programme=prog-a', cookies[who])).statusCode,
        who,
      ).toBe(404);
  });
});

describe('POST /api/v1/enrolments/:id/assign', () => {
  const assign = (who: string, id: string, payload: object) =>
    w.app.inject({
      method: 'POST',
      url: `/api/v1/enrolments/${id}/assign`,
      payload,
      headers: { cookie: cookies[who] ?? '' },
    });

  it('a supervisor assigns within the programme; audited', async () => {
    const res = await assign('sup-a@test.se', ids['Alice Andersson']!, { specialist: staff.sa2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      specialist: { name: 'Specialist sa2' },
      previous: { name: 'Specialist sa1' },
    });
    const log = (
      await get(
        w.app,
        `/api/v1/audit?programme=prog-a&enrolment=${ids['Alice Andersson']}`,
        cookies['sup-a@test.se'],
      )
    ).json().items;
    expect(log.some((a: { action: string }) => a.action === 'assign')).toBe(true);
    const back = await assign('sup-a@test.se', ids['Alice Andersson']!, { specialist: staff.sa1 });
    expect(back.statusCode).toBe(200);
  });

  it('refuses a specialist of another programme, naming the field', async () => {
    for (const other of [staff.sa1s, staff.sb1]) {
      const res = await assign('sup-a@test.se', ids['Alice Andersson']!, { specialist: other });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues[0].path).toBe('body.specialist');
    }
  });

  it('specialists get 403 for their own participants; other roles and programmes 404', async () => {
    expect(
      (await assign('spec-a1@test.se', ids['Alice Andersson']!, { specialist: staff.sa2 }))
        .statusCode,
    ).toBe(403);
    for (const who of [
      'spec-unlinked@test.se',
      'analyst-a@test.se',
      'funder-a@test.se',
      'admin@test.se',
      'sup-b@test.se',
    ])
      expect(
        (await assign(who, ids['Alice Andersson']!, { specialist: staff.sa2 })).statusCode,
        who,
      ).toBe(404);
    expect(
      (await assign('sup-a@test.se', ids['Britt Bsson']!, { specialist: staff.sa2 })).statusCode,
    ).toBe(404);
  });
});

describe('GET /api/v1/specialists/:id/employer-contacts', () => {
  const url = (id: string | undefined, q = 'from=2024-01-15&to=2024-01-28') =>
    `/api/v1/specialists/${id}/employer-contacts?${q}`;

  it('counts employer contacts per ISO week, face-to-face and total', async () => {
    const res = await get(w.app, url(staff.sa1), cookies['spec-a1@test.se']);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      weeks: [
        { week: '2024-W03', start: '2024-01-15', faceToFace: 1, total: 1 },
        { week: '2024-W04', start: '2024-01-22', faceToFace: 0, total: 0 },
      ],
      totals: { faceToFace: 1, total: 1 },
    });
    expect((await get(w.app, url(staff.sa1), cookies['sup-a@test.se'])).statusCode).toBe(200);
    const bad = await get(
      w.app,
      url(staff.sa1, 'from=2024-02-01&to=2024-01-01'),
      cookies['sup-a@test.se'],
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('querystring.from');
  });

  it('only the specialist and supervisors; other programmes 404', async () => {
    expect((await get(w.app, url(staff.sa2), cookies['spec-a1@test.se'])).statusCode).toBe(403);
    for (const who of ['analyst-a@test.se', 'funder-a@test.se'])
      expect((await get(w.app, url(staff.sa1), cookies[who])).statusCode, who).toBe(403);
    for (const who of ['sup-b@test.se', 'admin@test.se'])
      expect((await get(w.app, url(staff.sa1), cookies[who])).statusCode, who).toBe(404);
  });
});

describe('GET /api/v1/programmes/:key/specialists', () => {
  it('lists specialists with FTE for supervisors and specialists of the programme', async () => {
    const res = await get(
      w.app,
      '/api/v1/programmes/prog-a/specialists',
      cookies['spec-a1@test.se'],
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((s: { key: string; fte: number }) => [s.key, s.fte])).toEqual([
      ['sa1', 1],
      ['sa1s', 1],
      ['sa2', 0.5],
    ]);
  });

  it('refuses analysts and funders (403), other programmes and admins (404)', async () => {
    for (const who of ['analyst-a@test.se', 'funder-a@test.se'])
      expect(
        (await get(w.app, '/api/v1/programmes/prog-a/specialists', cookies[who])).statusCode,
        who,
      ).toBe(403);
    for (const who of ['sup-b@test.se', 'admin@test.se'])
      expect(
        (await get(w.app, '/api/v1/programmes/prog-a/specialists', cookies[who])).statusCode,
        who,
      ).toBe(404);
  });
});
