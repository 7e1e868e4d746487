import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

let w: TWorld;
const cookies: Record<string, string> = {};
/** Enrolment ids by name or case-number prefix. */
const ids: Record<string, string> = {};
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

async function post(url: string, who: string, payload: unknown) {
  return w.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { cookie: cookies[who] ?? '' },
  });
}

beforeAll(async () => {
  w = await buildWorld();
  for (const email of everyone) cookies[email] = await loginAs(w.app, email);
  for (const [who, programme] of [
    ['sup-a@test.se', 'prog-a'],
    ['sup-b@test.se', 'prog-b'],
  ] as const) {
    const page = (
      await get(w.app, `/api/v1/participants?programme=${programme}&status=all`, cookies[who])
    ).json();
    for (const item of page.items as { id: string; caseNumber: string; name: string | null }[]) {
      ids[item.name ?? item.caseNumber] = item.id;
      ids[item.caseNumber] = item.id;
    }
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

const alice = () => ids['Alice Andersson']!;
const bo = () => ids['Bo Berg']!;
const britt = () => ids['Britt Bsson']!;
const contact = (date: string, extra: Record<string, unknown> = {}) => ({
  type: 'employer_contact',
  date,
  employer: employers['emp-a'],
  faceToFace: true,
  purpose: 'job_development',
  ...extra,
});

describe('POST /api/v1/enrolments/:id/events — role matrix and tenancy', () => {
  it('is 401 without a session', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: `/api/v1/enrolments/${alice()}/events`,
      payload: contact('2024-02-01'),
    });
    expect(res.statusCode).toBe(401);
  });

  it('a specialist records an event for their own participant, and gets the derived phase', async () => {
    const res = await post(
      `/api/v1/enrolments/${alice()}/events`,
      'spec-a1@test.se',
      contact('2024-02-01'),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.phase).toBe('job_search');
    expect(body.event).toMatchObject({
      type: 'employer_contact',
      date: '2024-02-01',
      employer: { key: 'emp-a', name: 'Arbetsgivare A' },
      specialist: { name: 'Specialist sa1' },
      data: { faceToFace: true, purpose: 'job_development' },
      voided: null,
    });
    expect(body.event.recordedBy).toBeTruthy();
  });

  it('a specialist cannot add events to a colleague’s participant; other roles and programmes get 404', async () => {
    for (const [who, target] of [
      ['spec-a1@test.se', bo()],
      ['spec-unlinked@test.se', alice()],
      ['analyst-a@test.se', alice()],
      ['funder-a@test.se', alice()],
      ['admin@test.se', alice()],
      ['sup-b@test.se', alice()],
      ['sup-a@test.se', britt()],
    ] as const) {
      const res = await post(`/api/v1/enrolments/${target}/events`, who, {
        type: 'meeting',
        date: '2024-02-01',
        kind: 'network',
      });
      expect(res.statusCode, who).toBe(404);
      expect(res.body).not.toMatch(/Britt|Bo Berg|Alice/);
    }
  });

  it('a supervisor records for every participant of the programme, by default as the enrolment’s specialist', async () => {
    const res = await post(`/api/v1/enrolments/${bo()}/events`, 'sup-a@test.se', {
      type: 'benefits_counselling',
      date: '2024-02-02',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().event.specialist.name).toBe('Specialist sa2');
  });

  it('an employer of another association is not found, naming the field', async () => {
    const res = await post(
      `/api/v1/enrolments/${alice()}/events`,
      'sup-a@test.se',
      contact('2024-02-03', { employer: employers['emp-b'] }),
    );
    expect(res.statusCode).toBe(404);
    expect(res.json().issues[0].path).toBe('body.employer');
  });

  it('a specialist of another programme is refused, naming the field', async () => {
    const staff = (
      await get(w.app, '/api/v1/programmes/prog-a/specialists', cookies['sup-a@test.se'])
    ).json().items as { id: string; key: string }[];
    const sub = staff.find((s) => s.key === 'sa1s')!;
    const res = await post(`/api/v1/enrolments/${alice()}/events`, 'sup-a@test.se', {
      type: 'follow_along',
      date: '2024-02-03',
      with: 'participant',
      specialist: sub.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('body.specialist');
  });
});

describe('POST /api/v1/enrolments/:id/events — rules with a clear error', () => {
  const job = (date: string, extra: Record<string, unknown> = {}) => ({
    type: 'job_start',
    date,
    employer: employers['emp-a'],
    hoursPerWeek: 20,
    extentPct: 50,
    contract: 'fixed_term',
    salary: 12000,
    subsidy: 'none',
    competitive: true,
    ...extra,
  });

  it.each([
    ['before enrolment', { type: 'meeting', date: '2024-01-14', kind: 'network' }, 'body.date'],
    ['extent over 100', job('2024-04-01', { extentPct: 120 }), 'body.extentPct'],
    ['extent 0', job('2024-04-01', { extentPct: 0 }), 'body.extentPct'],
    ['negative salary', job('2024-04-01', { salary: -5 }), 'body.salary'],
    ['negative hours', job('2024-04-01', { hoursPerWeek: -1 }), 'body.hoursPerWeek'],
    [
      'an end without an open start',
      { type: 'study_end', date: '2024-04-01', kind: 'sfi' },
      'body.type',
    ],
    ['an unknown type', { type: 'party', date: '2024-04-01' }, 'body.type'],
  ])('refuses %s (400 naming %s)', async (_what, payload, path) => {
    const res = await post(`/api/v1/enrolments/${alice()}/events`, 'spec-a1@test.se', payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('refuses an end before its start, with a Swedish message naming the field', async () => {
    const a3 =
      ids[
        Object.keys(ids).find((k) => k.startsWith('PA-') && ids[k] !== alice() && ids[k] !== bo())!
      ]!;
    const timeline = (
      await get(w.app, `/api/v1/enrolments/${a3}/events`, cookies['sup-a@test.se'])
    ).json();
    expect(timeline.events.some((e: { type: string }) => e.type === 'job_start')).toBe(true);
    const res = await post(`/api/v1/enrolments/${a3}/events`, 'sup-a@test.se', {
      type: 'job_end',
      date: '2024-02-01',
      employer: employers['emp-a'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('body.date');
    expect(res.json().detail).toMatch(/^Datum/);
  });

  it('a job makes the phase employed and ending it returns to job search', async () => {
    const started = await post(
      `/api/v1/enrolments/${alice()}/events`,
      'spec-a1@test.se',
      job('2024-04-01'),
    );
    expect(started.statusCode).toBe(201);
    expect(started.json().phase).toBe('employed');
    expect(started.json().closureProposal).toMatchObject({
      proposed: true,
      reason: 'employment',
      since: '2024-04-01',
      closureAfterDays: 60,
    });
    const ended = await post(`/api/v1/enrolments/${alice()}/events`, 'spec-a1@test.se', {
      type: 'job_end',
      date: '2024-05-01',
      employer: employers['emp-a'],
      reason: 'contract ended',
    });
    expect(ended.statusCode).toBe(201);
    expect(ended.json().phase).toBe('job_search');
    expect(ended.json().closureProposal).toBeNull();
  });
});

describe('timeline and voiding', () => {
  it('voids with a reason, never deletes, and the timeline shows it newest first', async () => {
    const created = await post(`/api/v1/enrolments/${bo()}/events`, 'sup-a@test.se', {
      type: 'note',
      date: '2024-03-03',
      text: 'Fel deltagare',
    });
    const eventId = created.json().event.id as string;
    const noReason = await post(`/api/v1/events/${eventId}/void`, 'sup-a@test.se', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues[0].path).toBe('body.reason');
    const voided = await post(`/api/v1/events/${eventId}/void`, 'sup-a@test.se', {
      reason: 'wrong participant',
    });
    expect(voided.statusCode).toBe(200);
    expect(voided.json().event.voided).toMatchObject({ reason: 'wrong participant' });
    const again = await post(`/api/v1/events/${eventId}/void`, 'sup-a@test.se', { reason: 'x' });
    expect(again.statusCode).toBe(409);

    const timeline = (
      await get(w.app, `/api/v1/enrolments/${bo()}/events`, cookies['sup-a@test.se'])
    ).json();
    const dates = timeline.events.map((e: { date: string }) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(timeline.events.find((e: { id: string }) => e.id === eventId).voided.reason).toBe(
      'wrong participant',
    );

    const log = (
      await get(w.app, `/api/v1/audit?programme=prog-a&enrolment=${bo()}`, cookies['sup-a@test.se'])
    ).json().items as { action: string; reason: string | null }[];
    expect(log.find((a) => a.action === 'void')?.reason).toBe('wrong participant');
    expect(log.some((a) => a.action === 'create')).toBe(true);
  });

  it('refuses to void a start whose end is recorded', async () => {
    const timeline = (
      await get(w.app, `/api/v1/enrolments/${alice()}/events`, cookies['sup-a@test.se'])
    ).json();
    const start = timeline.events.find((e: { type: string }) => e.type === 'job_start');
    const res = await post(`/api/v1/events/${start.id}/void`, 'sup-a@test.se', {
      reason: 'mistake',
    });
    expect(res.statusCode).toBe(409);
  });

  it('voiding and reading are limited like recording', async () => {
    const timeline = (
      await get(w.app, `/api/v1/enrolments/${bo()}/events`, cookies['sup-a@test.se'])
    ).json();
    const target = timeline.events.find((e: { voided: unknown }) => e.voided === null);
    for (const who of [
      'spec-a1@test.se',
      'analyst-a@test.se',
      'funder-a@test.se',
      'admin@test.se',
      'sup-b@test.se',
    ]) {
      expect(
        (await post(`/api/v1/events/${target.id}/void`, who, { reason: 'x' })).statusCode,
        who,
      ).toBe(404);
      expect(
        (await get(w.app, `/api/v1/enrolments/${bo()}/events`, cookies[who])).statusCode,
        who,
      ).toBe(404);
    }
    expect(
      (await get(w.app, `/api/v1/enrolments/${alice()}/events`, cookies['spec-a1@test.se']))
        .statusCode,
    ).toBe(200);
    expect(
      (await post('/api/v1/events/not-a-uuid/void', 'sup-a@test.se', { reason: 'x' })).statusCode,
    ).toBe(404);
  });
});
