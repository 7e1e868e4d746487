import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

let w: TWorld;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await buildWorld();
  for (const email of [
    'sup-a@test.se',
    'sup-b@test.se',
    'spec-a1@test.se',
    'spec-unlinked@test.se',
    'analyst-a@test.se',
    'funder-a@test.se',
    'admin@test.se',
  ]) {
    cookies[email] = await loginAs(w.app, email);
  }
  for (const [who, programme] of [
    ['sup-a@test.se', 'prog-a'],
    ['sup-b@test.se', 'prog-b'],
  ] as const) {
    const page = (
      await get(w.app, `/api/v1/participants?programme=${programme}&status=all`, cookies[who])
    ).json();
    for (const item of page.items as { id: string; caseNumber: string; name: string | null }[])
      ids[item.caseNumber] = item.id;
  }
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const list = (who: string | undefined, programme: string) =>
  get(
    w.app,
    `/api/v1/participants?programme=${programme}&status=all`,
    who ? cookies[who] : undefined,
  );

describe('GET /api/v1/participants — role matrix and tenancy', () => {
  it('is 401 without a session', async () => {
    expect((await list(undefined, 'prog-a')).statusCode).toBe(401);
  });

  it('a supervisor lists the programme with its sub-programme, with names', async () => {
    const res = await list('sup-a@test.se', 'prog-a');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(4);
    expect(body.items.map((i: { programmeKey: string }) => i.programmeKey).sort()).toEqual([
      'prog-a',
      'prog-a',
      'prog-a',
      'prog-a1',
    ]);
    expect(body.items.map((i: { name: string | null }) => i.name)).toContain('Alice Andersson');
    expect(
      body.items.find((i: { phase: string; caseNumber: string }) => i.phase === 'employed'),
    ).toBeTruthy();
  });

  it('a supervisor of programme A cannot list programme B (404, existence not revealed)', async () => {
    const res = await list('sup-a@test.se', 'prog-b');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Britt');
    expect((await list('sup-a@test.se', 'no-such-programme')).statusCode).toBe(404);
  });

  it('a specialist sees only the participants assigned to them', async () => {
    const res = await list('spec-a1@test.se', 'prog-a');
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((i: { specialist: { name: string } }) => i.specialist.name);
    expect(res.json().total).toBe(2);
    expect(new Set(names)).toEqual(new Set(['Specialist sa1']));
    const unlinked = await list('spec-unlinked@test.se', 'prog-a');
    expect(unlinked.json().total).toBe(0);
  });

  it.each(['analyst-a@test.se', 'funder-a@test.se'])(
    '%s gets 403 and no personal data',
    async (who) => {
      const res = await list(who, 'prog-a');
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toMatch(/Alice|Bo Berg|PA-/);
    },
  );

  it('an admin without a programme role sees no participants', async () => {
    expect((await list('admin@test.se', 'prog-a')).statusCode).toBe(404);
  });

  it('pages by case number', async () => {
    const first = (
      await get(
        w.app,
        '/api/v1/participants?programme=prog-a&status=all&limit=2',
        cookies['sup-a@test.se'],
      )
    ).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = (
      await get(
        w.app,
        `/api/v1/participants?programme=prog-a&status=all&limit=2&cursor=${first.nextCursor}`,
        cookies['sup-a@test.se'],
      )
    ).json();
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((i: { caseNumber: string }) => i.caseNumber);
    expect(new Set(all).size).toBe(4);
  });

  it('names the bad query parameter', async () => {
    const res = await get(
      w.app,
      '/api/v1/participants?programme=prog-a&limit=0',
      cookies['sup-a@test.se'],
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('querystring.limit');
  });
});

describe('GET /api/v1/participants/:id — cross-programme', () => {
  const caseOf = (prefix: string) => Object.keys(ids).find((c) => c.startsWith(prefix))!;

  it('a supervisor reads their own programme and gets 404 for another programme', async () => {
    const a = ids[caseOf('PA-')]!;
    const b = ids[caseOf('PB-')]!;
    expect(
      (await get(w.app, `/api/v1/participants/${a}`, cookies['sup-a@test.se'])).statusCode,
    ).toBe(200);
    const cross = await get(w.app, `/api/v1/participants/${b}`, cookies['sup-a@test.se']);
    expect(cross.statusCode).toBe(404);
    expect(cross.body).not.toContain('Britt');
    expect(
      (await get(w.app, `/api/v1/participants/${b}`, cookies['sup-b@test.se'])).statusCode,
    ).toBe(200);
    expect(
      (
        await get(
          w.app,
          '/api/v1/participants/00000000-0000-0000-0000-000000000000',
          cookies['sup-a@test.se'],
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await get(w.app, '/api/v1/participants/not-a-uuid', cookies['sup-a@test.se'])).statusCode,
    ).toBe(404);
  });

  it('a specialist cannot read a colleague’s participant, nor can analysts and funders', async () => {
    const detail = (
      await get(w.app, `/api/v1/participants?programme=prog-a&status=all`, cookies['sup-a@test.se'])
    ).json();
    const colleague = detail.items.find((i: { name: string | null }) => i.name === 'Bo Berg');
    const own = detail.items.find((i: { name: string | null }) => i.name === 'Alice Andersson');
    expect(
      (await get(w.app, `/api/v1/participants/${own.id}`, cookies['spec-a1@test.se'])).statusCode,
    ).toBe(200);
    for (const who of [
      'spec-a1@test.se',
      'analyst-a@test.se',
      'funder-a@test.se',
      'admin@test.se',
      'sup-b@test.se',
    ]) {
      expect(
        (await get(w.app, `/api/v1/participants/${colleague.id}`, cookies[who])).statusCode,
        who,
      ).toBe(404);
    }
  });

  it('every read of personal data is in the audit log, which only supervisors of the programme can review', async () => {
    const detail = (
      await get(w.app, `/api/v1/participants?programme=prog-a&status=all`, cookies['sup-a@test.se'])
    ).json();
    const target = detail.items[0];
    await get(w.app, `/api/v1/participants/${target.id}`, cookies['spec-a1@test.se']);
    await get(w.app, `/api/v1/participants/${target.id}`, cookies['sup-a@test.se']);
    const log = await get(
      w.app,
      `/api/v1/audit?programme=prog-a&enrolment=${target.id}`,
      cookies['sup-a@test.se'],
    );
    expect(log.statusCode).toBe(200);
    const reads = log.json().items.filter((a: { action: string }) => a.action === 'read');
    expect(reads.map((a: { userEmail: string }) => a.userEmail)).toContain('sup-a@test.se');
    const lists = (
      await get(w.app, '/api/v1/audit?programme=prog-a', cookies['sup-a@test.se'])
    ).json().items;
    expect(
      lists.some(
        (a: { action: string; userEmail: string }) =>
          a.action === 'list' && a.userEmail === 'sup-a@test.se',
      ),
    ).toBe(true);
    for (const who of ['spec-a1@test.se', 'analyst-a@test.se', 'funder-a@test.se']) {
      expect(
        (await get(w.app, '/api/v1/audit?programme=prog-a', cookies[who])).statusCode,
        who,
      ).toBe(403);
    }
    expect(
      (await get(w.app, '/api/v1/audit?programme=prog-a', cookies['sup-b@test.se'])).statusCode,
    ).toBe(404);
    expect(
      (await get(w.app, '/api/v1/audit?programme=prog-b', cookies['sup-a@test.se'])).statusCode,
    ).toBe(404);
    expect((await get(w.app, '/api/v1/audit?programme=prog-a')).statusCode).toBe(401);
  });
});
