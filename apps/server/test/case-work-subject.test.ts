import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, type TWorld } from './helpers.ts';
import {
  enrolBody,
  loginAll,
  newPerson,
  referralBody,
  send,
  specialistIds,
} from './case-work-helpers.ts';

let w: TWorld;
let c: Record<string, string>;
let own: { id: string; participantId: string };
let colleague: { id: string; participantId: string };
let inB: string;

beforeAll(async () => {
  w = await buildWorld();
  c = await loginAll(w.app);
  const spec = await specialistIds(w.app, c['sup-a@test.se']!, 'prog-a');
  const enrol = async (specialistId: string, name: string) => {
    const ref = await send(
      w.app,
      'POST',
      '/referrals',
      referralBody('prog-a', newPerson({ identity: { name, phone: '070-123 45 67' } })),
      c['sup-a@test.se'],
    );
    const res = await send(
      w.app,
      'POST',
      `/enrolments/${ref.json().id}/enrol`,
      enrolBody(specialistId, {
        baseline: {
          incomeSources: [{ source: 'none' }],
          timeOnSupport: 'not_applicable',
          diagnosisGroup: 'psychosis',
        },
      }),
      c['sup-a@test.se'],
    );
    if (res.statusCode !== 200) throw new Error(res.body);
    return { id: res.json().id as string, participantId: res.json().participantId as string };
  };
  own = await enrol(spec['Specialist sa1']!, 'Olle Egen');
  colleague = await enrol(spec['Specialist sa2']!, 'Kalle Kollega');
  const b = (
    await get(w.app, '/api/v1/participants?programme=prog-b&status=all', c['sup-b@test.se'])
  ).json();
  inB = (await get(w.app, `/api/v1/participants/${b.items[0].id}`, c['sup-b@test.se'])).json().id;
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const identity = (participantId: string, body: unknown, who: string) =>
  send(w.app, 'PUT', `/participants/${participantId}/identity`, body, c[who]);

describe('PUT /api/v1/participants/:participantId/identity', () => {
  it('supervisors and the assigned specialist set it; it is stored encrypted', async () => {
    const res = await identity(
      own.participantId,
      { name: 'Olle Egensson', personalNumber: '19811218-9876', email: 'olle@example.se' },
      'spec-a1@test.se',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Olle Egensson', phone: null, erasedAt: null });
    const raw = await w.lots.raw.db
      .selectFrom('participantIdentity')
      .select('nameEnc')
      .where('participantId', '=', own.participantId)
      .execute()
      .catch(() => []);
    // Row-level security hides the row outside a scope; either way no clear text.
    expect(JSON.stringify(raw)).not.toContain('Olle');
    expect(
      (await identity(colleague.participantId, { name: 'X' }, 'sup-a@test.se')).statusCode,
    ).toBe(200);
  });

  it('a colleague, another programme and aggregate roles get 404', async () => {
    for (const who of [
      'spec-a1@test.se',
      'spec-unlinked@test.se',
      'sup-b@test.se',
      'analyst-a@test.se',
      'funder-a@test.se',
      'admin@test.se',
    ])
      expect((await identity(colleague.participantId, { name: 'Y' }, who)).statusCode, who).toBe(
        404,
      );
  });

  it('refuses an invalid personnummer and one used by another participant', async () => {
    const bad = await identity(
      own.participantId,
      { personalNumber: '19811218-9875' },
      'sup-a@test.se',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.personalNumber');
    const taken = await identity(
      colleague.participantId,
      { personalNumber: '19811218-9876' },
      'sup-a@test.se',
    );
    expect(taken.statusCode).toBe(409);
  });
});

describe('GET /api/v1/participants/:participantId/export', () => {
  const exp = (participantId: string, who: string) =>
    get(w.app, `/api/v1/participants/${participantId}/export`, c[who]);

  it('gives a supervisor everything held on the person, audit rows included', async () => {
    await get(w.app, `/api/v1/participants/${own.id}`, c['spec-a1@test.se']);
    const res = await exp(own.participantId, 'sup-a@test.se');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.identity).toMatchObject({ name: 'Olle Egensson', personalNumber: '19811218-9876' });
    expect(body.enrolments).toHaveLength(1);
    expect(body.enrolments[0]).toMatchObject({
      status: 'enrolled',
      baseline: { diagnosisGroup: 'psychosis' },
    });
    const actions = body.audit.map(
      (a: { action: string; userEmail: string }) => `${a.action}:${a.userEmail}`,
    );
    expect(actions).toContain('read:spec-a1@test.se');
    expect(actions).toContain('enrol:sup-a@test.se');
    expect(actions).toContain('export:sup-a@test.se');
  });

  it('is supervisors only: the specialist 403, others 404', async () => {
    expect((await exp(own.participantId, 'spec-a1@test.se')).statusCode).toBe(403);
    for (const who of [
      'sup-b@test.se',
      'spec-unlinked@test.se',
      'analyst-a@test.se',
      'funder-a@test.se',
      'admin@test.se',
    ])
      expect((await exp(own.participantId, who)).statusCode, who).toBe(404);
    expect((await exp(inB, 'sup-a@test.se')).statusCode).toBe(404);
    expect((await exp('not-a-uuid', 'sup-a@test.se')).statusCode).toBe(404);
  });
});

describe('POST /api/v1/participants/:participantId/erase-identity', () => {
  const erase = (participantId: string, who: string) =>
    send(
      w.app,
      'POST',
      `/participants/${participantId}/erase-identity`,
      { reason: 'begäran' },
      c[who],
    );

  it('is supervisors only', async () => {
    expect((await erase(own.participantId, 'spec-a1@test.se')).statusCode).toBe(403);
    for (const who of ['sup-b@test.se', 'analyst-a@test.se', 'admin@test.se'])
      expect((await erase(own.participantId, who)).statusCode, who).toBe(404);
    const missingReason = await send(
      w.app,
      'POST',
      `/participants/${own.participantId}/erase-identity`,
      {},
      c['sup-a@test.se'],
    );
    expect(missingReason.json().issues[0].path).toBe('body.reason');
  });

  it('removes the identity and keeps the pseudonymised enrolment', async () => {
    const res = await erase(own.participantId, 'sup-a@test.se');
    expect(res.statusCode, res.body).toBe(200);
    const again = await erase(own.participantId, 'sup-a@test.se');
    expect(again.json().erasedAt).toBe(res.json().erasedAt);
    const detail = (await get(w.app, `/api/v1/participants/${own.id}`, c['sup-a@test.se'])).json();
    expect(detail).toMatchObject({ name: null, personalNumber: null, status: 'enrolled' });
    const exported = (
      await get(w.app, `/api/v1/participants/${own.participantId}/export`, c['sup-a@test.se'])
    ).json();
    expect(exported.identity).toMatchObject({ name: null, personalNumber: null, email: null });
    expect(exported.identity.erasedAt).toBeTruthy();
    expect(JSON.stringify(exported)).not.toContain('Olle');
    const audit = exported.audit.find((a: { action: string }) => a.action === 'erase');
    expect(audit).toMatchObject({ reason: 'begäran', userEmail: 'sup-a@test.se' });
  });
});
