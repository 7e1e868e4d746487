import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, type TWorld } from './helpers.ts';
import {
  addHelsingborg,
  enrolBody,
  loginAll,
  newPerson,
  referralBody,
  send,
  specialistIds,
} from './case-work-helpers.ts';

let w: TWorld;
let c: Record<string, string>;
let spec: Record<string, string>;

beforeAll(async () => {
  w = await buildWorld();
  await addHelsingborg(w);
  c = await loginAll(w.app);
  spec = {
    ...(await specialistIds(w.app, c['sup-a@test.se']!, 'prog-a')),
    ...(await specialistIds(w.app, c['sup-b@test.se']!, 'prog-b')),
  };
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const refer = (who: string | undefined, body: unknown) =>
  send(w.app, 'POST', '/referrals', body, who ? c[who] : undefined);

describe('POST /api/v1/referrals', () => {
  it('registers a referral with the next case number of the year', async () => {
    const res = await refer(
      'sup-a@test.se',
      referralBody('prog-a', newPerson({ identity: { name: 'Rut Remiss' } })),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'referred',
      caseNumber: 'PA-2025-001',
      programmeKey: 'prog-a',
      referralDate: '2025-01-10',
    });
    const second = await refer('sup-a@test.se', referralBody('prog-a', newPerson()));
    expect(second.json().caseNumber).toBe('PA-2025-002');
  });

  it('a specialist registers a referral into their own caseload and enrols it', async () => {
    const res = await refer('spec-a1@test.se', referralBody('prog-a', newPerson()));
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;
    const list = await w.app.inject({
      method: 'GET',
      url: '/api/v1/participants?programme=prog-a&status=waiting',
      headers: { cookie: c['spec-a1@test.se']! },
    });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);
    // A colleague specialist without that referral cannot decide on it.
    const other = await w.app.inject({
      method: 'POST',
      url: `/api/v1/enrolments/${id}/decision`,
      headers: { cookie: c['spec-unlinked@test.se']! },
      payload: { decision: 'accept_waiting', date: '2025-01-11' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('refuses specialists without a caseload, analysts and funders (403), hides programme B (404)', async () => {
    for (const who of ['spec-unlinked@test.se', 'analyst-a@test.se', 'funder-a@test.se'])
      expect((await refer(who, referralBody('prog-a', newPerson()))).statusCode, who).toBe(403);
    expect((await refer('admin@test.se', referralBody('prog-a', newPerson()))).statusCode).toBe(
      404,
    );
    expect((await refer('sup-a@test.se', referralBody('prog-b', newPerson()))).statusCode).toBe(
      404,
    );
    expect((await refer(undefined, referralBody('prog-a', newPerson()))).statusCode).toBe(401);
  });

  it('names the bad field: municipality, personal number, future date', async () => {
    const bad = await refer(
      'sup-a@test.se',
      referralBody('prog-a', newPerson({ municipality: '9999' })),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.person.municipality');
    const pnr = await refer(
      'sup-a@test.se',
      referralBody('prog-a', newPerson({ identity: { personalNumber: '19900101-1234' } })),
    );
    expect(pnr.statusCode).toBe(400);
    expect(JSON.stringify(pnr.json().issues)).toContain('personalNumber');
    const future = await refer('sup-a@test.se', referralBody('prog-a', newPerson(), '2999-01-01'));
    expect(future.statusCode).toBe(400);
    expect(future.json().issues[0].path).toBe('body.referral.date');
  });

  it('refuses a second registration of the same personnummer in the programme', async () => {
    const body = referralBody(
      'prog-a',
      newPerson({ identity: { name: 'Per Son', personalNumber: '19811218-9876' } }),
    );
    expect((await refer('sup-a@test.se', body)).statusCode).toBe(201);
    const again = await refer('sup-a@test.se', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().issues[0].path).toBe('body.person.identity.personalNumber');
  });
});

describe('intake decision and the queue', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    for (const [name, birthYear, date] of [
      ['old', 1970, '2025-01-10'],
      ['young', 1995, '2025-02-01'],
      ['young2', 1990, '2025-01-20'],
    ] as const) {
      const res = await refer(
        'sup-a@test.se',
        referralBody('prog-h', newPerson({ birthYear, identity: { name } }), date),
      );
      ids[name] = res.json().id;
    }
  });
  const queue = (who: string, programme = 'prog-h') =>
    get(w.app, `/api/v1/queue?programme=${programme}`, c[who]);

  it('orders by the programme’s rules (under 40 first), then referral date', async () => {
    const res = await queue('sup-a@test.se');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { name: string; priority: number; waitingDays: number }[];
    expect(items.map((i) => [i.name, i.priority])).toEqual([
      ['young2', 1],
      ['young', 1],
      ['old', 2],
    ]);
    expect(items[0]!.waitingDays).toBeGreaterThan(300);
    expect(res.json().rules).toEqual([{ kind: 'max_age', value: 39, priority: 1 }]);
  });

  it('an explicit priority at the intake decision wins over the rules', async () => {
    const res = await send(
      w.app,
      'POST',
      `/enrolments/${ids.old}/decision`,
      { decision: 'accept_waiting', date: '2025-01-15', priority: 1 },
      c['sup-a@test.se'],
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'waiting', queuePriority: 1 });
    const items = (await queue('sup-a@test.se')).json().items as { name: string }[];
    expect(items.map((i) => i.name)).toEqual(['old', 'young2', 'young']);
  });

  it('queue: 403 for specialists and aggregate roles, 404 across programmes', async () => {
    for (const who of ['spec-a1@test.se', 'analyst-a@test.se', 'funder-a@test.se'])
      expect((await queue(who)).statusCode, who).toBe(403);
    expect((await queue('sup-b@test.se')).statusCode).toBe(404);
    expect((await queue('admin@test.se')).statusCode).toBe(404);
    expect((await queue('sup-b@test.se', 'prog-b')).json().items).toEqual([]);
  });

  it('decline needs a reason; a decided referral cannot be decided again', async () => {
    const url = `/enrolments/${ids.young}/decision`;
    const noReason = await send(
      w.app,
      'POST',
      url,
      { decision: 'decline', date: '2025-02-02' },
      c['sup-a@test.se'],
    );
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues[0].path).toBe('body.reason');
    const ok = await send(
      w.app,
      'POST',
      url,
      { decision: 'decline', date: '2025-02-02', reason: 'ej aktuell' },
      c['sup-a@test.se'],
    );
    expect(ok.json()).toMatchObject({ status: 'declined', declined: { reason: 'ej aktuell' } });
    const again = await send(
      w.app,
      'POST',
      url,
      { decision: 'withdraw', date: '2025-02-03' },
      c['sup-a@test.se'],
    );
    expect(again.statusCode).toBe(409);
  });

  it('decision: 404 across programmes and for roles that cannot see the referral', async () => {
    const body = { decision: 'withdraw', date: '2025-02-03' };
    for (const who of ['sup-b@test.se', 'spec-a1@test.se', 'analyst-a@test.se', 'admin@test.se'])
      expect(
        (await send(w.app, 'POST', `/enrolments/${ids.young2}/decision`, body, c[who])).statusCode,
        who,
      ).toBe(404);
    const withdrawn = await send(
      w.app,
      'POST',
      `/enrolments/${ids.young2}/decision`,
      body,
      c['sup-a@test.se'],
    );
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
  });
});

describe('POST /api/v1/enrolments/:id/enrol', () => {
  let id: string;
  beforeAll(async () => {
    id = (await refer('sup-a@test.se', referralBody('prog-a', newPerson()))).json().id;
  });
  const enrol = (body: unknown, who = 'sup-a@test.se') =>
    send(w.app, 'POST', `/enrolments/${id}/enrol`, body, c[who]);

  it('refuses without consent, naming consent', async () => {
    const { consent: _c, ...withoutConsent } = enrolBody(spec['Specialist sa1']!);
    const res = await enrol(withoutConsent);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('body.consent');
    const declined = await enrol(
      enrolBody(spec['Specialist sa1']!, {
        consent: { date: '2025-02-01', participation: false, handBack: false, survey: false },
      }),
    );
    expect(declined.json().issues[0].path).toBe('body.consent.participation');
  });

  it('refuses a date before the referral, a specialist of another programme, no income', async () => {
    const early = await enrol({
      ...enrolBody(spec['Specialist sa1']!),
      date: '2025-01-01',
      consent: { date: '2025-01-01', participation: true, handBack: true, survey: true },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().issues.map((i: { path: string }) => i.path)).toContain('body.date');
    const other = await enrol(enrolBody(spec['Specialist sb1']!));
    expect(other.statusCode).toBe(400);
    expect(other.json().issues[0].path).toBe('body.specialist');
    const noIncome = await enrol({
      ...enrolBody(spec['Specialist sa1']!),
      baseline: { incomeSources: [], timeOnSupport: 'up_to_1_year' },
    });
    expect(noIncome.statusCode).toBe(400);
    expect(noIncome.json().issues[0].path).toBe('body.baseline.incomeSources');
  });

  it('is for supervisors of the programme only', async () => {
    for (const who of ['sup-b@test.se', 'spec-a1@test.se', 'analyst-a@test.se', 'funder-a@test.se'])
      expect((await enrol(enrolBody(spec['Specialist sa1']!), who)).statusCode, who).toBe(404);
  });

  it('enrols with consent and baseline; a second enrolment conflicts', async () => {
    const res = await enrol(enrolBody(spec['Specialist sa1']!));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'enrolled',
      enrolledAt: '2025-02-01',
      specialistId: spec['Specialist sa1'],
      consent: { participation: true, handBack: true, survey: true, withdrawnAt: null },
      baseline: { incomeSources: [{ source: 'sickness_benefit', monthly: 12000, tax: null }] },
    });
    expect((await enrol(enrolBody(spec['Specialist sa1']!))).statusCode).toBe(409);
    const reRefer = await refer(
      'sup-a@test.se',
      referralBody('prog-a', { participantId: res.json().participantId }),
    );
    expect(reRefer.statusCode).toBe(409);
    expect(reRefer.json().issues[0].path).toBe('body.person.participantId');
  });
});
