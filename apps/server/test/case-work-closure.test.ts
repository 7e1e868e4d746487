import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '@lots/services/test-support';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';
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
let spec: Record<string, string>;

beforeAll(async () => {
  w = await buildWorld();
  c = await loginAll(w.app);
  spec = await specialistIds(w.app, c['sup-a@test.se']!, 'prog-a');
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

const sup = () => c['sup-a@test.se'];

/** A referral enrolled with sa1 (spec-a1's own caseload) unless told, consent as given. */
async function enrolled(consent: Record<string, unknown> = {}, specialist = 'Specialist sa1') {
  const ref = await send(w.app, 'POST', '/referrals', referralBody('prog-a', newPerson()), sup());
  const id = ref.json().id as string;
  const body = enrolBody(spec[specialist]!, {
    consent: { date: '2025-02-01', participation: true, handBack: true, survey: true, ...consent },
  });
  const res = await send(w.app, 'POST', `/enrolments/${id}/enrol`, body, sup());
  if (res.statusCode !== 200) throw new Error(res.body);
  return { id, participantId: res.json().participantId as string };
}

const close = (id: string, body: Record<string, unknown>, who = 'sup-a@test.se') =>
  send(w.app, 'POST', `/enrolments/${id}/close`, body, c[who]);

describe('POST /api/v1/enrolments/:id/close', () => {
  it('needs a reason and an enrolment, naming the field', async () => {
    const { id } = await enrolled();
    const noReason = await close(id, { date: '2025-05-01' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().issues[0].path).toBe('body.reason');
    const early = await close(id, { date: '2025-01-20', reason: 'employment' });
    expect(early.json().issues[0].path).toBe('body.date');
    const referred = (
      await send(w.app, 'POST', '/referrals', referralBody('prog-a', newPerson()), sup())
    ).json().id as string;
    const notEnrolled = await close(referred, { date: '2025-05-01', reason: 'employment' });
    expect(notEnrolled.statusCode).toBe(400);
    expect(notEnrolled.json().issues[0].path).toBe('enrolledAt');
  });

  it('hands back only with consent, and never after withdrawal', async () => {
    const noHandBack = await enrolled({ handBack: false });
    const refused = await close(noHandBack.id, {
      date: '2025-05-01',
      reason: 'employment',
      handBackTo: 'AF',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues[0].path).toBe('body.handBackTo');

    const withdrawn = await enrolled();
    const w1 = await send(
      w.app,
      'POST',
      `/enrolments/${withdrawn.id}/consent/withdraw`,
      { date: '2025-03-01' },
      c['spec-a1@test.se'],
    );
    expect(w1.statusCode, w1.body).toBe(200);
    expect(w1.json().consent.withdrawnAt).toBe('2025-03-01');
    const after = await close(withdrawn.id, {
      date: '2025-05-01',
      reason: 'employment',
      handBackTo: 'AF',
    });
    expect(after.statusCode).toBe(400);
    expect(after.json().issues[0].message).toContain('withdrew consent');
  });

  it('the assigned specialist closes their own; colleagues and other programmes get 404', async () => {
    const { id } = await enrolled();
    for (const who of [
      'spec-unlinked@test.se',
      'sup-b@test.se',
      'analyst-a@test.se',
      'funder-a@test.se',
      'admin@test.se',
    ])
      expect(
        (await close(id, { date: '2025-05-01', reason: 'employment' }, who)).statusCode,
        who,
      ).toBe(404);
    const ok = await close(
      id,
      {
        date: '2025-05-01',
        reason: 'employment',
        exitIncomeSources: [{ source: 'salary', monthly: 24000 }],
        summary: 'Fick jobb.',
        handBackTo: 'Handläggare H',
      },
      'spec-a1@test.se',
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().closure).toMatchObject({
      date: '2025-05-01',
      reason: 'employment',
      handBackTo: 'Handläggare H',
      exitIncomeSources: [{ source: 'salary', monthly: 24000, tax: null }],
    });
    expect((await close(id, { date: '2025-05-02', reason: 'other' })).statusCode).toBe(409);
  });

  it('re-enrolment after closure is a new referral of the same participant', async () => {
    const first = await enrolled();
    await close(first.id, { date: '2025-04-01', reason: 'moved' });
    const again = await send(
      w.app,
      'POST',
      '/referrals',
      referralBody('prog-a', { participantId: first.participantId }, '2025-06-01'),
      sup(),
    );
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().participantId).toBe(first.participantId);
    expect(again.json().id).not.toBe(first.id);
    const crossProgramme = await send(
      w.app,
      'POST',
      '/referrals',
      referralBody('prog-b', { participantId: first.participantId }),
      c['sup-b@test.se'],
    );
    expect(crossProgramme.statusCode).toBe(404);
  });
});

describe('baseline and consent', () => {
  it('PATCH baseline changes the given fields; 404 outside the caseload', async () => {
    const { id } = await enrolled();
    const res = await send(
      w.app,
      'PATCH',
      `/enrolments/${id}/baseline`,
      { diagnosisGroup: 'bipolar', housingSupportHoursPerWeek: 4 },
      c['spec-a1@test.se'],
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().baseline).toMatchObject({
      diagnosisGroup: 'bipolar',
      housingSupportHoursPerWeek: 4,
      timeOnSupport: 'up_to_3_years',
    });
    for (const who of ['sup-b@test.se', 'spec-unlinked@test.se', 'analyst-a@test.se'])
      expect(
        (await send(w.app, 'PATCH', `/enrolments/${id}/baseline`, { goal: 'studies' }, c[who]))
          .statusCode,
        who,
      ).toBe(404);
  });

  it('consent withdrawal: once, not before consent; 404 outside the caseload', async () => {
    const { id } = await enrolled();
    const url = `/enrolments/${id}/consent/withdraw`;
    expect((await send(w.app, 'POST', url, { date: '2025-01-01' }, sup())).statusCode).toBe(400);
    expect(
      (await send(w.app, 'POST', url, { date: '2025-03-01' }, c['sup-b@test.se'])).statusCode,
    ).toBe(404);
    expect((await send(w.app, 'POST', url, { date: '2025-03-01' }, sup())).statusCode).toBe(200);
    expect((await send(w.app, 'POST', url, { date: '2025-03-02' }, sup())).statusCode).toBe(409);
  });
});

describe('follow-ups after closure', () => {
  let withSurvey: string;
  let withoutSurvey: string;
  beforeAll(async () => {
    withSurvey = (await enrolled()).id;
    withoutSurvey = (await enrolled({ survey: false })).id;
    await close(withSurvey, { date: '2025-03-31', reason: 'employment' });
    await close(withoutSurvey, { date: '2025-03-31', reason: 'studies' });
  });
  const record = (id: string, body: Record<string, unknown>, who = 'sup-a@test.se') =>
    send(w.app, 'POST', `/enrolments/${id}/follow-ups`, body, c[who]);

  it('lists every configured month, with no_consent instead of dropping people', async () => {
    const res = await get(w.app, '/api/v1/follow-ups/due?programme=prog-a', sup());
    expect(res.statusCode).toBe(200);
    const mine = (
      res.json().items as { enrolmentId: string; months: number; dueDate: string; status: string }[]
    )
      .filter((i) => i.enrolmentId === withSurvey || i.enrolmentId === withoutSurvey)
      .map((i) => [i.enrolmentId === withSurvey, i.months, i.dueDate, i.status]);
    expect(mine).toContainEqual([true, 6, '2025-09-30', 'overdue']);
    expect(mine).toContainEqual([true, 12, '2026-03-31', 'overdue']);
    expect(mine).toContainEqual([false, 6, '2025-09-30', 'no_consent']);
  });

  it('records after closure with survey consent, once per month mark', async () => {
    const body = { months: 6, date: '2025-10-02', status: 'employed', note: 'Jobbar kvar.' };
    const ok = await record(withSurvey, body, 'spec-a1@test.se');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ months: 6, status: 'employed', note: 'Jobbar kvar.' });
    const dup = await record(withSurvey, body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().issues[0].path).toBe('body.months');
    const noConsent = await record(withoutSurvey, body);
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().issues[0].path).toBe('consent.survey');
    const open = await enrolled();
    const notClosed = await record(open.id, body);
    expect(notClosed.statusCode).toBe(400);
    expect(notClosed.json().issues[0].path).toBe('closedAt');
    const before = await record(withSurvey, { ...body, months: 12, date: '2025-03-01' });
    expect(before.json().issues[0].path).toBe('body.date');
    const done = (await get(w.app, '/api/v1/follow-ups/due?programme=prog-a', sup())).json();
    expect(done.items).toContainEqual(
      expect.objectContaining({
        enrolmentId: withSurvey,
        months: 6,
        status: 'done',
        doneOn: '2025-10-02',
      }),
    );
  });

  it('role matrix and tenancy', async () => {
    const body = { months: 12, date: '2026-04-02', status: 'none' };
    for (const who of [
      'sup-b@test.se',
      'spec-unlinked@test.se',
      'analyst-a@test.se',
      'admin@test.se',
    ])
      expect((await record(withSurvey, body, who)).statusCode, who).toBe(404);
    const due = (who: string, programme = 'prog-a') =>
      get(w.app, `/api/v1/follow-ups/due?programme=${programme}`, c[who]);
    for (const who of ['analyst-a@test.se', 'funder-a@test.se'])
      expect((await due(who)).statusCode, who).toBe(403);
    expect((await due('sup-b@test.se')).statusCode).toBe(404);
    expect((await due('admin@test.se')).statusCode).toBe(404);
    const own = await due('spec-a1@test.se');
    expect(own.statusCode).toBe(200);
    expect((await due('spec-unlinked@test.se')).json().items).toEqual([]);
    const audit = (await get(w.app, '/api/v1/audit?programme=prog-a', sup())).json().items as {
      action: string;
      entity: string;
    }[];
    expect(audit).toContainEqual(expect.objectContaining({ action: 'list', entity: 'follow_up' }));
    expect(audit).toContainEqual(expect.objectContaining({ action: 'close', entity: 'enrolment' }));
  });

  it('a specialist sees only their own participants’ follow-ups, never another specialist’s', async () => {
    await createTestUser(w.lots, {
      email: 'spec-a2@test.se',
      role: 'specialist',
      programme: 'prog-a',
      specialist: 'sa2',
    });
    const specA2 = await loginAs(w.app, 'spec-a2@test.se');
    const theirs = (await enrolled({}, 'Specialist sa2')).id;
    await close(theirs, { date: '2025-04-30', reason: 'employment' });
    const ids = async (cookie: string | undefined) =>
      new Set(
        (
          (await get(w.app, '/api/v1/follow-ups/due?programme=prog-a', cookie)).json().items as {
            enrolmentId: string;
          }[]
        ).map((i) => i.enrolmentId),
      );
    const ofA1 = await ids(c['spec-a1@test.se']);
    const ofA2 = await ids(specA2);
    const ofSupervisor = await ids(sup());
    expect(ofA1.has(withSurvey)).toBe(true);
    expect(ofA1.has(theirs)).toBe(false);
    expect([...ofA2]).toEqual([theirs]);
    expect(ofSupervisor.has(theirs) && ofSupervisor.has(withSurvey)).toBe(true);
  });
});
